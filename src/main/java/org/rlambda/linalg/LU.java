package org.rlambda.linalg;

/**
 * LU factorization with partial pivoting of a square column-major matrix and the solve with
 * it: LAPACK's dgetrf/dgetrs (3.11) in result. Every element receives its updates
 * a - u(k) l(k) in increasing k, as in LAPACK's blocked and recursive variants, pivots are
 * the first largest |entry| (idamax) and a column is scaled by the reciprocal of its pivot
 * unless that is below the safe minimum; so factors agree bit for bit. The loop order is
 * left-looking, four updates at a time, for speed.
 */
public final class LU {
    private LU() { }

    private static final double SFMIN = 0x1p-1022;

    /** Overwrites a (n x n) with L\U; ipiv gets 1-based row interchanges. Returns LAPACK's info. */
    public static int factor(double[] a, int n, int[] ipiv) {
        int info = 0;
        int j = 0;
        // two columns at a time: the updates from the columns of L before j are shared
        for (; j + 1 < n; j += 2) {
            int c = j * n, d = c + n;
            for (int k = 0; k < j; k++) {
                int p = ipiv[k] - 1;
                if (p != k) { swap(a, c + k, c + p); swap(a, d + k, d + p); }
            }
            update2(a, n, c, d, j);
            info = pivot(a, n, j, info, ipiv);
            int p = ipiv[j] - 1;
            if (p != j) swap(a, d + j, d + p);
            double u = a[d + j];
            int l = j * n;
            for (int i = j + 1; i < n; i++) a[d + i] -= u * a[l + i];
            info = pivot(a, n, j + 1, info, ipiv);
        }
        for (; j < n; j++) {
            int c = j * n;
            for (int k = 0; k < j; k++) {
                int p = ipiv[k] - 1;
                if (p != k) swap(a, c + k, c + p);
            }
            update(a, n, c, j);
            info = pivot(a, n, j, info, ipiv);
        }
        return info;
    }

    /** Column at c (swaps applied) minus its updates from columns 0..j-1 of L, in increasing order, four at a time. */
    private static void update(double[] a, int n, int c, int j) {
        int k = 0;
        for (; k + 3 < j; k += 4) {
            int l0 = k * n, l1 = l0 + n, l2 = l1 + n, l3 = l2 + n;
            double u0 = a[c + k];
            a[c + k + 1] -= u0 * a[l0 + k + 1];
            double u1 = a[c + k + 1];
            a[c + k + 2] -= u0 * a[l0 + k + 2];
            a[c + k + 2] -= u1 * a[l1 + k + 2];
            double u2 = a[c + k + 2];
            a[c + k + 3] -= u0 * a[l0 + k + 3];
            a[c + k + 3] -= u1 * a[l1 + k + 3];
            a[c + k + 3] -= u2 * a[l2 + k + 3];
            double u3 = a[c + k + 3];
            for (int i = k + 4; i < n; i++) {
                double v = a[c + i];
                v -= u0 * a[l0 + i];
                v -= u1 * a[l1 + i];
                v -= u2 * a[l2 + i];
                v -= u3 * a[l3 + i];
                a[c + i] = v;
            }
        }
        for (; k < j; k++) {
            double u = a[c + k];
            int l = k * n;
            for (int i = k + 1; i < n; i++) a[c + i] -= u * a[l + i];
        }
    }

    /** {@link #update} of the columns at c and d together, sharing the loads of L. */
    private static void update2(double[] a, int n, int c, int d, int j) {
        int k = 0;
        for (; k + 3 < j; k += 4) {
            int l0 = k * n, l1 = l0 + n, l2 = l1 + n, l3 = l2 + n;
            double u0 = a[c + k], w0 = a[d + k];
            a[c + k + 1] -= u0 * a[l0 + k + 1];
            a[d + k + 1] -= w0 * a[l0 + k + 1];
            double u1 = a[c + k + 1], w1 = a[d + k + 1];
            a[c + k + 2] -= u0 * a[l0 + k + 2];
            a[c + k + 2] -= u1 * a[l1 + k + 2];
            a[d + k + 2] -= w0 * a[l0 + k + 2];
            a[d + k + 2] -= w1 * a[l1 + k + 2];
            double u2 = a[c + k + 2], w2 = a[d + k + 2];
            a[c + k + 3] -= u0 * a[l0 + k + 3];
            a[c + k + 3] -= u1 * a[l1 + k + 3];
            a[c + k + 3] -= u2 * a[l2 + k + 3];
            a[d + k + 3] -= w0 * a[l0 + k + 3];
            a[d + k + 3] -= w1 * a[l1 + k + 3];
            a[d + k + 3] -= w2 * a[l2 + k + 3];
            double u3 = a[c + k + 3], w3 = a[d + k + 3];
            for (int i = k + 4; i < n; i++) {
                double x0 = a[l0 + i], x1 = a[l1 + i], x2 = a[l2 + i], x3 = a[l3 + i];
                double v = a[c + i];
                v -= u0 * x0;
                v -= u1 * x1;
                v -= u2 * x2;
                v -= u3 * x3;
                a[c + i] = v;
                double w = a[d + i];
                w -= w0 * x0;
                w -= w1 * x1;
                w -= w2 * x2;
                w -= w3 * x3;
                a[d + i] = w;
            }
        }
        for (; k < j; k++) {
            double u = a[c + k], w = a[d + k];
            int l = k * n;
            for (int i = k + 1; i < n; i++) {
                a[c + i] -= u * a[l + i];
                a[d + i] -= w * a[l + i];
            }
        }
    }

