package org.rlambda.format;

import java.util.ArrayList;
import java.util.List;

import org.rlambda.sexp.StringVector;

/**
 * prettyNum() applied to already formatted numbers: thousands separators (big.mark), marks in
 * long fractions (small.mark), dropping trailing zeros, showing zeros as zero.print, then
 * restoring a common width ("common") or each element's width ("individual").
 */
public final class PrettyNum {
    private PrettyNum() {}

    public static final class Marks {
        public String bigMark = "";
        public int bigInterval = 3;
        public String smallMark = "";
        public int smallInterval = 5;
        public String decimalMark = ".";
        public String inputDecimalMark = ".";
        public String preserveWidth = "common";
        public Object zeroPrint = null;
        public boolean replaceZero = false;
        public boolean drop0trailing = false;
        /** Whether the strings are formatted complex numbers (the parts are marked separately). */
        public boolean complex = false;
        /** Warnings produced (zero.print truncation). */
        public final List<String> warnings = new ArrayList<>();
    }

    public static String[] prettyNum(String[] x, Marks m) {
        boolean nMark = m.bigMark.isEmpty() && m.smallMark.isEmpty() && m.decimalMark.equals(m.inputDecimalMark);
        boolean nZero = m.zeroPrint == null && !m.drop0trailing;
        if (nMark && nZero) return x;
        if (nMark && !m.drop0trailing) return formatZeros(x, m.zeroPrint, m.replaceZero, m.warnings);
        if (m.complex) return complexParts(x, m);
        if (m.inputDecimalMark.isEmpty()) throw new FormatException("'input.d.mark' has no characters");
        int n = x.length;
        String[] before = new String[n], after = new String[n];
        boolean[] noAfter = new boolean[n];
        for (int i = 0; i < n; i++) {
            String s = x[i];
            if (StringVector.isNA(s)) { before[i] = "NA"; after[i] = ""; noAfter[i] = true; continue; }
            List<String> parts = split(s, m.inputDecimalMark);
            if (parts.size() > 2) {
                String last = parts.get(parts.size() - 1);
                parts = List.of(String.join(m.inputDecimalMark, parts.subList(0, parts.size() - 1)), last);
            }
            before[i] = parts.isEmpty() ? "" : parts.get(0);
            if (parts.size() < 2) { after[i] = ""; noAfter[i] = true; } else after[i] = parts.get(1);
        }
        if (!m.bigMark.isEmpty()) {
            for (int i = 0; i < n; i++) {
                if (hasDigitRun(before[i], m.bigInterval + 1)) before[i] = insertBigMarks(before[i], m.bigMark, m.bigInterval);
            }
        }
        if (!m.smallMark.isEmpty()) {
            for (int i = 0; i < n; i++) {
                if (hasDigitRun(after[i], m.smallInterval + 1)) after[i] = insertSmallMarks(after[i], m.smallMark, m.smallInterval);
            }
        }
        if (m.drop0trailing) {
            for (int i = 0; i < n; i++) {
                if (noAfter[i]) continue;
                String a = after[i];
                if (a.contains("e")) a = a.replaceFirst("e[+-]0+$", "");
                else a = a.replaceFirst("0+$", "");
                after[i] = a;
                noAfter[i] = a.isEmpty();
            }
        }
        String[] r = new String[n];
        for (int i = 0; i < n; i++) r[i] = before[i] + (noAfter[i] ? "" : m.decimalMark) + after[i];
        r = formatZeros(r, m.zeroPrint, m.replaceZero, m.warnings);
        if (!m.preserveWidth.equals("none")) {
            boolean grew = false;
            int[] d = new int[n];
            for (int i = 0; i < n; i++) {
                d[i] = r[i].codePointCount(0, r[i].length()) - (StringVector.isNA(x[i]) ? 2 : x[i].codePointCount(0, x[i].length()));
                if (d[i] > 0) grew = true;
            }
            if (grew) {
                if (m.preserveWidth.equals("individual")) {
                    for (int i = 0; i < n; i++) {
                        if (d[i] <= 0) continue;
                        int k = 0;
                        while (k < d[i] && k < r[i].length() && r[i].charAt(k) == ' ') k++;
                        r[i] = r[i].substring(k);
                    }
                } else {
                    r = Format.formatStrings(r, 0, Justify.RIGHT, true);
                }
            }
        }
        return r;
    }

