package org.rlambda.nmath;

/**
 * The negative binomial distribution in its (size, prob) and (size, mu) forms: the algorithms
 * of src/nmath/dnbinom.c, pnbinom.c, qnbinom.c and qnbinom_mu.c.
 */
public final class NegativeBinomial {
    private NegativeBinomial() { }

    public static double density(double x, double size, double prob, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(size) || Double.isNaN(prob)) return x + size + prob;
        if (prob <= 0 || prob > 1 || size < 0) return Double.NaN;
        if (Dpq.nonInteger(x)) {
            Dpq.warning("non-integer x = " + Dpq.fmtF(x));
            return Dpq.d0(log);
        }
        if (x < 0 || !Dpq.finite(x)) return Dpq.d0(log);
        x = Math.rint(x);
        if (x == 0) {
            if (size == 0) return Dpq.d1(log);
            return log ? size * Math.log(prob) : RMath.cpow(prob, size);
        }
        if (!Dpq.finite(size)) size = Double.MAX_VALUE;
        if (x < 1e-10 * size) {
            return Dpq.exp(size * Math.log(prob) + x * (Math.log(size) + Math.log1p(-prob))
                - GammaFunctions.lgamma1p(x) + Math.log1p(x * (x - 1) / (2 * size)), log);
        }
        double p = log ? (x < size ? Math.log1p(-x / (size + x)) : Math.log(size / (size + x))) : size / (size + x);
        double ans = Binomial.raw(size, x + size, prob, 1 - prob, log);
        return log ? p + ans : p * ans;
    }

    public static double densityMu(double x, double size, double mu, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(size) || Double.isNaN(mu)) return x + size + mu;
        if (mu < 0 || size < 0) return Double.NaN;
        if (Dpq.nonInteger(x)) {
            Dpq.warning("non-integer x = " + Dpq.fmtF(x));
            return Dpq.d0(log);
        }
        if (x < 0 || !Dpq.finite(x)) return Dpq.d0(log);
        if (x == 0 && size == 0) return Dpq.d1(log);
        x = Math.rint(x);
        if (!Dpq.finite(size)) return Poisson.raw(x, mu, log);
        if (x == 0) return Dpq.exp(size * (size < mu ? Math.log(size / (size + mu)) : Math.log1p(-mu / (size + mu))), log);
        if (x < 1e-10 * size) {
            double p = size < mu ? Math.log(size / (1 + size / mu)) : Math.log(mu / (1 + mu / size));
            return Dpq.exp(x * p - mu - GammaFunctions.lgamma1p(x) + Math.log1p(x * (x - 1) / (2 * size)), log);
        }
        double p = log ? (x < size ? Math.log1p(-x / (size + x)) : Math.log(size / (size + x))) : size / (size + x);
        double ans = Binomial.raw(size, x + size, size / (size + mu), mu / (size + mu), log);
        return log ? p + ans : p * ans;
    }

    public static double cdf(double x, double size, double prob, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(size) || Double.isNaN(prob)) return x + size + prob;
        if (!Dpq.finite(size) || !Dpq.finite(prob)) return Double.NaN;
        if (size < 0 || prob <= 0 || prob > 1) return Double.NaN;
        if (size == 0) return (x >= 0) ? Dpq.dt1(lower, log) : Dpq.dt0(lower, log);
        if (x < 0) return Dpq.dt0(lower, log);
        if (!Dpq.finite(x)) return Dpq.dt1(lower, log);
        x = Math.floor(x + 1e-7);
        return Beta.cdf(prob, size, x + 1, lower, log);
    }

    public static double cdfMu(double x, double size, double mu, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(size) || Double.isNaN(mu)) return x + size + mu;
        if (!Dpq.finite(mu)) return Double.NaN;
        if (size < 0 || mu < 0) return Double.NaN;
        if (size == 0) return (x >= 0) ? Dpq.dt1(lower, log) : Dpq.dt0(lower, log);
        if (x < 0) return Dpq.dt0(lower, log);
        if (!Dpq.finite(x)) return Dpq.dt1(lower, log);
        if (!Dpq.finite(size)) return Poisson.cdf(x, mu, lower, log);
        x = Math.floor(x + 1e-7);
        Toms708.Result r = Toms708.bratio(size, x + 1, size / (size + mu), mu / (size + mu), log);
        if (r.ierr != 0) Dpq.warning("pnbinom_mu() -> bratio() gave error code " + r.ierr);
        return lower ? r.w : r.w1;
    }

    public static double quantile(double p, double size, double prob, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(size) || Double.isNaN(prob)) return p + size + prob;
        if (prob == 0 && size == 0) return 0;
        if (prob <= 0 || prob > 1 || size < 0) return Double.NaN;
        if (prob == 1 || size == 0) return 0;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        double q = 1.0 / prob, pp = (1.0 - prob) * q, mu = size * pp, sigma = Math.sqrt(size * pp * q), gamma = (q + pp) / sigma;
        return DiscreteSearch.quantile(p, mu, sigma, gamma, (y, lt, lg) -> cdf(y, size, prob, lt, lg),
            Double.POSITIVE_INFINITY, lower, log);
    }

    public static double quantileMu(double p, double size, double mu, boolean lower, boolean log) {
        if (size == Double.POSITIVE_INFINITY) return Poisson.quantile(p, mu, lower, log);
        if (Double.isNaN(p) || Double.isNaN(size) || Double.isNaN(mu)) return p + size + mu;
        if (mu == 0 || size == 0) return 0;
        if (mu < 0 || size < 0) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        double q = 1 + mu / size, pp = mu / size, sigma = Math.sqrt(size * pp * q), gamma = (q + pp) / sigma;
        return DiscreteSearch.quantile(p, mu, sigma, gamma, (y, lt, lg) -> cdfMu(y, size, mu, lt, lg),
            Double.POSITIVE_INFINITY, lower, log);
    }

    public static double densityGeom(double x, double p, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(p)) return x + p;
        if (p <= 0 || p > 1) return Double.NaN;
        if (Dpq.nonInteger(x)) {
            Dpq.warning("non-integer x = " + Dpq.fmtF(x));
            return Dpq.d0(log);
        }
        if (x < 0 || !Dpq.finite(x) || p == 0) return Dpq.d0(log);
        x = Math.rint(x);
        double prob = Binomial.raw(0., x, p, 1 - p, log);
        return log ? Math.log(p) + prob : p * prob;
    }

    public static double cdfGeom(double x, double p, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(p)) return x + p;
        if (p <= 0 || p > 1) return Double.NaN;
        if (x < 0.) return Dpq.dt0(lower, log);
        if (!Dpq.finite(x)) return Dpq.dt1(lower, log);
        x = Math.floor(x + 1e-7);
        if (p == 1.) {
            x = lower ? 1 : 0;
            return log ? Math.log(x) : x;
        }
        x = Math.log1p(-p) * (x + 1);
        if (log) return lower ? Dpq.log1Exp(x) : x;
        return lower ? -Math.expm1(x) : RMath.exp(x);
    }

    public static double quantileGeom(double p, double prob, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(prob)) return p + prob;
        if (prob <= 0 || prob > 1) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (prob == 1) return 0;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        return Math.max(0, Math.ceil(Dpq.dtClog(p, lower, log) / Math.log1p(-prob) - 1 - 1e-12));
    }
}
