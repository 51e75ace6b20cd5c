package org.rlambda.nmath;

/**
 * The Poisson distribution: Loader's saddle-point density with the extended-precision
 * deviance (src/nmath/dpois.c), ppois via pgamma (ppois.c), qpois by the discrete search
 * (qpois.c).
 */
public final class Poisson {
    private Poisson() { }

    private static final double M_SQRT_2PI = 2.50662827463100050241576528481104525301;
    private static final double X_LRG = 2.86111748575702815380240589208115399625e+307;
    private static final double M_2PI = 6.283185307179586476925286766559;

    /** The Poisson probability of x (not rounded, x >= 0 any real) with mean lambda. */
    public static double raw(double x, double lambda, boolean log) {
        if (lambda == 0) return (x == 0) ? Dpq.d1(log) : Dpq.d0(log);
        if (!Dpq.finite(lambda)) return Dpq.d0(log);
        if (x < 0) return Dpq.d0(log);
        if (x <= lambda * Dpq.DBL_MIN) return Dpq.exp(-lambda, log);
        if (lambda < x * Dpq.DBL_MIN) {
            if (!Dpq.finite(x)) return Dpq.d0(log);
            return Dpq.exp(-lambda + x * Math.log(lambda) - GammaFunctions.lgamma(x + 1), log);
        }
        double[] y = new double[2];
        GammaFunctions.ebd0(x, lambda, y);
        double yh = y[0], yl = y[1];
        yl += GammaFunctions.stirlerr(x);
        boolean lrgX = x >= X_LRG;
        double r = lrgX ? M_SQRT_2PI * Math.sqrt(x) : M_2PI * x;
        return log ? -yl - yh - (lrgX ? Math.log(r) : 0.5 * Math.log(r))
            : RMath.exp(-yl) * RMath.exp(-yh) / (lrgX ? r : Math.sqrt(r));
    }

    public static double density(double x, double lambda, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(lambda)) return x + lambda;
        if (lambda < 0) return Double.NaN;
        if (Dpq.nonInteger(x)) {
            Dpq.warning("non-integer x = " + Dpq.fmtF(x));
            return Dpq.d0(log);
        }
        if (x < 0 || !Dpq.finite(x)) return Dpq.d0(log);
        x = Math.rint(x);
        return raw(x, lambda, log);
    }

    public static double cdf(double x, double lambda, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(lambda)) return x + lambda;
        if (lambda < 0.) return Double.NaN;
        if (x < 0) return Dpq.dt0(lower, log);
        if (lambda == 0.) return Dpq.dt1(lower, log);
        if (!Dpq.finite(x)) return Dpq.dt1(lower, log);
        x = Math.floor(x + 1e-7);
        return Gamma.cdf(lambda, x + 1, 1., !lower, log);
    }

    public static double quantile(double p, double lambda, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(lambda)) return p + lambda;
        if (!Dpq.finite(lambda)) return Double.NaN;
        if (lambda < 0) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (lambda == 0) return 0;
        if (p == Dpq.dt0(lower, log)) return 0;
        if (p == Dpq.dt1(lower, log)) return Double.POSITIVE_INFINITY;
        double mu = lambda, sigma = Math.sqrt(lambda), gamma = 1.0 / sigma;
        return DiscreteSearch.quantile(p, mu, sigma, gamma, (y, lt, lg) -> cdf(y, lambda, lt, lg),
            Double.POSITIVE_INFINITY, lower, log);
    }
}
