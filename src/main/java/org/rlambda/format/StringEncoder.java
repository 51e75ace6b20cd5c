package org.rlambda.format;

import org.rlambda.sexp.StringVector;

/**
 * How GNU R shows a string in print(): optional quotes, backslash escapes for control
 * characters, the quote character and backslash, \\u escapes for unprintable code points,
 * padded to a field measured in display columns (wide East Asian characters count 2).
 */
public final class StringEncoder {
    private StringEncoder() {}

    /**
     * Display width of {@code s} as encoded (Rstrwid): escapes count their full length; the
     * quote character (0 for none) counts 2 when it must be escaped. Quotes themselves are not counted.
     */
    public static int width(String s, char quote) {
        int len = 0;
        for (int i = 0; i < s.length(); ) {
            int k = s.codePointAt(i);
            i += Character.charCount(k);
            if (k >= 0x20 && k < 0x7f) {
                if (k == '\\') len += 2;
                else if (k == '\'' || k == '"' || k == '`') len += (quote == k) ? 2 : 1;
                else len++;
            } else if (k < 0x80) {
                len += isCEscape(k) ? 2 : 4;
            } else if (CharWidth.escaped(k)) {
                len += k > 0xffff ? 10 : 6;
            } else {
                len += CharWidth.width(k);
            }
        }
        return len;
    }

    private static boolean isCEscape(int k) {
        switch (k) {
            case 7: case 8: case 12: case 10: case 13: case 9: case 11: case 0: return true;
            default: return false;
        }
    }

    /** The escaped form of {@code s} without quotes or padding (quote char escaped if non-zero). */
    public static String escape(String s, char quote) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendEscaped(sb, s, quote);
        return sb.toString();
    }

    static void appendEscaped(StringBuilder q, String s, char quote) {
        for (int i = 0; i < s.length(); ) {
            int k = s.codePointAt(i);
            i += Character.charCount(k);
            if (k >= 0x20 && k < 0x7f) {
                if (k == '\\') q.append("\\\\");
                else if ((k == '\'' || k == '"' || k == '`') && quote == k) q.append('\\').append((char) k);
                else q.append((char) k);
            } else if (k < 0x80) {
                switch (k) {
                    case 7: q.append("\\a"); break;
                    case 8: q.append("\\b"); break;
                    case 12: q.append("\\f"); break;
                    case 10: q.append("\\n"); break;
                    case 13: q.append("\\r"); break;
                    case 9: q.append("\\t"); break;
                    case 11: q.append("\\v"); break;
                    case 0: q.append("\\0"); break;
                    default:
                        q.append('\\').append((char) ('0' + ((k >> 6) & 7)))
                         .append((char) ('0' + ((k >> 3) & 7))).append((char) ('0' + (k & 7)));
                }
            } else if (CharWidth.escaped(k)) {
                if (k > 0xffff) q.append(String.format("\\U{%06x}", k));
                else q.append(String.format("\\u%04x", k));
            } else {
                q.appendCodePoint(k);
            }
        }
    }

    /**
     * EncodeString: {@code s} escaped, quoted with {@code quote} (0 for none) and padded to
     * {@code w} columns. NA (the {@link StringVector#NA} sentinel) shows as {@code naString}
     * without quotes.
     */
    public static String encode(String s, int w, char quote, Justify justify, String naString) {
        StringBuilder q = new StringBuilder();
        int width;
        String body;
        boolean quoted = quote != 0;
        if (StringVector.isNA(s)) {
            body = naString;
            width = width(naString, (char) 0);
            quoted = false;
        } else {
            body = null;
            width = width(s, quote);
        }
        int b = w - width - (quoted ? 2 : 0);
        if (justify == Justify.NONE) b = 0;
        if (b > 0 && justify != Justify.LEFT) {
            int b0 = justify == Justify.CENTRE ? b / 2 : b;
            q.append(Pad.spaces(b0));
            b -= b0;
        }
        if (quoted) q.append(quote);
        if (body != null) q.append(body); else appendEscaped(q, s, quote);
        if (quoted) q.append(quote);
        if (b > 0 && justify != Justify.RIGHT) q.append(Pad.spaces(b));
        return q.toString();
    }

    /** Field width needed for the strings of {@code x[from, from+n)} (formatString). */
    public static int commonWidth(String[] x, int from, int n, char quote, int naWidth) {
        int max = 0;
        for (int i = from; i < from + n; i++) {
            int l = StringVector.isNA(x[i]) ? naWidth : width(x[i], quote) + (quote != 0 ? 2 : 0);
            if (l > max) max = l;
        }
        return max;
    }
}
