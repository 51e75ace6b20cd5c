package org.rlambda.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One compiled R pattern: fixed (a literal string), POSIX extended as GNU R's TRE reads it, or
 * Perl (PCRE), the last two translated to java.util.regex. Matching is exposed as "find the
 * next match from a char index" so that callers implement R's own iteration rules.
 */
public final class RRegex {
    /** Thrown for patterns the engine rejects; carries the engine's own reason text. */
    public static final class Invalid extends RuntimeException {
        public final String reason;
        public final boolean perl;

        Invalid(String reason, boolean perl) {
            super(reason, null, false, false);
            this.reason = reason;
            this.perl = perl;
        }
    }

    private final String literal;        // fixed = TRUE
    private final boolean ignoreCaseLiteral;
    private final Pattern pattern;
    private final boolean longest;       // POSIX: extend Java's match to the longest at its start
    private Matcher m;
    private String text;
    private int start = -1;
    private int end = -1;

    private RRegex(String literal, boolean ignoreCase, Pattern pattern, boolean longest) {
        this.literal = literal;
        this.ignoreCaseLiteral = ignoreCase;
        this.pattern = pattern;
        this.longest = longest;
    }

    public static RRegex compile(String pat, boolean fixed, boolean perl, boolean ignoreCase) {
        if (fixed) return new RRegex(pat, ignoreCase, null, false);
        EreTranslation ere = perl ? null : new EreTranslation(pat);
        String java = perl ? translatePerl(pat) : ere.java;
        int flags = perl ? Pattern.UNIX_LINES : Pattern.DOTALL;
        if (ignoreCase) flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return new RRegex(null, false, Pattern.compile(java, flags), ere != null && ere.needsLongest);
        } catch (PatternSyntaxException e) {
            throw new Invalid(perl ? perlReason(e) : "Invalid regexp", perl);
        }
    }

    public boolean isFixed() { return literal != null; }

    /** Finds the first match starting at or after char index {@code from}; false when none. */
    public boolean find(String s, int from) { return search(s, from, false); }

    /**
     * Finds the first match in {@code s} from {@code from} on as if {@code s.substring(from)} were
     * the whole subject ({@code ^}, {@code \\b} and lookbehinds see no text before it), which is how
     * GNU R's strsplit reads the rest of a string, without copying that rest.
     */
    public boolean findInRest(String s, int from) { return search(s, from, true); }

    private boolean search(String s, int from, boolean restIsSubject) {
        if (literal != null) {
            int i = ignoreCaseLiteral ? indexOfIgnoreCase(s, literal, from) : s.indexOf(literal, from);
            if (i < 0 || from > s.length()) return false;
            start = i;
            end = i + literal.length();
            return true;
        }
        if (text != s || m == null) {
            m = pattern.matcher(s);
            text = s;
        }
        m.useTransparentBounds(false).useAnchoringBounds(true);
        boolean found;
        if (restIsSubject) {
            m.region(from, s.length());
            found = m.find();
        } else {
            found = from <= s.length() && m.find(from); // find(int) resets any region
        }
        if (!found) return false;
        start = m.start();
        end = m.end();
        // a rest-only search keeps the text before from hidden (opaque trial regions);
        // "$" is \z, which needs no lookahead
        if (longest && end < s.length()) end = extendToLongest(m, s, start, end, !restIsSubject);
        return true;
    }

    /**
     * POSIX picks, among the matches at the leftmost start, the longest; Java picks the first
     * alternative that succeeds. Tries longer regions from the match start while the matcher
     * still reads up to the region end (hitEnd): once no path gets that far, none can be longer.
     */
    private static int extendToLongest(Matcher m, String s, int start, int end, boolean transparent) {
        m.useTransparentBounds(transparent).useAnchoringBounds(false);
        int best = end;
        for (int e = end + 1; e <= s.length(); e++) {
            m.region(start, e);
            if (m.matches()) best = e;
            else if (!m.hitEnd()) break;
        }
        m.region(start, best);
        m.matches(); // leaves the groups of the chosen match
        return best;
    }

    public int start() { return start; }

    public int end() { return end; }

    public int groupCount() { return literal != null ? 0 : m.groupCount(); }

    /** Start of group g of the last match, -1 when the group did not take part. */
    public int start(int g) { return g == 0 ? start : m.start(g); }

    public int end(int g) { return g == 0 ? end : m.end(g); }

    private static int indexOfIgnoreCase(String s, String lit, int from) {
        int n = lit.length();
        for (int i = Math.max(0, from); i + n <= s.length(); i++) {
            if (s.regionMatches(true, i, lit, 0, n)) return i;
        }
        return -1;
    }

    // ------------------------------------------------------------------ POSIX ERE (TRE)

    /** TRE's reading of a POSIX extended regular expression, as a java.util.regex pattern. */
    static String translateExtended(String p) {
        return new EreTranslation(p).java;
    }

    /**
     * One ERE pattern translated. Also records whether Java's first-alternative-wins backtracking
     * can end a match earlier than POSIX's leftmost-longest rule would: that is only possible
     * with alternation or with a repeated group.
     */
    static final class EreTranslation {
        final String java;
        boolean needsLongest;

        EreTranslation(String p) {
            StringBuilder out = new StringBuilder(p.length() + 16);
            int n = p.length();
            java.util.ArrayDeque<Integer> groups = new java.util.ArrayDeque<>();
            boolean atomStart = true;  // a repetition operator here has nothing to repeat: TRE ignores it
            boolean quantified = false; // the last atom already carries a repetition operator
            boolean lastWasGroup = false;
            int lastAtom = 0;           // where the last atom starts in out
            int groupCount = 0;
            int maxBackref = 0;
            for (int i = 0; i < n; i++) {
                char c = p.charAt(i);
                if (c == '*' || c == '+' || c == '?' || c == '{') {
                    int close = c == '{' ? interval(p, i) : i;
                    if (close < 0) appendRepetition(p, i, close, out); // throws TRE's error
                    if (atomStart) {          // e.g. "*a", "(*a)", "a|+b", "{1}a": the operator repeats nothing
                        i = close;
                        continue;
                    }
                    if (quantified) {
                        if (c == '?' && p.charAt(i - 1) != '?') { out.append('?'); continue; } // minimal repetition
                        if (c != '{') throw new Invalid("Invalid use of repetition operators", false);
                        out.insert(lastAtom, "(?:").append(')'); // a{1,2}{3} repeats the repeated atom
                    }
                    if (lastWasGroup) needsLongest = true;
                    appendRepetition(p, i, close, out);
                    i = close;
                    quantified = true;
                    continue;
                }
                quantified = false;
                lastWasGroup = false;
                switch (c) {
                    case '\\': {
                        if (i + 1 >= n) throw new Invalid("Trailing backslash", false);
                        lastAtom = out.length();
                        char d = p.charAt(++i);
                        if (d >= '1' && d <= '9') maxBackref = Math.max(maxBackref, d - '0');
                        i = escape(p, i, d, out, false);
                        atomStart = false;
                        break;
                    }
                    case '[':
                        lastAtom = out.length();
                        i = bracket(p, i, out, false);
                        atomStart = false;
                        break;
                    case '(':
                        groupCount++;
                        groups.push(out.length());
                        out.append('(');
                        atomStart = true;
                        break;
                    case ')':
                        if (groups.isEmpty()) {
                            lastAtom = out.length();
                            out.append("\\)");
                        } else {
                            lastAtom = groups.pop();
                            out.append(')');
                            lastWasGroup = true;
                        }
                        atomStart = false;
                        break;
                    case '|':
                        out.append('|');
                        needsLongest = true;
                        atomStart = true;
                        break;
                    case '}':
                        lastAtom = out.length();
                        out.append("\\}");
                        atomStart = false;
                        break;
                    case '$':
                        lastAtom = out.length();
                        out.append("\\z"); // the very end only (Java's $ also matches before a final newline)
                        atomStart = false;
                        break;
                    case '^':
                        out.append('^');
                        atomStart = true;
                        break;
                    case '.':
                        lastAtom = out.length();
                        out.append('.');
                        atomStart = false;
                        break;
                    default:
                        lastAtom = out.length();
                        appendLiteral(out, c);
                        atomStart = false;
                }
            }
            if (!groups.isEmpty()) throw new Invalid("Missing ')'", false);
            if (maxBackref > groupCount) throw new Invalid("Invalid back reference", false);
            java = out.toString();
        }

        /** Appends *, +, ? or the interval p[i..close] in Java syntax ({,n} is {0,n} in TRE). */
        private static void appendRepetition(String p, int i, int close, StringBuilder out) {
            char c = p.charAt(i);
            if (c != '{') { out.append(c); return; }
            if (close < 0) {
                int j = i + 1;
                while (j < p.length() && (Character.isDigit(p.charAt(j)) || p.charAt(j) == ',')) j++;
                throw new Invalid(j >= p.length() ? "Missing '}'" : "Invalid contents of {}", false);
            }
            String body = p.substring(i + 1, close);
            int comma = body.indexOf(',');
            if (comma == 0) body = "0" + body;
            if (comma > 0 && comma < body.length() - 1) {
                long lo = Long.parseLong(body.substring(0, comma));
                long hi = Long.parseLong(body.substring(comma + 1));
                if (hi < lo) throw new Invalid("Invalid contents of {}", false);
            }
            out.append('{').append(body).append('}');
        }
    }

    /** The index of the '}' closing a valid {m}, {m,} or {m,n} at {@code i}, else -1. */
    private static int interval(String p, int i) {
        int j = i + 1, n = p.length();
        int digits = 0;
        while (j < n && Character.isDigit(p.charAt(j))) { j++; digits++; }
        if (j < n && p.charAt(j) == ',') {
            j++;
            while (j < n && Character.isDigit(p.charAt(j))) j++;
        } else if (digits == 0) {
            return -1;
        }
        if (j == i + 2 && p.charAt(i + 1) == ',') return -1; // "{,}"
        return j < n && p.charAt(j) == '}' ? j : -1;
    }

    private static final String TRE_WORD = "\\p{IsAlphabetic}\\p{Nd}_";

    /** A backslash escape outside brackets; returns the index of its last character. */
    private static int escape(String p, int i, char d, StringBuilder out, boolean perl) {
        // TRE's classes follow the locale (UTF-8): \\w is any letter or digit, \\s any Unicode
        // space, but \\d only 0-9
        switch (d) {
            case 'w': out.append('[').append(TRE_WORD).append(']'); return i;
            case 'W': out.append("[^").append(TRE_WORD).append(']'); return i;
            case 's': out.append('[').append(posixClass("space", false)).append(']'); return i;
            case 'S': out.append("[^").append(posixClass("space", false)).append(']'); return i;
            case 'd': out.append("[0-9]"); return i;
            case 'D': out.append("[^0-9]"); return i;
            case 'b': case 'B':
            case 'n': case 't': case 'r': case 'f': case 'v': case 'e':
                out.append('\\').append(d);
                return i;
            case '<':
                out.append("\\b(?=[").append(TRE_WORD).append("])");
                return i;
            case '>':
                out.append("\\b(?<=[").append(TRE_WORD).append("])");
                return i;
            default:
                if (d >= '1' && d <= '9') {
                    out.append('\\').append(d);
                    return i;
                }
                appendLiteral(out, d);
                return i;
        }
    }

    private static void appendLiteral(StringBuilder out, char c) {
        if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) out.append('\\');
        out.append(c);
    }

    /**
     * A bracket expression starting at {@code p[i] == '['}, written as a Java character class;
     * returns the index of its closing ']'. POSIX rules: a leading ']' is literal, backslash is
     * literal (TRE) or an escape (PCRE), [:class:] names, ranges.
     */
    private static int bracket(String p, int i, StringBuilder out, boolean perl) {
        int n = p.length();
        int j = i + 1;
        StringBuilder cls = new StringBuilder("[");
        if (j < n && p.charAt(j) == '^') {
            cls.append('^');
            j++;
        }
        boolean first = true;
        while (true) {
            if (j >= n) throw new Invalid(perl ? "missing terminating ] for character class" : "Missing ']'", perl);
            char c = p.charAt(j);
            if (c == ']' && !first) break;
            first = false;
            if (c == '[' && j + 1 < n && (p.charAt(j + 1) == ':' || p.charAt(j + 1) == '=' || p.charAt(j + 1) == '.')) {
                char kind = p.charAt(j + 1);
                int close = p.indexOf(kind + "]", j + 2);
                if (close < 0) throw new Invalid(perl ? "missing terminating ] for character class" : "Missing ']'", perl);
                String name = p.substring(j + 2, close);
                if (kind == ':') {
                    String c2 = posixClass(name, perl);
                    if (c2 == null) throw new Invalid(perl ? "unknown POSIX class name" : "Unknown character class name", perl);
                    cls.append(c2);
                } else {
                    for (char ch : name.toCharArray()) appendClassLiteral(cls, ch);
                }
                j = close + 2;
                continue;
            }
            if (perl && c == '\\' && j + 1 < n) {
                char d = p.charAt(j + 1);
                if ("dDwWsShHvV".indexOf(d) >= 0 || d == 'p' || d == 'P') {
                    cls.append('\\').append(d);
                    j += 2;
                    if ((d == 'p' || d == 'P') && j < n && p.charAt(j) == '{') {
                        int close = p.indexOf('}', j);
                        cls.append(p, j, close + 1);
                        j = close + 1;
                    }
                    continue;
                }
                String esc = classEscape(d);
                j += 2;
                c = esc != null ? esc.charAt(0) : d;
                if (d == 'x') {
                    int[] hx = hexEscape(p, j);
                    c = (char) hx[0];
                    j = hx[1];
                }
                if (j + 1 < n && p.charAt(j) == '-' && p.charAt(j + 1) != ']') {
                    j = range(p, j, c, cls, perl);
                    continue;
                }
                appendClassLiteral(cls, c);
                continue;
            }
            j++;
            if (j + 1 < n && p.charAt(j) == '-' && p.charAt(j + 1) != ']') {
                j = range(p, j, c, cls, perl);
                continue;
            }
            appendClassLiteral(cls, c);
        }
        cls.append(']');
        if (cls.toString().equals("[^]")) cls.setLength(0);
        out.append(cls);
        return j;
    }

    /** A range lo-hi where p[j] is '-'; returns the index after hi. */
    private static int range(String p, int j, char lo, StringBuilder cls, boolean perl) {
        char hi = p.charAt(j + 1);
        int next = j + 2;
        if (perl && hi == '\\' && j + 2 < p.length()) {
            String esc = classEscape(p.charAt(j + 2));
            hi = esc != null ? esc.charAt(0) : p.charAt(j + 2);
            next = j + 3;
            if (p.charAt(j + 2) == 'x') {
                int[] hx = hexEscape(p, next);
                hi = (char) hx[0];
                next = hx[1];
            }
        }
        if (hi < lo) throw new Invalid(perl ? "range out of order in character class" : "Invalid character range", perl);
        appendClassLiteral(cls, lo);
        cls.append('-');
        appendClassLiteral(cls, hi);
        return next;
    }

    /** PCRE's \\xhh or \\x{h...} after the 'x' at {@code j}: {code point, index after it}. */
    private static int[] hexEscape(String p, int j) {
        int n = p.length();
        if (j < n && p.charAt(j) == '{') {
            int close = p.indexOf('}', j);
            if (close < 0) throw new Invalid("missing terminating } in \\x{}", true);
            return new int[] {Integer.parseInt(p.substring(j + 1, close), 16), close + 1};
        }
        int k = j;
        while (k < n && k < j + 2 && Character.digit(p.charAt(k), 16) >= 0) k++;
        return new int[] {k == j ? 0 : Integer.parseInt(p.substring(j, k), 16), k};
    }

    private static String classEscape(char d) {
        switch (d) {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'f': return "\f";
            default: return null;
        }
    }

    private static void appendClassLiteral(StringBuilder cls, char c) {
        if (c < 0x20 || c == 0x7F) { cls.append(String.format("\\x{%x}", (int) c)); return; }
        if ("[]\\^-&".indexOf(c) >= 0) cls.append('\\');
        cls.append(c);
    }

    /** The Java class body for [:name:]; Unicode-aware under TRE (UTF-8 locale), ASCII under PCRE. */
    private static String posixClass(String name, boolean perl) {
        switch (name) {
            case "alpha": return perl ? "a-zA-Z" : "\\p{IsAlphabetic}";
            case "digit": return "0-9";
            case "alnum": return perl ? "a-zA-Z0-9" : "\\p{IsAlphabetic}0-9";
            case "upper": return perl ? "A-Z" : "\\p{IsUppercase}";
            case "lower": return perl ? "a-z" : "\\p{IsLowercase}";
            case "space": return perl ? " \\t\\n\\r\\f\\x0B" : "\\s\\x{85}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{205F}\\x{3000}\\x{1680}";
            case "blank": return " \\t";
            case "punct": return perl ? "\\p{Punct}" : "\\p{Punct}\\p{IsPunctuation}\\p{InCurrency_Symbols}\\p{Sm}\\p{Sk}\\p{So}";
            case "cntrl": return "\\p{Cntrl}";
            case "print": return perl ? "\\x20-\\x7E" : "\\P{C}";
            case "graph": return perl ? "\\x21-\\x7E" : "[^\\p{C}\\p{Z}]";
            case "xdigit": return "0-9A-Fa-f";
            case "word": return perl ? "\\w" : null;
            case "ascii": return perl ? "\\x00-\\x7F" : null;
            default: return null;
        }
    }

    // ------------------------------------------------------------------ PCRE

    /** A PCRE pattern as java.util.regex reads it: POSIX classes, (?P<..>) names, literal '[' in classes. */
    static String translatePerl(String p) {
        StringBuilder out = new StringBuilder(p.length() + 16);
        // leading PCRE verbs: (*UCP) makes \\w, \\d, \\s and POSIX classes Unicode-aware
        while (p.startsWith("(*")) {
            int close = p.indexOf(')');
            String verb = close < 0 ? "" : p.substring(2, close);
            if (verb.equals("UCP")) out.append("(?U)");
            else if (!verb.equals("UTF") && !verb.equals("UTF8") && !verb.startsWith("LF")
                    && !verb.startsWith("CR") && !verb.startsWith("ANY")) break;
            p = p.substring(close + 1);
        }
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) throw new Invalid("\\ at end of pattern", true);
                char d = p.charAt(i + 1);
                if (d == 'Q') {
                    int e = p.indexOf("\\E", i + 2);
                    String lit = e < 0 ? p.substring(i + 2) : p.substring(i + 2, e);
                    out.append(Pattern.quote(lit));
                    i = e < 0 ? n : e + 1;
                    continue;
                }
                out.append(c).append(d);
                i++;
                continue;
            }
            if (c == '[') {
                i = bracket(p, i, out, true);
                continue;
            }
            if (c == '(' && p.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 3;
                continue;
            }
            if (c == '(' && p.startsWith("(?P=", i)) {
                int close = p.indexOf(')', i);
                out.append("\\k<").append(p, i + 4, close).append('>');
                i = close;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String perlReason(PatternSyntaxException e) {
        String d = e.getDescription();
        if (d.startsWith("Unclosed group")) return "missing closing parenthesis";
        if (d.startsWith("Unclosed character class")) return "missing terminating ] for character class";
        if (d.startsWith("Unmatched closing ')'")) return "unmatched closing parenthesis";
        if (d.startsWith("Dangling meta character")) return "quantifier does not follow a repeatable item";
        if (d.startsWith("Illegal repetition")) return "quantifier does not follow a repeatable item";
        if (d.contains("Look-behind")) return "lookbehind assertion is not fixed length";
        return d;
    }
}
