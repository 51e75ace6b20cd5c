package org.rlambda.base;

import org.rlambda.eval.Interpreter;
import org.rlambda.linalg.MatMul;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * {@code %*%}, crossprod and tcrossprod with GNU R's do_matprod rules (src/main/array.c):
 * how vectors are taken as rows or columns, conformance errors, result dimnames.
 */
final class MatrixProduct {
    private MatrixProduct() { }

    static final int PROD = 0, CROSS = 1, TCROSS = 2;

    static SEXP multiply(Interpreter in, Call call, SEXP x, SEXP y) { return product(in, call, x, y, PROD); }

    /** op: PROD (x %*% y), CROSS (t(x) %*% y), TCROSS (x %*% t(y)); y null for crossprod(x). */
    static SEXP product(Interpreter in, Call call, SEXP x, SEXP y, int op) {
        boolean sym = y == null || y == Null.NULL;
        if (sym && op != PROD) y = x;
        if (!numeric(x) || !numeric(y)) throw in.error(call, "requires numeric/complex matrix/vector arguments");
        Vector a = (Vector) x, b = (Vector) y;
        int[] xd = a.dim(), yd = b.dim();
        int ldx = xd == null ? 0 : xd.length, ldy = yd == null ? 0 : yd.length;
        int nrx, ncx, nry, ncy;
        if (ldx != 2 && ldy != 2) {
            if (op == CROSS && a.length() == 1) {
                nrx = ncx = nry = 1;
                ncy = b.length();
            } else {
                nry = b.length();
                ncy = 1;
                if (op == PROD) {
                    nrx = 1;
                    ncx = a.length();
                    if (ncx == 1) { ncy = nry; nry = 1; }
                } else {
                    nrx = a.length();
                    ncx = 1;
                }
            }
        } else if (ldx != 2) {
            nry = yd[0];
            ncy = yd[1];
            nrx = 0;
            ncx = 0;
            int lx = a.length();
            if (op == PROD) {
                if (lx == nry) { nrx = 1; ncx = nry; }
                else if (nry == 1) { nrx = lx; ncx = 1; }
            } else if (op == CROSS) {
                if (lx == nry) { nrx = nry; ncx = 1; }
            } else {
                if (lx == ncy) { nrx = 1; ncx = ncy; }
                else if (ncy == 1) { nrx = lx; ncx = 1; }
            }
        } else if (ldy != 2) {
            nrx = xd[0];
            ncx = xd[1];
            nry = 0;
            ncy = 0;
            int ly = b.length();
            if (op == PROD) {
                if (ly == ncx) { nry = ncx; ncy = 1; }
                else if (ncx == 1) { nry = 1; ncy = ly; }
            } else if (op == CROSS) {
                if (ly == nrx) { nry = nrx; ncy = 1; }
                else if (nrx == 1) { nry = 1; ncy = ly; }
            } else {
                if (nrx == 1) { nry = 1; ncy = ly; }
                else { nry = ly; ncy = 1; }
            }
        } else {
            nrx = xd[0];
            ncx = xd[1];
            nry = yd[0];
            ncy = yd[1];
        }
        if (op == PROD ? ncx != nry : op == CROSS ? nrx != nry : ncx != ncy) throw in.error(call, "non-conformable arguments");
        boolean cplx = x instanceof ComplexVector || y instanceof ComplexVector;
        int rr, rc;
        Vector ans;
        if (!cplx) {
            double[] xv = LinearAlgebra.doubles(a), yv = sym && op != PROD ? xv : LinearAlgebra.doubles(b);
            double[] z;
            if (op == PROD) { z = MatMul.multiply(xv, nrx, ncx, yv, ncy); rr = nrx; rc = ncy; }
            else if (op == CROSS) { z = MatMul.multiply(MatMul.transpose(xv, nrx, ncx), ncx, nrx, yv, ncy); rr = ncx; rc = ncy; }
            else { z = MatMul.multiply(xv, nrx, ncx, MatMul.transpose(yv, nry, ncy), nry); rr = nrx; rc = nry; }
            ans = new DoubleVector(z);
        } else {
            ComplexVector cx = complex(a), cy = complex(b);
            if (op == PROD) { ans = cmultiply(cx, nrx, ncx, cy, ncy, false, false); rr = nrx; rc = ncy; }
            else if (op == CROSS) { ans = cmultiply(cx, ncx, nrx, cy, ncy, true, false); rr = ncx; rc = ncy; }
            else { ans = cmultiply(cx, nrx, ncx, cy, nry, false, true); rr = nrx; rc = nry; }
        }
        ans.setAttributeRaw("dim", new IntVector(new int[] {rr, rc}));
        SEXP xdn = a.getAttribute("dimnames"), ydn = sym && op != PROD ? xdn : b.getAttribute("dimnames");
        if (xdn instanceof ListVector || ydn instanceof ListVector) {
            SEXP r = Null.NULL, c = Null.NULL;
            String rname = null, cname = null;
            if (xdn instanceof ListVector) {
                int which = -1;
                if (op == PROD) { if (ldx == 2 || ncx == 1) which = 0; }
                else if (ldx == 2) which = op == CROSS ? 1 : 0;
                if (which >= 0) { r = ((ListVector) xdn).get(which); rname = dimnamesName(xdn, which); }
            }
            if (ydn instanceof ListVector) {
                int which = -1;
                if (op == TCROSS) { if (ldy == 2) which = 0; }
                else if (ldy == 2) which = 1;
                else if (nry == 1) which = 0;
                if (which >= 0) { c = ((ListVector) ydn).get(which); cname = dimnamesName(ydn, which); }
            }
            if (r != Null.NULL || c != Null.NULL) {
                ListVector dn = new ListVector(new SEXP[] {r, c});
                if (rname != null || cname != null) {
                    dn.setAttributeRaw("names", new StringVector(new String[] {rname == null ? "" : rname, cname == null ? "" : cname}));
                }
                ans.setAttributeRaw("dimnames", dn);
            }
        }
        return ans;
    }

    private static String dimnamesName(SEXP dn, int which) {
        SEXP n = dn.getAttribute("names");
        return n instanceof StringVector ? ((StringVector) n).get(which) : null;
    }

    private static boolean numeric(SEXP v) {
        return (v instanceof DoubleVector || v instanceof IntVector || v instanceof LogicalVector || v instanceof ComplexVector)
                && !v.inherits("factor");
    }

    private static ComplexVector complex(Vector v) {
        if (v instanceof ComplexVector) return (ComplexVector) v;
        double[] re = LinearAlgebra.doubles(v);
        return new ComplexVector(re.clone(), new double[re.length]);
    }

    /** Complex product of (optionally transposed) operands, sums in l order as zgemm and GNU R's loop. */
    private static ComplexVector cmultiply(ComplexVector x, int nr, int nk, ComplexVector y, int nc, boolean tx, boolean ty) {
        double[] re = new double[nr * nc], im = new double[nr * nc];
        // x is nr x nk (stored nk x nr when tx), y is nk x nc (stored nc x nk when ty)
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                double sr = 0, si = 0;
                for (int l = 0; l < nk; l++) {
                    int xi = tx ? l + i * nk : i + l * nr, yi = ty ? j + l * nc : l + j * nk;
                    double ar = x.re(xi), ai = x.im(xi), br = y.re(yi), bi = y.im(yi);
                    sr += ar * br - ai * bi;
                    si += ar * bi + ai * br;
                }
                re[i + j * nr] = sr;
                im[i + j * nr] = si;
            }
        }
        return new ComplexVector(re, im);
    }
}
