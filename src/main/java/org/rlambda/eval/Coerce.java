package org.rlambda.eval;

import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Coercion between R's atomic types with GNU R's NA rules. */
public final class Coerce {
    private Coerce() { }

    /** Set when a coercion produced NA from a non-NA value (the caller warns). */
    public static final class Flag {
        public boolean naIntroduced;
        public boolean intRange;
    }

    public static int rank(SexpType t) {
        switch (t) {
            case NULL: return 0;
            case RAW: return 1;
            case LOGICAL: return 2;
            case INTEGER: return 3;
            case DOUBLE: return 4;
            case COMPLEX: return 5;
            case CHARACTER: return 6;
            case LIST: return 7;
            case EXPRESSION: return 8;
            default: return 7;
        }
    }

    // ---------------------------------------------------------------- scalars

    public static int logicalElement(Vector v, int i) {
        switch (v.type()) {
            case LOGICAL: return ((LogicalVector) v).get(i);
            case INTEGER: { int x = ((IntVector) v).get(i); return x == IntVector.NA ? LogicalVector.NA : (x != 0 ? 1 : 0); }
            case DOUBLE: { double x = ((DoubleVector) v).get(i); return Double.isNaN(x) ? LogicalVector.NA : (x != 0 ? 1 : 0); }
            case COMPLEX: {
                ComplexVector c = (ComplexVector) v;
                if (c.isNA(i)) return LogicalVector.NA;
                return c.re(i) != 0 || c.im(i) != 0 ? 1 : 0;
            }
            case CHARACTER: return stringToLogical(((StringVector) v).get(i));
            case RAW: return ((RawVector) v).get(i) != 0 ? 1 : 0;
            case LIST: {
                SEXP e = ((ListVector) v).get(i);
                if (e instanceof Vector && e.length() == 1 && ((Vector) e).isAtomic()) return logicalElement((Vector) e, 0);
                return LogicalVector.NA;
            }
            default: return LogicalVector.NA;
        }
    }

    public static int stringToLogical(String s) {
        if (s == StringVector.NA) return LogicalVector.NA;
        switch (s) {
            case "TRUE": case "true": case "T": case "True": return 1;
            case "FALSE": case "false": case "F": case "False": return 0;
            default: return LogicalVector.NA;
        }
    }

    public static double intToDouble(int x) { return x == IntVector.NA ? DoubleVector.NA : x; }

    public static int doubleToInt(double d, Flag f) {
        if (Double.isNaN(d)) return IntVector.NA;
        if (d >= 2147483648.0 || d <= -2147483649.0) {
            if (f != null) f.intRange = true;
            return IntVector.NA;
        }
        return (int) d;
    }

    /** R's String to double conversion (as.numeric on character), NA when not a number. */
    public static double stringToDouble(String s, Flag f) {
        if (s == StringVector.NA) return DoubleVector.NA;
        String t = s.strip();
        if (t.isEmpty()) return DoubleVector.NA; // a blank string is NA without a warning, as in GNU R
        double d = parseRNumber(t);
        if (Double.isNaN(d) && !isNaNLiteral(t) && !t.equals("NA")) {
            if (f != null) f.naIntroduced = true;
            return DoubleVector.NA;
        }
        if (t.equals("NA")) return DoubleVector.NA;
        return d;
    }

    private static boolean isNaNLiteral(String t) { return t.equals("NaN"); }

