package org.rlambda.parse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;

/**
 * Numbers as {@code deparse()} writes them: each element on its own with 15 significant
 * digits, the fewest digits that keep that precision, and fixed notation unless scientific
 * notation is narrower (GNU R's formatReal/encodeReal with digits = 15, scipen = 0).
 */
final class NumberDeparse {
    private static final MathContext DIGITS15 = new MathContext(15, RoundingMode.HALF_EVEN);

    private NumberDeparse() {}

    static String real(double x) {
        if (DoubleVector.isNA(x)) return "NA";
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "Inf" : "-Inf";
        if (x == 0) return "0";
        boolean neg = x < 0;
        BigDecimal exact = new BigDecimal(x);
        BigDecimal sig = exact.abs().round(DIGITS15).stripTrailingZeros();
        int nsig = sig.precision();
        int kpower = sig.precision() - sig.scale() - 1;
        int negW = neg ? 1 : 0;
        int leftDigits = kpower >= 0 ? kpower + 1 : 1;
        int rgt = Math.max(0, nsig - kpower - 1);
        int fixedWidth = negW + leftDigits + (rgt > 0 ? rgt + 1 : 0);
        int expDigits = (kpower >= 100 || kpower <= -100) ? 2 : 1;
        int sciWidth = negW + (nsig > 1 ? 1 : 0) + (nsig - 1) + 4 + expDigits;
        if (fixedWidth <= sciWidth) {
            return exact.setScale(rgt, RoundingMode.HALF_EVEN).toPlainString();
        }
        String digits = sig.unscaledValue().toString();
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        sb.append(digits.charAt(0));
        if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
        sb.append('e').append(kpower < 0 ? '-' : '+');
        int ak = Math.abs(kpower);
        if (ak < 10) sb.append('0');
        sb.append(ak);
        return sb.toString();
    }

    static String integer(int v) { return v == IntVector.NA ? "NA" : Integer.toString(v); }

    static String complex(double re, double im) {
        if (DoubleVector.isNA(re) || DoubleVector.isNA(im)) return "NA";
        String r = real(re);
        String i = real(Math.abs(im));
        boolean negIm = im < 0 || (im == 0 && 1 / im < 0);
        return r + (negIm ? "-" : "+") + i + "i";
    }
}
