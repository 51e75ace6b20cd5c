package org.rlambda.jsonlite;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's {@code printf("%.*g", precision, x)} for finite doubles, as glibc prints it: the exact
 * binary value rounded half-to-even to {@code precision} significant digits, fixed notation when
 * the exponent is in [-4, precision), else "d.ddde+XX"; trailing zeros removed.
 */
final class CFormat {
    private CFormat() {}

    static String g(double x, int precision) {
        int p = precision == 0 ? 1 : precision < 0 ? 6 : precision;
        if (x == 0) return (1 / x < 0) ? "-0" : "0";
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(p, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().abs().toString();
        // exponent of the leading digit, from the rounded value (rounding may carry into a new digit)
        int exponent = digits.length() - 1 - rounded.scale();
        // trailing zeros of the significand are not printed by %g
        int nsig = digits.length();
        while (nsig > 1 && digits.charAt(nsig - 1) == '0') nsig--;
        StringBuilder sb = new StringBuilder();
        if (x < 0) sb.append('-');
        if (exponent < -4 || exponent >= p) {
            sb.append(digits.charAt(0));
            if (nsig > 1) sb.append('.').append(digits, 1, nsig);
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int e = Math.abs(exponent);
            if (e < 10) sb.append('0');
            sb.append(e);
        } else if (exponent >= 0) {
            // digits before the point: exponent + 1
            int intDigits = exponent + 1;
            if (nsig <= intDigits) {
                sb.append(digits, 0, Math.min(digits.length(), intDigits));
                for (int i = digits.length(); i < intDigits; i++) sb.append('0');
            } else {
                sb.append(digits, 0, intDigits).append('.').append(digits, intDigits, nsig);
            }
        } else {
            sb.append("0.");
            for (int i = -1; i > exponent; i--) sb.append('0');
            sb.append(digits, 0, nsig);
        }
        return sb.toString();
    }
}
