package org.rlambda.jsonlite;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code as.character()} of one double as GNU R 4.2 writes it: up to 15 significant digits, the
 * fewest that show the value, in fixed notation unless scientific is narrower (e.g. "0.1",
 * "123456", "1e+05", "1e-04", "1.5e-10"). jsonlite needs it where R coerces numbers to
 * strings: {@code unlist()} of mixed arrays and {@code rbind()} of mixed rows.
 */
final class RDoubleText {
    private RDoubleText() {}

    static String format(double x) { return format(x, 15); }

    /** One double as {@code format(x, digits = digits)} writes it (R's formatReal for one value). */
    static String format(double x, int sigDigits) {
        if (Double.isNaN(x)) return org.rlambda.sexp.DoubleVector.isNA(x) ? null : "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "Inf" : "-Inf";
        if (x == 0) return "0";
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(sigDigits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String digits = rounded.unscaledValue().abs().toString();
        int nsig = digits.length();
        int exponent = nsig - 1 - rounded.scale(); // power of ten of the first digit
        boolean negative = x < 0;
        int rgt = Math.max(0, nsig - exponent - 1);
        int fixedWidth = (negative ? 1 : 0) + (exponent >= 0 ? exponent + 1 : 1) + (rgt > 0 ? rgt + 1 : 0);
        int expDigits = Math.abs(exponent) >= 100 ? 3 : 2;
        int sciWidth = (negative ? 1 : 0) + (nsig > 1 ? nsig + 1 : 1) + 2 + expDigits;
        StringBuilder sb = new StringBuilder();
        if (negative) sb.append('-');
        if (fixedWidth <= sciWidth) {
            sb.append(rounded.abs().toPlainString());
        } else {
            sb.append(digits.charAt(0));
            if (nsig > 1) sb.append('.').append(digits, 1, nsig);
            sb.append('e').append(exponent < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exponent));
            if (e.length() < 2) sb.append('0');
            sb.append(e);
        }
        return sb.toString();
    }
}
