package org.rlambda.nmath;

/** The exponential distribution by scale (src/nmath/dexp.c, pexp.c, qexp.c). */
public final class Exponential {
    private Exponential() { }

    public static double density(double x, double scale, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(scale)) return x + scale;
        if (scale <= 0.0) return Double.NaN;
        if (x < 0.) return Dpq.d0(log);
        return log ? (-x / scale) - Math.log(scale) : RMath.exp(-x / scale) / scale;
    }

    public static double cdf(double x, double scale, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(scale)) return x + scale;
        if (scale < 0) return Double.NaN;
        if (x <= 0.) return Dpq.dt0(lower, log);
        x = -(x / scale);
        return lower ? (log ? Dpq.log1Exp(x) : -Math.expm1(x)) : Dpq.exp(x, log);
    }

    public static double quantile(double p, double scale, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(scale)) return p + scale;
        if (scale < 0) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (p == Dpq.dt0(lower, log)) return 0;
        return -scale * Dpq.dtClog(p, lower, log);
    }
}
