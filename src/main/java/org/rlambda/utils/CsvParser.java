package org.rlambda.utils;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into records of fields the way GNU R's scan() does for read.table.
 * With a separator character, every separator ends a field, a quote character anywhere in a
 * field opens a quoted section (a doubled quote inside it is one quote character; separators
 * and newlines inside it are data). Without one ({@code sep = ""}), fields are runs of
 * non-blank characters and a quote opens a quoted section only at the start of a field.
 * The comment character ends a line outside quotes. Fields without quotes are substrings of
 * the input, so the common case allocates one string per field.
 */
public final class CsvParser {
    /** Parsing options (GNU R's scan() argument names). */
    public static final class Options {
        /** The separator, or 0 for runs of white space. */
        public char sep;
        public String quote = "\"'";
        /** The comment character, or 0 for none. */
        public char comment;
        public boolean stripWhite;
        public boolean allowEscapes;
    }

    private final String s;
    private final char[] buf;
    private final int n;
    /** ASCII characters that end or change a plain run in separated mode. */
    private final boolean[] special = new boolean[128];
    private final Options o;
    private int pos;
    private int line = 1;
    private final StringBuilder sb = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    /** The physical line (1-based) where the last record returned by {@link #next} started. */
    public int recordLine;
    /** True when the text ended inside a quoted field. */
    public boolean eofInQuote;

    public CsvParser(String text, Options options) {
        this.s = text;
        this.buf = text.toCharArray();
        this.n = text.length();
        this.o = options;
        mark(options.sep);
        mark('\n');
        mark('\r');
        mark(options.comment);
        for (int i = 0; i < options.quote.length(); i++) mark(options.quote.charAt(i));
        if (options.allowEscapes) mark('\\');
    }

    private void mark(char c) { if (c != 0 && c < 128) special[c] = true; }

    private boolean isSpecial(char c) { return c < 128 ? special[c] : (c == o.sep || isQuote(c) || c == o.comment); }

    public boolean atEnd() { return pos >= n; }

    /** The physical line number (1-based) of the next unread character. */
    public int line() { return line; }

    /** Skips {@code k} physical lines (GNU R's skip=, which ignores quotes). */
    public void skipLines(int k) {
        for (int i = 0; i < k && pos < n; i++) {
            while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') pos++;
            consumeNewline();
        }
    }

    /** The unparsed text of the next physical line, without consuming it (for error messages). */
    public String peekLine() {
        int e = pos;
        while (e < n && s.charAt(e) != '\n' && s.charAt(e) != '\r') e++;
        return s.substring(pos, e);
    }

    private void consumeNewline() {
        if (pos < n) {
            char c = s.charAt(pos);
            if (c == '\r') {
                pos++;
                if (pos < n && s.charAt(pos) == '\n') pos++;
                line++;
            } else if (c == '\n') {
                pos++;
                line++;
            }
        }
    }

    /**
     * The fields of the next record (a quoted newline continues a record over several lines);
     * an empty array for a blank or comment-only line; null at the end of the text.
     */
    public String[] next() {
        if (pos >= n) return null;
        recordLine = line;
        fields.clear();
        if (o.sep == 0) whitespaceRecord();
        else separatedRecord();
        return fields.toArray(new String[0]);
    }

    private boolean isQuote(char c) { return o.quote.indexOf(c) >= 0; }

    private static boolean isBlank(char c) { return c == ' ' || c == '\t'; }

    private void separatedRecord() {
        char sep = o.sep;
        boolean any = false;
        while (true) {
            int start = pos;
            boolean simple = true;
            int protectedLen = 0;
            boolean sawQuote = false;
            sb.setLength(0);
            char c = 0;
            while (pos < n) {
                c = buf[pos];
                if (!isSpecial(c)) {
                    // the common case: a plain character of an unquoted field
                    if (!simple) sb.append(c);
                    pos++;
                    continue;
                }
                if (c == sep || c == '\n' || c == '\r') break;
                if (c == o.comment && o.comment != 0) break;
                if (isQuote(c)) {
                    if (simple) {
                        sb.append(s, start, pos);
                        simple = false;
                    }
                    // strip.white drops the blanks before an opening quote, never those inside
                    if (o.stripWhite && !sawQuote && TypeConvert.isBlank(sb.toString())) sb.setLength(0);
                    readQuoted(c, true);
                    sawQuote = true;
                    protectedLen = sb.length();
                    continue;
                }
                if (c == '\\' && o.allowEscapes) {
                    if (simple) {
                        sb.append(s, start, pos);
                        simple = false;
                    }
                    escape();
                    continue;
                }
                if (!simple) sb.append(c);
                pos++;
            }
            String f = simple ? s.substring(start, pos) : sb.toString();
            if (o.stripWhite) f = strip(f, sawQuote ? protectedLen : 0, sawQuote);
            boolean endOfLine = pos >= n || c != sep || c == '\n' || c == '\r';
            if (!endOfLine) pos++;
            if (endOfLine && !any && f.isEmpty() && !sawQuote) {
                // a line with nothing on it (before any comment) is blank
                finishLine();
                return;
            }
            any = true;
            fields.add(f);
            if (endOfLine) {
                finishLine();
                return;
            }
        }
    }

