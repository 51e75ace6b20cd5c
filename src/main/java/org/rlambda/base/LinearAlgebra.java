package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.linalg.Linpack;
import org.rlambda.linalg.Triangular;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The LINPACK QR kernels behind qr(), qr.coef/qy/qty/resid/fitted and lm.fit, and
 * backsolve/forwardsolve. The R side (linalg.R) does what GNU R's qr.R does in R; these
 * builtins take the place of its .Fortran/.Call/.Internal calls, so errors name the calling
 * R function as GNU R's do.
 */
public final class LinearAlgebra {
    private LinearAlgebra() { }

    public static void register(Builtins b) {
        // list(qr, rank, qraux, pivot) of a double matrix (attributes kept, as .Fortran's qr = x)
        b.add(".rlambda_dqrdc2", "x, tol", (in, call, a, rho) -> {
            Vector x = (Vector) a[0];
            int[] d = x.dim();
            int n = d[0], p = d[1];
            DoubleVector qr = copyAsDouble(x);
            foreignFinite(in, qr.values(), 1);
            Linpack.Qr r = Linpack.dqrdc2(qr.values(), n, p, RArgs.isNull(a[1]) ? 1e-7 : Coerce.doubleElement((Vector) a[1], 0, null));
            return named(new String[] {"qr", "rank", "qraux", "pivot"},
                    qr, IntVector.of(r.rank), new DoubleVector(r.qraux), new IntVector(r.pivot));
        });
        // op: "qy", "qty", "resid", "fitted" (a copy of y, attributes kept) or "coef" (list(coef, info))
        b.add(".rlambda_dqrsl", "qr, k, qraux, y, op", (in, call, a, rho) -> {
            Vector qrm = (Vector) a[0];
            int n = qrm.dim()[0];
            int k = RArgs.integer(a[1]);
            double[] x = copyAsDouble(qrm).values();
            double[] qraux = copyAsDouble((Vector) a[2]).values();
            DoubleVector y = copyAsDouble((Vector) a[3]);
            int ny = n == 0 ? 0 : y.length() / n;
            String op = RArgs.string(a[4]);
            double[] yv = y.values();
            if (!op.equals("coef")) {
                // .Fortran without NAOK, as GNU R's qr.qy/qty/resid/fitted call it
                foreignFinite(in, x, 1);
                foreignFinite(in, qraux, 4);
                foreignFinite(in, yv, 5);
            }
            if (op.equals("coef")) {
                double[] coef = new double[k * ny];
                int info = 0;
                for (int j = 0; j < ny; j++) {
                    int inf = Linpack.dqrsl(x, n, k, qraux, yv, j * n, null, yv, coef, j * k, null, null, Linpack.QTY | Linpack.COEF);
                    if (inf != 0) info = inf;
                }
                DoubleVector c = new DoubleVector(coef);
                c.setAttributeRaw("dim", new IntVector(new int[] {k, ny}));
                return named(new String[] {"coef", "info"}, c, IntVector.of(info));
            }
            DoubleVector out = (DoubleVector) y.copy();
            double[] ov = out.values();
            double[] work = yv.clone();
            for (int j = 0; j < ny; j++) {
                int o = j * n;
                switch (op) {
                    case "qy": Linpack.dqrsl(x, n, k, qraux, yv, o, ov, null, null, 0, null, null, Linpack.QY); break;
                    case "qty": Linpack.dqrsl(x, n, k, qraux, yv, o, null, ov, null, 0, null, null, Linpack.QTY); break;
                    case "resid": Linpack.dqrsl(x, n, k, qraux, yv, o, null, work, null, 0, ov, null, Linpack.QTY | Linpack.RESID); break;
                    default: Linpack.dqrsl(x, n, k, qraux, yv, o, null, work, null, 0, null, ov, Linpack.QTY | Linpack.FITTED); break;
                }
            }
            return out;
        });
        b.add(".rlambda_Cdqrls", "x, y, tol, chk", LinearAlgebra::cdqrls);
        b.add(".rlambda_backsolve", "r, x, k, upper.tri, transpose", LinearAlgebra::backsolve);
        b.add(".rlambda_dtrco", "x", (in, call, a, rho) -> {
            Vector x = (Vector) a[0];
            int n = x.dim()[0];
            return DoubleVector.of(Linpack.dtrco(doubles(x), n));
        });
        b.add(".rlambda_max_col", "m, ties", LinearAlgebra::maxCol);
    }

    /** lm.fit's kernel, as GNU R's C_Cdqrls (src/library/stats/src/lm.c): list(qr, coefficients, residuals, effects, rank, pivot, qraux, tol, pivoted). */
    private static SEXP cdqrls(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        Call ecall = in.currentCall();
        SEXP x = a[0], y = a[1];
        boolean check = RArgs.logical(a[3]) == 1;
        int[] dims = x instanceof Vector ? ((Vector) x).dim() : null;
        if (check && (dims == null || dims.length != 2)) throw in.error(ecall, "'x' is not a matrix");
        int n = dims[0], p = dims[1];
        int ny = n == 0 ? 0 : y.length() / n;
        if (check && (long) n * ny != y.length()) {
            throw in.error(ecall, "dimensions of 'x' (" + n + "," + p + ") and 'y' (" + y.length() + ") do not match");
        }
        DoubleVector qr = copyAsDouble((Vector) x), yy = copyAsDouble((Vector) y);
        for (double v : qr.values()) if (!Double.isFinite(v)) throw in.error(ecall, "NA/NaN/Inf in 'x'");
        for (double v : yy.values()) if (!Double.isFinite(v)) throw in.error(ecall, "NA/NaN/Inf in 'y'");
        double tol = Coerce.doubleElement((Vector) a[2], 0, null);
        Linpack.Fit fit = Linpack.dqrls(qr.values(), n, p, yy.values(), ny, tol);
        DoubleVector coef = new DoubleVector(fit.coefficients);
        if (ny > 1) coef.setAttributeRaw("dim", new IntVector(new int[] {p, ny}));
        DoubleVector resid = (DoubleVector) yy.copy(), effects = (DoubleVector) yy.copy();
        System.arraycopy(fit.residuals, 0, resid.values(), 0, fit.residuals.length);
        System.arraycopy(fit.effects, 0, effects.values(), 0, fit.effects.length);
        boolean pivoted = false;
        for (int i = 0; i < p; i++) if (fit.qr.pivot[i] != i + 1) { pivoted = true; break; }
        return named(new String[] {"qr", "coefficients", "residuals", "effects", "rank", "pivot", "qraux", "tol", "pivoted"},
                qr, coef, resid, effects, IntVector.of(fit.qr.rank), new IntVector(fit.qr.pivot),
                new DoubleVector(fit.qr.qraux), a[2], LogicalVector.of(pivoted));
    }

