package org.rlambda.linalg;

/**
 * Upper Cholesky factorizations on a column-major n x n array (leading dimension n), with
 * reference LAPACK 3.11's order of operations: {@link #factor} is dpotrf (blocked by 64, the
 * diagonal blocks by the recursive dpotrf2), {@link #factorPivoted} is dpstf2 (Higham's
 * pivoted Cholesky: largest remaining diagonal first, stop when it falls to {@code tol}).
 */
public final class Cholesky {
    private Cholesky() { }

    private static final int NB = 64;

    /** Overwrites the upper triangle with R (R'R = A); returns 0 or the order of the first non-positive leading minor. */
    public static int factor(double[] a, int n) {
        if (n < NB) return recursive(a, n, 0, n);
        for (int j = 0; j < n; j += NB) {
            int jb = Math.min(NB, n - j);
            // A(j:j+jb, j:j+jb) -= A(0:j, j:j+jb)' A(0:j, j:j+jb)   (dsyrk U T)
            syrkUpperT(a, n, jb, j, 0, j, j);
            int info = recursive(a, n, j, jb);
            if (info != 0) return info + j;
            int rest = n - j - jb;
            if (rest > 0) {
                // A(j:j+jb, j+jb:n) -= A(0:j, j:j+jb)' A(0:j, j+jb:n)   (dgemm T N)
                for (int c = j + jb; c < n; c++) {
                    for (int r = j; r < j + jb; r++) {
                        double t = 0;
                        for (int l = 0; l < j; l++) t += a[l + r * n] * a[l + c * n];
                        a[r + c * n] = -t + a[r + c * n];
                    }
                }
                trsmUpperT(a, n, j, jb, j + jb, rest);
            }
        }
        return 0;
    }

    /** dpotrf2 on the m x m diagonal block starting at (o, o). */
    private static int recursive(double[] a, int lda, int o, int m) {
        if (m == 1) {
            double d = a[o + o * lda];
            if (d <= 0 || Double.isNaN(d)) return 1;
            a[o + o * lda] = Math.sqrt(d);
            return 0;
        }
        int n1 = m / 2, n2 = m - n1;
        int info = recursive(a, lda, o, n1);
        if (info != 0) return info;
        trsmUpperT(a, lda, o, n1, o + n1, n2);
        syrkUpperT(a, lda, n2, n1, o, o + n1, o + n1);
        info = recursive(a, lda, o + n1, n2);
        return info != 0 ? info + n1 : 0;
    }

    /** B := U^-T B for U the k x k upper block at (d, d) and B the rows d..d+k of columns c0..c0+nc (dtrsm L U T N). */
    private static void trsmUpperT(double[] a, int lda, int d, int k, int c0, int nc) {
        for (int c = c0; c < c0 + nc; c++) {
            for (int i = 0; i < k; i++) {
                double t = a[d + i + c * lda];
                for (int l = 0; l < i; l++) t -= a[d + l + (d + i) * lda] * a[d + l + c * lda];
                a[d + i + c * lda] = t / a[d + i + (d + i) * lda];
            }
        }
    }

    /**
     * C := C - A'A on the upper triangle of the m x m block C at (c0, c0), A the k rows from
     * row r0 of the m columns starting at column a0 (dsyrk U T with alpha = -1, beta = 1).
     */
    private static void syrkUpperT(double[] a, int lda, int m, int k, int r0, int a0, int c0) {
        if (k == 0) return;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i <= j; i++) {
                double t = 0;
                for (int l = 0; l < k; l++) t += a[r0 + l + (a0 + i) * lda] * a[r0 + l + (a0 + j) * lda];
                int ci = c0 + i + (c0 + j) * lda;
                a[ci] = -t + a[ci];
            }
        }
    }

    /** Result of the pivoted factorization: rank, 1-based pivot, and whether it stopped early (LAPACK info 1). */
    public static final class Pivoted {
        public final int rank;
        public final int[] pivot;
        public final boolean deficient;

        Pivoted(int rank, int[] pivot, boolean deficient) {
            this.rank = rank;
            this.pivot = pivot;
            this.deficient = deficient;
        }
    }

    /** dpstf2 with uplo = 'U'; tol < 0 means n * eps/2 * max(diag(A)). */
    public static Pivoted factorPivoted(double[] a, int n, double tol) {
        int[] piv = new int[n];
        for (int i = 0; i < n; i++) piv[i] = i + 1;
        int pvt = 0;
        double ajj = a[0];
        for (int i = 1; i < n; i++) if (a[i + i * n] > ajj) { pvt = i; ajj = a[i + i * n]; }
        if (ajj <= 0 || Double.isNaN(ajj)) return new Pivoted(0, piv, true);
        double dstop = tol < 0 ? n * 0x1p-53 * ajj : tol;
        double[] work = new double[2 * n];
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                if (j > 0) { double v = a[j - 1 + i * n]; work[i] = work[i] + v * v; }
                work[n + i] = a[i + i * n] - work[i];
            }
            if (j > 0) {
                pvt = j;
                for (int i = j + 1; i < n; i++) if (work[n + i] > work[n + pvt]) pvt = i;
                ajj = work[n + pvt];
                if (ajj <= dstop || Double.isNaN(ajj)) {
                    a[j + j * n] = ajj;
                    return new Pivoted(j, piv, true);
                }
            }
            if (j != pvt) {
                a[pvt + pvt * n] = a[j + j * n];
                for (int i = 0; i < j; i++) swap(a, i + j * n, i + pvt * n);
                for (int c = pvt + 1; c < n; c++) swap(a, j + c * n, pvt + c * n);
                for (int i = 1; i < pvt - j; i++) swap(a, j + (j + i) * n, j + i + pvt * n);
                swap(work, j, pvt);
                int t = piv[pvt]; piv[pvt] = piv[j]; piv[j] = t;
            }
            ajj = Math.sqrt(ajj);
            a[j + j * n] = ajj;
            if (j < n - 1) {
                for (int c = j + 1; c < n; c++) {
                    double t = 0;
                    for (int i = 0; i < j; i++) t += a[i + c * n] * a[i + j * n];
                    a[j + c * n] = a[j + c * n] + -1.0 * t;
                }
                double s = 1.0 / ajj;
                for (int c = j + 1; c < n; c++) a[j + c * n] = s * a[j + c * n];
            }
        }
        return new Pivoted(n, piv, false);
    }

    private static void swap(double[] x, int i, int j) {
        double t = x[i]; x[i] = x[j]; x[j] = t;
    }
}
