package org.rlambda.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digits glibc's printf produces for a double: %f, %e, %g and %a without padding.
 * glibc converts the exact binary value and rounds ties to even, which is what BigDecimal
 * does on the exact expansion; Java's own Formatter rounds differently (half-up on a
 * shortest decimal), so it must not be used where output has to match GNU R.
 *
 * <p>All methods take the sign into account (including -0) and handle Inf/NaN the C way
 * ("inf", "nan"; upper-case variants for E/G/A).
 */
public final class CDouble {
    private CDouble() {}

    private static boolean negative(double x) {
        return (Double.doubleToRawLongBits(x) < 0) && !Double.isNaN(x);
    }

    private static String nonFinite(double x, boolean upper) {
        String s = Double.isNaN(x) ? "nan" : (x > 0 ? "inf" : "-inf");
        return upper ? s.toUpperCase() : s;
    }

    /** %.{prec}f, with '#' keeping the point when prec is 0. */
    public static String fixed(double x, int prec, boolean alt) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return nonFinite(x, false);
        String digits = fixedFromShortDecimal(x, prec);
        if (digits == null) digits = fixedFromScaled(Math.abs(x), prec);
        if (digits == null) digits = new BigDecimal(Math.abs(x)).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (alt && prec == 0) digits = digits + ".";
        return negative(x) ? "-" + digits : digits;
    }

    public static String fixed(double x, int prec) { return fixed(x, prec, false); }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

    /**
     * |x| with {@code prec} decimals by rounding x * 10^prec in double arithmetic, when that is
     * certainly the correctly rounded value of the exact binary x: the product stays below
     * 2^40, so its error is under 2^-13, and its fraction is not within 2^-10 of a half. Null
     * otherwise (the exact BigDecimal path decides). Saves a BigDecimal per number for the
     * common "%.2f" of computed values.
     */
    private static String fixedFromScaled(double ax, int prec) {
        if (prec >= POWERS_OF_TEN.length) return null;
        double scaled = ax * POWERS_OF_TEN[prec];
        if (!(scaled < 0x1p40)) return null;
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        if (Math.abs(frac - 0.5) < 0x1p-10) return null;
        long units = (long) floor + (frac > 0.5 ? 1 : 0);
        String digits = Long.toString(units);
        if (prec == 0) return digits;
        StringBuilder sb = new StringBuilder(digits.length() + 3);
        if (digits.length() <= prec) {
            sb.append("0.");
            for (int i = digits.length(); i < prec; i++) sb.append('0');
            return sb.append(digits).toString();
        }
        int point = digits.length() - prec;
        return sb.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }

    /**
     * |x| with {@code prec} decimals from its short decimal, when that decimal has no more
     * decimals and all digits shown fit in 15 significant positions (see {@link ShortDecimal});
     * null otherwise.
     */
    private static String fixedFromShortDecimal(double x, int prec) {
        ShortDecimal d = ShortDecimal.of(x);
        if (d == null || d.decimals() > prec || Math.max(d.exponent, 0) + 1 + prec > 15) return null;
        StringBuilder sb = new StringBuilder(24);
        String g = d.digits;
        int e = d.exponent;
        if (e < 0) {
            sb.append("0.");
            for (int i = -1; i > e; i--) sb.append('0');
            sb.append(g);
            for (int i = g.length() - e - 1; i < prec; i++) sb.append('0');
            return sb.toString();
        }
        // e + 1 digits before the point
        for (int i = 0; i <= e; i++) sb.append(i < g.length() ? g.charAt(i) : '0');
        if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                int k = e + 1 + i;
                sb.append(k < g.length() ? g.charAt(k) : '0');
            }
        }
        return sb.toString();
    }

    /** Mantissa digits (prec+1 of them) and decimal exponent of |x| rounded to prec+1 significant digits. */
    static Object[] sciParts(double ax, int prec) {
        if (ax == 0) return new Object[] {"0".repeat(prec + 1), 0};
        if (prec + 1 <= 15) {
            ShortDecimal d = ShortDecimal.of(ax);
            if (d != null && d.length() <= prec + 1) {
                StringBuilder u = new StringBuilder(d.digits);
                while (u.length() < prec + 1) u.append('0');
                return new Object[] {u.toString(), d.exponent};
            }
        }
        BigDecimal r = new BigDecimal(ax).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        int exp = u.length() - 1 - r.scale();
        if (u.length() < prec + 1) u = u + "0".repeat(prec + 1 - u.length());
        else if (u.length() > prec + 1) u = u.substring(0, prec + 1); // only trailing zeros
        return new Object[] {u, exp};
    }

    /** %.{prec}e (or E), '#' keeps the point when prec is 0. */
    public static String scientific(double x, int prec, boolean upper, boolean alt) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return nonFinite(x, upper);
        Object[] p = sciParts(Math.abs(x), prec);
        String u = (String) p[0];
        int exp = (Integer) p[1];
        StringBuilder sb = new StringBuilder(prec + 8);
        if (negative(x)) sb.append('-');
        sb.append(u.charAt(0));
        if (prec > 0 || alt) sb.append('.');
        sb.append(u, 1, u.length());
        appendExponent(sb, exp, upper ? 'E' : 'e');
        return sb.toString();
    }

    public static String scientific(double x, int prec) { return scientific(x, prec, false, false); }

    static void appendExponent(StringBuilder sb, int exp, char e) {
        sb.append(e).append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) sb.append('0');
        sb.append(a);
    }

    /** %.{prec}g (or G); with alt ('#') trailing zeros are kept. */
    public static String general(double x, int prec, boolean upper, boolean alt) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return nonFinite(x, upper);
        int p = prec == 0 ? 1 : prec;
        int exp = x == 0 ? 0 : (Integer) sciParts(Math.abs(x), p - 1)[1];
        String s;
        if (p > exp && exp >= -4) {
            s = fixed(x, p - 1 - exp, alt);
        } else {
            s = scientific(x, p - 1, upper, alt);
        }
        if (!alt) s = dropTrailingZeros(s);
        return s;
    }

    /** Removes trailing zeros of the fraction (and a bare point), keeping any exponent. */
    static String dropTrailingZeros(String s) {
        int dot = s.indexOf('.');
        if (dot < 0) return s;
        int e = s.indexOf('e');
        if (e < 0) e = s.indexOf('E');
        int end = e < 0 ? s.length() : e;
        int k = end;
        while (k > dot + 1 && s.charAt(k - 1) == '0') k--;
        if (k == dot + 1) k = dot;
        return s.substring(0, k) + s.substring(end);
    }

    /** %a / %A as glibc prints it: normalised 0x1.hhhp±d, subnormals as 0x0.hhhp-1022. */
    public static String hex(double x, int prec, boolean upper, boolean alt) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return nonFinite(x, upper);
        StringBuilder sb = new StringBuilder();
        if (negative(x)) sb.append('-');
        sb.append("0x");
        long bits = Double.doubleToRawLongBits(x);
        int be = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        int lead;
        int exp;
        if (be == 0 && frac == 0) { lead = 0; exp = 0; }
        else if (be == 0) { lead = 0; exp = -1022; }
        else { lead = 1; exp = be - 1023; }
        String h;
        if (prec < 0) {
            h = String.format("%013x", frac);
            int k = h.length();
            while (k > 0 && h.charAt(k - 1) == '0') k--;
            h = h.substring(0, k);
        } else if (prec >= 13) {
            h = String.format("%013x", frac) + "0".repeat(prec - 13);
        } else {
            // round the 52-bit fraction to prec hex digits, ties to even
            int drop = (13 - prec) * 4;
            BigInteger full = BigInteger.valueOf(lead).shiftLeft(52).or(BigInteger.valueOf(frac));
            BigInteger q = full.shiftRight(drop);
            BigInteger rem = full.subtract(q.shiftLeft(drop));
            BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
            int c = rem.compareTo(half);
            if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
            BigInteger leadPart = q.shiftRight(prec * 4);
            lead = leadPart.intValue();
            BigInteger fr = q.subtract(leadPart.shiftLeft(prec * 4));
            h = prec == 0 ? "" : String.format("%0" + prec + "x", fr);
        }
        sb.append(Integer.toHexString(lead));
        if (!h.isEmpty() || alt) sb.append('.');
        sb.append(h);
        sb.append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        String s = sb.toString();
        return upper ? s.toUpperCase() : s;
    }
}
