package org.rlambda.format;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.rlambda.sexp.DoubleVector;

/**
 * GNU R's choice of fixed or scientific notation for doubles and the encoding of each value.
 *
 * <p>For each finite value R finds the number of significant digits (at most {@code digits})
 * needed to show it, by scaling |x| to a {@code digits}-digit integer in long double precision
 * and counting trailing zeros. The vector then shares one layout: fixed if its width is not
 * more than the scientific width plus {@code scipen}.
 */
public final class RealFormatter {
    private RealFormatter() {}

    /** Largest power of ten exact in a 64-bit significand; beyond it R calls powl. */
    private static final int KP_MAX = 27;
    private static final BigInteger[] POW10 = new BigInteger[40];
    static {
        for (int i = 0; i < POW10.length; i++) POW10[i] = BigInteger.TEN.pow(i);
    }

    /** Result of analysing one finite value: sign, decimal exponent, significant digits, and
     * whether rounding to {@code digits} pushes it up to the next power of ten only in
     * scientific notation (then fixed notation needs one digit less on the left). */
    public record Sci(boolean negative, int kpower, int nsig, boolean roundingWidens) {}

    public static Sci scientific(double x, int digits) {
        if (x == 0.0) return new Sci(false, 0, 1, false);
        if (digits >= 1 && digits <= 15) {
            Sci fast = fromShortDecimal(x, digits);
            if (fast != null) return fast;
        }
        return exactScientific(x, digits);
    }

    /** Powers of ten exact as doubles (10^0 .. 10^22). */
    private static final double[] EXACT_POW10 = new double[23];
    static {
        for (int i = 0; i < EXACT_POW10.length; i++) EXACT_POW10[i] = Double.parseDouble("1e" + i);
    }

    /**
     * The fast path of {@link #scientific}: when x round-trips from a decimal of at most
     * {@code digits} significant digits (Double.toString finds one), that decimal is what R's
     * long double scaling and rounding arrive at, since x lies within half an ulp of it, i.e.
     * within 0.11 units of the {@code digits}-th digit (2^-53 * 10^15), far from any other
     * rounding result. Null when the decimal is longer or the power-of-ten test needs the slow path.
     */
    static Sci fromShortDecimal(double x, int digits) {
        ShortDecimal d = ShortDecimal.of(x);
        if (d == null || d.length() > digits) return null;
        int kpower = d.exponent;
        if (kpower > 0 && kpower <= KP_MAX) {
            // x at or above 10^kpower cannot round up to it; otherwise decide exactly
            if (kpower >= EXACT_POW10.length || Math.abs(x) < EXACT_POW10[kpower]) return null;
        }
        return new Sci(x < 0, kpower, d.length(), false);
    }

    /** GNU R's scientific() computed exactly in emulated long double arithmetic. */
    static Sci exactScientific(double x, int digits) {
        if (x == 0.0) return new Sci(false, 0, 1, false);
        boolean neg = x < 0;
        double r = Math.abs(x);
        if (digits >= 16) return viaPrintf(neg, r, digits);
        int kp = (int) Math.floor(Math.log10(r)) - digits + 1;
        Extended rPrec = Extended.of(r);
        if (Math.abs(kp) <= KP_MAX) {
            if (kp > 0) rPrec = rPrec.dividePow10(kp);
            else if (kp < 0) rPrec = rPrec.multiplyPow10(-kp);
        } else {
            rPrec = rPrec.divide(Extended.pow10(kp));
        }
        if (rPrec.compareTo(POW10[digits - 1]) < 0) {
            rPrec = rPrec.multiplyPow10(1);
            kp--;
        }
        BigInteger alpha = rPrec.roundToInteger();
        int nsig = digits;
        for (int j = 1; j <= digits; j++) {
            BigInteger[] qr = alpha.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() == 0) { nsig--; alpha = qr[0]; } else break;
        }
        if (nsig == 0 && digits > 0) { nsig = 1; kp += 1; }
        int kpower = kp + digits - 1;

