package org.rlambda.stats;

import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.nmath.GammaFunctions;
import org.rlambda.nmath.Normal;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;

/**
 * Null distributions of the rank correlation tests (cor.test in htest.R): Spearman's S by
 * algorithm AS 89 (exact enumeration for n <= 9, Edgeworth series above; GNU R's
 * src/library/stats/src/prho.c) and Kendall's T by the counting recursion of
 * src/library/stats/src/kendall.c.
 */
public final class HtestRankCorrelation {
    private HtestRankCorrelation() { }

    public static void register(Builtins b) {
        b.add(".rlambda_pRho", "q, n, lower", (in, call, a, rho) -> DoubleVector.of(
                prho(intOf(in, a[1]), ((DoubleVector) Coercion.to(in, a[0], SexpType.DOUBLE)).get(0),
                        intOf(in, a[2]) != 0)));
        b.add(".rlambda_pKendall", "q, n", (in, call, a, rho) -> {
            double[] q = ((DoubleVector) Coercion.to(in, a[0], SexpType.DOUBLE)).values();
            int n = intOf(in, a[1]);
            double[] p = new double[q.length];
            double[][] memo = new double[n + 1][];
            for (int i = 0; i < q.length; i++) p[i] = pkendall(q[i], n, memo);
            return new DoubleVector(p);
        });
    }

    private static int intOf(org.rlambda.eval.Interpreter in, SEXP x) {
        if (x instanceof LogicalVector) return ((LogicalVector) x).get(0);
        return ((IntVector) Coercion.to(in, x, SexpType.INTEGER)).get(0);
    }

    /** Pr[S >= is], or Pr[S < is] when lowerTail, for Spearman's S = (n^3 - n)(1 - R)/6. */
    static double prho(int n, double is, boolean lowerTail) {
        double pv = lowerTail ? 0 : 1;
        if (n <= 1 || is <= 0) return pv;
        double n3 = n;
        n3 *= (n3 * n3 - 1) / 3;
        if (is > n3) return 1 - pv;
        if (n <= 9) {
            // count the permutations whose sum of squared rank differences reaches is
            int[] l = new int[n];
            int nfac = 1;
            for (int i = 1; i <= n; i++) {
                nfac *= i;
                l[i - 1] = i;
            }
            int ifr;
            if (is == n3) {
                ifr = 1;
            } else {
                ifr = 0;
                for (int m = 0; m < nfac; m++) {
                    int ise = 0;
                    for (int i = 0; i < n; i++) {
                        int d = i + 1 - l[i];
                        ise += d * d;
                    }
                    if (is <= ise) ifr++;
                    int n1 = n, mt;
                    do {
                        mt = l[0];
                        System.arraycopy(l, 1, l, 0, n1 - 1);
                        n1--;
                        l[n1] = mt;
                    } while (mt == n1 + 1 && n1 > 1);
                }
            }
            return (lowerTail ? nfac - ifr : ifr) / (double) nfac;
        }
        double y = n, b = 1 / y;
        double x = (6 * (is - 1) * b / (y * y - 1) - 1) * Math.sqrt(y - 1);
        y = x * x;
        double u = x * b * (.2274 + b * (.2531 + .1745 * b) + y * (-.0758 + b * (.1033 + .3932 * b)
                - y * b * (.0879 + .0151 * b - y * (.0072 - .0831 * b + y * b * (.0131 - 4.6e-4 * y)))));
        y = u / Math.exp(y / 2);
        pv = (lowerTail ? -y : y) + Normal.cdf(x, 0, 1, lowerTail, false);
        return Math.max(0, Math.min(1, pv));
    }

    /** Number of permutations of n with k concordant pairs, memoised per n. */
    private static double ckendall(int k, int n, double[][] w) {
        int u = n * (n - 1) / 2;
        if (k < 0 || k > u) return 0;
        if (w[n] == null) {
            w[n] = new double[u + 1];
            java.util.Arrays.fill(w[n], -1);
        }
        if (w[n][k] < 0) {
            if (n == 1) {
                w[n][k] = k == 0 ? 1 : 0;
            } else {
                double s = 0;
                for (int i = 0; i < n; i++) s += ckendall(k - i, n - 1, w);
                w[n][k] = s;
            }
        }
        return w[n][k];
    }

    static double pkendall(double qv, int n, double[][] w) {
        double q = Math.floor(qv + 1e-7);
        if (q < 0) return 0;
        if (q > n * (n - 1) / 2) return 1;
        double p = 0;
        for (int j = 0; j <= q; j++) p += ckendall(j, n, w);
        return p / GammaFunctions.gamma(n + 1);
    }
}