    /** Parses the number syntax R accepts in strings; NaN (plain) when not a number. */
    public static double parseRNumber(String t) {
        if (t.isEmpty()) return Double.NaN;
        int i = 0;
        boolean neg = false;
        char c0 = t.charAt(0);
        if (c0 == '+' || c0 == '-') { neg = c0 == '-'; i = 1; }
        String rest = t.substring(i);
        double v;
        if (rest.equals("Inf") || rest.equals("inf") || rest.equalsIgnoreCase("infinity")) v = Double.POSITIVE_INFINITY;
        else if (rest.equals("NaN")) return Double.NaN;
        else if (rest.startsWith("0x") || rest.startsWith("0X")) {
            String h = rest.substring(2);
            if (h.isEmpty()) return Double.NaN;
            try {
                if (h.contains("p") || h.contains("P") || h.contains(".")) v = Double.parseDouble("0x" + (h.contains("p") || h.contains("P") ? h : h + "p0"));
                else {
                    v = 0;
                    for (int k = 0; k < h.length(); k++) {
                        int dgt = Character.digit(h.charAt(k), 16);
                        if (dgt < 0) return Double.NaN;
                        v = v * 16 + dgt;
                    }
                }
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        } else {
            if (!isDecimalLiteral(rest)) return Double.NaN;
            try {
                v = Double.parseDouble(rest);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return neg ? -v : v;
    }

    private static boolean isDecimalLiteral(String s) {
        int n = s.length(), i = 0;
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i))) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int ed = 0;
            while (i < n && Character.isDigit(s.charAt(i))) { i++; ed++; }
            if (ed == 0) return false;
        }
        return i == n;
    }

    public static String logicalToString(int b) {
        return b == LogicalVector.NA ? StringVector.NA : (b != 0 ? "TRUE" : "FALSE");
    }

    public static String intToString(int x) { return x == IntVector.NA ? StringVector.NA : Integer.toString(x); }

    /** as.character for a double: up to 15 significant digits, fixed or scientific as GNU R chooses. */
    public static String doubleToString(double x) {
        if (DoubleVector.isNA(x)) return StringVector.NA;
        return org.rlambda.format.AsCharacter.of(x);
    }

    public static String complexToString(double re, double im) {
        if (DoubleVector.isNA(re) || DoubleVector.isNA(im)) return StringVector.NA;
        return org.rlambda.format.AsCharacter.ofComplex(re, im);
    }

    // ---------------------------------------------------------------- vectors

    /** Coerces to the given atomic type or list; attributes are NOT carried (callers decide). */
    public static Vector coerce(Vector v, SexpType t, Flag f) {
        if (v.type() == t) return v;
        int n = v.length();
        switch (t) {
            case LOGICAL: {
                int[] r = new int[n];
                for (int i = 0; i < n; i++) r[i] = logicalElement(v, i);
                return new LogicalVector(r);
            }
            case INTEGER: {
                int[] r = new int[n];
                for (int i = 0; i < n; i++) r[i] = intElement(v, i, f);
                return new IntVector(r);
            }
            case DOUBLE: {
                double[] r = new double[n];
                for (int i = 0; i < n; i++) r[i] = doubleElement(v, i, f);
                return new DoubleVector(r);
            }
            case COMPLEX: {
                ComplexVector c = new ComplexVector(n);
                for (int i = 0; i < n; i++) {
                    if (v instanceof ComplexVector) { c.set(i, ((ComplexVector) v).re(i), ((ComplexVector) v).im(i)); continue; }
                    double d = doubleElement(v, i, f);
                    if (DoubleVector.isNA(d)) c.setNA(i); else c.set(i, d, 0);
                }
                return c;
            }
            case CHARACTER: {
                String[] r = new String[n];
                for (int i = 0; i < n; i++) r[i] = stringElement(v, i);
                return new StringVector(r);
            }
            case LIST: {
                SEXP[] r = new SEXP[n];
                for (int i = 0; i < n; i++) r[i] = v.element(i);
                ListVector l = new ListVector(r);
                if (v.names() != null) l.setAttributeRaw("names", v.names());
                return l;
            }
            case RAW: {
                byte[] r = new byte[n];
                for (int i = 0; i < n; i++) {
                    int x = intElement(v, i, f);
                    if (x == IntVector.NA || x < 0 || x > 255) { r[i] = 0; if (f != null) f.naIntroduced = true; }
                    else r[i] = (byte) x;
                }
                return new RawVector(r);
            }
            default:
                throw new IllegalArgumentException("cannot coerce to " + t.rName);
        }
    }

    public static int intElement(Vector v, int i, Flag f) {
        switch (v.type()) {
            case LOGICAL: return ((LogicalVector) v).get(i);
            case INTEGER: return ((IntVector) v).get(i);
            case DOUBLE: return doubleToInt(((DoubleVector) v).get(i), f);
            case COMPLEX: return doubleToInt(((ComplexVector) v).re(i), f);
            case CHARACTER: {
                String s = ((StringVector) v).get(i);
                if (s == StringVector.NA) return IntVector.NA;
                double d = stringToDouble(s, f);
                return doubleToInt(d, f);
            }
            case RAW: return ((RawVector) v).get(i) & 0xFF;
            case LIST: {
                SEXP e = ((ListVector) v).get(i);
                if (e instanceof Vector && e.length() == 1 && ((Vector) e).isAtomic()) return intElement((Vector) e, 0, f);
                throw new RErrorCoercion("list");
            }
            default: return IntVector.NA;
        }
    }

    public static double doubleElement(Vector v, int i, Flag f) {
        switch (v.type()) {
            case LOGICAL: { int x = ((LogicalVector) v).get(i); return x == LogicalVector.NA ? DoubleVector.NA : x; }
            case INTEGER: return intToDouble(((IntVector) v).get(i));
            case DOUBLE: return ((DoubleVector) v).get(i);
            case COMPLEX: return ((ComplexVector) v).re(i);
            case CHARACTER: return stringToDouble(((StringVector) v).get(i), f);
            case RAW: return ((RawVector) v).get(i) & 0xFF;
            case LIST: {
                SEXP e = ((ListVector) v).get(i);
                if (e instanceof Vector && e.length() == 1 && ((Vector) e).isAtomic()) return doubleElement((Vector) e, 0, f);
                throw new RErrorCoercion("list");
            }
            default: return DoubleVector.NA;
        }
    }

    public static String stringElement(Vector v, int i) {
        switch (v.type()) {
            case LOGICAL: return logicalToString(((LogicalVector) v).get(i));
            case INTEGER: return intToString(((IntVector) v).get(i));
            case DOUBLE: return doubleToString(((DoubleVector) v).get(i));
            case COMPLEX: return complexToString(((ComplexVector) v).re(i), ((ComplexVector) v).im(i));
            case CHARACTER: return ((StringVector) v).get(i);
            case RAW: return String.format("%02x", ((RawVector) v).get(i) & 0xFF);
            case LIST: {
                SEXP e = ((ListVector) v).get(i);
                if (e instanceof StringVector && e.length() == 1) return ((StringVector) e).get(0);
                if (e instanceof Vector && e.length() == 1 && ((Vector) e).isAtomic()) return stringElement((Vector) e, 0);
                return null; // caller deparses
            }
            default: return StringVector.NA;
        }
    }

    /** Thrown when a list element cannot be coerced; callers turn it into an R error. */
    public static final class RErrorCoercion extends RuntimeException {
        public final String from;

        RErrorCoercion(String from) {
            super("(list) object cannot be coerced to type", null, false, false);
            this.from = from;
        }
    }

    /** NULL as an empty vector of the type. */
    public static Vector emptyOf(SexpType t) {
        switch (t) {
            case LOGICAL: return new LogicalVector(0);
            case INTEGER: return new IntVector(0);
            case DOUBLE: return new DoubleVector(0);
            case COMPLEX: return new ComplexVector(0);
            case CHARACTER: return new StringVector(new String[0]);
            case RAW: return new RawVector(new byte[0]);
            default: return new ListVector(new SEXP[0]);
        }
    }

    public static boolean isNull(SEXP s) { return s == null || s == Null.NULL; }
}
