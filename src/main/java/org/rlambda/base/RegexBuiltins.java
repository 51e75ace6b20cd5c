package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** grep, grepl, sub, gsub, regexpr, gregexpr, regexec, regmatches and regmatches&lt;-. */
public final class RegexBuiltins {
    private RegexBuiltins() { }

    public static void register(Builtins b) {
        b.add("grepl", "pattern, x, ignore.case, perl, fixed, useBytes", (in, call, a, rho) -> {
            Opts o = opts(in, call, a, 2, rho);
            StringVector x = subject(in, a[1], rho);
            int n = x.length();
            int[] r = new int[n];
            if (o.pattern == null) {
                java.util.Arrays.fill(r, LogicalVector.NA);
                return new LogicalVector(r);
            }
            for (int i = 0; i < n; i++) r[i] = !x.isNA(i) && o.re.find(x.get(i), 0) ? 1 : 0;
            return new LogicalVector(r);
        });
        b.add("grep", "pattern, x, ignore.case, perl, value, fixed, useBytes, invert", (in, call, a, rho) -> {
            SEXP[] shifted = {a[0], a[1], a[2], a[3], a[5], a[6]};
            Opts o = opts(in, call, shifted, 2, rho);
            boolean value = RArgs.flag(in, call, a[4], false, "value");
            boolean invert = RArgs.flag(in, call, a[7], false, "invert");
            StringVector x = subject(in, a[1], rho);
            int n = x.length();
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (o.pattern == null) { hits.add(i); continue; }
                // an NA subject never matches, so invert=TRUE selects it
                boolean m = !x.isNA(i) && o.re.find(x.get(i), 0);
                if (m != invert) hits.add(i);
            }
            StringVector names = a[1] instanceof Vector ? ((Vector) a[1]).names() : null;
            if (value) {
                String[] r = new String[hits.size()];
                String[] nm = names == null ? null : new String[hits.size()];
                for (int k = 0; k < r.length; k++) {
                    r[k] = o.pattern == null ? StringVector.NA : x.get(hits.get(k));
                    if (nm != null) nm[k] = names.get(hits.get(k));
                }
                StringVector out = new StringVector(r);
                if (nm != null) out.setAttributeRaw("names", new StringVector(nm));
                return out;
            }
            // indices never carry the subject's names
            int[] r = new int[hits.size()];
            for (int k = 0; k < r.length; k++) r[k] = o.pattern == null ? IntVector.NA : hits.get(k) + 1;
            return new IntVector(r);
        });
        b.add("sub", "pattern, replacement, x, ignore.case, perl, fixed, useBytes",
                (in, call, a, rho) -> substitute(in, call, a, rho, false));
        b.add("gsub", "pattern, replacement, x, ignore.case, perl, fixed, useBytes",
                (in, call, a, rho) -> substitute(in, call, a, rho, true));
        b.add("regexpr", "pattern, text, ignore.case, perl, fixed, useBytes", (in, call, a, rho) -> {
            Opts o = opts(in, call, a, 2, rho);
            if (o.pattern == null) throw in.error(call, "invalid 'pattern' argument");
            StringVector x = subject(in, a[1], rho);
            return regexpr(o, x);
        });
        b.add("gregexpr", "pattern, text, ignore.case, perl, fixed, useBytes", (in, call, a, rho) -> {
            Opts o = opts(in, call, a, 2, rho);
            if (o.pattern == null) throw in.error(call, "invalid 'pattern' argument");
            StringVector x = subject(in, a[1], rho);
            SEXP[] r = new SEXP[x.length()];
            int mode = attrMode(o, x);
            int groups = o.fixed || !o.perl ? 0 : groupCount(o);
            for (int i = 0; i < r.length; i++) r[i] = gregexprOne(o, x, i, mode, groups);
            return new ListVector(r);
        });
        // the engine behind the R closure regexec() (strings.R) for TRE and fixed patterns
        b.add(".regexec", "pattern, text, ignore.case, fixed, useBytes", (in, call, a, rho) -> {
            Opts o = opts(in, call, new SEXP[] {a[0], a[1], a[2], null, a[3], a[4]}, 2, rho);
            if (o.pattern == null) throw in.error(call, "invalid 'pattern' argument");
            StringVector x = subject(in, a[1], rho);
            SEXP[] r = new SEXP[x.length()];
            int mode = attrMode(o, x);
            for (int i = 0; i < r.length; i++) r[i] = regexecOne(o, x, i, mode);
            return new ListVector(r);
        });
        b.add("regmatches", "x, m, invert", (in, call, a, rho) -> {
            StringVector x = subject(in, a[0], rho);
            boolean invert = RArgs.flag(in, call, a[2], false, "invert");
            return RegMatches.get(in, call, x, a[1], invert);
        });
        // closures in GNU R: they show in "Calls:" tracebacks and sys.call()
        b.markClosureLike("regmatches", "grep", "grepl", "sub", "gsub", "regexpr", "gregexpr");
    }

    // ------------------------------------------------------------------ options

    /** A pattern with its engine flags; {@code pattern == null} when it is NA. */
    static final class Opts {
        String pattern;
        RRegex re;
        boolean fixed;
        boolean perl;
        /** Whether the pattern is all ASCII (decides the index.type/useBytes attributes). */
        boolean asciiPattern;
        /** The useBytes argument: positions count UTF-8 bytes. */
        boolean useBytes;
    }

    /**
     * Reads pattern, ignore.case, perl, fixed (at a[0], a[k], a[k+1], a[k+2]), warns as GNU R
     * does about ignored flags, and compiles the pattern (GNU R's warning then error when it is
     * invalid).
     */
    static Opts opts(Interpreter in, Call call, SEXP[] a, int k, Environment rho) {
        // GNU R reads these with asLogical(): NA counts as FALSE
        boolean ignoreCase = optFlag(a[k]);
        boolean perl = optFlag(a[k + 1]);
        boolean fixed = optFlag(a[k + 2]);
        if (a[0] == null) throw in.error(call, "argument \"pattern\" is missing, with no default");
        StringVector pat = a[0] instanceof StringVector ? (StringVector) a[0] : RArgs.asCharacter(in, a[0], rho);
        if (pat.length() < 1) throw in.error(call, "invalid 'pattern' argument");
        if (pat.length() > 1) in.warning(call, "argument 'pattern' has length > 1 and only the first element will be used");
        if (fixed && ignoreCase) {
            in.warning(call, "argument 'ignore.case = TRUE' will be ignored");
            ignoreCase = false;
        }
        if (fixed && perl) {
            in.warning(call, "argument 'perl = TRUE' will be ignored");
            perl = false;
        }
        Opts o = new Opts();
        o.fixed = fixed;
        o.perl = perl;
        o.useBytes = a.length > k + 3 && optFlag(a[k + 3]);
        String p = pat.get(0);
        if (StringVector.isNA(p)) return o;
        o.pattern = p;
        o.asciiPattern = isAscii(p);
        o.re = compile(in, call, p, fixed, perl, ignoreCase);
        return o;
    }

    private static boolean optFlag(SEXP v) {
        if (v == null || !(v instanceof Vector) || v.length() == 0) return false;
        int l = RArgs.logical(v);
        return l != LogicalVector.NA && l != 0;
    }

    static RRegex compile(Interpreter in, Call call, String p, boolean fixed, boolean perl, boolean ignoreCase) {
        try {
            return RRegex.compile(p, fixed, perl, ignoreCase);
        } catch (RRegex.Invalid e) {
            if (e.perl) {
                in.warning(call, "PCRE pattern compilation error\n\t'" + e.reason + "'\n\tat ''");
                throw in.error(call, "invalid regular expression '" + p + "'");
            }
            in.warning(call, "TRE pattern compilation error '" + e.reason + "'");
            throw in.error(call, "invalid regular expression '" + p + "', reason '" + e.reason + "'");
        }
    }

    /** The character vector a regex function works on: as.character(x), factors as labels. */
    static StringVector subject(Interpreter in, SEXP x, Environment rho) {
        if (x == null || x == Null.NULL) return StringVector.EMPTY;
        if (x instanceof StringVector) return (StringVector) x;
        org.rlambda.sexp.SexpType t = x.type();
        if (t == org.rlambda.sexp.SexpType.CLOSURE || t == org.rlambda.sexp.SexpType.BUILTIN
                || t == org.rlambda.sexp.SexpType.SPECIAL || t == org.rlambda.sexp.SexpType.ENVIRONMENT) {
            throw in.error(Call.of("as.character", org.rlambda.sexp.Symbol.get("x")),
                    "cannot coerce type '" + x.type().rName + "' to vector of type 'character'");
        }
        return RArgs.asCharacter(in, x, rho);
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    static boolean allAscii(StringVector x) {
        for (int i = 0; i < x.length(); i++) if (!x.isNA(i) && !isAscii(x.get(i))) return false;
        return true;
    }

    /** 1-based character (code point) position of char index {@code idx}. */
    static int charPos(String s, int idx) { return s.codePointCount(0, idx) + 1; }

    static int charLen(String s, int from, int to) { return s.codePointCount(from, to); }

    // ------------------------------------------------------------------ sub / gsub

    private static SEXP substitute(Interpreter in, Call call, SEXP[] a, Environment rho, boolean global) {
        SEXP[] shifted = {a[0], a[2], a[3], a[4], a[5], a[6]};
        Opts o = opts(in, call, shifted, 2, rho);
        if (o.fixed && "".equals(o.pattern)) throw in.error(call, "zero-length pattern");
        SEXP repArg = a[1] == null ? Null.NULL : a[1];
        StringVector repl = repArg instanceof StringVector ? (StringVector) repArg : RArgs.asCharacter(in, repArg, rho);
        if (repl.length() < 1) throw in.error(call, "invalid 'replacement' argument");
        if (repl.length() > 1) in.warning(call, "argument 'replacement' has length > 1 and only the first element will be used");
        SEXP xArg = a[2] == null ? Null.NULL : a[2];
        StringVector x = subject(in, xArg, rho);
        String rep = repl.get(0);
        int n = x.length();
        String[] r = new String[n];
        Replacement rp = o.pattern == null || StringVector.isNA(rep) ? null : new Replacement(rep, o.fixed, o.perl);
        for (int i = 0; i < n; i++) {
            String s = x.get(i);
            if (StringVector.isNA(s) || o.pattern == null) { r[i] = StringVector.NA; continue; }
            if (rp == null) {
                r[i] = o.re.find(s, 0) ? StringVector.NA : s;
                continue;
            }
            r[i] = replaceAll(o.re, s, rp, global);
        }
        StringVector out = new StringVector(r);
        // a character x keeps all its attributes; anything else went through as.character()
        if (xArg instanceof StringVector) out.copyAttributesFrom(xArg);
        return out;
    }

    /**
     * Replaces the first or every match. An empty match right where the previous non-empty
     * match ended is not a match (GNU R's rule: gsub("b*", "-", "abc") is "-a-c-").
     */
    static String replaceAll(RRegex re, String s, Replacement rp, boolean global) {
        int n = s.length();
        StringBuilder out = null;
        int pos = 0;
        int copied = 0;
        int lastEnd = -1;
        while (pos <= n && re.find(s, pos)) {
            int st = re.start(), en = re.end();
            if (st == en && st == lastEnd) {
                // an empty match adjoining the previous match does not count
                if (st >= n) break;
                pos = st + Character.charCount(s.codePointAt(st));
                continue;
            }
            if (out == null) out = new StringBuilder(n + 16);
            out.append(s, copied, st);
            rp.append(re, s, out);
            copied = en;
            lastEnd = en;
            if (!global) break;
            if (st == en) {
                if (st >= n) break;
                int step = Character.charCount(s.codePointAt(st));
                out.append(s, st, st + step);
                copied = st + step;
                pos = st + step;
            } else {
                pos = en;
            }
        }
        if (out == null) return s;
        out.append(s, Math.min(copied, n), n);
        return out.toString();
    }

    /** A parsed replacement string: literal text, back references \\1-\\9, and perl's \\U \\L \\E. */
    static final class Replacement {
        private final List<Object> parts = new ArrayList<>();   // String, Integer (group), or Character ('U','L','E')

        Replacement(String rep, boolean fixed, boolean perl) {
            if (fixed) {
                parts.add(rep);
                return;
            }
            StringBuilder lit = new StringBuilder();
            for (int i = 0; i < rep.length(); i++) {
                char c = rep.charAt(i);
                if (c != '\\') { lit.append(c); continue; }
                if (i + 1 >= rep.length()) break;
                char d = rep.charAt(++i);
                if (d >= '1' && d <= '9') {
                    flush(lit);
                    parts.add(d - '0');
                } else if (perl && (d == 'U' || d == 'L' || d == 'E')) {
                    flush(lit);
                    parts.add(d);
                } else {
                    lit.append(d);
                }
            }
            flush(lit);
        }

        private void flush(StringBuilder lit) {
            if (lit.length() > 0) {
                parts.add(lit.toString());
                lit.setLength(0);
            }
        }

        void append(RRegex re, String s, StringBuilder out) {
            char mode = 'E';
            for (Object p : parts) {
                String piece;
                if (p instanceof String) piece = (String) p;
                else if (p instanceof Integer) {
                    int g = (Integer) p;
                    if (g > re.groupCount() || re.start(g) < 0) piece = "";
                    else piece = s.substring(re.start(g), re.end(g));
                } else {
                    mode = (Character) p;
                    continue;
                }
                if (mode == 'U') piece = piece.toUpperCase();
                else if (mode == 'L') piece = piece.toLowerCase();
                out.append(piece);
            }
        }
    }

    // ------------------------------------------------------------------ regexpr family

    /**
     * GNU R's index.type/useBytes attributes, decided once per call: 2 ("bytes") when useBytes =
     * TRUE was given, 1 ("chars", matched bytewise) when the pattern and every non-NA text are
     * ASCII, 0 (no attributes) otherwise.
     */
    static int attrMode(Opts o, StringVector x) {
        if (o.useBytes) return 2;
        return o.asciiPattern && allAscii(x) ? 1 : 0;
    }

    static void matchAttributes(Vector r, int mode) {
        if (mode > 0) {
            r.setAttributeRaw("index.type", StringVector.of(mode == 2 ? "bytes" : "chars"));
            r.setAttributeRaw("useBytes", LogicalVector.valueOf(true));
        }
    }

    /** 1-based position of char index {@code idx}: in code points, or UTF-8 bytes when mode is 2. */
    static int pos(String s, int idx, int mode) {
        return mode == 2 ? utf8Len(s, 0, idx) + 1 : charPos(s, idx);
    }

    static int len(String s, int from, int to, int mode) {
        return mode == 2 ? utf8Len(s, from, to) : charLen(s, from, to);
    }

    private static int utf8Len(String s, int from, int to) {
        return s.substring(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static SEXP regexpr(Opts o, StringVector x) {
        int n = x.length();
        int mode = attrMode(o, x);
        int[] st = new int[n], len = new int[n];
        int groups = o.re == null || o.fixed || !o.perl ? 0 : groupCount(o);
        int[][] cs = new int[groups][n], cl = new int[groups][n];
        for (int i = 0; i < n; i++) {
            String s = x.get(i);
            if (StringVector.isNA(s) || o.pattern == null) {
                st[i] = IntVector.NA;
                len[i] = IntVector.NA;
                for (int g = 0; g < groups; g++) { cs[g][i] = IntVector.NA; cl[g][i] = IntVector.NA; }
                continue;
            }
            if (o.re.find(s, 0)) {
                st[i] = pos(s, o.re.start(), mode);
                len[i] = len(s, o.re.start(), o.re.end(), mode);
                for (int g = 0; g < groups; g++) {
                    // a group that took no part: PCRE's unset offsets read as start 0, length 0
                    int gs = o.re.start(g + 1);
                    cs[g][i] = gs < 0 ? 0 : pos(s, gs, mode);
                    cl[g][i] = gs < 0 ? 0 : len(s, gs, o.re.end(g + 1), mode);
                }
            } else {
                st[i] = -1;
                len[i] = -1;
                for (int g = 0; g < groups; g++) { cs[g][i] = -1; cl[g][i] = -1; }
            }
        }
        IntVector r = new IntVector(st);
        r.setAttributeRaw("match.length", new IntVector(len));
        matchAttributes(r, mode);
        if (groups > 0) {
            String[] names = groupNames(o.pattern, groups);
            r.setAttributeRaw("capture.start", captureMatrix(cs, n, names));
            r.setAttributeRaw("capture.length", captureMatrix(cl, n, names));
            r.setAttributeRaw("capture.names", new StringVector(names));
        }
        return r;
    }

    private static int groupCount(Opts o) {
        o.re.find("", 0);
        return Pattern.compile(RRegex.translatePerl(o.pattern)).matcher("").groupCount();
    }

    /** Capture group names of a Perl pattern ("" for unnamed groups), in group order. */
    static String[] groupNames(String p, int groups) {
        String[] names = new String[groups];
        java.util.Arrays.fill(names, "");
        int g = 0;
        for (int i = 0; i < p.length() && g < groups; i++) {
            char c = p.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '[') {
                int j = i + 1;
                if (j < p.length() && p.charAt(j) == '^') j++;
                if (j < p.length() && p.charAt(j) == ']') j++;
                while (j < p.length() && p.charAt(j) != ']') { if (p.charAt(j) == '\\') j++; j++; }
                i = j;
                continue;
            }
            if (c != '(') continue;
            if (i + 1 < p.length() && p.charAt(i + 1) == '?') {
                int k = i + 2;
                if (k < p.length() && p.charAt(k) == 'P') k++;
                if (k < p.length() && p.charAt(k) == '<' && k + 1 < p.length() && p.charAt(k + 1) != '=' && p.charAt(k + 1) != '!') {
                    int close = p.indexOf('>', k);
                    names[g++] = p.substring(k + 1, close);
                } else if (k < p.length() && p.charAt(k) == '\'') {
                    int close = p.indexOf('\'', k + 1);
                    names[g++] = p.substring(k + 1, close);
                }
                continue;
            }
            g++;
        }
        return names;
    }

    private static IntVector captureMatrix(int[][] v, int n, String[] names) {
        int groups = v.length;
        int[] data = new int[n * groups];
        for (int g = 0; g < groups; g++) System.arraycopy(v[g], 0, data, g * n, n);
        IntVector m = new IntVector(data);
        m.setAttributeRaw("dim", IntVector.of(n, groups));
        m.setAttributeRaw("dimnames", ListVector.of(Null.NULL, new StringVector(names.clone())));
        return m;
    }

    private static SEXP gregexprOne(Opts o, StringVector x, int i, int mode, int groups) {
        String s = x.get(i);
        if (StringVector.isNA(s) || o.pattern == null) {
            IntVector r = IntVector.of(IntVector.NA);
            r.setAttributeRaw("match.length", IntVector.of(IntVector.NA));
            return r;
        }
        List<int[]> hits = new ArrayList<>();
        // GNU R searches again only while the offset is inside the string: no empty match is
        // reported at the very end after an earlier match, and none at all in ""
        int p = 0, n = s.length();
        while (p < n && o.re.find(s, p)) {
            int st = o.re.start(), en = o.re.end();
            int[] h = new int[2 + 2 * groups];
            h[0] = pos(s, st, mode);
            h[1] = len(s, st, en, mode);
            for (int g = 0; g < groups; g++) {
                int gs = o.re.start(g + 1);
                h[2 + g] = gs < 0 ? 0 : pos(s, gs, mode);
                h[2 + groups + g] = gs < 0 ? 0 : len(s, gs, o.re.end(g + 1), mode);
            }
            hits.add(h);
            if (en == st) {
                if (st >= n) break;
                p = st + Character.charCount(s.codePointAt(st));
            } else {
                p = en;
            }
            if (n == 0) break;
        }
        int m = Math.max(1, hits.size());
        int[] st = new int[m], len = new int[m];
        int[][] cs = new int[groups][m], cl = new int[groups][m];
        if (hits.isEmpty()) {
            st[0] = -1;
            len[0] = -1;
            for (int g = 0; g < groups; g++) { cs[g][0] = -1; cl[g][0] = -1; }
        }
        for (int k = 0; k < hits.size(); k++) {
            int[] h = hits.get(k);
            st[k] = h[0];
            len[k] = h[1];
            for (int g = 0; g < groups; g++) { cs[g][k] = h[2 + g]; cl[g][k] = h[2 + groups + g]; }
        }
        IntVector r = new IntVector(st);
        r.setAttributeRaw("match.length", new IntVector(len));
        matchAttributes(r, mode);
        if (groups > 0) {
            String[] names = groupNames(o.pattern, groups);
            r.setAttributeRaw("capture.start", captureMatrix(cs, m, names));
            r.setAttributeRaw("capture.length", captureMatrix(cl, m, names));
            r.setAttributeRaw("capture.names", new StringVector(names));
        }
        return r;
    }

    private static SEXP regexecOne(Opts o, StringVector x, int i, int mode) {
        String s = x.get(i);
        if (StringVector.isNA(s) || o.pattern == null) {
            IntVector r = IntVector.of(IntVector.NA);
            r.setAttributeRaw("match.length", IntVector.of(IntVector.NA));
            return r;
        }
        IntVector r;
        if (o.re.find(s, 0)) {
            int g = o.re.groupCount();
            int[] st = new int[g + 1], len = new int[g + 1];
            for (int k = 0; k <= g; k++) {
                int gs = o.re.start(k);
                if (gs < 0) { st[k] = 0; len[k] = 0; continue; }
                st[k] = pos(s, gs, mode);
                len[k] = len(s, gs, o.re.end(k), mode);
            }
            r = new IntVector(st);
            r.setAttributeRaw("match.length", new IntVector(len));
        } else {
            r = IntVector.of(-1);
            r.setAttributeRaw("match.length", IntVector.of(-1));
        }
        matchAttributes(r, mode);
        return r;
    }
}
