package org.rlambda.format;

import java.util.ArrayList;
import java.util.List;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * formatC(): each number formatted on its own with a C format ("d", "f", "e", "E", "g", "G",
 * or "fg" = significant digits in fixed notation), width, digits and flags, then prettyNum marks.
 * Non-finite values are shown as "NA", "NaN", "Inf", "-Inf" right-justified in the width.
 */
public final class FormatC {
    private FormatC() {}

    public static final class Options {
        public Integer width = null;
        public Integer digits = null;
        public String format = null;
        public String flag = "";
        /** "double", "real", "integer", "character", or null for the storage mode of x. */
        public String mode = null;
        public String bigMark = "";
        public int bigInterval = 3;
        public String smallMark = "";
        public int smallInterval = 5;
        public String decimalMark = ".";
        public String preserveWidth = "individual";
        public Object zeroPrint = null;
        public boolean replaceZero = true;
        public boolean drop0trailing = false;
        public final List<String> warnings = new ArrayList<>();
        /** Set when storage.mode(x) <- "integer" met values out of the integer range (R warns there). */
        public boolean integerRangeLost;
    }

    public static String[] formatC(Vector x, Options o) {
        String flag = o.flag == null ? "" : o.flag;
        for (int i = 0; i < flag.length(); i++) {
            if ("0+- #'I".indexOf(flag.charAt(i)) < 0)
                throw new FormatException("'flag' should contain only characters from [0+- #'I]");
        }
        int n = x.length();
        if (n == 0) return new String[0];
        String mode = o.mode;
        if (mode == null) mode = storageMode(x);
        else if (mode.equals("real")) mode = "double";
        else if (!mode.equals("double") && !mode.equals("integer") && !mode.equals("character"))
            throw new FormatException("'mode' must be \"double\" (\"real\"), \"integer\" or \"character\"");
        String format = o.format;
        if (mode.equals("character") || "s".equals(format)) {
            String[] s;
            if (!mode.equals("character")) {
                o.warnings.add("coercing argument to \"character\" for format=\"s\"");
            }
            s = AsCharacter.of(x);
            return formatChar(s, o.width, flag);
        }
        if (format == null) format = mode.equals("integer") ? "d" : "g";
        else if (List.of("f", "e", "E", "g", "G", "fg").contains(format)) {
            if (mode.equals("integer")) mode = "double";
        } else if (format.equals("d")) {
            mode = "integer";
        } else {
            throw new FormatException("'format' must be one of {\"f\",\"e\",\"E\",\"g\",\"G\", \"fg\", \"s\"}");
        }
        // a logical x keeps its mode unless format = "d" asks for integers; C formatC rejects it
        if (!mode.equals("double") && !mode.equals("integer")) throw new FormatException("unsupported type ");
        double[] dx = null;
        int[] ix = null;
        if (mode.equals("double")) dx = toDouble(x); else ix = toInteger(x, o);
        boolean[] special = new boolean[n];
        String[] rQ = new String[n];
        boolean someSpecial = false;
        for (int i = 0; i < n; i++) {
            boolean ok = dx != null ? Double.isFinite(dx[i]) : ix[i] != IntVector.NA;
            if (!ok) {
                someSpecial = true;
                special[i] = true;
                String s = dx != null ? AsCharacter.of(dx[i]) : StringVector.NA;
                if (dx != null && Double.isNaN(dx[i]) && !DoubleVector.isNA(dx[i])) s = "NaN";
                rQ[i] = StringVector.isNA(s) ? "NA" : s;
                if (dx != null) dx[i] = 0; else ix[i] = 0;
            }
        }
        Integer width = o.width;
        Integer digitsArg = o.digits;
        if (width == null && digitsArg == null) width = 1;
        int digits;
        if (digitsArg == null) digits = mode.equals("integer") ? 2 : 4;
        else if (digitsArg < 0) digits = 6;
        else {
            int maxDigits = !format.equals("f") ? 50 : 324;
            digits = digitsArg;
            if (digits > maxDigits) {
                o.warnings.add("'digits' reduced to " + maxDigits);
                digits = maxDigits;
            }
        }
        if (width == null) width = digits + 1;
        else if (width == 0) width = digits;
        if (digits > 0 && flag.contains("#")) digits = -digits;
        int dig = Math.abs(digits);
        boolean rmTrailing0 = digits >= 0;
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            int strlen = Math.abs(width);
            if (format.equals("fg") || format.equals("f")) {
                double v = dx[i];
                int xEx = (int) Math.floor(Math.log10(Math.abs(v + (v == 0 ? 1 : 0))));
                int len = ((v < 0 || !flag.isEmpty()) ? 1 : 0) + dig
                        + (format.equals("f") ? 2 + Math.max(xEx, 0)
                           : 1 + Math.max(Math.max(xEx, dig), dig + (-xEx) + 1) + flag.length());
                strlen = Math.max(strlen, len);
            } else {
                strlen = Math.max(strlen, dig + 8);
            }
            int cap = strlen + 2;
            String s;
            if (format.equals("d")) {
                s = CFormat.parse("%" + flag + width + "d").format((long) ix[i]);
            } else if (format.equals("fg")) {
                s = fg(dx[i], width, dig, flag, rmTrailing0);
            } else {
                s = spec(flag, width, dig, format).format(dx[i]);
            }
            r[i] = s.length() > cap ? s.substring(0, cap) : s;
        }
        if (someSpecial) {
            String[] sp = new String[n];
            int k = 0;
            for (int i = 0; i < n; i++) if (special[i]) sp[k++] = rQ[i];
            String[] f = formatChar(java.util.Arrays.copyOf(sp, k), width, flag);
            k = 0;
            for (int i = 0; i < n; i++) if (special[i]) r[i] = f[k++];
        }
        if (!o.bigMark.isEmpty() || !o.smallMark.isEmpty() || !o.decimalMark.equals(".") || o.zeroPrint != null
                || o.drop0trailing) {
            PrettyNum.Marks m = new PrettyNum.Marks();
            m.bigMark = o.bigMark; m.bigInterval = o.bigInterval; m.smallMark = o.smallMark;
            m.smallInterval = o.smallInterval; m.decimalMark = o.decimalMark; m.inputDecimalMark = ".";
            m.preserveWidth = o.preserveWidth; m.zeroPrint = o.zeroPrint; m.replaceZero = o.replaceZero;
            m.drop0trailing = o.drop0trailing;
            r = PrettyNum.prettyNum(r, m);
            o.warnings.addAll(m.warnings);
        }
        return r;
    }

    private static CFormat spec(String flag, int width, int dig, String conv) {
        return CFormat.parse("%" + flag + width + "." + dig + conv);
    }

    /** "fg": significant digits in fixed notation (C's %g, switching to %f for small numbers). */
    private static String fg(double xx, int width, int dig, String flag, boolean rmTrailing0) {
        if (xx == 0.) return "0";
        double xxx = Math.abs(xx);
        int iex = (int) Math.floor(Math.log10(xxx) + 1e-12);
        double x = RMath.fround(xxx / Math.pow(10, iex) + 1e-12, dig - 1);
        if (iex > 0 && x >= 10) {
            xx = x * Math.pow(10, iex);
            iex++;
        }
        if (iex == -4 && Math.abs(xx) < 1e-4) iex = -5;
        if (iex < -4) {
            String s = CFormat.parse("%" + flag + "." + (dig - 1 - iex) + "f").format(xx);
            if (rmTrailing0) {
                int j = s.length();
                while (j > 0 && s.charAt(j - 1) == '0') j--;
                s = s.substring(0, j);
            }
            return s;
        }
        return spec(flag, width, (iex >= dig) ? iex + 1 : dig, "g").format(xx);
    }

    /** formatC's format.char: strings right-justified in |width| (left with flag "-" or negative width). */
    static String[] formatChar(String[] x, Integer width, String flag) {
        int w = width == null ? 0 : width;
        if (w < 0) { flag = "-"; w = -w; }
        return Format.formatStrings(x, w, flag.equals("-") ? Justify.LEFT : Justify.RIGHT, true);
    }

    private static String storageMode(Vector x) {
        if (x instanceof DoubleVector) return "double";
        if (x instanceof IntVector) return "integer";
        if (x instanceof LogicalVector) return "logical";
        if (x instanceof StringVector) return "character";
        return x.typeName();
    }

    private static double[] toDouble(Vector x) {
        if (x instanceof DoubleVector) return ((DoubleVector) x).values().clone();
        int n = x.length();
        double[] d = new double[n];
        if (x instanceof IntVector || x instanceof LogicalVector) {
            int[] v = x instanceof IntVector ? ((IntVector) x).values() : ((LogicalVector) x).values();
            for (int i = 0; i < n; i++) d[i] = v[i] == IntVector.NA ? DoubleVector.NA : v[i];
            return d;
        }
        throw new FormatException("unsupported type");
    }

    private static int[] toInteger(Vector x, Options o) {
        if (x instanceof IntVector) return ((IntVector) x).values().clone();
        if (x instanceof LogicalVector) return ((LogicalVector) x).values().clone();
        if (x instanceof DoubleVector) {
            double[] d = ((DoubleVector) x).values();
            int[] r = new int[d.length];
            for (int i = 0; i < d.length; i++) {
                double v = d[i];
                r[i] = Double.isNaN(v) || Math.abs(v) >= 2147483648.0 ? IntVector.NA : (int) v;
                if (!Double.isNaN(v) && Math.abs(v) >= 2147483648.0) o.integerRangeLost = true;
            }
            return r;
        }
        throw new FormatException("unsupported type");
    }
}
