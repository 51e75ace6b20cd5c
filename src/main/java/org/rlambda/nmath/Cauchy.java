package org.rlambda.nmath;

/** The Cauchy distribution (src/nmath/dcauchy.c, pcauchy.c, qcauchy.c). */
public final class Cauchy {
    private Cauchy() { }

    public static double density(double x, double location, double scale, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(location) || Double.isNaN(scale)) return x + location + scale;
        if (scale <= 0) return Double.NaN;
        double y = (x - location) / scale;
        return log ? -Math.log(Math.PI * scale * (1. + y * y)) : 1. / (Math.PI * scale * (1. + y * y));
    }

    public static double cdf(double x, double location, double scale, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(location) || Double.isNaN(scale)) return x + location + scale;
        if (scale <= 0) return Double.NaN;
        x = (x - location) / scale;
        if (Double.isNaN(x)) return Double.NaN;
        if (!Dpq.finite(x)) return x < 0 ? Dpq.dt0(lower, log) : Dpq.dt1(lower, log);
        if (!lower) x = -x;
        if (Math.abs(x) > 1) {
            double y = Math.atan(1 / x) / Math.PI;
            return (x > 0) ? Dpq.dClog(y, log) : Dpq.dval(-y, log);
        }
        return Dpq.dval(0.5 + Math.atan(x) / Math.PI, log);
    }

    public static double quantile(double p, double location, double scale, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(location) || Double.isNaN(scale)) return p + location + scale;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (scale <= 0 || !Dpq.finite(scale)) {
            if (scale == 0) return location;
            return Double.NaN;
        }
        if (log) {
            if (p > -1) {
                if (p == 0.) return location + (lower ? scale : -scale) * Double.POSITIVE_INFINITY;
                lower = !lower;
                p = -Math.expm1(p);
            } else {
                p = RMath.exp(p);
            }
        } else if (p > 0.5) {
            if (p == 1.) return location + (lower ? scale : -scale) * Double.POSITIVE_INFINITY;
            p = 1 - p;
            lower = !lower;
        }
        if (p == 0.5) return location;
        if (p == 0.) return location + (lower ? scale : -scale) * Double.NEGATIVE_INFINITY;
        return location + (lower ? -scale : scale) / RMath.tanpi(p);
    }
}
