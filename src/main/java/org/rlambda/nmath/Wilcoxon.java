package org.rlambda.nmath;

import java.util.HashMap;
import java.util.Map;

/**
 * The distribution of the Wilcoxon rank sum statistic: the algorithm of src/nmath/wilcox.c
 * (memoised recursion for the number of m-subsets of 1..m+n with a given sum).
 */
public final class Wilcoxon {
    private Wilcoxon() { }

    /** The counts already computed, per (smaller, larger) sample size; freed after each top-level call. */
    private static final class Counts {
        final Map<Long, double[]> w = new HashMap<>();

        double count(int k, int m, int n) {
            int u = m * n;
            if (k < 0 || k > u) return 0;
            int c = u / 2;
            if (k > c) k = u - k;
            int i, j;
            if (m < n) {
                i = m;
                j = n;
            } else {
                i = n;
                j = m;
            }
            if (j == 0) return k == 0 ? 1 : 0;
            if (j > 0 && k < j) return count(k, i, k);
            long key = ((long) i << 32) | j;
            double[] t = w.get(key);
            if (t == null) {
                t = new double[c + 1];
                java.util.Arrays.fill(t, -1);
                w.put(key, t);
            }
            if (t[k] < 0) t[k] = count(k - j, i - 1, j) + count(k, i, j - 1);
            return t[k];
        }
    }

    public static double density(double x, double m, double n, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(m) || Double.isNaN(n)) return x + m + n;
        m = Math.rint(m);
        n = Math.rint(n);
        if (m <= 0 || n <= 0) return Double.NaN;
        if (Math.abs(x - Math.rint(x)) > 1e-7) return Dpq.d0(log);
        x = Math.rint(x);
        if ((x < 0) || (x > m * n)) return Dpq.d0(log);
        int mm = (int) m, nn = (int) n, xx = (int) x;
        Counts w = new Counts();
        return log ? Math.log(w.count(xx, mm, nn)) - GammaFunctions.lchoose(m + n, n)
            : w.count(xx, mm, nn) / GammaFunctions.choose(m + n, n);
    }

    public static double cdf(double q, double m, double n, boolean lower, boolean log) {
        if (Double.isNaN(q) || Double.isNaN(m) || Double.isNaN(n)) return q + m + n;
        if (!Dpq.finite(m) || !Dpq.finite(n)) return Double.NaN;
        m = Math.rint(m);
        n = Math.rint(n);
        if (m <= 0 || n <= 0) return Double.NaN;
        q = Math.floor(q + 1e-7);
        if (q < 0.0) return Dpq.dt0(lower, log);
        if (q >= m * n) return Dpq.dt1(lower, log);
        int mm = (int) m, nn = (int) n;
        Counts w = new Counts();
        double c = GammaFunctions.choose(m + n, n), p = 0;
        if (q <= (m * n / 2)) {
            for (int i = 0; i <= q; i++) p += w.count(i, mm, nn) / c;
        } else {
            q = m * n - q;
            for (int i = 0; i < q; i++) p += w.count(i, mm, nn) / c;
            lower = !lower;
        }
        return Dpq.val(p, lower, log);
    }

    public static double quantile(double x, double m, double n, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(m) || Double.isNaN(n)) return x + m + n;
        if (!Dpq.finite(x) || !Dpq.finite(m) || !Dpq.finite(n)) return Double.NaN;
        if (Dpq.outOfRange(x, log)) return Double.NaN;
        m = Math.rint(m);
        n = Math.rint(n);
        if (m <= 0 || n <= 0) return Double.NaN;
        if (x == Dpq.dt0(lower, log)) return 0;
        if (x == Dpq.dt1(lower, log)) return m * n;
        if (log || !lower) x = Dpq.dtQIv(x, lower, log);
        int mm = (int) m, nn = (int) n;
        Counts w = new Counts();
        double c = GammaFunctions.choose(m + n, n), p = 0;
        int q = 0;
        if (x <= 0.5) {
            x = x - 10 * Dpq.DBL_EPSILON;
            while (true) {
                p += w.count(q, mm, nn) / c;
                if (p >= x) break;
                q++;
            }
        } else {
            x = 1 - x + 10 * Dpq.DBL_EPSILON;
            while (true) {
                p += w.count(q, mm, nn) / c;
                if (p > x) {
                    q = (int) (m * n - q);
                    break;
                }
                q++;
            }
        }
        return q;
    }
}