    /** Chooses column j's pivot (first largest |entry|), swaps it into place in columns 0..j, scales L. */
    private static int pivot(double[] a, int n, int j, int info, int[] ipiv) {
        int c = j * n;
        int p = j;
        double max = Math.abs(a[c + j]);
        for (int i = j + 1; i < n; i++) {
            double v = Math.abs(a[c + i]);
            if (v > max) { max = v; p = i; }
        }
        ipiv[j] = p + 1;
        if (a[c + p] != 0) {
            if (p != j) for (int col = 0; col <= j; col++) swap(a, col * n + j, col * n + p);
            double d = a[c + j];
            if (Math.abs(d) >= SFMIN) {
                double r = 1.0 / d;
                for (int i = j + 1; i < n; i++) a[c + i] = r * a[c + i];
            } else {
                for (int i = j + 1; i < n; i++) a[c + i] = a[c + i] / d;
            }
        } else if (info == 0) {
            info = j + 1;
        }
        return info;
    }

    private static void swap(double[] x, int i, int j) {
        double t = x[i]; x[i] = x[j]; x[j] = t;
    }

    /** Solves A X = B for the nrhs columns of b (n x nrhs) with a factored by {@link #factor}. */
    public static void solve(double[] lu, int n, int[] ipiv, double[] b, int nrhs) {
        boolean finite = true;
        for (double v : lu) if (!Double.isFinite(v)) { finite = false; break; }
        for (int j = 0; j < nrhs; j++) {
            int o = j * n;
            for (int k = 0; k < n; k++) {
                int p = ipiv[k] - 1;
                if (p != k) { double t = b[o + k]; b[o + k] = b[o + p]; b[o + p] = t; }
            }
            if (finite) forwardFast(lu, n, b, o); else forward(lu, n, b, o);
            if (finite) backwardFast(lu, n, b, o); else backward(lu, n, b, o);
        }
    }

    private static void forward(double[] lu, int n, double[] b, int o) {
        for (int k = 0; k < n; k++) {
            double u = b[o + k];
            if (u == 0) continue;
            for (int i = k + 1; i < n; i++) b[o + i] -= u * lu[i + k * n];
        }
    }

    private static void backward(double[] lu, int n, double[] b, int o) {
        for (int k = n - 1; k >= 0; k--) {
            if (b[o + k] == 0) continue;
            b[o + k] /= lu[k + k * n];
            double u = b[o + k];
            for (int i = 0; i < k; i++) b[o + i] -= u * lu[i + k * n];
        }
    }

    /** Unit lower solve, four columns of L at a time (a zero multiplier changes nothing for finite L). */
    private static void forwardFast(double[] lu, int n, double[] b, int o) {
        int k = 0;
        for (; k + 3 < n; k += 4) {
            int l0 = k * n, l1 = l0 + n, l2 = l1 + n, l3 = l2 + n;
            double u0 = b[o + k];
            b[o + k + 1] -= u0 * lu[l0 + k + 1];
            double u1 = b[o + k + 1];
            b[o + k + 2] -= u0 * lu[l0 + k + 2];
            b[o + k + 2] -= u1 * lu[l1 + k + 2];
            double u2 = b[o + k + 2];
            b[o + k + 3] -= u0 * lu[l0 + k + 3];
            b[o + k + 3] -= u1 * lu[l1 + k + 3];
            b[o + k + 3] -= u2 * lu[l2 + k + 3];
            double u3 = b[o + k + 3];
            if (u0 == 0 && u1 == 0 && u2 == 0 && u3 == 0) continue;
            for (int i = k + 4; i < n; i++) {
                double v = b[o + i];
                v -= u0 * lu[l0 + i];
                v -= u1 * lu[l1 + i];
                v -= u2 * lu[l2 + i];
                v -= u3 * lu[l3 + i];
                b[o + i] = v;
            }
        }
        for (; k < n; k++) {
            double u = b[o + k];
            if (u == 0) continue;
            for (int i = k + 1; i < n; i++) b[o + i] -= u * lu[i + k * n];
        }
    }

    /** Upper solve from the last column, four columns of U at a time. */
    private static void backwardFast(double[] lu, int n, double[] b, int o) {
        int k = n - 1;
        for (; k - 3 >= 0; k -= 4) {
            int c0 = k * n, c1 = c0 - n, c2 = c1 - n, c3 = c2 - n;
            if (b[o + k] != 0) b[o + k] /= lu[c0 + k];
            double u0 = b[o + k];
            b[o + k - 1] -= u0 * lu[c0 + k - 1];
            if (b[o + k - 1] != 0) b[o + k - 1] /= lu[c1 + k - 1];
            double u1 = b[o + k - 1];
            b[o + k - 2] -= u0 * lu[c0 + k - 2];
            b[o + k - 2] -= u1 * lu[c1 + k - 2];
            if (b[o + k - 2] != 0) b[o + k - 2] /= lu[c2 + k - 2];
            double u2 = b[o + k - 2];
            b[o + k - 3] -= u0 * lu[c0 + k - 3];
            b[o + k - 3] -= u1 * lu[c1 + k - 3];
            b[o + k - 3] -= u2 * lu[c2 + k - 3];
            if (b[o + k - 3] != 0) b[o + k - 3] /= lu[c3 + k - 3];
            double u3 = b[o + k - 3];
            for (int i = 0; i < k - 3; i++) {
                double v = b[o + i];
                v -= u0 * lu[c0 + i];
                v -= u1 * lu[c1 + i];
                v -= u2 * lu[c2 + i];
                v -= u3 * lu[c3 + i];
                b[o + i] = v;
            }
        }
        for (; k >= 0; k--) {
            if (b[o + k] == 0) continue;
            b[o + k] /= lu[k + k * n];
            double u = b[o + k];
            for (int i = 0; i < k; i++) b[o + i] -= u * lu[i + k * n];
        }
    }
}
