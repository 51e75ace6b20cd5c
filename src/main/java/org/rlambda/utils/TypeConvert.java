package org.rlambda.utils;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.rlambda.base.Collation;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * GNU R's type.convert() for one character column: the first of logical, integer, double,
 * complex that every non-missing element parses as, else character (or a factor when
 * {@code asIs} is false). Missing are the {@code na.strings} and, for the non-character
 * types, blank fields. Rules checked against GNU R 4.2.2: logicals are only T/F/TRUE/FALSE;
 * integers allow leading but not trailing blanks and exclude -2147483648; doubles allow
 * blanks on both sides, hex, Inf/NaN in any case and a bare trailing exponent ("1e").
 */
public final class TypeConvert {
    private TypeConvert() { }

    /** The parsed value of a decimal or hex number, or NaN-with-flag when the text is not one. */
    private static final class Num {
        double value;
        boolean ok;
    }

    public static Vector convert(String[] x, Set<String> naStrings, boolean asIs, char dec) {
        return convert(x, naStrings, asIs, dec, 0, null);
    }

    /**
     * With {@code numerals} 1 (warn.loss) or 2 (no.loss): a decimal whose digits, read as one
     * integer, reach 2^53 cannot be held exactly (GNU R's test). no.loss then leaves the column
     * as text; warn.loss converts and puts the first such string in {@code loss[0]}.
     */
    public static Vector convert(String[] x, Set<String> naStrings, boolean asIs, char dec, int numerals, String[] loss) {
        int n = x.length;
        boolean[] na = new boolean[n];
        boolean[] blank = new boolean[n];
        // hashing every field is costly: only fields as long as some NA string are looked up
        long lengths = 0;
        boolean longNa = false;
        for (String s : naStrings) {
            if (s.length() < 64) lengths |= 1L << s.length();
            else longNa = true;
        }
        for (int i = 0; i < n; i++) {
            String s = x[i];
            int len = s == StringVector.NA ? 0 : s.length();
            na[i] = s == StringVector.NA
                    || ((len < 64 ? (lengths & (1L << len)) != 0 : longNa) && naStrings.contains(s));
            blank[i] = !na[i] && (len == 0 || isBlank(s));
        }
        Vector r = tryLogical(x, na, blank);
        if (r == null) r = tryInteger(x, na, blank);
        if (r == null) {
            r = tryDouble(x, na, blank, dec);
            if (r != null && numerals != 0) {
                String first = null;
                for (int i = 0; i < n && first == null; i++) if (!na[i] && !blank[i] && losesDigits(x[i])) first = x[i];
                if (first != null) {
                    if (numerals == 2) r = null;
                    else if (loss != null) loss[0] = first;
                }
                if (r == null) return asText(x, na, asIs);
            }
        }
        if (r == null) r = tryComplex(x, na, blank, dec);
        if (r != null) return r;
        return asText(x, na, asIs);
    }

    private static Vector asText(String[] x, boolean[] na, boolean asIs) {
        int n = x.length;
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = na[i] ? StringVector.NA : x[i];
        return asIs ? new StringVector(out) : factor(out);
    }

