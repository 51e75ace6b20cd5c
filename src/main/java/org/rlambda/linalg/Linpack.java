package org.rlambda.linalg;

/**
 * GNU R's LINPACK QR: Householder QR with R's limited column pivoting (columns whose
 * remaining norm falls below {@code tol} times their original norm are moved to the end and
 * the rank is the number of columns kept) and the solver applying it. Algorithms of GNU R's
 * src/appl/dqrdc2.f, dqrsl.f, dqrutl.f and dqrls.f; matrices are column-major arrays with
 * leading dimension n.
 */
public final class Linpack {
    private Linpack() { }

    /** The decomposition's by-products besides the overwritten matrix. */
    public static final class Qr {
        public final int rank;
        public final double[] qraux;
        public final int[] pivot;

        Qr(int rank, double[] qraux, int[] pivot) {
            this.rank = rank;
            this.qraux = qraux;
            this.pivot = pivot;
        }
    }

    /** Decomposes the n x p matrix x in place; pivot is 1-based as R shows it. */
    public static Qr dqrdc2(double[] x, int n, int p, double tol) {
        double[] qraux = new double[p], norm = new double[p], orig = new double[p];
        int[] pivot = new int[p];
        for (int j = 0; j < p; j++) pivot[j] = j + 1;
        if (n > 0) {
            for (int j = 0; j < p; j++) {
                qraux[j] = Blas.nrm2(n, x, j * n, 1);
                norm[j] = qraux[j];
                orig[j] = qraux[j] == 0 ? 1 : qraux[j];
            }
        }
        int lup = Math.min(n, p);
        int k = p + 1;
        for (int l = 0; l < lup; l++) {
            // move negligible columns to the end until column l is a keeper or all are moved
            while (l + 1 < k && qraux[l] < orig[l] * tol) {
                for (int i = 0; i < n; i++) {
                    double t = x[i + l * n];
                    for (int j = l + 1; j < p; j++) x[i + (j - 1) * n] = x[i + j * n];
                    x[i + (p - 1) * n] = t;
                }
                int pv = pivot[l];
                double t = qraux[l], tt = norm[l], ttt = orig[l];
                for (int j = l + 1; j < p; j++) {
                    pivot[j - 1] = pivot[j];
                    qraux[j - 1] = qraux[j];
                    norm[j - 1] = norm[j];
                    orig[j - 1] = orig[j];
                }
                pivot[p - 1] = pv;
                qraux[p - 1] = t;
                norm[p - 1] = tt;
                orig[p - 1] = ttt;
                k--;
            }
            if (l == n - 1) continue;
            int ll = l + l * n, len = n - l;
            double nrmxl = Blas.nrm2(len, x, ll, 1);
            if (nrmxl == 0) continue;
            if (x[ll] != 0) nrmxl = Math.copySign(nrmxl, x[ll]);
            double scale = 1.0 / nrmxl;
            for (int i = 0; i < len; i++) x[ll + i] = scale * x[ll + i];
            x[ll] = 1.0 + x[ll];
            // the columns' reflections are independent: four at a time share the loads of column l
            int j0 = l + 1;
            for (; j0 + 3 < p; j0 += 4) reflect4(x, ll, len, l + j0 * n, n);
            for (int j = j0; j < p; j++) {
                int lj = l + j * n;
                double t = -Blas.dot(len, x, ll, x, lj) / x[ll];
                Blas.axpy(len, t, x, ll, x, lj);
            }
            for (int j = l + 1; j < p; j++) {
                int lj = l + j * n;
                if (qraux[j] == 0) continue;
                double r = Math.abs(x[lj]) / qraux[j];
                double tt = Math.max(1.0 - r * r, 0.0);
                if (Math.abs(tt) < 1e-6) {
                    qraux[j] = Blas.nrm2(n - l - 1, x, lj + 1, 1);
                    norm[j] = qraux[j];
                } else {
                    qraux[j] = qraux[j] * Math.sqrt(tt);
                }
            }
            qraux[l] = x[ll];
            x[ll] = -nrmxl;
        }
        return new Qr(Math.min(k - 1, n), qraux, pivot);
    }