    /** Strips blanks: leading ones when no quote came first, trailing ones after the last quoted text. */
    private static String strip(String f, int protectedLen, boolean quoted) {
        int b = 0, e = f.length();
        if (!quoted) while (b < e && isBlank(f.charAt(b))) b++;
        while (e > Math.max(b, protectedLen) && isBlank(f.charAt(e - 1))) e--;
        return f.substring(b, e);
    }

    /** At a newline, a comment character or the end: skips the rest of the line and the newline. */
    private void finishLine() {
        while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') pos++;
        consumeNewline();
    }

    /** Reads a quoted section starting at the opening quote at {@code pos}, appending its content to sb. */
    private void readQuoted(char q, boolean doubledIsQuote) {
        pos++;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == q) {
                if (doubledIsQuote && pos + 1 < n && s.charAt(pos + 1) == q) {
                    sb.append(q);
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            if (c == '\\' && (o.allowEscapes || (o.sep == 0 && pos + 1 < n && s.charAt(pos + 1) == q))) {
                escape();
                continue;
            }
            if (c == '\r') {
                sb.append('\n');
                pos++;
                if (pos < n && s.charAt(pos) == '\n') pos++;
                line++;
                continue;
            }
            if (c == '\n') line++;
            sb.append(c);
            pos++;
        }
        eofInQuote = true;
    }

    /** A backslash escape at {@code pos}: \n, \t and friends, anything else stands for itself. */
    private void escape() {
        if (pos + 1 >= n) {
            sb.append('\\');
            pos++;
            return;
        }
        char e = s.charAt(pos + 1);
        switch (e) {
            case 'n': sb.append('\n'); break;
            case 't': sb.append('\t'); break;
            case 'r': sb.append('\r'); break;
            case '0': sb.append('\0'); break;
            case 'a': sb.append('\007'); break;
            case 'b': sb.append('\b'); break;
            case 'f': sb.append('\f'); break;
            case 'v': sb.append('\013'); break;
            default: sb.append(e);
        }
        pos += 2;
    }

    private void whitespaceRecord() {
        while (true) {
            while (pos < n && isBlank(s.charAt(pos))) pos++;
            if (pos >= n) return;
            char c = s.charAt(pos);
            if (c == '\n' || c == '\r' || (c == o.comment && o.comment != 0)) {
                finishLine();
                return;
            }
            int start = pos;
            boolean simple = true;
            sb.setLength(0);
            if (isQuote(c)) {
                // a quoted field ends at its closing quote: 'ab'cd is two fields
                readQuoted(c, false);
                fields.add(sb.toString());
                continue;
            }
            while (pos < n) {
                c = s.charAt(pos);
                if (isBlank(c) || c == '\n' || c == '\r' || (c == o.comment && o.comment != 0)) break;
                if (c == '\\' && o.allowEscapes) {
                    if (simple) {
                        sb.append(s, start, pos);
                        simple = false;
                    }
                    escape();
                    // an escaped blank (\t) separates fields like a real one
                    if (isBlank(sb.charAt(sb.length() - 1))) {
                        sb.setLength(sb.length() - 1);
                        break;
                    }
                    continue;
                }
                if (!simple) sb.append(c);
                pos++;
            }
            fields.add(simple ? s.substring(start, pos) : sb.toString());
        }
    }

    /** Every record of the text (blank lines give empty arrays). */
    public static List<String[]> readAll(String text, Options o) {
        CsvParser p = new CsvParser(text, o);
        List<String[]> out = new ArrayList<>();
        String[] r;
        while ((r = p.next()) != null) out.add(r);
        return out;
    }
}
