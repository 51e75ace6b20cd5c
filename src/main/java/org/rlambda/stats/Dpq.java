package org.rlambda.stats;

/** The lower.tail / log.p bookkeeping shared by every d/p/q function (nmath's dpq.h ideas). */
final class Dpq {
    private Dpq() { }

    /** Probability 0 on the requested scale. */
    static double d0(boolean log) { return log ? Double.NEGATIVE_INFINITY : 0.0; }

    /** Probability 1 on the requested scale. */
    static double d1(boolean log) { return log ? 0.0 : 1.0; }

    /** P = 0 for the requested tail. */
    static double dt0(boolean lower, boolean log) { return lower ? d0(log) : d1(log); }

    /** P = 1 for the requested tail. */
    static double dt1(boolean lower, boolean log) { return lower ? d1(log) : d0(log); }

    /** A lower-tail probability p converted to the requested tail and scale. */
    static double val(double p, boolean lower, boolean log) {
        double v = lower ? p : (0.5 - p + 0.5);
        return log ? Math.log(v) : v;
    }

    /** exp(x) on the requested scale (x is a log-probability). */
    static double exp(double x, boolean log) { return log ? x : Math.exp(x); }

    /** True when p is not a probability on its scale (the quantile is NaN). */
    static boolean outOfRange(double p, boolean log) { return log ? p > 0 : (p < 0 || p > 1); }

    /**
     * The quantile at the ends of the range: left/right for p = 0/1 (per tail and scale), NaN
     * for an impossible p, and NaN also when p is interior (check {@link #outOfRange} to tell).
     */
    static double quantileBoundaries(double p, double left, double right, boolean lower, boolean log) {
        if (log) {
            if (p > 0) return Double.NaN;
            if (p == 0) return lower ? right : left;
            if (p == Double.NEGATIVE_INFINITY) return lower ? left : right;
        } else {
            if (p < 0 || p > 1) return Double.NaN;
            if (p == 0) return lower ? left : right;
            if (p == 1) return lower ? right : left;
        }
        return Double.NaN;
    }

    /** The lower-tail probability on the natural scale. */
    static double dtQIv(double p, boolean lower, boolean log) {
        if (log) return lower ? Math.exp(p) : -Math.expm1(p);
        return lower ? p : (0.5 - p + 0.5);
    }

    /** The upper-tail probability on the natural scale. */
    static double dtCIv(double p, boolean lower, boolean log) {
        if (log) return lower ? -Math.expm1(p) : Math.exp(p);
        return lower ? (0.5 - p + 0.5) : p;
    }

    /** True when x is not within 1e-7 (relatively) of an integer: d-functions of counts warn and give 0. */
    static boolean nonInteger(double x) {
        return Math.abs(x - Math.rint(x)) > 1e-7 * Math.max(1.0, Math.abs(x));
    }
}
