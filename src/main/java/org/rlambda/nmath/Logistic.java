package org.rlambda.nmath;

/** The logistic distribution (src/nmath/dlogis.c, plogis.c with log1pexp, qlogis.c). */
public final class Logistic {
    private Logistic() { }

    public static double density(double x, double location, double scale, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(location) || Double.isNaN(scale)) return x + location + scale;
        if (scale <= 0.0) return Double.NaN;
        x = Math.abs((x - location) / scale);
        double e = RMath.exp(-x), f = 1.0 + e;
        return log ? -(x + Math.log(scale * f * f)) : e / (scale * f * f);
    }

    /** log(1 + exp(x)) without overflow. */
    public static double log1pexp(double x) {
        if (x <= 18.) return Math.log1p(RMath.exp(x));
        if (x > 33.3) return x;
        return x + RMath.exp(-x);
    }

    public static double cdf(double x, double location, double scale, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(location) || Double.isNaN(scale)) return x + location + scale;
        if (scale <= 0.0) return Double.NaN;
        x = (x - location) / scale;
        if (Double.isNaN(x)) return Double.NaN;
        if (!Dpq.finite(x)) return x > 0 ? Dpq.dt1(lower, log) : Dpq.dt0(lower, log);
        if (log) return -log1pexp(lower ? -x : x);
        return 1 / (1 + RMath.exp(lower ? -x : x));
    }

    public static double quantile(double p, double location, double scale, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(location) || Double.isNaN(scale)) return p + location + scale;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, lower, log);
        if (scale < 0.) return Double.NaN;
        if (scale == 0.) return location;
        if (log) {
            if (lower) p = p - Dpq.log1Exp(p);
            else p = Dpq.log1Exp(p) - p;
        } else {
            p = Math.log(lower ? (p / (1. - p)) : ((1. - p) / p));
        }
        return location + scale * p;
    }
}
