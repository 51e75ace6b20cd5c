package org.rlambda.base;

import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Vector;

/** {@code %*%}: vectors are treated as row or column vectors as GNU R does. */
final class MatrixProduct {
    private MatrixProduct() { }

    static SEXP multiply(Interpreter in, Call call, SEXP x, SEXP y) {
        if (!(x instanceof Vector) || !(y instanceof Vector) || x instanceof ListVector || y instanceof ListVector
                || x instanceof org.rlambda.sexp.StringVector || y instanceof org.rlambda.sexp.StringVector) {
            throw in.error(call, "requires numeric/complex matrix/vector arguments");
        }
        Vector a = (Vector) x, b = (Vector) y;
        int[] da = a.dim(), db = b.dim();
        int ar, ac, br, bc;
        if (da != null && da.length == 2) { ar = da[0]; ac = da[1]; } else { ar = -1; ac = -1; }
        if (db != null && db.length == 2) { br = db[0]; bc = db[1]; } else { br = -1; bc = -1; }
        if (ar < 0 && br < 0) {
            if (a.length() == b.length()) { ar = 1; ac = a.length(); br = b.length(); bc = 1; }
            else if (a.length() == 1) { ar = 1; ac = 1; br = 1; bc = b.length(); }
            else if (b.length() == 1) { ar = a.length(); ac = 1; br = 1; bc = 1; }
            else throw in.error(call, "non-conformable arguments");
        } else if (ar < 0) {
            if (a.length() == br) { ar = 1; ac = br; } else if (br == 1) { ar = a.length(); ac = 1; }
            else throw in.error(call, "non-conformable arguments");
        } else if (br < 0) {
            if (b.length() == ac) { br = ac; bc = 1; } else if (ac == 1) { br = 1; bc = b.length(); }
            else throw in.error(call, "non-conformable arguments");
        }
        if (ac != br) throw in.error(call, "non-conformable arguments");
        double[] out = new double[ar * bc];
        for (int i = 0; i < ar; i++) {
            for (int j = 0; j < bc; j++) {
                double s = 0;
                for (int k = 0; k < ac; k++) s += Coerce.doubleElement(a, i + k * ar, null) * Coerce.doubleElement(b, k + j * br, null);
                out[i + j * ar] = s;
            }
        }
        DoubleVector r = new DoubleVector(out);
        r.setAttributeRaw("dim", new IntVector(new int[] {ar, bc}));
        SEXP rn = dimNames(a, 0, da), cn = dimNames(b, 1, db);
        if (rn != Null.NULL || cn != Null.NULL) r.setAttributeRaw("dimnames", new ListVector(new SEXP[] {rn, cn}));
        return r;
    }

    private static SEXP dimNames(Vector v, int which, int[] dim) {
        if (dim == null) return Null.NULL;
        SEXP dn = v.getAttribute("dimnames");
        return dn instanceof ListVector ? ((ListVector) dn).get(which) : Null.NULL;
    }
}
