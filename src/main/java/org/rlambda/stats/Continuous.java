package org.rlambda.stats;

/** The uniform and exponential distributions (closed forms, with nmath's edge cases). */
final class Continuous {
    private Continuous() { }

    static double dunif(double x, double a, double b, boolean log) {
        if (b <= a) return Double.NaN;
        if (a <= x && x <= b) return log ? -Math.log(b - a) : 1. / (b - a);
        return Dpq.d0(log);
    }

    static double punif(double x, double a, double b, boolean lower, boolean log) {
        if (b < a || Double.isInfinite(a) || Double.isInfinite(b)) return Double.NaN;
        if (x >= b) return Dpq.dt1(lower, log);
        if (x <= a) return Dpq.dt0(lower, log);
        double v = lower ? (x - a) / (b - a) : (b - x) / (b - a);
        return log ? Math.log(v) : v;
    }

    static double qunif(double p, double a, double b, boolean lower, boolean log) {
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Double.isInfinite(a) || Double.isInfinite(b) || b < a) return Double.NaN;
        if (b == a) return a;
        return a + Dpq.dtQIv(p, lower, log) * (b - a);
    }

    static double dexp(double x, double scale, boolean log) {
        if (scale <= 0.0) return Double.NaN;
        if (x < 0.) return Dpq.d0(log);
        return log ? (-x / scale) - Math.log(scale) : Math.exp(-x / scale) / scale;
    }

    /** log(1 - exp(x)) for x <= 0, accurately on both sides of -log(2). */
    static double log1Exp(double x) {
        return x > -Math.log(2) ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
    }

    static double pexp(double x, double scale, boolean lower, boolean log) {
        if (scale < 0) return Double.NaN;
        if (x <= 0.) return Dpq.dt0(lower, log);
        x = -(x / scale);
        if (lower) return log ? log1Exp(x) : -Math.expm1(x);
        return Dpq.exp(x, log);
    }

    static double qexp(double p, double scale, boolean lower, boolean log) {
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (scale < 0) return Double.NaN;
        if (p == Dpq.dt0(lower, log)) return 0;
        double clog = lower ? (log ? log1Exp(p) : Math.log1p(-p)) : (log ? p : Math.log(p));
        return -scale * clog;
    }
}
