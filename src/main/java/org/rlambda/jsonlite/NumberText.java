package org.rlambda.jsonlite;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.StringVector;

/**
 * How toJSON writes numbers (jsonlite's num_to_char). With {@code digits} decimal digits (the
 * default, 4) a number between 1e-5 and 2^31-1 in magnitude is written with at most that many
 * decimals and trailing zeros dropped ("0.3333", "2", and "-0" for tiny negatives); other numbers
 * fall back to {@code %.Ng} with enough significant digits to keep those decimals. With
 * {@code I(digits)} it is {@code %.{digits}g}; with {@code digits = NA} {@code %.15g}.
 * Non-finite values are "NA"/"NaN"/"Inf"/"-Inf" strings, null, or R's NA (left out of records).
 */
final class NumberText {
    private NumberText() {}

    /** How to write non-finite values: jsonlite's na = "string", "null" or "NA". */
    enum Missing { STRING, NULL, NA }

    static final int DIGITS_NA = Integer.MIN_VALUE;

    private static final double[] POW10 = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

    static String integer(int v, Missing na) {
        if (v == IntVector.NA) {
            switch (na) {
                case STRING: return "\"NA\"";
                case NULL: return "null";
                default: return StringVector.NA;
            }
        }
        return Integer.toString(v);
    }

    static String real(double v, int digits, boolean signif, boolean alwaysDecimal, Missing na) {
        if (!Double.isFinite(v)) {
            switch (na) {
                case NULL: return "null";
                case NA: return StringVector.NA;
                default:
                    if (DoubleVector.isNA(v)) return "\"NA\"";
                    if (Double.isNaN(v)) return "\"NaN\"";
                    return v > 0 ? "\"Inf\"" : "\"-Inf\"";
            }
        }
        String s;
        if (digits == DIGITS_NA) {
            s = CFormat.g(v, 15);
        } else if (signif) {
            s = CFormat.g(v, (int) Math.ceil(Math.min(15, digits)));
        } else if (digits > -1 && digits < 10 && Math.abs(v) < 2147483647 && Math.abs(v) > 1e-5) {
            s = fixedDecimals(v, digits);
        } else {
            int decimals = (int) Math.ceil(Math.min(15, Math.max(1, Math.log10(Math.abs(v))) + digits));
            s = CFormat.g(v, decimals);
        }
        if (alwaysDecimal && isWhole(s)) s = s + ".0";
        return s;
    }

    private static boolean isWhole(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && c != '-') return false;
        }
        return true;
    }

    /**
     * At most {@code prec} decimals, trailing zeros dropped. Splits the number into whole and
     * fractional parts in double arithmetic and rounds the scaled fraction (ties to odd
     * fractions round up), which is what jsonlite's modp_dtoa2 computes; e.g. 0.00004 is "0" and
     * -0.00004 "-0".
     */
    static String fixedDecimals(double value, int prec) {
        boolean negative = false;
        if (value < 0) {
            negative = true;
            value = -value;
        }
        int whole = (int) value;
        double tmp = (value - whole) * POW10[prec];
        long frac = (long) tmp;
        double diff = tmp - frac;
        if (diff > 0.5) {
            frac++;
            if (frac >= POW10[prec]) {
                frac = 0;
                whole++;
            }
        } else if (diff == 0.5 && prec > 0 && (frac & 1) != 0) {
            frac++;
            if (frac >= POW10[prec]) {
                frac = 0;
                whole++;
            }
        } else if (diff == 0.5 && prec == 0 && (whole & 1) != 0) {
            frac++;
            if (frac >= POW10[prec]) {
                frac = 0;
                whole++;
            }
        }
        StringBuilder decimals = new StringBuilder();
        int count = prec;
        if (prec > 0) {
            while (count > 0 && frac % 10 == 0) {
                count--;
                frac /= 10;
            }
        }
        while (count > 0) {
            count--;
            decimals.append((char) ('0' + frac % 10));
            frac /= 10;
        }
        if (frac > 0) whole++;
        StringBuilder sb = new StringBuilder();
        if (negative) sb.append('-');
        sb.append(Integer.toUnsignedString(whole));
        if (decimals.length() > 0) sb.append('.').append(decimals.reverse());
        return sb.toString();
    }
}
