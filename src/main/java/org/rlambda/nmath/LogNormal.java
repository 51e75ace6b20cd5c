package org.rlambda.nmath;

/** The log-normal distribution (src/nmath/dlnorm.c, plnorm.c, qlnorm.c). */
public final class LogNormal {
    private LogNormal() { }

    public static double density(double x, double meanlog, double sdlog, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(meanlog) || Double.isNaN(sdlog)) return x + meanlog + sdlog;
        if (sdlog < 0) return Double.NaN;
        if (!Dpq.finite(x) && Math.log(x) == meanlog) return Double.NaN;
        if (sdlog == 0) return (Math.log(x) == meanlog) ? Double.POSITIVE_INFINITY : Dpq.d0(log);
        if (x <= 0) return Dpq.d0(log);
        double y = (Math.log(x) - meanlog) / sdlog;
        return log ? -(Normal.M_LN_SQRT_2PI + 0.5 * y * y + Math.log(x * sdlog))
            : Normal.M_1_SQRT_2PI * RMath.exp(-0.5 * y * y) / (x * sdlog);
    }

    public static double cdf(double x, double meanlog, double sdlog, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(meanlog) || Double.isNaN(sdlog)) return x + meanlog + sdlog;
        if (sdlog < 0) return Double.NaN;
        if (x > 0) return Normal.cdf(Math.log(x), meanlog, sdlog, lower, log);
        return Dpq.dt0(lower, log);
    }

    public static double quantile(double p, double meanlog, double sdlog, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(meanlog) || Double.isNaN(sdlog)) return p + meanlog + sdlog;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        return RMath.exp(Normal.quantile(p, meanlog, sdlog, lower, log));
    }
}
