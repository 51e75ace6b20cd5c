package org.rlambda.format;

/**
 * The decimal Double.toString finds for a finite positive double: its significant digits
 * (no leading or trailing zeros) and the decimal exponent of the first one. The decimal
 * converts back to the same double, so it lies within half an ulp of the binary value; when
 * it has few enough digits, rounding the exact binary value to a position at or after its
 * last digit (within 15 significant positions) gives that decimal itself. Formatting uses
 * this to skip exact big-number arithmetic for the values scripts usually hold.
 */
final class ShortDecimal {
    /** Significant digits, first one non-zero. */
    final String digits;
    /** Decimal exponent of the first digit (123.4 has 2). */
    final int exponent;

    private ShortDecimal(String digits, int exponent) {
        this.digits = digits;
        this.exponent = exponent;
    }

    /** The decimal of |x|, or null for zero, subnormals, NaN and infinities. */
    static ShortDecimal of(double x) {
        double r = Math.abs(x);
        // subnormals carry fewer than 53 bits: the half-ulp bound does not hold for them
        if (r < Double.MIN_NORMAL || Double.isNaN(r) || Double.isInfinite(r)) return null;
        String t = Double.toString(r);
        int ePos = t.indexOf('E');
        int exp10 = 0;
        int end = t.length();
        if (ePos >= 0) {
            exp10 = Integer.parseInt(t.substring(ePos + 1));
            end = ePos;
        }
        StringBuilder sb = new StringBuilder(20);
        int pointAt = -1, first = -1, last = -1;
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (c == '.') {
                pointAt = sb.length();
                continue;
            }
            if (c != '0') {
                if (first < 0) first = sb.length();
                last = sb.length();
            }
            sb.append(c);
        }
        if (first < 0) return null;
        if (pointAt < 0) pointAt = sb.length();
        return new ShortDecimal(sb.substring(first, last + 1), pointAt - first - 1 + exp10);
    }

    int length() { return digits.length(); }

    /** Number of decimals the plain notation needs (0 for integers). */
    int decimals() { return Math.max(0, digits.length() - exponent - 1); }
}
