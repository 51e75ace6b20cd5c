package org.rlambda.nmath;

/** The Weibull distribution (src/nmath/dweibull.c, pweibull.c, qweibull.c). */
public final class Weibull {
    private Weibull() { }

    public static double density(double x, double shape, double scale, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(shape) || Double.isNaN(scale)) return x + shape + scale;
        if (shape <= 0 || scale <= 0) return Double.NaN;
        if (x < 0) return Dpq.d0(log);
        if (!Dpq.finite(x)) return Dpq.d0(log);
        if (x == 0 && shape < 1) return Double.POSITIVE_INFINITY;
        double tmp1 = RMath.cpow(x / scale, shape - 1);
        double tmp2 = tmp1 * (x / scale);
        return log ? -tmp2 + Math.log(shape * tmp1 / scale) : shape * tmp1 * RMath.exp(-tmp2) / scale;
    }

    public static double cdf(double x, double shape, double scale, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(shape) || Double.isNaN(scale)) return x + shape + scale;
        if (shape <= 0 || scale <= 0) return Double.NaN;
        if (x <= 0) return Dpq.dt0(lower, log);
        x = -RMath.cpow(x / scale, shape);
        return lower ? (log ? Dpq.log1Exp(x) : -Math.expm1(x)) : Dpq.exp(x, log);
    }

    public static double quantile(double p, double shape, double scale, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(shape) || Double.isNaN(scale)) return p + shape + scale;
        if (shape <= 0 || scale <= 0) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        return scale * RMath.cpow(-Dpq.dtClog(p, lower, log), 1. / shape);
    }
}
