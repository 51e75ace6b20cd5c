package org.rlambda.nmath;

/**
 * The binomial distribution: Loader's saddle-point density (src/nmath/dbinom.c), pbinom via
 * pbeta (pbinom.c) and qbinom by the discrete search (qbinom.c).
 */
public final class Binomial {
    private Binomial() { }

    /** The binomial probability of x successes in n trials (q = 1 - p given separately for accuracy). */
    public static double raw(double x, double n, double p, double q, boolean log) {
        if (p == 0) return (x == 0) ? Dpq.d1(log) : Dpq.d0(log);
        if (q == 0) return (x == n) ? Dpq.d1(log) : Dpq.d0(log);
        double lc;
        if (x == 0) {
            if (n == 0) return Dpq.d1(log);
            lc = (p < 0.1) ? -GammaFunctions.bd0(n, n * q) - n * p : n * Math.log(q);
            return Dpq.exp(lc, log);
        }
        if (x == n) {
            lc = (q < 0.1) ? -GammaFunctions.bd0(n, n * p) - n * q : n * Math.log(p);
            return Dpq.exp(lc, log);
        }
        if (x < 0 || x > n) return Dpq.d0(log);
        lc = GammaFunctions.stirlerr(n) - GammaFunctions.stirlerr(x) - GammaFunctions.stirlerr(n - x)
            - GammaFunctions.bd0(x, n * p) - GammaFunctions.bd0(n - x, n * q);
        double lf = GammaFunctions.LN_2PI + Math.log(x) + Math.log1p(-x / n);
        return Dpq.exp(lc - 0.5 * lf, log);
    }

    public static double density(double x, double n, double p, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(n) || Double.isNaN(p)) return x + n + p;
        if (p < 0 || p > 1 || Dpq.negativeOrNonInteger(n)) return Double.NaN;
        if (Dpq.nonInteger(x)) {
            Dpq.warning("non-integer x = " + Dpq.fmtF(x));
            return Dpq.d0(log);
        }
        if (x < 0 || !Dpq.finite(x)) return Dpq.d0(log);
        n = Math.rint(n);
        x = Math.rint(x);
        return raw(x, n, p, 1 - p, log);
    }

    public static double cdf(double x, double n, double p, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(n) || Double.isNaN(p)) return x + n + p;
        if (!Dpq.finite(n) || !Dpq.finite(p)) return Double.NaN;
        if (Dpq.nonInteger(n)) {
            Dpq.warning("non-integer n = " + Dpq.fmtF(n));
            return Double.NaN;
        }
        n = Math.rint(n);
        if (n < 0 || p < 0 || p > 1) return Double.NaN;
        if (x < 0) return Dpq.dt0(lower, log);
        x = Math.floor(x + 1e-7);
        if (n <= x) return Dpq.dt1(lower, log);
        return Beta.cdf(p, x + 1, n - x, !lower, log);
    }

    public static double quantile(double p, double n, double pr, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(n) || Double.isNaN(pr)) return p + n + pr;
        if (!Dpq.finite(n) || !Dpq.finite(pr)) return Double.NaN;
        if (!Dpq.finite(p) && !log) return Double.NaN;
        n = Math.rint(n);
        if (pr < 0 || pr > 1 || n < 0) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, n, lower, log);
        if (pr == 0. || n == 0) return 0.;
        if (pr == 1.) return n;
        double q = 1 - pr, mu = n * pr, sigma = Math.sqrt(n * pr * q), gamma = (q - pr) / sigma;
        final double nn = n;
        return DiscreteSearch.quantile(p, mu, sigma, gamma, (y, lt, lg) -> cdf(y, nn, pr, lt, lg), n, lower, log);
    }
}
