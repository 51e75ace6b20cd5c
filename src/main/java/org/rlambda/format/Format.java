package org.rlambda.format;

import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The core of format.default for atomic vectors (GNU R's .Internal(format)): a common layout
 * for all elements, then, for numbers, prettyNum's marks. Attributes (names, dim, dimnames)
 * are copied by the caller.
 */
public final class Format {
    private Format() {}

    /** format()'s arguments; defaults as in format.default with options(digits = 7, scipen = 0). */
    public static final class Options {
        public boolean trim = false;
        /** null: the caller's getOption("digits"), set in {@link #optionDigits}. */
        public Integer digits = null;
        public int optionDigits = 7;
        public int nsmall = 0;
        public int width = 0;
        public Justify justify = Justify.LEFT;
        public boolean naEncode = true;
        /** null for NA (use {@link #optionScipen}), TRUE/FALSE, or a scipen number. */
        public Object scientific = null;
        public int optionScipen = 0;
        public String bigMark = "";
        public int bigInterval = 3;
        public String smallMark = "";
        public int smallInterval = 5;
        public String decimalMark = ".";
        /** zero.print: null, a String, or a Boolean. */
        public Object zeroPrint = null;
        public boolean drop0trailing = false;
    }

    public static String[] format(Vector x, Options o) {
        int digits = o.digits == null ? o.optionDigits : o.digits;
        if (o.digits != null && (digits < 1 || digits > 22))
            throw new FormatException("invalid value " + digits + " for 'digits' argument");
        if (o.nsmall < 0 || o.nsmall > 20) throw new FormatException("invalid 'nsmall' argument");
        int scipen = o.optionScipen;
        if (o.scientific instanceof Boolean) scipen = (Boolean) o.scientific ? -99 : 310;
        else if (o.scientific instanceof Number) scipen = ((Number) o.scientific).intValue();
        int n = x.length();
        String[] y = new String[n];
        if (n == 0) return y;
        int wd = o.width;
        String dec = o.decimalMark;
        if (x instanceof LogicalVector) {
            int[] v = ((LogicalVector) x).values();
            int w = o.trim ? 0 : IntegerFormatter.logicalWidth(v, 0, n, 2);
            w = Math.max(w, wd);
            for (int i = 0; i < n; i++) y[i] = IntegerFormatter.encodeLogical(v[i], w, "NA");
        } else if (x instanceof IntVector) {
            IntVector iv = (IntVector) x;
            int[] v = iv.values();
            int w = o.trim ? 0 : IntegerFormatter.width(v, 0, n, 2);
            w = Math.max(w, wd);
            for (int i = 0; i < n; i++) y[i] = IntegerFormatter.encode(v[i], w, "NA");
        } else if (x instanceof DoubleVector) {
            double[] v = ((DoubleVector) x).values();
            RealFormat f = RealFormatter.format(v, 0, n, digits, o.nsmall, scipen, 2);
            int w = o.trim ? 0 : f.width();
            w = Math.max(w, wd);
            for (int i = 0; i < n; i++) y[i] = RealFormatter.encode(v[i], w, f.decimals(), f.exponentDigits(), "NA", dec);
        } else if (x instanceof ComplexVector) {
            ComplexVector c = (ComplexVector) x;
            ComplexFormat f = ComplexFormatter.format(c.reValues(), c.imValues(), 0, n, digits, o.nsmall, scipen, 2);
            int w = o.trim ? 0 : f.wr(), wi = o.trim ? 0 : f.wi();
            w = Math.max(w, wd);
            wi = Math.max(wi, wd);
            ComplexFormat g = new ComplexFormat(w, f.dr(), f.er(), wi, f.di(), f.ei());
            for (int i = 0; i < n; i++) y[i] = ComplexFormatter.encode(c.re(i), c.im(i), w, g, digits, "NA", dec);
        } else if (x instanceof StringVector) {
            return formatStrings(((StringVector) x).values(), wd, o.justify, o.naEncode);
        } else {
            throw new FormatException("Impossible mode ( x )");
        }
        PrettyNum.Marks m = new PrettyNum.Marks();
        m.bigMark = o.bigMark; m.bigInterval = o.bigInterval; m.smallMark = o.smallMark;
        m.smallInterval = o.smallInterval; m.decimalMark = dec; m.inputDecimalMark = dec;
        m.zeroPrint = o.zeroPrint; m.drop0trailing = o.drop0trailing;
        m.preserveWidth = o.trim ? "individual" : "common";
        m.complex = x instanceof ComplexVector;
        return PrettyNum.prettyNum(y, m);
    }

    /** format() of a character vector: padded (not escaped) to the widest element, per justify. */
    public static String[] formatStrings(String[] x, int width, Justify justify, boolean naEncode) {
        int n = x.length;
        int w = width;
        if (justify != Justify.NONE) {
            for (String s : x) {
                if (!StringVector.isNA(s)) w = Math.max(w, StringEncoder.width(s, (char) 0));
                else if (naEncode) w = Math.max(w, 2);
            }
        } else {
            w = 0;
        }
        String[] y = new String[n];
        for (int i = 0; i < n; i++) {
            String s = x[i];
            if (!naEncode && StringVector.isNA(s)) { y[i] = StringVector.NA; continue; }
            if (StringVector.isNA(s)) s = "NA";
            int b = w - StringEncoder.width(s, (char) 0);
            StringBuilder q = new StringBuilder();
            if (b > 0 && justify != Justify.LEFT) {
                int b0 = justify == Justify.CENTRE ? b / 2 : b;
                q.append(Pad.spaces(b0));
                b -= b0;
            }
            q.append(s);
            if (b > 0 && justify != Justify.RIGHT) q.append(Pad.spaces(b));
            y[i] = q.toString();
        }
        return y;
    }
}