    /**
     * Columns c, c + n, c + 2n, c + 3n (offsets of their row l) minus their projections on the
     * Householder vector at v: each column's dot product and axpy in BLAS order, the four
     * interleaved.
     */
    private static void reflect4(double[] x, int v, int len, int c, int n) {
        int c0 = c, c1 = c + n, c2 = c1 + n, c3 = c2 + n;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int i = 0; i < len; i++) {
            double h = x[v + i];
            s0 += h * x[c0 + i];
            s1 += h * x[c1 + i];
            s2 += h * x[c2 + i];
            s3 += h * x[c3 + i];
        }
        double d = x[v];
        double t0 = -s0 / d, t1 = -s1 / d, t2 = -s2 / d, t3 = -s3 / d;
        if (t0 == 0 || t1 == 0 || t2 == 0 || t3 == 0) {
            Blas.axpy(len, t0, x, v, x, c0);
            Blas.axpy(len, t1, x, v, x, c1);
            Blas.axpy(len, t2, x, v, x, c2);
            Blas.axpy(len, t3, x, v, x, c3);
            return;
        }
        for (int i = 0; i < len; i++) {
            double h = x[v + i];
            x[c0 + i] += t0 * h;
            x[c1 + i] += t1 * h;
            x[c2 + i] += t2 * h;
            x[c3 + i] += t3 * h;
        }
    }

    /** What {@link #dqrsl} computes (LINPACK's job digits). */
    public static final int QY = 1, QTY = 2, COEF = 4, RESID = 8, FITTED = 16;

    /**
     * Applies the first k Householder reflections of a dqrdc2 result in x (n x k used) to
     * one column y (offset yo). Each requested output array (may be null when not requested)
     * receives its column at offset yo; qty is required for COEF, RESID and FITTED; coef has
     * length k per column at offset bo. Returns LINPACK's info: 0, or the 1-based index of a
     * zero diagonal element of R met while computing the coefficients.
     */
    public static int dqrsl(double[] x, int n, int k, double[] qraux, double[] y, int yo,
                            double[] qy, double[] qty, double[] coef, int bo, double[] rsd, double[] xb, int job) {
        int info = 0;
        int ju = Math.min(k, n - 1);
        if (ju == 0) {
            if ((job & QY) != 0) qy[yo] = y[yo];
            if ((job & QTY) != 0) qty[yo] = y[yo];
            if ((job & FITTED) != 0) xb[yo] = y[yo];
            if ((job & COEF) != 0) {
                if (x[0] != 0) coef[bo] = y[yo] / x[0];
                else info = 1;
            }
            if ((job & RESID) != 0) rsd[yo] = 0;
            return info;
        }
        if ((job & QY) != 0) {
            System.arraycopy(y, yo, qy, yo, n);
            for (int j = ju - 1; j >= 0; j--) reflect(x, n, j, qraux, qy, yo);
        }
        if ((job & QTY) != 0) {
            if (qty != y) System.arraycopy(y, yo, qty, yo, n);
            for (int j = 0; j < ju; j++) reflect(x, n, j, qraux, qty, yo);
        }
        if ((job & COEF) != 0) System.arraycopy(qty, yo, coef, bo, k);
        if ((job & FITTED) != 0) {
            System.arraycopy(qty, yo, xb, yo, k);
            for (int i = k; i < n; i++) xb[yo + i] = 0;
        }
        if ((job & RESID) != 0) {
            if (k < n) System.arraycopy(qty, yo + k, rsd, yo + k, n - k);
            for (int i = 0; i < k; i++) rsd[yo + i] = 0;
        }
        if ((job & COEF) != 0) {
            for (int j = k - 1; j >= 0; j--) {
                double d = x[j + j * n];
                if (d == 0) { info = j + 1; break; }
                coef[bo + j] = coef[bo + j] / d;
                if (j > 0) Blas.axpy(j, -coef[bo + j], x, j * n, coef, bo);
            }
        }
        if ((job & (RESID | FITTED)) != 0) {
            for (int j = ju - 1; j >= 0; j--) {
                if ((job & RESID) != 0) reflect(x, n, j, qraux, rsd, yo);
                if ((job & FITTED) != 0) reflect(x, n, j, qraux, xb, yo);
            }
        }
        return info;
    }

    /** Applies reflection j (vector below the diagonal of column j, qraux[j] on it) to v. */
    private static void reflect(double[] x, int n, int j, double[] qraux, double[] v, int vo) {
        if (qraux[j] == 0) return;
        int jj = j + j * n;
        double saved = x[jj];
        x[jj] = qraux[j];
        double t = -Blas.dot(n - j, x, jj, v, vo + j) / x[jj];
        Blas.axpy(n - j, t, x, jj, v, vo + j);
        x[jj] = saved;
    }

    /** Result of the least-squares fit {@link #dqrls}. */
    public static final class Fit {
        public final Qr qr;
        public final double[] coefficients, residuals, effects;

        Fit(Qr qr, double[] coefficients, double[] residuals, double[] effects) {
            this.qr = qr;
            this.coefficients = coefficients;
            this.residuals = residuals;
            this.effects = effects;
        }
    }

    /**
     * Least squares of the ny columns of y (n x ny) on x (n x p, overwritten by its QR):
     * coefficients p x ny (zero beyond the rank), residuals and effects (Q'y) n x ny.
     */
    public static Fit dqrls(double[] x, int n, int p, double[] y, int ny, double tol) {
        Qr qr = dqrdc2(x, n, p, tol);
        int k = qr.rank;
        double[] b = new double[p * ny], rsd = new double[n * ny], qty = new double[n * ny];
        if (k > 0) {
            double[] coef = new double[k];
            for (int jj = 0; jj < ny; jj++) {
                java.util.Arrays.fill(coef, 0);
                dqrsl(x, n, k, qr.qraux, y, jj * n, null, qty, coef, 0, rsd, null, QTY | COEF | RESID);
                System.arraycopy(coef, 0, b, jj * p, k);
            }
        } else {
            System.arraycopy(y, 0, rsd, 0, n * ny);
            // effects stay as y (the effects argument was a copy of y in GNU R's call)
            System.arraycopy(y, 0, qty, 0, n * ny);
        }
        return new Fit(qr, b, rsd, qty);
    }

    /**
     * LINPACK dtrco's estimate of the reciprocal 1-norm condition number of the upper
     * triangular n x n matrix t (GNU R's src/appl/dtrco.f with job = 1).
     */
    public static double dtrco(double[] t, int n) {
        double tnorm = 0;
        for (int j = 0; j < n; j++) tnorm = Math.max(tnorm, asum(j + 1, t, j * n));
        double ek = 1.0;
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            double tkk = t[k + k * n];
            if (z[k] != 0) ek = Math.copySign(ek, -z[k]);
            if (Math.abs(ek - z[k]) > Math.abs(tkk)) {
                double s = Math.abs(tkk) / Math.abs(ek - z[k]);
                for (int i = 0; i < n; i++) z[i] = s * z[i];
                ek = s * ek;
            }
            double wk = ek - z[k], wkm = -ek - z[k];
            double s = Math.abs(wk), sm = Math.abs(wkm);
            if (tkk != 0) { wk = wk / tkk; wkm = wkm / tkk; }
            else { wk = 1.0; wkm = 1.0; }
            if (k < n - 1) {
                for (int j = k + 1; j < n; j++) {
                    sm = sm + Math.abs(z[j] + wkm * t[k + j * n]);
                    z[j] = z[j] + wk * t[k + j * n];
                    s = s + Math.abs(z[j]);
                }
                if (s < sm) {
                    double w = wkm - wk;
                    wk = wkm;
                    for (int j = k + 1; j < n; j++) z[j] = z[j] + w * t[k + j * n];
                }
            }
            z[k] = wk;
        }
        double s = 1.0 / asum(n, z, 0);
        for (int i = 0; i < n; i++) z[i] = s * z[i];
        double ynorm = 1.0;
        for (int kk = 0; kk < n; kk++) {
            int k = n - 1 - kk;
            double tkk = t[k + k * n];
            if (Math.abs(z[k]) > Math.abs(tkk)) {
                double sc = Math.abs(tkk) / Math.abs(z[k]);
                for (int i = 0; i < n; i++) z[i] = sc * z[i];
                ynorm = sc * ynorm;
            }
            if (tkk != 0) z[k] = z[k] / tkk;
            if (tkk == 0) z[k] = 1.0;
            if (kk < n - 1) Blas.axpy(n - kk - 1, -z[k], t, k * n, z, 0);
        }
        s = 1.0 / asum(n, z, 0);
        for (int i = 0; i < n; i++) z[i] = s * z[i];
        ynorm = s * ynorm;
        return tnorm != 0 ? ynorm / tnorm : 0.0;
    }

    private static double asum(int n, double[] x, int off) {
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.abs(x[off + i]);
        return s;
    }
}
