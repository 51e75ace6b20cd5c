package org.rlambda.base;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.format.CharWidth;
import org.rlambda.format.Justify;
import org.rlambda.format.StringEncoder;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** Character-vector functions: paste, nchar, substr, strsplit, case, trimming, quoting, conversions. */
public final class StringBuiltins {
    private StringBuiltins() { }

    public static void register(Builtins b) {
        b.add("paste", "..., sep, collapse, recycle0", (in, call, a, rho) -> {
            // GNU R 4.2.2 uses the first element of a longer sep; only empty or NA sep is an error
            if (a[1] != null && (!(a[1] instanceof StringVector) || a[1].length() < 1 || ((StringVector) a[1]).isNA(0))) {
                throw in.error(call, "invalid separator");
            }
            return paste(in, call, Builtins.dots(a[0]), a[1] == null ? " " : RArgs.string(a[1]), a[2], a[3], rho);
        });
        b.add("paste0", "..., collapse, recycle0", (in, call, a, rho) -> paste(in, call, Builtins.dots(a[0]), "", a[1], a[2], rho));
        b.add("nchar", "x, type, allowNA, keepNA", StringBuiltins::nchar);
        b.add("nzchar", "x, keepNA", (in, call, a, rho) -> {
            SEXP x = a[0];
            if (x == null) throw in.error(call, "argument \"x\" is missing, with no default");
            boolean keepNA = a[1] != null && org.rlambda.eval.Coerce.logicalElement((org.rlambda.sexp.Vector) a[1], 0) == 1;
            if (x == org.rlambda.sexp.Null.NULL) return new org.rlambda.sexp.LogicalVector(0);
            if (!(x instanceof org.rlambda.sexp.Vector)) throw in.error(call, "'nzchar()' requires a character vector");
            org.rlambda.sexp.Vector v = (org.rlambda.sexp.Vector) x;
            int[] r = new int[v.length()];
            for (int i = 0; i < r.length; i++) {
                String s = org.rlambda.eval.Coerce.stringElement(v, i);
                if (s == org.rlambda.sexp.StringVector.NA) r[i] = keepNA ? org.rlambda.sexp.LogicalVector.NA : 1;
                else r[i] = s == null || !s.isEmpty() ? 1 : 0;
            }
            return new org.rlambda.sexp.LogicalVector(r);
        });
        b.add("toupper", "x", (in, call, a, rho) -> mapChars(in, call, a[0], rho, StringBuiltins::upper));
        b.add("tolower", "x", (in, call, a, rho) -> mapChars(in, call, a[0], rho, StringBuiltins::lower));
        b.add("substr", "x, start, stop", StringBuiltins::substr);
        b.add("substring", "text, first, last", StringBuiltins::substring);
        b.add("substr<-", "x, start, stop, value", (in, call, a, rho) -> substrAssign(in, call, a[0], a[1], a[2], a[3], rho, false));
        b.add("substring<-", "text, first, last, value", (in, call, a, rho) -> substrAssign(in, call, a[0], a[1],
                a[2] == null ? IntVector.of(1000000) : a[2], a[3], rho, true));
        b.add("strsplit", "x, split, fixed, perl, useBytes", StringBuiltins::strsplit);
        b.add("startsWith", "x, prefix", (in, call, a, rho) -> affix(in, call, a, true));
        b.add("endsWith", "x, suffix", (in, call, a, rho) -> affix(in, call, a, false));
        b.add(".abbreviate", "x, minlength, use.classes", (in, call, a, rho) -> {
            StringVector x = (StringVector) a[0];
            int minlength = RArgs.integer(a[1]);
            boolean useClasses = RArgs.logical(a[2]) == 1;
            String[] r = new String[x.length()];
            for (int i = 0; i < r.length; i++) {
                r[i] = x.isNA(i) ? StringVector.NA : Abbreviation.abbreviate(x.get(i), minlength, useClasses);
            }
            return new StringVector(r);
        });
        b.add("chartr", "old, new, x", StringBuiltins::chartr);
        b.add("strtoi", "x, base", StringBuiltins::strtoi);
        b.add("strrep", "x, times", StringBuiltins::strrep);
        b.add("strtrim", "x, width", (in, call, a, rho) -> {
            StringVector x = chars(in, call, a[0], rho);
            SEXP w = a[1];
            if (!(w instanceof Vector) || w.length() == 0) throw in.error(call, "invalid 'width' argument");
            String[] r = new String[x.length()];
            for (int i = 0; i < r.length; i++) {
                int wi = RArgs.integer(((Vector) w).element(i % w.length()));
                if (wi == IntVector.NA || wi < 0) throw in.error(call, "invalid 'width' argument");
                r[i] = x.isNA(i) ? StringVector.NA : org.rlambda.format.AsCharacter.strtrim(x.get(i), wi);
            }
            return keepAttributes(new StringVector(r), a[0]);
        });
        b.add("encodeString", "x, width, quote, na.encode, justify", StringBuiltins::encodeString);
        b.add("sQuote", "x, q", (in, call, a, rho) -> quote(in, call, a, rho, "\u2018", "\u2019", "'"));
        b.add("dQuote", "x, q", (in, call, a, rho) -> quote(in, call, a, rho, "\u201c", "\u201d", "\""));
        b.add("utf8ToInt", "x", (in, call, a, rho) -> {
            SEXP x = a[0];
            if (!(x instanceof StringVector) || x.length() == 0) throw in.error(call, "argument must be a character vector of length 1");
            if (x.length() > 1) {
                in.warning(call, "argument should be a character vector of length 1\nall but the first element will be ignored");
            }
            String s = ((StringVector) x).get(0);
            if (StringVector.isNA(s)) return IntVector.of(IntVector.NA);
            return new IntVector(s.codePoints().toArray());
        });
        b.add("intToUtf8", "x, multiple, allow_surrogate_pairs", (in, call, a, rho) -> {
            boolean multiple = RArgs.flag(in, call, a[1], false, "multiple");
            SEXP x = a[0] == null ? Null.NULL : a[0];
            // as the C code's coerceVector: "a" is NA with a warning naming intToUtf8(...)
            if (x instanceof StringVector) x = Coercion.to(in, x, org.rlambda.sexp.SexpType.INTEGER);
            int n = x.length();
            if (x == Null.NULL) n = 0;
            if (multiple) {
                String[] r = new String[n];
                for (int i = 0; i < n; i++) {
                    int cp = RArgs.integer(((Vector) x).element(i));
                    r[i] = cp == IntVector.NA || !validCodePoint(cp) ? StringVector.NA
                            : cp == 0 ? "" : new String(Character.toChars(cp));
                }
                return new StringVector(r);
            }
            boolean pairs = RArgs.flag(in, call, a[2], false, "allow_surrogate_pairs");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int cp = RArgs.integer(((Vector) x).element(i));
                if (pairs && cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n) {
                    int lo = RArgs.integer(((Vector) x).element(i + 1));
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        sb.appendCodePoint(Character.toCodePoint((char) cp, (char) lo));
                        i++;
                        continue;
                    }
                }
                if (cp == IntVector.NA || !validCodePoint(cp)) return StringVector.of(StringVector.NA);
                if (cp != 0) sb.appendCodePoint(cp);
            }
            return StringVector.of(sb.toString());
        });
        b.add("make.names", "names, unique, allow_", (in, call, a, rho) -> {
            StringVector nm = RArgs.asCharacter(in, a[0] == null ? Null.NULL : a[0], rho);
            boolean unique = RArgs.flag(in, call, a[1], false, "unique");
            boolean allowUnderscore = RArgs.flag(in, call, a[2], true, "allow_");
            String[] r = new String[nm.length()];
            for (int i = 0; i < r.length; i++) r[i] = makeName(nm.get(i), allowUnderscore);
            return unique ? makeUnique(r, ".") : new StringVector(r);
        });
        b.add("make.unique", "names, sep", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector)) throw in.error(call, "'names' must be a character vector");
            String sep = a[1] == null ? "." : RArgs.string(a[1]);
            return makeUnique(((StringVector) a[0]).values(), sep);
        });
        b.add("as.character.factor", "x, ...", (in, call, a, rho) -> RArgs.factorLabels((Vector) a[0]));
        // closures in GNU R: they show in "Calls:" tracebacks and sys.call()
        b.markClosureLike("strsplit", "substr<-", "substring<-", "chartr", "dQuote", "encodeString", "endsWith",
                "intToUtf8", "make.names", "make.unique", "nchar", "paste", "paste0", "sQuote",
                "startsWith", "strrep", "strtoi", "strtrim", "substr", "substring", "tolower", "toupper",
                "utf8ToInt");
    }

    // ------------------------------------------------------------------ helpers

    /** as.character(x) for a function that requires character data (non-vectors are an error). */
    static StringVector chars(Interpreter in, Call call, SEXP x, Environment rho) {
        if (x == null || x == Null.NULL) return StringVector.EMPTY;
        if (x instanceof StringVector) return (StringVector) x;
        return RArgs.asCharacter(in, x, rho);
    }

    /** Copies names, dim and dimnames (what GNU R keeps on character results) when x was character. */
    static StringVector keepAttributes(StringVector r, SEXP x) {
        if (x instanceof StringVector) {
            for (String attr : new String[] {"names", "dim", "dimnames"}) {
                SEXP v = x.getAttribute(attr);
                if (v != null) r.setAttributeRaw(attr, v);
            }
        }
        return r;
    }

    private static SEXP mapChars(Interpreter in, Call call, SEXP x, Environment rho, java.util.function.UnaryOperator<String> f) {
        if (x == null) throw in.error(call, "argument \"x\" is missing, with no default");
        StringVector s = chars(in, call, x, rho);
        String[] r = new String[s.length()];
        for (int i = 0; i < r.length; i++) r[i] = s.isNA(i) ? StringVector.NA : f.apply(s.get(i));
        StringVector out = new StringVector(r);
        if (x instanceof StringVector) out.copyAttributesFrom(x);
        return out;
    }

    /** Per-character case mapping, as C's towupper (no "ß" to "SS" expansion). */
    static String upper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
        return sb.toString();
    }

    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    static int codePoints(String s) { return s.codePointCount(0, s.length()); }

    /** Invalid code points (negative, beyond U+10FFFF, lone surrogates) become NA in intToUtf8. */
    private static boolean validCodePoint(int cp) {
        return cp >= 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF);
    }

    // ------------------------------------------------------------------ paste

    private static SEXP paste(Interpreter in, Call call, ListVector dots, String sep, SEXP collapseArg, SEXP recycle0Arg,
                              Environment rho) {
        String collapse = null;
        if (!RArgs.isNull(collapseArg)) {
            if (!(collapseArg instanceof StringVector) || collapseArg.length() == 0 || ((StringVector) collapseArg).isNA(0)) {
                throw in.error(call, "invalid 'collapse' argument");
            }
            collapse = ((StringVector) collapseArg).get(0);
        }
        boolean recycle0 = RArgs.flag(in, call, recycle0Arg, false, "recycle0");
        int k = dots.length();
        StringVector[] parts = new StringVector[k];
        int maxlen = 0;
        boolean anyZero = false;
        for (int j = 0; j < k; j++) {
            SEXP e = dots.get(j);
            if (e instanceof Call) {
                // as.character of a call: its function and arguments, each deparsed
                Call c = (Call) e;
                String[] el = new String[c.argCount() + 1];
                el[0] = c.function instanceof org.rlambda.sexp.Symbol ? ((org.rlambda.sexp.Symbol) c.function).name
                        : in.deparseOneLine(c.function);
                for (int q = 0; q < c.argCount(); q++) {
                    SEXP arg = c.arg(q);
                    el[q + 1] = arg instanceof org.rlambda.sexp.Symbol ? ((org.rlambda.sexp.Symbol) arg).name
                            : arg instanceof StringVector && arg.length() == 1 ? ((StringVector) arg).get(0)
                            : in.deparseOneLine(arg);
                }
                parts[j] = new StringVector(el);
                maxlen = Math.max(maxlen, el.length);
                continue;
            }
            if (e instanceof Environment) throw in.error(call, "environments cannot be coerced to other types");
            if (!(e instanceof Vector) && e != Null.NULL && !(e instanceof org.rlambda.sexp.Symbol) && !e.isObject()) {
                throw in.error(call, "cannot coerce type '" + e.type().rName + "' to vector of type 'character'");
            }
            parts[j] = RArgs.asCharacter(in, e, rho);
            maxlen = Math.max(maxlen, parts[j].length());
            if (parts[j].length() == 0) anyZero = true;
        }
        if (recycle0 && anyZero) maxlen = 0;
        String[] r = new String[maxlen];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < maxlen; i++) {
            sb.setLength(0);
            boolean first = true;
            for (int j = 0; j < k; j++) {
                StringVector p = parts[j];
                if (p.length() == 0) {
                    if (!first) sb.append(sep);
                    first = false;
                    continue;
                }
                if (!first) sb.append(sep);
                first = false;
                String s = p.get(i % p.length());
                sb.append(StringVector.isNA(s) ? "NA" : s);
            }
            r[i] = sb.toString();
        }
        if (collapse == null) return new StringVector(r);
        return StringVector.of(String.join(collapse, r));
    }

    // ------------------------------------------------------------------ nchar

    private static SEXP nchar(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        String type = "chars";
        if (a[1] != null) {
            String t = RArgs.string(a[1]);
            if (StringVector.isNA(t) || t.isEmpty()) throw in.error(call, "invalid 'type' argument");
            if ("bytes".startsWith(t)) type = "bytes";
            else if ("chars".startsWith(t)) type = "chars";
            else if ("width".startsWith(t)) type = "width";
            else throw in.error(call, "invalid 'type' argument");
        }
        int keepNA = a[3] == null ? LogicalVector.NA : RArgs.logical(a[3]);
        if (x.inherits("factor")) throw in.error(call, "'nchar()' requires a character vector");
        StringVector s;
        if (x instanceof ListVector) {
            ListVector l = (ListVector) x;
            String[] v = new String[l.length()];
            for (int i = 0; i < v.length; i++) {
                SEXP e = l.get(i);
                if (e instanceof Vector && e.length() == 1 && ((Vector) e).isAtomic()) v[i] = RArgs.string(e);
                else v[i] = in.deparseOneLine(e);
            }
            s = new StringVector(v);
        } else if (x instanceof Vector || x == Null.NULL) {
            s = chars(in, call, x, rho);
        } else {
            throw in.error(call, "'nchar()' requires a character vector");
        }
        int n = s.length();
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            String e = s.get(i);
            if (StringVector.isNA(e)) {
                boolean na = keepNA == LogicalVector.NA ? !type.equals("width") : keepNA == 1;
                r[i] = na ? IntVector.NA : 2;
                continue;
            }
            switch (type) {
                case "bytes": r[i] = e.getBytes(StandardCharsets.UTF_8).length; break;
                case "width": r[i] = CharWidth.width(e); break;
                default: r[i] = codePoints(e);
            }
        }
        IntVector out = new IntVector(r);
        for (String attr : new String[] {"names", "dim", "dimnames"}) {
            SEXP v = x.getAttribute(attr);
            if (v != null) out.setAttributeRaw(attr, v);
        }
        return out;
    }

    // ------------------------------------------------------------------ substr

    private static SEXP substr(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        if (a[1] == null) throw in.error(call, "argument \"start\" is missing, with no default");
        if (a[2] == null) throw in.error(call, "argument \"stop\" is missing, with no default");
        StringVector s = chars(in, call, x, rho);
        int n = s.length();
        if (n == 0) return keepAllAttributes(StringVector.EMPTY, x);
        int[] start = ints(in, call, a[1], "start");
        int[] stop = ints(in, call, a[2], "stop");
        if (start.length == 0 || stop.length == 0) throw in.error(call, "invalid substring arguments");
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            String e = s.get(i);
            int st = start[i % start.length], sp = stop[i % stop.length];
            if (StringVector.isNA(e) || st == IntVector.NA || sp == IntVector.NA) { r[i] = StringVector.NA; continue; }
            r[i] = cut(e, st, sp);
        }
        return keepAllAttributes(new StringVector(r), x);
    }

    private static StringVector keepAllAttributes(StringVector r, SEXP x) {
        if (x instanceof StringVector) r.copyAttributesFrom(x);
        return r;
    }

    /** Characters start..stop (1-based, inclusive) by code point. */
    static String cut(String e, int st, int sp) {
        int len = codePoints(e);
        if (st < 1) st = 1;
        if (sp > len) sp = len;
        if (st > sp) return "";
        int from = e.offsetByCodePoints(0, st - 1);
        int to = e.offsetByCodePoints(from, sp - st + 1);
        return e.substring(from, to);
    }

    private static int[] ints(Interpreter in, Call call, SEXP v, String what) {
        if (!(v instanceof Vector) || v instanceof ListVector) throw in.error(call, "invalid substring arguments");
        Vector vv = (Vector) v;
        int[] r = new int[vv.length()];
        for (int i = 0; i < r.length; i++) r[i] = RArgs.integer(vv.element(i));
        return r;
    }

    private static SEXP substring(Interpreter in, Call call, SEXP[] a, Environment rho) {
        if (a[0] == null) throw in.error(call, "argument \"text\" is missing, with no default");
        SEXP x = a[0];
        StringVector s = chars(in, call, x, rho);
        if (a[1] == null) throw in.error(call, "argument \"first\" is missing, with no default");
        int[] first = ints(in, call, a[1], "first");
        int[] last = a[2] == null ? new int[] {1000000} : ints(in, call, a[2], "last");
        int n = s.length();
        if (n == 0 || first.length == 0 || last.length == 0) return StringVector.EMPTY;
        int m = Math.max(n, Math.max(first.length, last.length));
        String[] r = new String[m];
        for (int i = 0; i < m; i++) {
            String e = s.get(i % n);
            int st = first[i % first.length], sp = last[i % last.length];
            r[i] = StringVector.isNA(e) || st == IntVector.NA || sp == IntVector.NA ? StringVector.NA : cut(e, st, sp);
        }
        StringVector out = new StringVector(r);
        if (m == n && x instanceof StringVector && ((StringVector) x).names() != null) out.setAttributeRaw("names", ((StringVector) x).names());
        return out;
    }

    private static SEXP substrAssign(Interpreter in, Call call, SEXP x, SEXP startArg, SEXP stopArg, SEXP value, Environment rho,
                                     boolean substring) {
        if (stopArg == null) throw in.error(call, "argument \"stop\" is missing, with no default");
        if (!(x instanceof StringVector)) throw in.error(call, "replacing substrings in a non-character object");
        StringVector s = (StringVector) x;
        int n = s.length();
        int[] start = ints(in, call, startArg, "start");
        int[] stop = ints(in, call, stopArg, "stop");
        StringVector v = chars(in, call, value, rho);
        if (n == 0) return x;
        if (start.length == 0 || stop.length == 0 || v.length() == 0) throw in.error(call, "invalid substring arguments");
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            String e = s.get(i);
            int st = start[i % start.length], sp = stop[i % stop.length];
            String val = v.get(i % v.length());
            if (StringVector.isNA(e) || StringVector.isNA(val) || st == IntVector.NA || sp == IntVector.NA) {
                r[i] = StringVector.NA;
                continue;
            }
            int len = codePoints(e);
            if (st < 1) st = 1;
            if (sp > len) sp = len;
            int vlen = codePoints(val);
            int count = Math.min(sp - st + 1, vlen);
            if (st > len || count <= 0) { r[i] = e; continue; }
            int from = e.offsetByCodePoints(0, st - 1);
            int to = e.offsetByCodePoints(from, count);
            r[i] = e.substring(0, from) + val.substring(0, val.offsetByCodePoints(0, count)) + e.substring(to);
        }
        StringVector out = new StringVector(r);
        out.copyAttributesFrom(x);
        return out;
    }

    // ------------------------------------------------------------------ strsplit

    private static SEXP strsplit(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        if (!(x instanceof StringVector)) throw in.error(call, "non-character argument");
        StringVector s = (StringVector) x;
        boolean fixed = RArgs.flag(in, call, a[2], false, "fixed");
        boolean perl = RArgs.flag(in, call, a[3], false, "perl");
        if (fixed && perl) {
            in.warning(call, "argument 'perl = TRUE' will be ignored");
            perl = false;
        }
        StringVector split = a[1] == null || a[1] == Null.NULL ? StringVector.EMPTY : RArgs.asCharacter(in, a[1], rho);
        int n = s.length();
        RRegex[] compiled = new RRegex[split.length()];
        SEXP[] r = new SEXP[n];
        for (int i = 0; i < n; i++) {
            String e = s.get(i);
            if (StringVector.isNA(e)) { r[i] = StringVector.of(StringVector.NA); continue; }
            String sp = split.length() == 0 ? "" : split.get(i % split.length());
            if (split.length() == 0 || sp.isEmpty()) { r[i] = characters(e); continue; }
            if (StringVector.isNA(sp)) { r[i] = StringVector.of(StringVector.NA); continue; }
            int k = i % split.length();
            if (compiled[k] == null) compiled[k] = RegexBuiltins.compile(in, call, sp, fixed, perl, false);
            r[i] = splitOne(e, compiled[k]);
        }
        ListVector out = new ListVector(r);
        if (s.names() != null) out.setAttributeRaw("names", s.names());
        return out;
    }

    private static StringVector characters(String e) {
        return new StringVector(e.codePoints().mapToObj(cp -> new String(Character.toChars(cp))).toArray(String[]::new));
    }

    /**
     * GNU R's splitting: search the rest of the string; text before a match is a piece; an
     * empty match takes one character as a piece; no trailing empty piece.
     */
    private static StringVector splitOne(String e, RRegex re) {
        List<String> out = new ArrayList<>();
        int pos = 0, n = e.length();
        while (pos < n) {
            if (!re.findInRest(e, pos)) {
                out.add(e.substring(pos));
                break;
            }
            int st = re.start(), en = re.end();
            if (en == pos) {
                int step = Character.charCount(e.codePointAt(pos));
                out.add(e.substring(pos, pos + step));
                pos += step;
            } else {
                out.add(e.substring(pos, st));
                pos = en;
            }
        }
        return new StringVector(out.toArray(new String[0]));
    }

    // ------------------------------------------------------------------ small ones

    private static SEXP affix(Interpreter in, Call call, SEXP[] a, boolean starts) {
        if (a[0] == null) throw in.error(call, "argument \"x\" is missing, with no default");
        if (a[1] == null) {
            throw in.error(call, "argument \"" + (starts ? "prefix" : "suffix") + "\" is missing, with no default");
        }
        if (!(a[0] instanceof StringVector) || !(a[1] instanceof StringVector)) throw in.error(call, "non-character object(s)");
        StringVector x = (StringVector) a[0], p = (StringVector) a[1];
        if (x.length() == 0 || p.length() == 0) return LogicalVector.EMPTY;
        int n = Math.max(x.length(), p.length());
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            String s = x.get(i % x.length()), q = p.get(i % p.length());
            if (StringVector.isNA(s) || StringVector.isNA(q)) r[i] = LogicalVector.NA;
            else r[i] = (starts ? s.startsWith(q) : s.endsWith(q)) ? 1 : 0;
        }
        return new LogicalVector(r);
    }

    private static SEXP chartr(Interpreter in, Call call, SEXP[] a, Environment rho) {
        String oldS = RArgs.string(a[0]), newS = RArgs.string(a[1]);
        if (!(a[0] instanceof StringVector) || StringVector.isNA(oldS)) throw in.error(call, "invalid 'old' argument");
        if (!(a[1] instanceof StringVector) || StringVector.isNA(newS)) throw in.error(call, "invalid 'new' argument");
        int[] from = expandRanges(oldS), to = expandRanges(newS);
        if (from.length > to.length) throw in.error(call, "'old' is longer than 'new'");
        SEXP x = a[2] == null ? Null.NULL : a[2];
        if (!(x instanceof StringVector)) throw in.error(call, "invalid 'x' argument");
        StringVector s = (StringVector) x;
        String[] r = new String[s.length()];
        for (int i = 0; i < r.length; i++) {
            String e = s.get(i);
            if (StringVector.isNA(e)) { r[i] = e; continue; }
            StringBuilder sb = new StringBuilder();
            e.codePoints().forEach(cp -> {
                int m = cp;
                for (int k = from.length - 1; k >= 0; k--) if (from[k] == cp) { m = to[k]; break; }
                sb.appendCodePoint(m);
            });
            r[i] = sb.toString();
        }
        StringVector out = new StringVector(r);
        out.copyAttributesFrom(x);
        return out;
    }

    private static int[] expandRanges(String spec) {
        int[] cps = spec.codePoints().toArray();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            if (i + 2 < cps.length && cps[i + 1] == '-' && cps[i] <= cps[i + 2]) {
                for (int c = cps[i]; c <= cps[i + 2]; c++) out.add(c);
                i += 2;
            } else {
                out.add(cps[i]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static SEXP strtoi(Interpreter in, Call call, SEXP[] a, Environment rho) {
        StringVector s = chars(in, call, a[0] == null ? Null.NULL : a[0], rho);
        // as.integer(base): a non-number is NA with a warning, then an invalid base
        int base = a[1] == null ? 0 : a[1] instanceof StringVector
                ? ((IntVector) Coercion.to(in, a[1], org.rlambda.sexp.SexpType.INTEGER)).get(0) : RArgs.integer(a[1]);
        if (base == IntVector.NA || base == 1 || base < 0 || base > 36) throw in.error(call, "invalid 'base' argument");
        int[] r = new int[s.length()];
        for (int i = 0; i < r.length; i++) r[i] = s.isNA(i) ? IntVector.NA : parseInt(s.get(i), base);
        return new IntVector(r);
    }

    /** C strtol over the whole string: leading space and sign allowed, 0x for base 16, base 0 detects. */
    static int parseInt(String s, int base) {
        int i = 0, n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) { neg = s.charAt(i) == '-'; i++; }
        if ((base == 0 || base == 16) && i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            base = 16;
            i += 2;
        } else if (base == 0) {
            base = i < n && s.charAt(i) == '0' ? 8 : 10;
        }
        if (i >= n) return IntVector.NA;
        long v = 0;
        for (; i < n; i++) {
            int d = Character.digit(s.charAt(i), base);
            if (d < 0) return IntVector.NA;
            v = v * base + d;
            if (v > Integer.MAX_VALUE + 1L) return IntVector.NA;
        }
        if (neg) v = -v;
        if (v > Integer.MAX_VALUE || v <= Integer.MIN_VALUE) return IntVector.NA;
        return (int) v;
    }

    private static SEXP strrep(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        StringVector s = chars(in, call, x, rho);
        SEXP t = a[1];
        if (!(t instanceof Vector) || t instanceof ListVector) throw in.error(call, "invalid 'times' value");
        int nt = t.length();
        if (s.length() == 0 || nt == 0) return StringVector.EMPTY;
        int n = Math.max(s.length(), nt);
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            int times = RArgs.integer(((Vector) t).element(i % nt));
            String e = s.get(i % s.length());
            if (times == IntVector.NA || StringVector.isNA(e)) { r[i] = StringVector.NA; continue; }
            if (times < 0) throw in.error(call, "invalid 'times' value");
            r[i] = e.repeat(times);
        }
        StringVector out = new StringVector(r);
        if (n == s.length() && x instanceof StringVector && ((StringVector) x).names() != null) {
            out.setAttributeRaw("names", ((StringVector) x).names());
        }
        return out;
    }

    private static SEXP encodeString(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        // encodeString is a closure in GNU R: it takes as.character(x) and keeps x's attributes
        // except the class
        if (x.inherits("factor")) {
            // GNU R's closure restores x's attributes on the character copy, which a factor refuses
            throw in.error(Call.of("<-", Call.of("attributes", Symbol.get("x")), Symbol.get("at")),
                    "adding class \"factor\" to an invalid object");
        }
        if (!(x instanceof StringVector) && x instanceof Vector) {
            StringVector c = (StringVector) RArgs.asCharacter(in, x, rho).copy();
            c.copyAttributesFrom(x);
            c.setAttributeRaw("class", null);
            x = c;
        }
        if (!(x instanceof StringVector)) throw in.error(call, "a character vector argument expected");
        StringVector s = (StringVector) x;
        if (a[2] != null && !(a[2] instanceof StringVector && a[2].length() == 1)) {
            throw in.error(call, "invalid 'quote' value");
        }
        String q = a[2] == null ? "" : RArgs.string(a[2]);
        char quote = q.isEmpty() ? 0 : q.charAt(0);
        boolean naEncode = RArgs.flag(in, call, a[3], true, "na.encode");
        Justify just = Justify.LEFT;
        if (a[4] != null) {
            String j = RArgs.string(a[4]);
            if ("left".startsWith(j)) just = Justify.LEFT;
            else if ("right".startsWith(j)) just = Justify.RIGHT;
            else if ("centre".startsWith(j)) just = Justify.CENTRE;
            else if ("none".startsWith(j)) just = Justify.NONE;
        }
        String na = quote != 0 ? "NA" : "<NA>";
        int w = 0;
        if (a[1] != null) {
            int wi = RArgs.integer(a[1]);
            if (wi == IntVector.NA) {
                for (int i = 0; i < s.length(); i++) {
                    w = Math.max(w, s.isNA(i) ? (naEncode ? na.length() : 0)
                            : StringEncoder.width(s.get(i), quote) + (quote != 0 ? 2 : 0));
                }
            } else {
                w = wi;
            }
        }
        String[] r = new String[s.length()];
        for (int i = 0; i < r.length; i++) {
            if (s.isNA(i) && !naEncode) { r[i] = StringVector.NA; continue; }
            r[i] = StringEncoder.encode(s.get(i), just == Justify.NONE ? 0 : w, quote, just, na);
        }
        StringVector out = new StringVector(r);
        out.copyAttributesFrom(x);
        return out;
    }

    private static SEXP quote(Interpreter in, Call call, SEXP[] a, Environment rho, String open, String close, String plain) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        boolean fancy = true;
        if (a[1] != null) fancy = RArgs.logical(a[1]) == 1;
        else {
            SEXP opt = in.getOption("useFancyQuotes");
            if (opt instanceof LogicalVector) fancy = RArgs.logical(opt) != 0;
        }
        StringVector s = RArgs.asCharacter(in, x, rho);
        String l = fancy ? open : plain, rr = fancy ? close : plain;
        String[] r = new String[s.length()];
        for (int i = 0; i < r.length; i++) r[i] = l + (s.isNA(i) ? "NA" : s.get(i)) + rr;
        return new StringVector(r); // paste0() in GNU R: no attributes kept
    }

    // ------------------------------------------------------------------ names

    private static final Set<String> RESERVED = Set.of("if", "else", "repeat", "while", "function", "for", "next", "break",
            "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_", "NA_complex_", "in");

    static String makeName(String s, boolean allowUnderscore) {
        if (StringVector.isNA(s)) return "NA.";
        StringBuilder sb = new StringBuilder();
        if (s.isEmpty()) return "X";
        int cp0 = s.codePointAt(0);
        boolean needX = !(Character.isLetter(cp0) || cp0 == '.')
                || (cp0 == '.' && s.length() > 1 && Character.isDigit(s.charAt(1)));
        if (needX) sb.append('X');
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '.' || (cp == '_' && allowUnderscore)) sb.appendCodePoint(cp);
            else sb.append('.');
        });
        String r = sb.toString();
        if (RESERVED.contains(r) || r.matches("\\.\\.(\\.|[0-9]+)")) r = r + ".";
        return r;
    }

    static StringVector makeUnique(String[] names, String sep) {
        String[] r = names.clone();
        Set<String> seen = new HashSet<>();
        for (String s : r) seen.add(s);
        java.util.Map<String, Integer> counter = new java.util.HashMap<>();
        Set<String> firstSeen = new HashSet<>();
        for (int i = 0; i < r.length; i++) {
            String s = r[i];
            if (firstSeen.add(s)) continue;
            int k = counter.getOrDefault(s, 0);
            String cand;
            do {
                k++;
                cand = s + sep + k;
            } while (seen.contains(cand));
            counter.put(s, k);
            seen.add(cand);
            r[i] = cand;
        }
        return new StringVector(r);
    }
}
