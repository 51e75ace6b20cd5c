package org.rlambda.nmath;

/**
 * Elementary helpers of nmath: sinpi/cospi/tanpi (src/nmath/cospi.c), log1pmx and its
 * continued fraction logcf (pgamma.c), logspace_add/sub, and R_pow_di's binary powering.
 */
public final class RMath {
    private RMath() { }

    public static double sinpi(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.NaN;
        x = x % 2.;
        if (x <= -1) x += 2.;
        else if (x > 1.) x -= 2.;
        if (x == 0. || x == 1.) return 0.;
        if (x == 0.5) return 1.;
        if (x == -0.5) return -1.;
        return Math.sin(Math.PI * x);
    }

    public static double cospi(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.NaN;
        x = Math.abs(x) % 2.;
        if (x % 1. == 0.5) return 0.;
        if (x == 1.) return -1.;
        if (x == 0.) return 1.;
        return Math.cos(Math.PI * x);
    }

    public static double tanpi(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.NaN;
        x = x % 1.;
        if (x <= -0.5) x++;
        else if (x > 0.5) x--;
        if (x == 0.) return 0.;
        if (x == 0.5) return Double.NaN;
        if (x == 0.25) return 1.;
        if (x == -0.25) return -1.;
        return Math.tan(Math.PI * x);
    }

    private static final double SCALEFACTOR = 1.157920892373162e77; // 2^256

    /** The continued fraction for log1pmx: sum x^k / (i + k d). */
    static double logcf(double x, double i, double d, double eps) {
        double c1 = 2 * d;
        double c2 = i + d;
        double c4 = c2 + d;
        double a1 = c2;
        double b1 = i * (c2 - i * x);
        double b2 = d * d * x;
        double a2 = c4 * c2 - b2;
        b2 = c4 * b1 - i * b2;
        while (Math.abs(a2 * b1 - a1 * b2) > Math.abs(eps * b1 * b2)) {
            double c3 = c2 * c2 * x;
            c2 += d;
            c4 += d;
            a1 = c4 * a2 - c3 * a1;
            b1 = c4 * b2 - c3 * b1;
            c3 = c1 * c1 * x;
            c1 += d;
            c4 += d;
            a2 = c4 * a1 - c3 * a2;
            b2 = c4 * b1 - c3 * b2;
            if (Math.abs(b2) > SCALEFACTOR) {
                a1 /= SCALEFACTOR;
                b1 /= SCALEFACTOR;
                a2 /= SCALEFACTOR;
                b2 /= SCALEFACTOR;
            } else if (Math.abs(b2) < 1 / SCALEFACTOR) {
                a1 *= SCALEFACTOR;
                b1 *= SCALEFACTOR;
                a2 *= SCALEFACTOR;
                b2 *= SCALEFACTOR;
            }
        }
        return a2 / b2;
    }

    /** log(1 + x) - x, accurate also for small x. */
    public static double log1pmx(double x) {
        final double minLog1Value = -0.79149064;
        if (x > 1 || x < minLog1Value) return Math.log1p(x) - x;
        double r = x / (2 + x), y = r * r;
        if (Math.abs(x) < 1e-2) {
            final double two = 2;
            return r * ((((two / 9 * y + two / 7) * y + two / 5) * y + two / 3) * y - x);
        }
        return r * (2 * y * logcf(y, 3, 2, 1e-14) - x);
    }

    public static double logspaceAdd(double logx, double logy) {
        return Math.max(logx, logy) + Math.log1p(exp(-Math.abs(logx - logy)));
    }

    public static double logspaceSub(double logx, double logy) {
        return logx + Dpq.log1Exp(logy - logx);
    }

    /** x^n by binary powering, as R's R_pow_di (Math.pow rounds differently). */
    public static double powDi(double x, int n) {
        double pow = 1.0;
        if (Double.isNaN(x)) return x;
        if (n != 0) {
            if (Double.isInfinite(x)) return rpow(x, n);
            if (n < 0) {
                n = -n;
                x = 1 / x;
            }
            while (true) {
                if ((n & 1) != 0) pow *= x;
                n >>= 1;
                if (n == 0) break;
                x *= x;
            }
        }
        return pow;
    }

    /** C's pow(x, y): Java's Math.pow except that 1^y and x^0 are 1 even for infinite or NaN y, and (-1)^(+-Inf) is 1. */
    public static double cpow(double x, double y) {
        if (x == 1.0 || y == 0.0) return 1.0;
        if (x == -1.0 && Double.isInfinite(y)) return 1.0;
        return Math.pow(x, y);
    }

    /** R's R_pow (x^y with R's special cases). */
    public static double rpow(double x, double y) {
        if (y == 2.0) return x * x;
        if (x == 1. || y == 0.) return 1.;
        if (x == 0.) {
            if (y > 0.) return 0.;
            else if (y < 0) return Double.POSITIVE_INFINITY;
            return y;
        }
        if (Dpq.finite(x) && Dpq.finite(y)) return cpow(x, y);
        if (Double.isNaN(x) || Double.isNaN(y)) return x + y;
        if (!Dpq.finite(x)) {
            if (x > 0) return (y < 0.) ? 0. : Double.POSITIVE_INFINITY;
            if (Dpq.finite(y) && y == Math.floor(y)) return (y < 0.) ? 0. : ((y - Math.floor(y / 2) * 2) != 0 ? x : -x);
        }
        if (!Dpq.finite(y)) {
            if (x >= 0) {
                if (y > 0) return (x >= 1) ? Double.POSITIVE_INFINITY : 0.;
                return (x < 1) ? Double.POSITIVE_INFINITY : 0.;
            }
        }
        return Double.NaN;
    }

    /** e^x exactly as the C library under GNU R computes it (see {@link GlibcExp}). */
    public static double exp(double x) { return GlibcExp.exp(x); }
}