    private static List<String> split(String s, String sep) {
        // strsplit(fixed = TRUE): a trailing separator yields no empty last piece
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int k = s.indexOf(sep, from);
            if (k < 0) break;
            out.add(s.substring(from, k));
            from = k + sep.length();
        }
        if (from < s.length()) out.add(s.substring(from));
        return out;
    }

    private static boolean hasDigitRun(String s, int len) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) { if (++run >= len) return true; }
            else run = 0;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Marks every {@code interval} digits counted from the right of each digit run, as
     * prettyNum's reversed-string regex does (a mark only between two word characters). */
    static String insertBigMarks(String s, String mark, int interval) {
        String rev = new StringBuilder(s).reverse().toString();
        String rmark = new StringBuilder(mark).reverse().toString();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < rev.length()) {
            if (i + interval <= rev.length() && allDigits(rev, i, i + interval)) {
                out.append(rev, i, i + interval);
                int end = i + interval;
                if (end < rev.length() && isWordChar(rev.charAt(end))) out.append(rmark);
                i = end;
            } else {
                out.append(rev.charAt(i));
                i++;
            }
        }
        return out.reverse().toString();
    }

    static String insertSmallMarks(String s, String mark, int interval) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (i + interval <= s.length() && allDigits(s, i, i + interval)) {
                int end = i + interval;
                out.append(s, i, end);
                if (end < s.length() && isWordChar(s.charAt(end))) out.append(mark);
                i = end;
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static double asNumber(String s) {
        if (StringVector.isNA(s)) return Double.NaN;
        String t = s.trim();
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** .format.zeros: zeros shown as zero.print, keeping the field width unless replace. */
    static String[] formatZeros(String[] x, Object zeroPrint, boolean replace, List<String> warnings) {
        if (zeroPrint == null) return x;
        String zp;
        if (zeroPrint instanceof Boolean) zp = (Boolean) zeroPrint ? "0" : " ";
        else zp = zeroPrint.toString();
        String[] r = x.clone();
        int nz = zp.codePointCount(0, zp.length());
        boolean warned = false;
        for (int i = 0; i < r.length; i++) {
            if (asNumber(r[i]) != 0) continue;
            if (replace) { r[i] = zp; continue; }
            String s = r[i];
            int nc = s.codePointCount(0, s.length());
            if (nc < nz && !warned) {
                warnings.add("'zero.print' is truncated to fit into formatted zeros; consider 'replace=TRUE'");
                warned = true;
            }
            int ind0 = s.indexOf('0') + 1; // 1-based, 0 if absent (regexpr gives -1: i2 then shrinks)
            if (ind0 == 0) ind0 = -1;
            int i2 = Math.min(nc, nz - 1 + ind0);
            int i1 = Math.max(1, i2 - nz + 1);
            StringBuilder sb = new StringBuilder(s);
            // substr<- replaces at most (i2 - i1 + 1) characters with the start of zp
            int len = Math.max(0, i2 - i1 + 1);
            String repl = zp.substring(0, Math.min(zp.length(), len));
            sb.replace(i1 - 1, i1 - 1 + repl.length(), repl);
            if (nc > i2) {
                for (int k = i2; k < nc; k++) sb.setCharAt(k, ' ');
            }
            r[i] = sb.toString();
        }
        return r;
    }

    /** Complex numbers: marks applied to the real and imaginary parts separately. */
    private static String[] complexParts(String[] x, Marks m) {
        String[] r = formatZeros(x, m.zeroPrint, m.replaceZero, m.warnings);
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("^(.*?[0-9] *)([-+])( *[0-9].*)$");
        Marks part = new Marks();
        part.bigMark = m.bigMark; part.bigInterval = m.bigInterval; part.smallMark = m.smallMark;
        part.smallInterval = m.smallInterval; part.decimalMark = m.decimalMark; part.inputDecimalMark = m.inputDecimalMark;
        part.preserveWidth = m.preserveWidth; part.zeroPrint = m.zeroPrint; part.replaceZero = m.replaceZero;
        part.drop0trailing = m.drop0trailing;
        for (int i = 0; i < r.length; i++) {
            if (StringVector.isNA(r[i])) continue;
            java.util.regex.Matcher mt = p.matcher(r[i]);
            if (!mt.matches()) continue;
            String re = mt.group(1), im = mt.group(3);
            boolean hasI = im.endsWith("i");
            if (hasI) im = im.substring(0, im.length() - 1);
            String re2 = prettyNum(new String[] {re}, part)[0];
            String im2 = prettyNum(new String[] {im}, part)[0];
            r[i] = re2 + mt.group(2) + im2 + (hasI ? "i" : "");
        }
        return r;
    }
}
