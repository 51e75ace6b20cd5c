package org.rlambda.nmath;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** C's printf %g, which nmath's warning texts use. */
final class Fmt {
    private Fmt() { }

    static String g(double x) { return g(x, 6); }

    static String g(double x, int precision) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return (1 / x < 0) ? "-0" : "0";
        int p = precision == 0 ? 1 : precision;
        BigDecimal bd = new BigDecimal(x).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        if (exp < -4 || exp >= p) {
            String digits = bd.unscaledValue().abs().toString();
            while (digits.length() < p) digits += "0";
            String mant = digits.substring(0, 1) + (p > 1 ? "." + digits.substring(1, p) : "");
            if (mant.contains(".")) mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
            String e = (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            return (x < 0 ? "-" : "") + mant + "e" + e;
        }
        String s = bd.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
