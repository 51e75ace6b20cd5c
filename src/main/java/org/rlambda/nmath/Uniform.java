package org.rlambda.nmath;

/** The uniform distribution (src/nmath/dunif.c, punif.c, qunif.c). */
public final class Uniform {
    private Uniform() { }

    public static double density(double x, double a, double b, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(a) || Double.isNaN(b)) return x + a + b;
        if (b <= a) return Double.NaN;
        if (a <= x && x <= b) return log ? -Math.log(b - a) : 1. / (b - a);
        return Dpq.d0(log);
    }

    public static double cdf(double x, double a, double b, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(a) || Double.isNaN(b)) return x + a + b;
        if (b < a) return Double.NaN;
        if (!Dpq.finite(a) || !Dpq.finite(b)) return Double.NaN;
        if (x >= b) return Dpq.dt1(lower, log);
        if (x <= a) return Dpq.dt0(lower, log);
        if (lower) return Dpq.dval((x - a) / (b - a), log);
        return Dpq.dval((b - x) / (b - a), log);
    }

    public static double quantile(double p, double a, double b, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(a) || Double.isNaN(b)) return p + a + b;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (!Dpq.finite(a) || !Dpq.finite(b)) return Double.NaN;
        if (b < a) return Double.NaN;
        if (b == a) return a;
        return a + Dpq.dtQIv(p, lower, log) * (b - a);
    }
}
