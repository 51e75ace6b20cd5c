package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Matrix and array indexing: {@code m[i, j]}, {@code a[i, j, k]}, {@code m[cbind(i, j)]}, with drop. */
final class Arrays {
    private Arrays() { }

    static SEXP arrayIndex(Interpreter in, Call call, Vector v, int[] dim, List<SEXP> subs, boolean drop) {
        int nd = dim.length;
        SEXP dnAttr = v.getAttribute("dimnames");
        ListVector dimnames = dnAttr instanceof ListVector ? (ListVector) dnAttr : null;
        int[][] pos = new int[nd][];
        for (int d = 0; d < nd; d++) {
            StringVector names = dimnames != null && dimnames.get(d) instanceof StringVector ? (StringVector) dimnames.get(d) : null;
            pos[d] = dimPositions(in, call, subs.get(d), dim[d], names, dimnames != null);
        }
        int total = 1;
        int[] rdim = new int[nd];
        for (int d = 0; d < nd; d++) {
            rdim[d] = pos[d].length;
            total *= rdim[d];
        }
        Vector r = v.alloc(total);
        int[] idx = new int[nd];
        int[] stride = new int[nd];
        stride[0] = 1;
        for (int d = 1; d < nd; d++) stride[d] = stride[d - 1] * dim[d - 1];
        for (int k = 0; k < total; k++) {
            int off = 0;
            boolean na = false;
            for (int d = 0; d < nd; d++) {
                int p = pos[d][idx[d]];
                if (p == Subscript.NA) { na = true; break; }
                off += p * stride[d];
            }
            if (!na) r.setFrom(k, v, off);
            for (int d = 0; d < nd; d++) {
                if (++idx[d] < rdim[d]) break;
                idx[d] = 0;
            }
        }
        if (r instanceof ListVector) for (SEXP e : ((ListVector) r).values()) e.markShared();
        // dimnames of the result
        ListVector rdn = null;
        if (dimnames != null) {
            SEXP[] parts = new SEXP[nd];
            for (int d = 0; d < nd; d++) {
                SEXP dn = dimnames.get(d);
                if (dn instanceof StringVector) {
                    String[] s = new String[pos[d].length];
                    for (int i = 0; i < s.length; i++) {
                        int p = pos[d][i];
                        s[i] = p == Subscript.NA ? StringVector.NA : ((StringVector) dn).get(p);
                    }
                    parts[d] = new StringVector(s);
                } else parts[d] = Null.NULL;
            }
            rdn = new ListVector(parts);
            if (dimnames.names() != null) rdn.setAttributeRaw("names", dimnames.names());
        }
        if (drop) {
            List<Integer> keep = new ArrayList<>();
            for (int d = 0; d < nd; d++) if (rdim[d] != 1) keep.add(d);
            if (keep.size() <= 1) {
                // a plain vector; names from the one remaining dimension (or none)
                if (rdn != null && total != 1) {
                    SEXP nm = keep.isEmpty() ? Null.NULL : rdn.get(keep.get(0));
                    if (nm instanceof StringVector) r.setAttributeRaw("names", nm);
                } else if (rdn != null) {
                    // one element: its names are ambiguous unless exactly one dimension has names
                    SEXP only = null;
                    int named = 0;
                    for (int d = 0; d < nd; d++) {
                        if (rdn.get(d) != Null.NULL) { named++; only = rdn.get(d); }
                    }
                    if (named == 1) r.setAttributeRaw("names", only);
                }
                return r;
            }
            if (keep.size() < nd) {
                int[] nd2 = new int[keep.size()];
                SEXP[] dn2 = new SEXP[keep.size()];
                String[] dnn2 = rdn != null && rdn.names() != null ? new String[keep.size()] : null;
                for (int i = 0; i < nd2.length; i++) {
                    nd2[i] = rdim[keep.get(i)];
                    if (rdn != null) dn2[i] = rdn.get(keep.get(i));
                    if (dnn2 != null) dnn2[i] = rdn.names().get(keep.get(i));
                }
                r.setAttributeRaw("dim", new IntVector(nd2));
                if (rdn != null) {
                    ListVector l = new ListVector(dn2);
                    if (dnn2 != null) l.setAttributeRaw("names", new StringVector(dnn2));
                    r.setAttributeRaw("dimnames", l);
                }
                return r;
            }
        }
        r.setAttributeRaw("dim", new IntVector(rdim));
        if (rdn != null) r.setAttributeRaw("dimnames", rdn);
        return r;
    }

    /**
     * The 0-based positions one subscript of m[i, j] selects along a dimension of extent n:
     * beyond the extent is an error (no growth when reading arrays), names must exist.
     */
    static int[] dimPositions(Interpreter in, Call call, SEXP s, int n, StringVector names, boolean hasDimnames) {
        boolean character = s instanceof StringVector || s instanceof org.rlambda.sexp.Symbol && s != org.rlambda.sexp.Symbol.MISSING_ARG;
        if (character && !hasDimnames) throw in.error(call, "no 'dimnames' attribute for array");
        int[] p = Subscript.of(in, call, s, n, names, false).positions;
        for (int q : p) {
            if (q >= n || (character && q == Subscript.NA)) throw in.error(call, "subscript out of bounds");
        }
        return p;
    }

    /** m[k] where k is a matrix with one column per dimension: one element per row of k. */
    static SEXP matrixIndex(Interpreter in, Call call, Vector v, Vector k, int[] dim) {
        int rows = k.dim()[0];
        int nd = dim.length;
        Vector r = v.alloc(rows);
        for (int i = 0; i < rows; i++) {
            int off = 0, mult = 1;
            boolean na = false;
            for (int d = 0; d < nd; d++) {
                double x = Coerce.doubleElement(k, i + d * rows, null);
                if (Double.isNaN(x)) { na = true; break; }
                int p = (int) x - 1;
                if (p < 0 || p >= dim[d]) throw in.error(call, "subscript out of bounds");
                off += p * mult;
                mult *= dim[d];
            }
            if (!na) r.setFrom(i, v, off);
        }
        return r;
    }
}