    /** True when the mantissa digits of a decimal number, as one integer, are at least 2^53. */
    static boolean losesDigits(String s) {
        long v = 0;
        boolean started = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c == 'x' || c == 'X') return false;
            if (c < '0' || c > '9') continue;
            if (c != '0') started = true;
            if (!started) continue;
            v = v * 10 + (c - '0');
            if (v >= (1L << 53)) return true;
        }
        return false;
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) return false;
        }
        return true;
    }

    private static Vector tryLogical(String[] x, boolean[] na, boolean[] blank) {
        int[] v = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            if (na[i] || blank[i]) { v[i] = LogicalVector.NA; continue; }
            switch (x[i]) {
                case "T": case "TRUE": v[i] = 1; break;
                case "F": case "FALSE": v[i] = 0; break;
                default: return null;
            }
        }
        return new LogicalVector(v);
    }

    private static Vector tryInteger(String[] x, boolean[] na, boolean[] blank) {
        int[] v = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            if (na[i] || blank[i]) { v[i] = IntVector.NA; continue; }
            long p = parseInt(x[i]);
            if (p == Long.MIN_VALUE) return null;
            v[i] = (int) p;
        }
        return new IntVector(v);
    }

    /** strtol(s, 10) over the whole string (leading blanks allowed), within R's integer range; MIN_VALUE if not. */
    static long parseInt(String s) {
        int i = 0, n = s.length();
        while (i < n && isSpace(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) { neg = s.charAt(i) == '-'; i++; }
        if (i == n) return Long.MIN_VALUE;
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return Long.MIN_VALUE;
            v = v * 10 + (c - '0');
            if (v > Integer.MAX_VALUE) return Long.MIN_VALUE;
        }
        return neg ? -v : v;
    }

    private static Vector tryDouble(String[] x, boolean[] na, boolean[] blank, char dec) {
        double[] v = new double[x.length];
        Num num = new Num();
        for (int i = 0; i < x.length; i++) {
            if (na[i] || blank[i]) { v[i] = DoubleVector.NA; continue; }
            String s = x[i];
            int end = parseDouble(s, 0, dec, num);
            if (end < 0 || !isBlankFrom(s, end)) return null;
            v[i] = num.value;
        }
        return new DoubleVector(v);
    }

    private static Vector tryComplex(String[] x, boolean[] na, boolean[] blank, char dec) {
        double[] re = new double[x.length], im = new double[x.length];
        Num num = new Num();
        for (int i = 0; i < x.length; i++) {
            if (na[i] || blank[i]) { re[i] = DoubleVector.NA; im[i] = DoubleVector.NA; continue; }
            String s = x[i];
            int end = parseDouble(s, 0, dec, num);
            if (end < 0) return null;
            double a = num.value, b = 0;
            if (end < s.length() && s.charAt(end) == 'i') {
                b = a;
                a = 0;
                end++;
            } else if (end < s.length() && (s.charAt(end) == '+' || s.charAt(end) == '-')) {
                int e2 = parseDouble(s, end, dec, num);
                if (e2 < 0 || e2 >= s.length() || s.charAt(e2) != 'i') return null;
                b = num.value;
                end = e2 + 1;
            }
            if (!isBlankFrom(s, end)) return null;
            re[i] = a;
            im[i] = b;
        }
        return new ComplexVector(re, im);
    }

    private static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B; }

    private static boolean isBlankFrom(String s, int from) {
        for (int i = from; i < s.length(); i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    /**
     * Parses a number at {@code from} as R_strtod does (leading blanks, sign, NA, Inf/infinity,
     * NaN, hex with optional binary exponent, decimal with optional exponent, {@code dec} as
     * decimal point); returns the index after it, or -1 when there is no number.
     */
    static int parseDouble(String s, int from, char dec, Num out) {
        int n = s.length(), i = from;
        while (i < n && isSpace(s.charAt(i))) i++;
        if (s.startsWith("NA", i) && (i + 2 == n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
            out.value = DoubleVector.NA;
            return i + 2;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) { neg = s.charAt(i) == '-'; i++; }
        if (s.regionMatches(true, i, "nan", 0, 3)) {
            out.value = Double.NaN;
            return i + 3;
        }
        if (s.regionMatches(true, i, "inf", 0, 3)) {
            out.value = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return s.regionMatches(true, i, "infinity", 0, 8) ? i + 8 : i + 3;
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            return parseHex(s, i + 2, neg, out);
        }
        int start = i;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        int pointAt = -1;
        if (i < n && s.charAt(i) == dec) {
            pointAt = i;
            i++;
            while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return -1;
        int mantEnd = i;
        int expValue = 0;
        boolean hasExp = false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            boolean eneg = false;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) { eneg = s.charAt(j) == '-'; j++; }
            int ed = 0;
            long ev = 0;
            while (j < n && isDigit(s.charAt(j))) { ev = Math.min(ev * 10 + (s.charAt(j) - '0'), 100000); j++; ed++; }
            // R_strtod accepts a bare "e" (and sign) after the mantissa: "1e" is 1.
            i = j;
            hasExp = ed > 0;
            expValue = (int) (eneg ? -ev : ev);
        }
        double v;
        if (digits <= 15 && !hasExp && pointAt >= 0 && mantEnd - pointAt - 1 <= 22) {
            // at most 15 digits and 22 decimals: an exact integer over an exact power of ten, one correctly rounded division
            long lv = 0;
            for (int k = start; k < mantEnd; k++) {
                char c = s.charAt(k);
                if (c != dec) lv = lv * 10 + (c - '0');
            }
            v = lv / POW10[mantEnd - pointAt - 1];
            out.value = neg ? -v : v;
            return i;
        }
        String mant = s.substring(start, mantEnd);
        if (pointAt >= 0 && dec != '.') mant = mant.replace(dec, '.');
        if (digits <= 15 && !hasExp && pointAt < 0) {
            long lv = 0;
            for (int k = 0; k < mant.length(); k++) lv = lv * 10 + (mant.charAt(k) - '0');
            v = lv;
        } else {
            v = Double.parseDouble(hasExp ? mant + "e" + expValue : mant);
        }
        out.value = neg ? -v : v;
        return i;
    }

    /** 10^0 .. 10^22, all exact doubles. */
    private static final double[] POW10 = new double[23];
    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private static int parseHex(String s, int i, boolean neg, Num out) {
        int n = s.length();
        double v = 0;
        int digits = 0;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0) { v = v * 16 + Character.digit(s.charAt(i), 16); i++; digits++; }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
                v = v * 16 + Character.digit(s.charAt(i), 16);
                i++;
                fracDigits++;
            }
        }
        if (digits + fracDigits == 0) return -1;
        int exp = -4 * fracDigits;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            int j = i + 1;
            boolean eneg = false;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) { eneg = s.charAt(j) == '-'; j++; }
            int ev = 0;
            while (j < n && isDigit(s.charAt(j))) { ev = Math.min(ev * 10 + (s.charAt(j) - '0'), 100000); j++; }
            exp += eneg ? -ev : ev;
            i = j;
        }
        v = v * Math.pow(2, exp);
        out.value = neg ? -v : v;
        return i;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** A factor with the sorted unique non-NA values as levels (as factor() makes in the C.UTF-8 locale). */
    public static IntVector factor(String[] x) {
        Map<String, Integer> seen = new HashMap<>();
        for (String s : x) if (s != StringVector.NA) seen.putIfAbsent(s, 0);
        String[] levels = seen.keySet().toArray(new String[0]);
        Arrays.sort(levels, Collation::compare);
        for (int i = 0; i < levels.length; i++) seen.put(levels[i], i + 1);
        int[] codes = new int[x.length];
        for (int i = 0; i < x.length; i++) codes[i] = x[i] == StringVector.NA ? IntVector.NA : seen.get(x[i]);
        IntVector f = new IntVector(codes);
        f.setAttributeRaw("levels", new StringVector(levels));
        f.setAttributeRaw("class", StringVector.of("factor"));
        return f;
    }
}
