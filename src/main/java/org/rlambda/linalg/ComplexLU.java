package org.rlambda.linalg;

/**
 * Complex LU with partial pivoting and solve (LAPACK zgetrf/zgetrs, as zgesv): pivots by
 * |re| + |im| (izamax), updates a - u l in increasing k, scaling by the reciprocal of the
 * pivot; complex division is Smith's algorithm (gfortran's). Real and imaginary parts are
 * separate column-major arrays.
 */
public final class ComplexLU {
    private ComplexLU() { }

    private static final double SFMIN = 0x1p-1022;

    /** Returns LAPACK's info (0, or the first zero pivot, 1-based). */
    public static int factor(double[] re, double[] im, int n, int[] ipiv) {
        int info = 0;
        for (int j = 0; j < n; j++) {
            int c = j * n;
            for (int k = 0; k < j; k++) {
                int p = ipiv[k] - 1;
                if (p != k) { swap(re, c + k, c + p); swap(im, c + k, c + p); }
            }
            for (int k = 0; k < j; k++) {
                double ur = re[c + k], ui = im[c + k];
                int l = k * n;
                for (int i = k + 1; i < n; i++) {
                    double lr = re[l + i], li = im[l + i];
                    re[c + i] -= ur * lr - ui * li;
                    im[c + i] -= ur * li + ui * lr;
                }
            }
            int p = j;
            double max = Math.abs(re[c + j]) + Math.abs(im[c + j]);
            for (int i = j + 1; i < n; i++) {
                double v = Math.abs(re[c + i]) + Math.abs(im[c + i]);
                if (v > max) { max = v; p = i; }
            }
            ipiv[j] = p + 1;
            if (re[c + p] != 0 || im[c + p] != 0) {
                if (p != j) {
                    for (int col = 0; col <= j; col++) {
                        swap(re, col * n + j, col * n + p);
                        swap(im, col * n + j, col * n + p);
                    }
                }
                double dr = re[c + j], di = im[c + j];
                if (Math.hypot(dr, di) >= SFMIN) {
                    double[] r = divide(1, 0, dr, di);
                    for (int i = j + 1; i < n; i++) {
                        double xr = re[c + i], xi = im[c + i];
                        re[c + i] = r[0] * xr - r[1] * xi;
                        im[c + i] = r[0] * xi + r[1] * xr;
                    }
                } else {
                    for (int i = j + 1; i < n; i++) {
                        double[] q = divide(re[c + i], im[c + i], dr, di);
                        re[c + i] = q[0];
                        im[c + i] = q[1];
                    }
                }
            } else if (info == 0) {
                info = j + 1;
            }
        }
        return info;
    }

    /** Solves A X = B for the nrhs columns of B (n x nrhs) with A factored by {@link #factor}. */
    public static void solve(double[] re, double[] im, int n, int[] ipiv, double[] br, double[] bi, int nrhs) {
        for (int j = 0; j < nrhs; j++) {
            int o = j * n;
            for (int k = 0; k < n; k++) {
                int p = ipiv[k] - 1;
                if (p != k) { swap(br, o + k, o + p); swap(bi, o + k, o + p); }
            }
            for (int k = 0; k < n; k++) {
                double ur = br[o + k], ui = bi[o + k];
                if (ur == 0 && ui == 0) continue;
                for (int i = k + 1; i < n; i++) {
                    double lr = re[i + k * n], li = im[i + k * n];
                    br[o + i] -= ur * lr - ui * li;
                    bi[o + i] -= ur * li + ui * lr;
                }
            }
            for (int k = n - 1; k >= 0; k--) {
                if (br[o + k] == 0 && bi[o + k] == 0) continue;
                double[] q = divide(br[o + k], bi[o + k], re[k + k * n], im[k + k * n]);
                br[o + k] = q[0];
                bi[o + k] = q[1];
                for (int i = 0; i < k; i++) {
                    double ar = re[i + k * n], ai = im[i + k * n];
                    br[o + i] -= q[0] * ar - q[1] * ai;
                    bi[o + i] -= q[0] * ai + q[1] * ar;
                }
            }
        }
    }

    /** (a + bi) / (c + di) by Smith's algorithm. */
    static double[] divide(double a, double b, double c, double d) {
        if (Math.abs(c) < Math.abs(d)) {
            double ratio = c / d, den = c * ratio + d;
            return new double[] {(a * ratio + b) / den, (b * ratio - a) / den};
        }
        double ratio = d / c, den = d * ratio + c;
        return new double[] {(b * ratio + a) / den, (b - a * ratio) / den};
    }

    private static void swap(double[] x, int i, int j) {
        double t = x[i]; x[i] = x[j]; x[j] = t;
    }
}