    /** .Internal(backsolve(r, x, k, upper.tri, transpose)) of GNU R's array.c (dtrsm on the leading k x k block). */
    private static SEXP backsolve(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        Call ecall = in.currentCall();
        Vector r = (Vector) a[0], bm = (Vector) a[1];
        int[] dr = r.dim(), db = bm.dim();
        int nrr = dr[0], ncr = dr[1], nrb = db[0], ncb = db[1];
        int k = RArgs.integer(a[2]);
        if (k == IntVector.NA || k <= 0 || k > nrr || k > ncr || k > nrb) throw in.error(ecall, "invalid 'k' argument");
        int upper = RArgs.logical(a[3]);
        if (upper == LogicalVector.NA) throw in.error(ecall, "invalid 'upper.tri' argument");
        int trans = RArgs.logical(a[4]);
        if (trans == LogicalVector.NA) throw in.error(ecall, "invalid 'transpose' argument");
        double[] rr = doubles(r), bb = doubles(bm);
        for (int i = 0; i < k; i++) {
            if (rr[i * (nrr + 1)] == 0.0) throw in.error(ecall, "singular matrix in 'backsolve'. First zero in diagonal [" + (i + 1) + "]");
        }
        double[] ans = new double[k * ncb];
        for (int j = 0; j < ncb; j++) System.arraycopy(bb, j * nrb, ans, j * k, k);
        Triangular.solveLeft(rr, nrr, k, ans, ncb, upper == 1, trans == 1);
        DoubleVector out = new DoubleVector(ans);
        out.setAttributeRaw("dim", new IntVector(new int[] {k, ncb}));
        return out;
    }

    /** max.col's R_max_col (src/appl/maxcol.c): ties within 1e-5 of the row's largest |entry| broken at random. */
    private static SEXP maxCol(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        Vector m = (Vector) a[0];
        int[] d = m.dim();
        int nr = d[0], nc = d[1];
        int ties = RArgs.integer(a[1]);
        double[] x = doubles(m);
        int[] out = new int[nr];
        boolean random = ties == 1;
        org.rlambda.nmath.random.RandomState rng = null;
        for (int r = 0; r < nr; r++) {
            double large = 0;
            boolean isna = true;
            for (int c = 0; c < nc; c++) {
                double v = x[r + c * nr];
                if (Double.isNaN(v)) { isna = true; break; }
                isna = false;
                if (!Double.isFinite(v)) continue;
                if (random) large = Math.max(large, Math.abs(v));
            }
            if (isna) { out[r] = IntVector.NA; continue; }
            int best = 0;
            double cur = x[r];
            if (random) {
                double tol = 1e-5 * large;
                int ntie = 1;
                for (int c = 1; c < nc; c++) {
                    double v = x[r + c * nr];
                    if (v > cur + tol) { cur = v; best = c; ntie = 1; }
                    else if (v >= cur - tol) {
                        ntie++;
                        if (rng == null) rng = org.rlambda.nmath.random.SessionRng.load(in);
                        if (ntie * rng.unifRand() < 1.0) best = c;
                    }
                }
            } else {
                for (int c = 1; c < nc; c++) {
                    double v = x[r + c * nr];
                    if (ties == 2 ? cur < v : cur <= v) { cur = v; best = c; }
                }
            }
            out[r] = best + 1;
        }
        if (rng != null) org.rlambda.nmath.random.SessionRng.save(in, rng);
        return new IntVector(out);
    }

    /** .Fortran's check of an argument passed without NAOK = TRUE. */
    private static void foreignFinite(Interpreter in, double[] v, int arg) {
        for (double d : v) {
            if (!Double.isFinite(d)) throw in.error(in.currentCall(), "NA/NaN/Inf in foreign function call (arg " + arg + ")");
        }
    }

    /** The values of a numeric or logical vector as doubles (a view for doubles, else converted). */
    static double[] doubles(Vector v) {
        if (v instanceof DoubleVector) return ((DoubleVector) v).values();
        double[] d = new double[v.length()];
        for (int i = 0; i < d.length; i++) d[i] = Coerce.doubleElement(v, i, null);
        return d;
    }

    /** A fresh double vector with v's values and attributes (storage.mode(v) <- "double"). */
    static DoubleVector copyAsDouble(Vector v) {
        DoubleVector r = v instanceof DoubleVector ? (DoubleVector) v.copy() : new DoubleVector(doubles(v));
        if (!(v instanceof DoubleVector)) r.copyAttributesFrom(v);
        return r;
    }

    static ListVector named(String[] names, SEXP... values) {
        ListVector l = new ListVector(values);
        l.setAttributeRaw("names", new StringVector(names));
        return l;
    }
}
