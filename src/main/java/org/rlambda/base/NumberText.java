package org.rlambda.base;

import java.math.BigDecimal;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.StringVector;

/**
 * Reading numbers from strings as {@code as.numeric()} does: surrounding white space is allowed,
 * NA_character_ is NA (the text "NA" is not a number), "NaN"/"Inf"/"infinity" in any case, decimal with an optional (possibly empty)
 * exponent, and hexadecimal with an optional binary exponent.
 */
final class NumberText {
    private NumberText() { }

    /** Sentinel returned when the text is not a number (distinct from NA, the reading of NA_character_). */
    static final double INVALID = Double.longBitsToDouble(0x7FF8DEADBEEF0001L);

    static boolean isInvalid(double d) {
        return Double.doubleToRawLongBits(d) == 0x7FF8DEADBEEF0001L;
    }

    /** The value of {@code s}, NA for NA_character_ or blank text, or {@link #INVALID}. */
    static double parse(String s) {
        if (s == StringVector.NA) return DoubleVector.NA;
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) i++;
        int end = n;
        while (end > i && isSpace(s.charAt(end - 1))) end--;
        if (i == end) return DoubleVector.NA; // blank: NA without a warning, as GNU R
        String t = s.substring(i, end);
        boolean neg = false;
        int p = 0;
        char c0 = t.charAt(0);
        if (c0 == '+' || c0 == '-') { neg = c0 == '-'; p = 1; }
        String body = t.substring(p);
        double v;
        if (body.equalsIgnoreCase("nan")) return Double.NaN;
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) v = Double.POSITIVE_INFINITY;
        else if (body.length() > 1 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X')) {
            v = hex(body.substring(2));
            if (isInvalid(v)) return INVALID;
        } else {
            v = decimal(body);
            if (isInvalid(v)) return INVALID;
        }
        return neg ? -v : v;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static double decimal(String b) {
        int n = b.length(), i = 0, digits = 0;
        while (i < n && isDigit(b.charAt(i))) { i++; digits++; }
        if (i < n && b.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(b.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return INVALID;
        String mant = b.substring(0, i);
        int exp = 0;
        if (i < n && (b.charAt(i) == 'e' || b.charAt(i) == 'E')) {
            i++;
            boolean eneg = false;
            if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) { eneg = b.charAt(i) == '-'; i++; }
            long e = 0;
            while (i < n && isDigit(b.charAt(i))) {
                if (e < 100000) e = e * 10 + (b.charAt(i) - '0');
                i++;
            }
            exp = (int) (eneg ? -e : e);
        }
        if (i != n) return INVALID;
        if (mant.endsWith(".")) mant = mant + "0";
        if (mant.startsWith(".")) mant = "0" + mant;
        try {
            return Double.parseDouble(mant + "e" + exp);
        } catch (NumberFormatException e) {
            return new BigDecimal(mant).scaleByPowerOfTen(exp).doubleValue();
        }
    }

    private static double hex(String h) {
        int n = h.length(), i = 0, fracDigits = 0, digits = 0;
        boolean afterPoint = false;
        double m = 0;
        while (i < n) {
            char c = h.charAt(i);
            if (c == '.' && !afterPoint) { afterPoint = true; i++; continue; }
            int d = Character.digit(c, 16);
            if (d < 0) break;
            m = m * 16 + d;
            digits++;
            if (afterPoint) fracDigits++;
            i++;
        }
        if (digits == 0) return INVALID;
        if (i < n && (h.charAt(i) == 'p' || h.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (h.charAt(i) == '+' || h.charAt(i) == '-')) { eneg = h.charAt(i) == '-'; i++; }
            int e = 0;
            while (i < n && isDigit(h.charAt(i))) { if (e < 100000) e = e * 10 + (h.charAt(i) - '0'); i++; }
            if (i != n) return INVALID;
            return m * Math.pow(2, (eneg ? -e : e) - 4 * fracDigits);
        }
        if (i != n) return INVALID;
        return m;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}
