package org.rlambda.format;

import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Conversion of atomic values to strings as as.character() and paste() do it (GNU R 4.2):
 * each double on its own with 15 significant digits, fixed or scientific by R's width rule,
 * trailing zeros dropped ("0.3", "1e+05", "123456"). Also cat()'s per-element encoding,
 * which uses the print digits (7 by default) instead.
 */
public final class AsCharacter {
    private AsCharacter() {}

    private static final int DBL_DIG = 15;

    /** as.character(x) for one double; NA gives {@link StringVector#NA}. */
    public static String of(double x) { return of(x, 0); }

    public static String of(double x, int scipen) {
        if (DoubleVector.isNA(x)) return StringVector.NA;
        RealFormat f = RealFormatter.format(new double[] {x}, 0, 1, DBL_DIG, 0, scipen, 2);
        return RealFormatter.encodeDrop0(x, f, ".");
    }

    public static String ofInteger(int x) {
        return x == IntVector.NA ? StringVector.NA : Integer.toString(x);
    }

    public static String ofLogical(int x) {
        return x == LogicalVector.NA ? StringVector.NA : (x != 0 ? "TRUE" : "FALSE");
    }

    /** as.character of a complex number: 15 digits as a whole, NA if either part is NA. */
    public static String ofComplex(double re, double im) {
        if (DoubleVector.isNA(re) || DoubleVector.isNA(im)) return StringVector.NA;
        ComplexFormat f = ComplexFormatter.format(new double[] {re}, new double[] {im}, 0, 1, DBL_DIG, 0, 0, 2);
        return ComplexFormatter.encode(re, im, f, DBL_DIG);
    }

    /** as.character of every element of an atomic vector (attributes are the caller's business). */
    public static String[] of(Vector x) {
        int n = x.length();
        String[] r = new String[n];
        if (x instanceof StringVector) return ((StringVector) x).values().clone();
        if (x instanceof DoubleVector) {
            DoubleVector d = (DoubleVector) x;
            for (int i = 0; i < n; i++) r[i] = of(d.get(i));
        } else if (x instanceof IntVector) {
            IntVector v = (IntVector) x;
            for (int i = 0; i < n; i++) r[i] = ofInteger(v.get(i));
        } else if (x instanceof LogicalVector) {
            LogicalVector v = (LogicalVector) x;
            for (int i = 0; i < n; i++) r[i] = ofLogical(v.get(i));
        } else if (x instanceof ComplexVector) {
            ComplexVector v = (ComplexVector) x;
            for (int i = 0; i < n; i++) r[i] = ofComplex(v.re(i), v.im(i));
        } else if (x instanceof RawVector) {
            RawVector v = (RawVector) x;
            for (int i = 0; i < n; i++) r[i] = String.format("%02x", v.get(i) & 0xff);
        } else {
            throw new IllegalArgumentException("not an atomic vector: " + x.typeName());
        }
        return r;
    }

    /**
     * How cat() shows element i: numbers each formatted alone with {@code digits} significant
     * digits, NA as "NA", strings as they are (no quotes, no escapes).
     */
    public static String catElement(Vector x, int i, int digits) {
        if (x instanceof StringVector) {
            String s = ((StringVector) x).get(i);
            return StringVector.isNA(s) ? "NA" : s;
        }
        if (x instanceof DoubleVector) {
            double v = ((DoubleVector) x).get(i);
            RealFormat f = RealFormatter.format(new double[] {v}, 0, 1, digits, 0, 0, 2);
            return RealFormatter.encode(v, f);
        }
        if (x instanceof IntVector) {
            int v = ((IntVector) x).get(i);
            return v == IntVector.NA ? "NA" : Integer.toString(v);
        }
        if (x instanceof LogicalVector) {
            int v = ((LogicalVector) x).get(i);
            return v == LogicalVector.NA ? "NA" : (v != 0 ? "TRUE" : "FALSE");
        }
        if (x instanceof ComplexVector) {
            ComplexVector c = (ComplexVector) x;
            double re = c.re(i), im = c.im(i);
            ComplexFormat f = ComplexFormatter.format(new double[] {re}, new double[] {im}, 0, 1, digits, 0, 0, 2);
            return ComplexFormatter.encode(re, im, f, digits);
        }
        if (x instanceof RawVector) return String.format("%02x", ((RawVector) x).get(i) & 0xff);
        throw new IllegalArgumentException("argument of type '" + x.typeName() + "' cannot be handled by 'cat'");
    }

    /** toString.default: elements joined by ", ", cut to {@code width} columns with "...." if given. */
    public static String toString(String[] elements, Integer width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(StringVector.isNA(elements[i]) ? "NA" : elements[i]);
        }
        String s = sb.toString();
        if (width == null || width == 0) return s;
        if (width < 0) throw new FormatException("'width' must be positive");
        if (CharWidth.width(s) > width) {
            int w = Math.max(6, width);
            s = strtrim(s, w - 4) + "....";
        }
        return s;
    }

    /** strtrim: the longest prefix whose display width is at most {@code w}. */
    public static String strtrim(String s, int w) {
        int used = 0, i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = CharWidth.width(cp);
            if (used + cw > w) break;
            used += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
