package org.rlambda.jsonlite;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.rlambda.sexp.DoubleVector;

/**
 * One complex number as jsonlite writes it with {@code complex = "string"}
 * ({@code prettyNum(z, digits)}, which formats each element on its own): both parts rounded to
 * {@code digits} significant digits of the larger part, each then written like a double, joined as
 * "re+imi" / "re-imi"; NA as "NA".
 */
final class ComplexText {
    private ComplexText() {}

    static String format(double re, double im, int digits) {
        if (DoubleVector.isNA(re) || DoubleVector.isNA(im)) return "NA";
        int d = digits == NumberText.DIGITS_NA ? 15 : Math.max(1, Math.min(15, digits));
        double larger = Math.max(Math.abs(re), Math.abs(im));
        if (Double.isFinite(larger) && larger > 0) {
            int e = (int) Math.floor(Math.log10(larger));
            int decimals = d - 1 - e;
            re = round(re, decimals);
            im = round(im, decimals);
        }
        String r = part(re, d);
        String i = part(Math.abs(im), d);
        boolean negative = im < 0 || (im == 0 && 1 / im < 0);
        return r + (negative ? "-" : "+") + i + "i";
    }

    private static double round(double x, int decimals) {
        if (!Double.isFinite(x)) return x;
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String part(double x, int digits) {
        String s = RDoubleText.format(x, digits);
        return s == null ? "NA" : s;
    }
}
