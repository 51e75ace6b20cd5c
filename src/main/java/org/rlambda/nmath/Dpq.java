package org.rlambda.nmath;

/** The lower.tail / log.p bookkeeping shared by every d/p/q function (the ideas of nmath's dpq.h). */
public final class Dpq {
    private Dpq() { }

    public static final double LN2 = 0.693147180559945309417232121458;
    public static final double DBL_EPSILON = Math.ulp(1.0);
    public static final double DBL_MIN = Double.MIN_NORMAL;

    /** Probability 0 on the requested scale. */
    public static double d0(boolean log) { return log ? Double.NEGATIVE_INFINITY : 0.0; }

    /** Probability 1 on the requested scale. */
    public static double d1(boolean log) { return log ? 0.0 : 1.0; }

    /** P = 0 for the requested tail. */
    public static double dt0(boolean lower, boolean log) { return lower ? d0(log) : d1(log); }

    /** P = 1 for the requested tail. */
    public static double dt1(boolean lower, boolean log) { return lower ? d1(log) : d0(log); }

    /** A lower-tail probability p converted to the requested tail and scale. */
    public static double val(double p, boolean lower, boolean log) {
        return lower ? dval(p, log) : dClog(p, log);
    }

    /** p (natural scale) on the requested scale, no tail change. */
    public static double dval(double p, boolean log) { return log ? Math.log(p) : p; }

    /** 1 - p on the requested scale. */
    public static double dClog(double p, boolean log) { return log ? Math.log1p(-p) : (0.5 - p + 0.5); }

    /** exp(x) on the requested scale (x is a log-probability). */
    public static double exp(double x, boolean log) { return log ? x : RMath.exp(x); }

    /** log(1 - exp(x)) for x <= 0, accurate on both sides of -log(2) (R_Log1_Exp). */
    public static double log1Exp(double x) {
        return x > -LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-RMath.exp(x));
    }

    /** log(1 - p) where p is given on the log scale or not (R_D_LExp). */
    public static double lExp(double x, boolean log) { return log ? log1Exp(x) : Math.log1p(-x); }

    /** A probability on the requested scale for the lower tail, given the lower-tail value x on that scale (R_DT_val of 1 - p). */
    public static double dtCval(double p, boolean lower, boolean log) { return lower ? dClog(p, log) : dval(p, log); }

    /** True when p is not a probability on its scale (the quantile is NaN). */
    public static boolean outOfRange(double p, boolean log) { return log ? p > 0 : (p < 0 || p > 1); }

    /**
     * The quantile at the ends of the range: left/right for p = 0/1 (per tail and scale), NaN
     * for an impossible p, and NaN also when p is interior (check {@link #outOfRange} to tell).
     */
    public static double quantileBoundaries(double p, double left, double right, boolean lower, boolean log) {
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

    /** True when p is at an end of its range (0 or 1 on its scale), so quantileBoundaries answers. */
    public static boolean atBoundary(double p, boolean log) {
        return log ? (p == 0 || p == Double.NEGATIVE_INFINITY) : (p == 0 || p == 1);
    }

    /** The lower-tail probability on the natural scale (R_DT_qIv). */
    public static double dtQIv(double p, boolean lower, boolean log) {
        if (log) return lower ? RMath.exp(p) : -Math.expm1(p);
        return lower ? p : (0.5 - p + 0.5);
    }

    /** The upper-tail probability on the natural scale (R_DT_CIv). */
    public static double dtCIv(double p, boolean lower, boolean log) {
        if (log) return lower ? -Math.expm1(p) : RMath.exp(p);
        return lower ? (0.5 - p + 0.5) : p;
    }

    /** log of the lower-tail probability (R_DT_log). */
    public static double dtLog(double p, boolean lower, boolean log) {
        return lower ? (log ? p : Math.log(p)) : (log ? log1Exp(p) : Math.log1p(-p));
    }

    /** log of the upper-tail probability (R_DT_Clog). */
    public static double dtClog(double p, boolean lower, boolean log) {
        return lower ? (log ? log1Exp(p) : Math.log1p(-p)) : (log ? p : Math.log(p));
    }

    /** R_nonint: not within 1e-7 (relatively) of an integer. */
    public static boolean nonInteger(double x) {
        return Math.abs(x - Math.rint(x)) > 1e-7 * Math.max(1.0, Math.abs(x));
    }

    /** R_D_negInonint. */
    public static boolean negativeOrNonInteger(double x) { return x < 0 || nonInteger(x); }

    public static boolean finite(double x) { return !Double.isNaN(x) && !Double.isInfinite(x); }

    /** A d-function of a count met a non-integer x: nmath warns "non-integer x = %f" (the caller's sink). */
    public interface Warn {
        void warn(String message);

        Warn NONE = m -> { };
    }

    /** Where nmath's warnings (MATHLIB_WARNING) go: set by the builtin that runs the computation. */
    public static final ThreadLocal<Warn> SINK = new ThreadLocal<>();

    static void warning(String message) {
        Warn w = SINK.get();
        if (w != null) w.warn(message);
    }

    /** printf's %f of x (six decimals), as nmath's warnings print it. */
    public static String fmtF(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        return new java.math.BigDecimal(x).setScale(6, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
