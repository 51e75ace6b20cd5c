package org.rlambda.nmath;

/**
 * The distribution of the Wilcoxon signed rank statistic: the algorithm of
 * src/nmath/signrank.c (the counts of subsets of 1..n with each sum, built by the usual
 * knapsack recursion and kept for the last n used).
 */
public final class SignRank {
    private SignRank() { }

    private static final ThreadLocal<double[]> TABLE = new ThreadLocal<>();
    private static final ThreadLocal<Integer> TABLE_N = new ThreadLocal<>();

    /** The number of subsets of 1..n whose sum is k. */
    private static double count(int k, int n) {
        int u = n * (n + 1) / 2, c = u / 2;
        if (k < 0 || k > u) return 0;
        if (k > c) k = u - k;
        if (n == 1) return 1.;
        double[] w = TABLE.get();
        Integer tn = TABLE_N.get();
        if (w == null || tn == null || tn != n) {
            w = new double[c + 1];
            w[0] = 1.;
            w[1] = 1.;
            for (int j = 2; j < n + 1; ++j) {
                int end = Math.min(j * (j + 1) / 2, c);
                for (int i = end; i >= j; --i) w[i] += w[i - j];
            }
            TABLE.set(w);
            TABLE_N.set(n);
        }
        return w[k];
    }

    public static double density(double x, double n, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(n)) return x + n;
        n = Math.rint(n);
        if (n <= 0) return Double.NaN;
        if (Math.abs(x - Math.rint(x)) > 1e-7) return Dpq.d0(log);
        x = Math.rint(x);
        if ((x < 0) || (x > (n * (n + 1) / 2))) return Dpq.d0(log);
        int nn = (int) n;
        return Dpq.exp(Math.log(count((int) x, nn)) - n * Dpq.LN2, log);
    }

    public static double cdf(double x, double n, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(n)) return x + n;
        if (!Dpq.finite(n)) return Double.NaN;
        n = Math.rint(n);
        if (n <= 0) return Double.NaN;
        x = Math.rint(x + 1e-7);
        if (x < 0.0) return Dpq.dt0(lower, log);
        if (x >= n * (n + 1) / 2) return Dpq.dt1(lower, log);
        int nn = (int) n;
        double f = Math.exp(-n * Dpq.LN2), p = 0;
        if (x <= (n * (n + 1) / 4)) {
            for (int i = 0; i <= x; i++) p += count(i, nn) * f;
        } else {
            x = n * (n + 1) / 2 - x;
            for (int i = 0; i < x; i++) p += count(i, nn) * f;
            lower = !lower;
        }
        return Dpq.val(p, lower, log);
    }

    public static double quantile(double x, double n, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(n)) return x + n;
        if (!Dpq.finite(x) || !Dpq.finite(n)) return Double.NaN;
        if (Dpq.outOfRange(x, log)) return Double.NaN;
        n = Math.rint(n);
        if (n <= 0) return Double.NaN;
        if (x == Dpq.dt0(lower, log)) return 0;
        if (x == Dpq.dt1(lower, log)) return n * (n + 1) / 2;
        if (log || !lower) x = Dpq.dtQIv(x, lower, log);
        int nn = (int) n;
        double f = Math.exp(-n * Dpq.LN2), p = 0;
        int q = 0;
        if (x <= 0.5) {
            x = x - 10 * Dpq.DBL_EPSILON;
            while (true) {
                p += count(q, nn) * f;
                if (p >= x) break;
                q++;
            }
        } else {
            x = 1 - x + 10 * Dpq.DBL_EPSILON;
            while (true) {
                p += count(q, nn) * f;
                if (p > x) {
                    q = (int) (n * (n + 1) / 2 - q);
                    break;
                }
                q++;
            }
        }
        return q;
    }
}
