package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** aperm.default: generalised transposition of an array (dimension k of the result is dimension perm[k] of a). */
public final class ArrayPermutation {
    private ArrayPermutation() { }

    public static void register(Builtins b) {
        b.add("aperm.default", "a, perm, resize, ...", (in, call, a, rho) -> {
            boolean resize = a[2] == null || in.asCondition(a[2], call, "aperm");
            return aperm(in, call, a[0], a[1], resize);
        });
    }

    static SEXP aperm(Interpreter in, Call call, SEXP x, SEXP permArg, boolean resize) {
        if (!(x instanceof Vector) || ((Vector) x).dim() == null) throw in.error(call, "invalid first argument, must be an array");
        Vector v = (Vector) x;
        int[] dim = v.dim();
        int nd = dim.length;
        SEXP dnAttr = v.getAttribute("dimnames");
        ListVector dn = dnAttr instanceof ListVector ? (ListVector) dnAttr : null;
        int[] perm = permutation(in, call, permArg, nd, dn);
        // strides of a's dimensions; walk the result in its own column-major order
        int[] stride = new int[nd];
        int s = 1;
        for (int d = 0; d < nd; d++) { stride[d] = s; s *= dim[d]; }
        int[] rdim = new int[nd];
        for (int k = 0; k < nd; k++) rdim[k] = dim[perm[k]];
        int n = v.length();
        Vector r = v.alloc(n);
        int[] idx = new int[nd];
        int off = 0;
        for (int i = 0; i < n; i++) {
            r.setFrom(i, v, off);
            for (int k = 0; k < nd; k++) {
                if (++idx[k] < rdim[k]) { off += stride[perm[k]]; break; }
                off -= (rdim[k] - 1) * stride[perm[k]];
                idx[k] = 0;
            }
        }
        if (r instanceof ListVector) for (SEXP e : ((ListVector) r).values()) e.markShared();
        if (!resize) {
            r.setAttributeRaw("dim", new IntVector(dim.clone()));
            return r;
        }
        r.setAttributeRaw("dim", new IntVector(rdim));
        if (dn != null) {
            SEXP[] parts = new SEXP[nd];
            StringVector dnn = dn.names();
            String[] names = dnn == null ? null : new String[nd];
            for (int k = 0; k < nd; k++) {
                parts[k] = dn.get(perm[k]);
                if (names != null) names[k] = dnn.get(perm[k]);
            }
            ListVector rdn = new ListVector(parts);
            if (names != null) rdn.setAttributeRaw("names", new StringVector(names));
            r.setAttributeRaw("dimnames", rdn);
        }
        return r;
    }

    /** perm as 0-based dimensions: missing means reversed; numbers or dimnames names otherwise. */
    private static int[] permutation(Interpreter in, Call call, SEXP permArg, int nd, ListVector dn) {
        int[] perm = new int[nd];
        if (permArg == null || permArg == Null.NULL) {
            for (int k = 0; k < nd; k++) perm[k] = nd - 1 - k;
            return perm;
        }
        if (!(permArg instanceof Vector) || permArg.length() != nd) throw in.error(call, "'perm' is of wrong length " + permArg.length() + " (!= " + nd + ")");
        Vector pv = (Vector) permArg;
        if (pv instanceof StringVector) {
            StringVector dnn = dn == null ? null : dn.names();
            if (dnn == null) throw in.error(call, "'a' does not have named dimnames");
            for (int k = 0; k < nd; k++) {
                int found = -1;
                for (int d = 0; d < nd; d++) if (dnn.get(d).equals(((StringVector) pv).get(k))) found = d;
                if (found < 0) throw in.error(call, "'perm[" + (k + 1) + "]' does not match a dimension name");
                perm[k] = found;
            }
        } else {
            for (int k = 0; k < nd; k++) {
                int p = Coerce.intElement(pv, k, null);
                if (p == IntVector.NA || p < 1 || p > nd) throw in.error(call, "value out of range in 'perm'");
                perm[k] = p - 1;
            }
        }
        boolean[] seen = new boolean[nd];
        for (int p : perm) {
            if (seen[p]) throw in.error(call, "invalid 'perm' argument");
            seen[p] = true;
        }
        return perm;
    }
}
