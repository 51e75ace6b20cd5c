package org.rlambda.format;

/**
 * The few numeric routines of GNU R's nmath that formatting depends on, with the same
 * floating-point steps so results agree to the last bit: x^n by repeated squaring,
 * round(x, digits) (R >= 4.0.0 algorithm choosing the closer of the two candidates) and
 * signif(x, digits).
 */
public final class RMath {
    private RMath() {}

    private static final int MAX10E = 308; // DBL_MAX_10_EXP
    private static final int DBL_DIG = 15;
    private static final double LOG10_2 = 0.301029995663981195213738894724;

    /** R_pow_di: x^n by binary powering (not Math.pow, whose rounding differs). */
    public static double powDi(double x, int n) {
        double xn = 1.0;
        if (Double.isNaN(x)) return x;
        if (n != 0) {
            if (Double.isInfinite(x)) return Math.pow(x, n);
            boolean neg = n < 0;
            if (neg) n = -n;
            for (;;) {
                if ((n & 1) != 0) xn *= x;
                if ((n >>= 1) != 0) x *= x; else break;
            }
            if (neg) xn = 1. / xn;
        }
        return xn;
    }

    /** C's logb: the unbiased binary exponent, also for subnormals. */
    static double logb(double x) {
        if (x == 0) return Double.NEGATIVE_INFINITY;
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            long bits = Double.doubleToRawLongBits(Math.abs(x));
            return -1023 - (Long.numberOfLeadingZeros(bits) - 12);
        }
        return e;
    }

    /** round(x, digits) as GNU R 4.x computes it (nmath/fround.c semantics). */
    public static double fround(double x, double digits) {
        if (Double.isNaN(x) || Double.isNaN(digits)) return x + digits;
        if (Double.isInfinite(x)) return x;
        if (digits > MAX10E + DBL_DIG || x == 0.) return x;
        if (digits < -MAX10E) return 0.;
        if (digits == 0.) return Math.rint(x);
        int dig = (int) Math.floor(digits + 0.5);
        double sgn = 1.;
        if (x < 0.) { sgn = -1.; x = -x; }
        double l10x = LOG10_2 * (0.5 + logb(x));
        if (l10x + dig > DBL_DIG) return sgn * x;
        double pow10, x10, i10, xd, xu;
        if (dig <= MAX10E) {
            pow10 = powDi(10., dig);
            x10 = x * pow10;
            i10 = Math.floor(x10);
            xd = i10 / pow10;
            xu = Math.ceil(x10) / pow10;
        } else {
            int e10 = dig - MAX10E;
            double p10 = powDi(10., e10);
            pow10 = powDi(10., MAX10E);
            x10 = (x * pow10) * p10;
            i10 = Math.floor(x10);
            xd = i10 / pow10 / p10;
            xu = Math.ceil(x10) / pow10 / p10;
        }
        double du = xu - x, dd = x - xd;
        return sgn * ((du < dd || (i10 % 2. == 1 && du == dd)) ? xu : xd);
    }

    /** signif(x, digits) as GNU R computes it (nmath/fprec.c semantics). */
    public static double fprec(double x, double digits) {
        final int maxDigits = 22;
        if (Double.isNaN(x) || Double.isNaN(digits)) return x + digits;
        if (Double.isInfinite(x)) return x;
        if (Double.isInfinite(digits)) {
            if (digits > 0.0) return x; else digits = 1.0;
        }
        if (x == 0) return x;
        int dig = (int) Math.round(digits);
        if (dig > maxDigits) return x; else if (dig < 1) dig = 1;
        double sgn = 1.0;
        if (x < 0.0) { sgn = -sgn; x = -x; }
        double l10 = Math.log10(x);
        int e10 = (int) (dig - 1 - Math.floor(l10));
        if (Math.abs(l10) < MAX10E - 2) {
            double p10 = 1.0;
            if (e10 > MAX10E) {
                p10 = powDi(10., e10 - MAX10E);
                e10 = MAX10E;
            }
            if (e10 > 0) {
                double pow10 = powDi(10., e10);
                return sgn * (Math.rint((x * pow10) * p10) / pow10) / p10;
            } else {
                double pow10 = powDi(10., -e10);
                return sgn * (Math.rint(x / pow10) * pow10);
            }
        } else {
            boolean doRound = MAX10E - l10 >= powDi(10., -dig);
            int e2 = dig + ((e10 > 0) ? 1 : -1) * maxDigits;
            double p10 = powDi(10., e2);
            x *= p10;
            double P10 = powDi(10., e10 - e2);
            x *= P10;
            if (doRound) x += 0.5;
            x = Math.floor(x) / p10;
            return sgn * x / P10;
        }
    }

    /** z_prec_r: signif() applied to a complex number as a whole (largest finite part decides). */
    static double[] signifComplex(double re, double im, int digits) {
        double m = 0.0, m1 = Math.abs(re), m2 = Math.abs(im);
        if (Double.isFinite(m1)) m = m1;
        if (Double.isFinite(m2) && m2 > m) m = m2;
        if (m == 0.0) return new double[] {re, im};
        int dig = digits;
        if (dig > 22) return new double[] {re, im};
        if (dig < 1) dig = 1;
        int mag = (int) Math.floor(Math.log10(m));
        dig = dig - mag - 1;
        if (dig > 306) {
            double pow10 = 1.0e4;
            return new double[] {fround(pow10 * re, dig - 4) / pow10, fround(pow10 * im, dig - 4) / pow10};
        }
        return new double[] {fround(re, dig), fround(im, dig)};
    }
}
