package org.rlambda.base;

import java.util.List;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Matrix and array element assignment: {@code m[i, j] <- v}, {@code m[cbind(i, j)] <- v}. */
final class ArrayAssign {
    private ArrayAssign() { }

    static SEXP assign(Interpreter in, Call call, Vector v, List<SEXP> subs, SEXP value) {
        int[] dim = v.dim();
        if (subs.size() == 2 && (dim == null || dim.length != 2)) throw in.error(call, "incorrect number of subscripts on matrix");
        if (dim == null || dim.length != subs.size()) throw in.error(call, "incorrect number of subscripts");
        int nd = dim.length;
        SEXP dnAttr = v.getAttribute("dimnames");
        ListVector dimnames = dnAttr instanceof ListVector ? (ListVector) dnAttr : null;
        int[][] pos = new int[nd][];
        int total = 1;
        for (int d = 0; d < nd; d++) {
            StringVector names = dimnames != null && dimnames.get(d) instanceof StringVector ? (StringVector) dimnames.get(d) : null;
            pos[d] = Arrays.dimPositions(in, call, subs.get(d), dim[d], names, dimnames != null);
            total *= pos[d].length;
        }
        if (total == 0) return v;
        if (value == Null.NULL) throw in.error(call, "number of items to replace is not a multiple of replacement length");
        if (!(value instanceof Vector)) throw in.error(call, "incompatible types in subassignment");
        Vector val = (Vector) value;
        int vlen = val.length();
        if (vlen == 0) throw in.error(call, "replacement has length zero");
        if (total % vlen != 0) throw in.error(call, "number of items to replace is not a multiple of replacement length");
        Vector r = target(v, val);
        Vector cv = asType(val, r.type());
        int[] stride = new int[nd];
        stride[0] = 1;
        for (int d = 1; d < nd; d++) stride[d] = stride[d - 1] * dim[d - 1];
        int[] idx = new int[nd];
        for (int k = 0; k < total; k++) {
            int off = 0;
            for (int d = 0; d < nd; d++) off += pos[d][idx[d]] * stride[d];
            put(r, off, cv, k % vlen);
            for (int d = 0; d < nd; d++) {
                if (++idx[d] < pos[d].length) break;
                idx[d] = 0;
            }
        }
        return r;
    }

    /** The array to write: coerced up to the value's type, copied when shared, else {@code v} itself. */
    private static Vector target(Vector v, Vector val) {
        SexpType t = SubAssign.higher(v.type(), val.type());
        if (v.type() == t) return v.named > 0 ? v.copy() : v;
        Vector r = Coerce.coerce(v, t, null);
        r.copyAttributesFrom(v);
        return r;
    }

    private static Vector asType(Vector val, SexpType t) {
        return val.type() == t || t == SexpType.LIST ? val : Coerce.coerce(val, t, null);
    }

    private static void put(Vector r, int off, Vector val, int k) {
        if (r instanceof ListVector) {
            SEXP e = val instanceof ListVector ? ((ListVector) val).get(k) : val.element(k);
            e.markShared();
            ((ListVector) r).set(off, e);
        } else {
            r.setFrom(off, val, k);
        }
    }

    static SEXP matrixAssign(Interpreter in, Call call, Vector v, Vector k, SEXP value) {
        int[] dim = v.dim();
        int rows = k.dim()[0];
        if (!(value instanceof Vector) || value.length() == 0) throw in.error(call, "replacement has length zero");
        Vector val = (Vector) value;
        Vector r = target(v, val);
        Vector cv = asType(val, r.type());
        for (int i = 0; i < rows; i++) {
            int off = 0, mult = 1;
            for (int d = 0; d < dim.length; d++) {
                double x = Coerce.doubleElement(k, i + d * rows, null);
                int p = (int) x - 1;
                if (Double.isNaN(x) || p < 0 || p >= dim[d]) throw in.error(call, "subscript out of bounds");
                off += p * mult;
                mult *= dim[d];
            }
            put(r, off, cv, i % val.length());
        }
        return r;
    }
}