        // Scientific notation may round up (9996 -> 1e+04 with 3 digits) where fixed would not.
        int rgt = digits - kpower;
        rgt = rgt < 0 ? 0 : Math.min(rgt, KP_MAX);
        boolean widens = false;
        if (kpower > 0 && kpower <= KP_MAX) {
            double fuzz = 0.5 / POW10[rgt].doubleValue();
            Extended limit = Extended.of(new BigDecimal(POW10[kpower]).subtract(new BigDecimal(fuzz)));
            widens = Extended.of(r).compareTo(limit) < 0;
        }
        return new Sci(neg, kpower, nsig, widens);
    }

    private static Sci viaPrintf(boolean neg, double r, int digits) {
        Object[] p = CDouble.sciParts(r, digits - 1);
        String u = (String) p[0];
        int i = u.length();
        while (i > 1 && u.charAt(i - 1) == '0') i--;
        return new Sci(neg, (Integer) p[1], i, false);
    }

    public static RealFormat format(double[] x, int digits) {
        return format(x, 0, x.length, digits, 0, 0, 2);
    }

    /**
     * The common format of {@code x[from, from+n)}.
     *
     * @param nsmall  minimum number of decimals in fixed notation (format()'s nsmall)
     * @param scipen  penalty added to the scientific width before comparing
     * @param naWidth width of the NA string
     */
    public static RealFormat format(double[] x, int from, int n, int digits, int nsmall, int scipen, int naWidth) {
        boolean naflag = false, nanflag = false, posinf = false, neginf = false;
        boolean neg = false;
        int mnl = Integer.MAX_VALUE, mxl = Integer.MIN_VALUE, rgt = Integer.MIN_VALUE;
        int mxsl = Integer.MIN_VALUE, mxns = Integer.MIN_VALUE;
        for (int i = from; i < from + n; i++) {
            double v = x[i];
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                if (DoubleVector.isNA(v)) naflag = true;
                else if (Double.isNaN(v)) nanflag = true;
                else if (v > 0) posinf = true;
                else neginf = true;
                continue;
            }
            Sci s = scientific(v, digits);
            int left = s.kpower + 1;
            if (s.roundingWidens) left--;
            int sleft = (s.negative ? 1 : 0) + (left <= 0 ? 1 : left);
            int right = s.nsig - left;
            if (s.negative) neg = true;
            if (right > rgt) rgt = right;
            if (left > mxl) mxl = left;
            if (left < mnl) mnl = left;
            if (sleft > mxsl) mxsl = sleft;
            if (s.nsig > mxns) mxns = s.nsig;
        }
        if (digits == 0) rgt = 0;
        if (mxl < 0) mxsl = 1 + (neg ? 1 : 0);
        if (rgt < 0) rgt = 0;
        int wF = mxsl + rgt + (rgt != 0 ? 1 : 0);
        int e = (mxl > 100 || mnl <= -99) ? 2 : 1;
        int w, d;
        if (mxns != Integer.MIN_VALUE) {
            d = mxns - 1;
            w = (neg ? 1 : 0) + (d > 0 ? 1 : 0) + d + 4 + e;
            if (wF <= w + scipen) {
                e = 0;
                if (nsmall > rgt) {
                    rgt = nsmall;
                    wF = mxsl + rgt + (rgt != 0 ? 1 : 0);
                }
                d = rgt;
                w = wF;
            }
        } else {
            w = 0; d = 0; e = 0;
        }
        if (naflag && w < naWidth) w = naWidth;
        if (nanflag && w < 3) w = 3;
        if (posinf && w < 3) w = 3;
        if (neginf && w < 4) w = 4;
        return new RealFormat(w, d, e);
    }

    /** EncodeReal0: the value in the given layout, right-justified to the width, "NA" as {@code na}. */
    public static String encode(double x, int w, int d, int e, String na, String dec) {
        String s;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (DoubleVector.isNA(x)) s = na;
            else if (Double.isNaN(x)) s = "NaN";
            else s = x > 0 ? "Inf" : "-Inf";
            return Pad.left(s, w);
        }
        if (x == 0.0) x = 0.0; // drop the sign of -0
        if (e != 0) s = CDouble.scientific(x, d, false, d != 0);
        else s = CDouble.fixed(x, d);
        if (!".".equals(dec)) s = s.replace(".", dec);
        return Pad.left(s, w);
    }

    public static String encode(double x, RealFormat f) {
        return encode(x, f.width(), f.decimals(), f.exponentDigits(), "NA", ".");
    }

    public static String encode(double x, RealFormat f, String na) {
        return encode(x, f.width(), f.decimals(), f.exponentDigits(), na, ".");
    }

    /** Encoding without padding and with trailing zeros of the fraction dropped (EncodeRealDrop0). */
    public static String encodeDrop0(double x, RealFormat f, String dec) {
        String s = encode(x, 0, f.decimals(), f.exponentDigits(), "NA", ".");
        s = CDouble.dropTrailingZeros(s);
        if (!".".equals(dec)) s = s.replace(".", dec);
        return s;
    }
}
