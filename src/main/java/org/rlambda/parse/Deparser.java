package org.rlambda.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rlambda.format.CDouble;
import org.rlambda.sexp.Attributes;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ExpressionVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * Turns R values back into R source text the way GNU R 4.2's {@code deparse()} does with its
 * default options (keepNA, keepInteger, niceNames, showAttributes): operator spacing and
 * parenthesisation, 4-space indentation of braces, {@code if}/{@code else} layout inside
 * braces, 15-significant-digit numbers, {@code m:n} for integer runs, inline names
 * ({@code c(a = 1)}) and {@code structure(...)} for other attributes, and line breaking once a
 * line is longer than {@code width.cutoff}. The other {@code .deparseOpts} bits (quoteExpressions,
 * S_compatible, hexNumeric, digits17, keepInteger/keepNA/niceNames/showAttributes off) follow
 * the rules of GNU R's src/main/deparse.c (vector2buff, deparse2buff), written anew here.
 *
 * <ul>
 * <li>{@link #deparse(SEXP, int)} — {@code deparse(x, width.cutoff=)}; backticks around
 * non-syntactic names are used when {@code x} is a call, expression or function, as in GNU R.</li>
 * <li>{@link #deparseFunction(Closure)} — the lines {@code print(f)} shows for a closure
 * without source references ({@code function (x) } then the body).</li>
 * <li>{@link #deparseFirstLine(SEXP)} — the call text in {@code Error in <call> : ...}.</li>
 * </ul>
 */
public final class Deparser {
    public static final int DEFAULT_CUTOFF = 60;

    // GNU R's deparse option bits (Defn.h), as .deparseOpts() sums them
    public static final int KEEPINTEGER = 1, QUOTEEXPRESSIONS = 2, SHOWATTRIBUTES = 4, USESOURCE = 8,
            WARNINCOMPLETE = 16, DELAYPROMISES = 32, KEEPNA = 64, S_COMPAT = 128, HEXNUMERIC = 256,
            DIGITS17 = 512, NICENAMES = 1024;
    /** deparse()'s and dput()'s default control: keepNA, keepInteger, niceNames, showAttributes. */
    public static final int DEFAULT_OPTS = KEEPINTEGER | KEEPNA | NICENAMES | SHOWATTRIBUTES;
    private static final int SIMPLE_OPTS = ~QUOTEEXPRESSIONS & ~SHOWATTRIBUTES & ~DELAYPROMISES;

    // GNU R's operator precedences (PREC_*), low to high.
    private static final int PREC_FN = 0, PREC_EQ = 1, PREC_LEFT = 2, PREC_TILDE = 4,
            PREC_OR = 5, PREC_AND = 6, PREC_NOT = 7, PREC_COMPARE = 8, PREC_SUM = 9, PREC_PROD = 10,
            PREC_PERCENT = 11, PREC_COLON = 12, PREC_SIGN = 13, PREC_POWER = 14, PREC_SUBSET = 15,
            PREC_DOLLAR = 15, PREC_NS = 16;

    private enum Kind { FUNCALL, IF, WHILE, FOR, REPEAT, BREAK, NEXT, RETURN, FUNCTION, ASSIGN, ASSIGN2,
        CURLY, PAREN, SUBSET, DOLLAR, BINARY, BINARY2, UNARY }

    /** How GNU R prints a call to a base primitive (names.c's PPinfo). */
    private static final class PP {
        final Kind kind;
        final int prec;
        final boolean rightAssoc;

        PP(Kind kind, int prec, boolean rightAssoc) { this.kind = kind; this.prec = prec; this.rightAssoc = rightAssoc; }
    }

    private static final Map<String, PP> OPS = new HashMap<>();

    private static void op(Kind k, int prec, boolean right, String... names) {
        for (String n : names) OPS.put(n, new PP(k, prec, right));
    }

    static {
        op(Kind.IF, PREC_FN, true, "if");
        op(Kind.WHILE, PREC_FN, false, "while");
        op(Kind.FOR, PREC_FN, false, "for");
        op(Kind.REPEAT, PREC_FN, false, "repeat");
        op(Kind.BREAK, PREC_FN, false, "break");
        op(Kind.NEXT, PREC_FN, false, "next");
        op(Kind.RETURN, PREC_FN, false, "return");
        op(Kind.FUNCTION, PREC_FN, false, "function");
        op(Kind.ASSIGN, PREC_LEFT, true, "<-");
        op(Kind.ASSIGN, PREC_EQ, true, "=");
        op(Kind.ASSIGN2, PREC_LEFT, true, "<<-");
        op(Kind.CURLY, PREC_FN, false, "{");
        op(Kind.PAREN, PREC_FN, false, "(");
        op(Kind.SUBSET, PREC_SUBSET, false, "[", "[[");
        op(Kind.DOLLAR, PREC_DOLLAR, false, "$", "@");
        op(Kind.BINARY, PREC_SUM, false, "+", "-");
        op(Kind.BINARY, PREC_PROD, false, "*");
        op(Kind.BINARY2, PREC_PROD, false, "/");
        op(Kind.BINARY2, PREC_POWER, true, "^");
        op(Kind.BINARY2, PREC_PERCENT, false, "%%", "%/%");
        op(Kind.BINARY, PREC_PERCENT, false, "%*%");
        op(Kind.BINARY, PREC_COMPARE, false, "==", "!=", "<", ">", "<=", ">=");
        op(Kind.UNARY, PREC_NOT, false, "!");
        op(Kind.BINARY, PREC_AND, false, "&", "&&");
        op(Kind.BINARY, PREC_OR, false, "|", "||");
        op(Kind.BINARY2, PREC_COLON, false, ":");
        op(Kind.BINARY, PREC_TILDE, false, "~");
        op(Kind.BINARY2, PREC_NS, false, "::", ":::");
    }

    private static final PP PRIMITIVE_CALL = new PP(Kind.FUNCALL, PREC_FN, false);

    /**
     * The other base primitives (from GNU R 4.2.2's base namespace). Calls to them are printed
     * like any call, but GNU R counts them as "in a list" for the if/else layout in braces.
     */
    private static final Set<String> PRIMITIVES = Set.of(
            "...elt", "...length", "...names", ".C", ".cache_class", ".Call", ".Call.graphics", ".class2",
            ".External", ".External.graphics", ".External2", ".Fortran", ".Internal", ".isMethodsDispatchOn",
            ".Primitive", ".primTrace", ".primUntrace", ".subset", ".subset2", "[[<-", "[<-", "@<-", "$<-",
            "abs", "acos", "acosh", "all", "any", "anyNA", "Arg", "as.call", "as.character", "as.complex",
            "as.double", "as.environment", "as.integer", "as.logical", "as.numeric", "as.raw", "asin", "asinh",
            "atan", "atanh", "attr", "attr<-", "attributes", "attributes<-", "baseenv", "browser", "c", "call",
            "ceiling", "class", "class<-", "Conj", "cos", "cosh", "cospi", "cummax", "cummin", "cumprod", "cumsum",
            "digamma", "dim", "dim<-", "dimnames", "dimnames<-", "emptyenv", "enc2native", "enc2utf8",
            "environment<-", "exp", "expm1", "expression", "floor", "forceAndCall", "gamma", "gc.time",
            "globalenv", "Im", "interactive", "invisible", "is.array", "is.atomic", "is.call", "is.character",
            "is.complex", "is.double", "is.environment", "is.expression", "is.finite", "is.function",
            "is.infinite", "is.integer", "is.language", "is.list", "is.logical", "is.matrix", "is.na", "is.name",
            "is.nan", "is.null", "is.numeric", "is.object", "is.pairlist", "is.raw", "is.recursive", "is.single",
            "is.symbol", "isS4", "lazyLoadDBfetch", "length", "length<-", "levels<-", "lgamma", "list", "log",
            "log10", "log1p", "log2", "max", "min", "missing", "Mod", "names", "names<-", "nargs", "nzchar",
            "oldClass", "oldClass<-", "on.exit", "pos.to.env", "proc.time", "prod", "quote", "range", "Re", "rep",
            "retracemem", "round", "seq_along", "seq_len", "seq.int", "sign", "signif", "sin", "sinh", "sinpi",
            "sqrt", "standardGeneric", "storage.mode<-", "substitute", "sum", "switch", "tan", "tanh", "tanpi",
            "tracemem", "trigamma", "trunc", "unclass", "untracemem", "UseMethod", "xtfrm");

    private static final Set<String> RESERVED = Set.of("NULL", "NA", "TRUE", "FALSE", "Inf", "NaN", "NA_integer_",
            "NA_real_", "NA_character_", "NA_complex_", "function", "while", "repeat", "for", "if", "in", "else",
            "next", "break");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private final int cutoff;
    private final boolean backtick;
    private final int maxLines;
    private int len;
    private int indent;
    private boolean startLine = true;
    private int inCurly;
    private int inList;
    private boolean fnarg;
    private int opts = DEFAULT_OPTS;
    private boolean sourceable = true;

    private Deparser(int cutoff, boolean backtick, int maxLines) {
        this.cutoff = cutoff;
        this.backtick = backtick;
        this.maxLines = maxLines;
    }

    /** {@code deparse(x, width.cutoff = widthCutoff)}. */
    public static List<String> deparse(SEXP x, int widthCutoff) {
        return deparse(x, widthCutoff, defaultBacktick(x));
    }

    /** {@code deparse(x, width.cutoff, backtick)}. */
    public static List<String> deparse(SEXP x, int widthCutoff, boolean backtick) {
        return deparse(x, widthCutoff, backtick, DEFAULT_OPTS);
    }

    /** {@code deparse(x, width.cutoff, backtick, control)} with control as {@code .deparseOpts} bits. */
    public static List<String> deparse(SEXP x, int widthCutoff, boolean backtick, int opts) {
        return deparse(x, widthCutoff, backtick, opts, null);
    }

    /**
     * As {@link #deparse(SEXP, int, boolean, int)}; with warnIncomplete among the options,
     * {@code incomplete} runs when the text cannot be parsed back to the same value (an
     * environment, a call with attributes such as a formula), where GNU R warns.
     */
    public static List<String> deparse(SEXP x, int widthCutoff, boolean backtick, int opts, Runnable incomplete) {
        Deparser d = new Deparser(widthCutoff, backtick, Integer.MAX_VALUE);
        d.opts = opts;
        d.deparse(x);
        d.writeLine();
        if (!d.sourceable && (opts & WARNINCOMPLETE) != 0 && incomplete != null) incomplete.run();
        return d.lines;
    }

    /** The lines {@code print(f)} shows for a closure without srcref: {@code function (x) }, body... */
    public static List<String> deparseFunction(Closure f) {
        return deparse(f, DEFAULT_CUTOFF, true);
    }

    /**
     * A call or symbol as {@code print()} shows it: values inside the call (put there by do.call
     * or S3 group dispatch) show their names but not their other attributes, as in GNU R.
     */
    public static List<String> deparseForPrint(SEXP x, int widthCutoff) {
        Deparser d = new Deparser(widthCutoff, true, Integer.MAX_VALUE);
        d.opts &= ~SHOWATTRIBUTES;
        d.deparse(x);
        d.writeLine();
        return d.lines;
    }

    /** The first line of the deparsed call, as GNU R shows it in {@code Error in <call> :}. */
    public static String deparseFirstLine(SEXP call) {
        List<String> lines = deparseLines(call, 1);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** GNU R's default: backticks when deparsing a call, an expression vector or a function. */
    static boolean defaultBacktick(SEXP x) {
        return x instanceof Call || x instanceof ExpressionVector || x instanceof Closure;
    }

    /** True for a syntactic name that needs no backticks ({@code isValidName}). */
    public static boolean isValidName(String name) {
        if (name.isEmpty()) return false;
        int cp = name.codePointAt(0);
        if (cp != '.' && !Character.isLetter(cp)) return false;
        if (cp == '.' && name.length() > 1 && name.charAt(1) >= '0' && name.charAt(1) <= '9') return false;
        for (int i = Character.charCount(cp); i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_')) return false;
            i += Character.charCount(c);
        }
        if (name.equals("...")) return true;
        return !RESERVED.contains(name);
    }

    // ---- output buffer ----

    private void print(String s) {
        if (startLine) {
            startLine = false;
            for (int i = 1; i <= indent; i++) printRaw(i <= 4 ? "    " : "  ");
        }
        printRaw(s);
    }

    private void printRaw(String s) {
        buf.append(s);
        len += s.codePointCount(0, s.length());
    }

    private void writeLine() {
        if (lines.size() < maxLines) lines.add(buf.toString());
        buf.setLength(0);
        len = 0;
        startLine = true;
        // a bounded deparse stops once it has its lines, rather than walking a huge call to the end
        if (maxLines != Integer.MAX_VALUE && lines.size() >= maxLines) throw Enough.INSTANCE;
    }

    /** Ends a deparse that has all the lines it was asked for. */
    private static final class Enough extends RuntimeException {
        static final Enough INSTANCE = new Enough();

        private Enough() { super(null, null, false, false); }
    }

    /**
     * At most {@code maxLines} lines of a call as {@code Error in <call>} and tracebacks show it;
     * stops deparsing once they are written, so a call that embeds a large value costs little.
     */
    public static List<String> deparseLines(SEXP call, int maxLines) {
        Deparser d = new Deparser(DEFAULT_CUTOFF, true, maxLines);
        d.opts &= ~SHOWATTRIBUTES;
        try {
            d.deparse(call);
            d.writeLine();
        } catch (Enough e) {
            // the lines asked for are complete
        }
        return d.lines;
    }

    /** Breaks the line when it has grown past the cutoff; the first break indents what follows. */
    private boolean lineBreak(boolean alreadyBroken) {
        if (len > cutoff) {
            if (!alreadyBroken) indent++;
            writeLine();
            return true;
        }
        return alreadyBroken;
    }

    private boolean has(int bit) { return (opts & bit) != 0; }

    // ---- values ----

    private void deparse(SEXP s) {
        boolean isFnarg = fnarg;
        fnarg = false;
        if (s == null || s == Null.NULL) {
            print("NULL");
        } else if (s == Symbol.MISSING_ARG) {
            // an empty argument prints as nothing
        } else if (s instanceof Symbol) {
            String name = ((Symbol) s).name;
            boolean quote = has(QUOTEEXPRESSIONS) && !name.isEmpty();
            if (quote) print("quote(");
            print(has(S_COMPAT) ? quotify(name, '"') : backtick ? quotify(name, '`') : name);
            if (quote) print(")");
        } else if (s instanceof Call) {
            if (s.attributes() != null) sourceable = false;
            if (has(QUOTEEXPRESSIONS)) {
                // a formula is left as it is; any other call is wrapped, its insides deparsed plainly
                SEXP fn = ((Call) s).function;
                boolean quote = !(fn instanceof Symbol && ((Symbol) fn).name.equals("~"));
                int saved = opts;
                if (quote) {
                    print("quote(");
                    opts &= SIMPLE_OPTS;
                } else {
                    opts &= ~QUOTEEXPRESSIONS;
                }
                call((Call) s, isFnarg);
                opts = saved;
                if (quote) print(")");
            } else {
                call((Call) s, isFnarg);
            }
        } else if (s instanceof Closure) {
            Closure f = (Closure) s;
            int saved = opts;
            opts &= SIMPLE_OPTS & ~USESOURCE;
            print("function (");
            if (f.formals != null) formals(f.formals);
            print(") ");
            writeLine();
            deparse(f.body);
            opts = saved;
        } else if (s instanceof PairList) {
            PairList p = (PairList) s;
            print("pairlist(");
            inList++;
            pairArgs(p.tags(), p.values(), 0, false, true);
            inList--;
            print(")");
        } else if (s instanceof ListVector) {
            list((ListVector) s);
        } else if (s instanceof Vector) {
            atomic((Vector) s);
        } else if (s instanceof Environment) {
            sourceable = false;
            print("<environment>");
        } else {
            sourceable = false;
            print("<" + s.typeName() + ">");
        }
    }

    private void list(ListVector v) {
        boolean nice = has(NICENAMES) && niceNames(v);
        boolean doAttr = has(SHOWATTRIBUTES) && hasOtherAttributes(v, nice);
        if (doAttr) print("structure(");
        print(v instanceof ExpressionVector ? "expression(" : "list(");
        inList++;
        StringVector names = nice ? v.names() : null;
        boolean broken = false;
        for (int i = 0; i < v.length(); i++) {
            if (i > 0) print(", ");
            broken = lineBreak(broken);
            if (names != null && !names.get(i).isEmpty()) {
                print(elementName(names.get(i)));
                print(" = ");
            }
            deparse(v.get(i));
        }
        if (broken) indent--;
        inList--;
        print(")");
        if (doAttr) attributes(v, nice);
    }

    private String elementName(String name) {
        if (isValidName(name)) return name;
        return backtick ? quotify(name, '`') : quotify(name, '"');
    }

    private static boolean niceNames(Vector v) {
        StringVector names = v.names();
        if (names == null || names.length() == 0) return false;
        boolean allEmpty = true;
        for (int i = 0; i < names.length(); i++) {
            if (names.get(i) == StringVector.NA) return false;
            if (!names.get(i).isEmpty()) allEmpty = false;
        }
        if (allEmpty) return false;
        return !(v instanceof IntVector && isIntSequence((IntVector) v));
    }

    private static boolean hasOtherAttributes(SEXP v, boolean exceptNames) {
        Attributes a = v.attributes();
        if (a == null) return false;
        for (int i = 0; i < a.size(); i++) {
            String n = a.name(i);
            if (n.equals("srcref") || (exceptNames && n.equals("names"))) continue;
            return true;
        }
        return false;
    }

    private void attributes(SEXP v, boolean exceptNames) {
        Attributes a = v.attributes();
        for (int i = 0; i < a.size(); i++) {
            String n = a.name(i);
            if (n.equals("srcref") || (exceptNames && n.equals("names"))) continue;
            print(", ");
            print(isValidName(n) ? n : "\"" + n + "\"");
            print(" = ");
            fnarg = true;
            deparse(a.value(i));
        }
        print(")");
    }

    private static boolean isIntSequence(IntVector v) {
        int n = v.length();
        if (n < 2 || v.get(0) == IntVector.NA || v.get(1) == IntVector.NA) return false;
        long step = (long) v.get(1) - v.get(0);
        if (step != 1 && step != -1) return false;
        for (int i = 2; i < n; i++) {
            if (v.get(i) == IntVector.NA || (long) v.get(i) - v.get(i - 1) != step) return false;
        }
        return true;
    }

    private void atomic(Vector v) {
        boolean nice = has(NICENAMES) && niceNames(v);
        boolean doAttr = has(SHOWATTRIBUTES) && hasOtherAttributes(v, nice);
        if (doAttr) print("structure(");
        vector(v, nice ? v.names() : null);
        if (doAttr) attributes(v, nice);
    }

    private void vector(Vector v, StringVector names) {
        int n = v.length();
        if (n == 0) {
            print(emptyVector(v));
            return;
        }
        if (v instanceof IntVector && isIntSequence((IntVector) v)) {
            IntVector iv = (IntVector) v;
            print(iv.get(0) + ":" + iv.get(n - 1));
            return;
        }
        boolean isInt = v instanceof IntVector;
        boolean addL = isInt && has(KEEPINTEGER) && !has(S_COMPAT);
        boolean allNA = isInt ? has(KEEPNA) || addL : has(KEEPNA) && !(v instanceof LogicalVector);
        for (int i = 0; i < n && allNA; i++) allNA = isNA(v, i);
        String surround = null;
        if (v instanceof RawVector) surround = "as.raw(";
        else if (isInt && has(KEEPINTEGER) && has(S_COMPAT)) surround = "as.integer(";
        else if (allNA && has(S_COMPAT)) {
            surround = v instanceof DoubleVector ? "as.double(" : v instanceof ComplexVector ? "as.complex("
                    : v instanceof StringVector ? "as.character(" : null;
        }
        allNA = allNA && !has(S_COMPAT);
        boolean wrap = n > 1 || names != null;   // a named scalar is still written c(a = 1)
        if (surround != null) print(surround);
        if (wrap) print("c(");
        for (int i = 0; i < n; i++) {
            if (names != null && !names.get(i).isEmpty()) {
                print(elementName(names.get(i)));
                print(" = ");
            }
            print(element(v, i, allNA, addL));
            if (i < n - 1) print(", ");
            if (n > 1 && len > cutoff) writeLine();
        }
        if (wrap) print(")");
        if (surround != null) print(")");
    }

    private static boolean isNA(Vector v, int i) {
        if (v instanceof DoubleVector) return DoubleVector.isNA(((DoubleVector) v).get(i));
        if (v instanceof ComplexVector) {
            return DoubleVector.isNA(((ComplexVector) v).re(i)) && DoubleVector.isNA(((ComplexVector) v).im(i));
        }
        if (v instanceof RawVector) return false;
        return v.isNA(i);
    }

    private static String emptyVector(Vector v) {
        if (v instanceof LogicalVector) return "logical(0)";
        if (v instanceof IntVector) return "integer(0)";
        if (v instanceof DoubleVector) return "numeric(0)";
        if (v instanceof ComplexVector) return "complex(0)";
        if (v instanceof StringVector) return "character(0)";
        if (v instanceof RawVector) return "raw(0)";
        return "NULL";
    }

    private String element(Vector v, int i, boolean allNA, boolean addL) {
        if (v instanceof LogicalVector) {
            int x = ((LogicalVector) v).get(i);
            return x == LogicalVector.NA ? "NA" : x != 0 ? "TRUE" : "FALSE";
        }
        if (v instanceof IntVector) {
            int x = ((IntVector) v).get(i);
            if (x == IntVector.NA) return allNA ? "NA_integer_" : "NA";
            return addL ? x + "L" : Integer.toString(x);
        }
        if (v instanceof DoubleVector) {
            double x = ((DoubleVector) v).get(i);
            if (allNA && DoubleVector.isNA(x)) return "NA_real_";
            if (Double.isFinite(x) && has(HEXNUMERIC)) return CDouble.hex(x, -1, false, false);
            if (Double.isFinite(x) && has(DIGITS17)) return CDouble.general(x, 17, false, false);
            return NumberDeparse.real(x);
        }
        if (v instanceof ComplexVector) {
            ComplexVector c = (ComplexVector) v;
            if (allNA && isNA(v, i)) return "NA_complex_";
            double re = c.re(i), im = c.im(i);
            if (Double.isFinite(re) && Double.isFinite(im) && has(HEXNUMERIC)) {
                return CDouble.hex(re, -1, false, false) + " + " + CDouble.hex(im, -1, false, false) + "i";
            }
            if (Double.isFinite(re) && Double.isFinite(im) && has(DIGITS17)) {
                String si = CDouble.general(im, 17, false, false);
                return CDouble.general(re, 17, false, false) + (si.startsWith("-") ? si : "+" + si) + "i";
            }
            return NumberDeparse.complex(c.re(i), c.im(i));
        }
        if (v instanceof StringVector) {
            String s = ((StringVector) v).get(i);
            if (s == StringVector.NA) return allNA ? "NA_character_" : "NA";
            return quote(s, '"');
        }
        if (v instanceof RawVector) {
            return String.format("0x%02x", ((RawVector) v).get(i) & 0xFF);
        }
        return "NULL";
    }

    // ---- strings and names ----

    /** A name as source text: bare when syntactic, else quoted with {@code q} (backtick or "). */
    static String quotify(String name, char q) {
        if (isValidName(name) || name.isEmpty()) return name;
        return quote(name, q);
    }

    /** GNU R's EncodeString: quotes, backslash escapes, octal for other control characters. */
    public static String quote(String s, char q) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                case '\r': sb.append("\\r"); break;
                case '\\': sb.append("\\\\"); break;
                case 7: sb.append("\\a"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                case 11: sb.append("\\v"); break;
                case 0: sb.append("\\0"); break;
                default:
                    if (c == q) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        sb.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                                .append((char) ('0' + (c & 7)));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append(q).toString();
    }

    private static boolean isUserBinop(String name) {
        return name.length() >= 2 && name.charAt(0) == '%' && name.charAt(name.length() - 1) == '%';
    }

    /** The print info of a base primitive, or null when {@code name} is not one. */
    private static PP builtin(String name) {
        PP pp = OPS.get(name);
        if (pp != null) return pp;
        return PRIMITIVES.contains(name) ? PRIMITIVE_CALL : null;
    }

    // ---- calls ----

    private static SEXP argOrNull(Call c, int i) { return i < c.argCount() ? c.arg(i) : Null.NULL; }

    private void call(Call c, boolean isFnarg) {
        if (!(c.function instanceof Symbol)) {
            if (parenthesizeCaller(c.function)) {
                print("(");
                deparse(c.function);
                print(")");
            } else {
                deparse(c.function);
            }
            print("(");
            callArgs(c, 0, true);
            print(")");
            return;
        }
        String op = ((Symbol) c.function).name;
        PP pp = builtin(op);
        boolean userBinop = pp == null && isUserBinop(op);
        if (pp == null && !userBinop) {
            print(quotify(op, backtick ? '`' : '"'));
            print("(");
            callArgs(c, 0, true);
            print(")");
            return;
        }
        int n = c.argCount();
        Kind kind;
        int prec;
        boolean rightAssoc;
        if (userBinop) {
            kind = n == 2 ? Kind.BINARY : Kind.FUNCALL;
            prec = PREC_PERCENT;
            rightAssoc = false;
        } else {
            kind = pp.kind;
            prec = pp.prec;
            rightAssoc = pp.rightAssoc;
            switch (kind) {
                case BINARY:
                    if (n == 1) { kind = Kind.UNARY; prec = prec == PREC_SUM ? PREC_SIGN : prec; }
                    else if (n != 2) kind = Kind.FUNCALL;
                    break;
                case BINARY2:
                    if (n != 2) kind = Kind.FUNCALL;
                    break;
                case DOLLAR:
                    if (n != 2 || !(c.arg(1) instanceof Symbol || c.arg(1) instanceof StringVector)) kind = Kind.FUNCALL;
                    break;
                case UNARY:
                    if (n == 0) kind = Kind.FUNCALL;
                    break;
                default:
                    break;
            }
        }
        PP main = new PP(kind, prec, rightAssoc);
        switch (kind) {
            case IF: ifCall(c); break;
            case WHILE:
                print("while (");
                deparse(argOrNull(c, 0));
                print(") ");
                deparse(argOrNull(c, 1));
                break;
            case FOR:
                print("for (");
                deparse(argOrNull(c, 0));
                print(" in ");
                deparse(argOrNull(c, 1));
                print(") ");
                deparse(argOrNull(c, 2));
                break;
            case REPEAT:
                print("repeat ");
                deparse(argOrNull(c, 0));
                break;
            case BREAK: print("break"); break;
            case NEXT: print("next"); break;
            case CURLY:
                print("{");
                inCurly++;
                indent++;
                writeLine();
                for (SEXP a : c.args()) {
                    deparse(a);
                    writeLine();
                }
                indent--;
                print("}");
                inCurly--;
                break;
            case PAREN:
                print("(");
                deparse(argOrNull(c, 0));
                print(")");
                break;
            case SUBSET: {
                operand(main, argOrNull(c, 0), true);
                print(op);
                callArgs(c, 1, false);
                print(op.equals("[") ? "]" : "]]");
                break;
            }
            case FUNCTION: {
                print("function(");
                SEXP f = argOrNull(c, 0);
                if (f instanceof PairList) formals((PairList) f);
                print(") ");
                deparse(argOrNull(c, 1));
                break;
            }
            case ASSIGN:
            case ASSIGN2: {
                boolean outer = isFnarg && op.equals("=");
                if (outer) print("(");
                operand(main, argOrNull(c, 0), true);
                print(" " + op + " ");
                operand(main, argOrNull(c, 1), false);
                if (outer) print(")");
                break;
            }
            case DOLLAR: {
                operand(main, c.arg(0), true);
                print(op);
                SEXP rhs = c.arg(1);
                if (rhs instanceof StringVector && rhs.length() == 1 && isValidName(((StringVector) rhs).get(0))) {
                    print(((StringVector) rhs).get(0));
                } else {
                    operand(main, rhs, false);
                }
                break;
            }
            case BINARY: {
                operand(main, c.arg(0), true);
                print(" " + op + " ");
                boolean broken = lineBreak(false);
                operand(main, c.arg(1), false);
                if (broken) indent--;
                break;
            }
            case BINARY2:
                operand(main, c.arg(0), true);
                print(op);
                operand(main, c.arg(1), false);
                break;
            case UNARY:
                print(op);
                operand(main, c.arg(0), false);
                break;
            default: // FUNCALL, RETURN: a primitive called like a function
                print(quotify(op, backtick ? '`' : '"'));
                print("(");
                inList++;
                callArgs(c, 0, true);
                inList--;
                print(")");
                break;
        }
    }

    private void operand(PP main, SEXP arg, boolean left) {
        boolean parens = needsParens(main, arg, left);
        if (parens) print("(");
        deparse(arg);
        if (parens) print(")");
    }

    private void ifCall(Call c) {
        print("if (");
        deparse(argOrNull(c, 0));
        print(") ");
        SEXP yes = argOrNull(c, 1);
        boolean hasElse = c.argCount() > 2;
        if (inCurly > 0 && inList == 0) {
            boolean curly = yes instanceof Call && ((Call) yes).isCallTo("{");
            if (!curly) {
                writeLine();
                indent++;
            }
            deparse(yes);
            if (hasElse) {
                writeLine();
                if (!curly) indent--;
                print("else ");
                deparse(c.arg(2));
            } else if (!curly) {
                indent--;
            }
        } else {
            deparse(yes);
            if (hasElse) {
                print(" else ");
                deparse(c.arg(2));
            }
        }
    }

    /** Arguments of a call from index {@code from}; {@code [} and {@code [[} never break lines. */
    private void callArgs(Call c, int from, boolean mayBreak) {
        SEXP[] values = c.args();
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) names[i] = c.argName(i);
        pairArgs(names, values, from, false, mayBreak);
    }

    private void formals(PairList f) {
        pairArgs(f.tags(), f.values(), 0, true, true);
    }

    private void pairArgs(String[] names, SEXP[] values, int from, boolean formals, boolean mayBreak) {
        boolean broken = false;
        for (int i = from; i < values.length; i++) {
            String name = names == null || names[i] == null ? "" : names[i];
            SEXP value = values[i];
            if (!name.isEmpty()) {
                print(name.equals("...") ? name : quotify(name, backtick ? '`' : '"'));
                if (!formals || value != Symbol.MISSING_ARG) {
                    print(" = ");
                    if (value != Symbol.MISSING_ARG) {
                        fnarg = true;
                        deparse(value);
                    }
                }
            } else {
                fnarg = true;
                deparse(value);
            }
            if (i < values.length - 1) {
                print(", ");
                if (mayBreak) broken = lineBreak(broken);
            }
        }
        if (broken) indent--;
    }

    private static boolean needsParens(PP main, SEXP arg, boolean left) {
        if (arg instanceof Call) {
            Call c = (Call) arg;
            if (!(c.function instanceof Symbol)) return false;
            String name = ((Symbol) c.function).name;
            PP info = builtin(name);
            if (info != null) {
                int prec = info.prec;
                switch (info.kind) {
                    case BINARY:
                    case BINARY2: {
                        int n = c.argCount();
                        if (n == 1) {
                            if (!left) return false;
                            if (prec == PREC_SUM) prec = PREC_SIGN;
                        } else if (n == 2) {
                            if (main.prec == PREC_COMPARE && prec == PREC_COMPARE) return true;
                        } else {
                            return false;
                        }
                        return main.prec > prec || (main.prec == prec && left == main.rightAssoc);
                    }
                    case ASSIGN:
                    case ASSIGN2:
                    case UNARY:
                    case DOLLAR:
                        return main.prec > prec || (main.prec == prec && left == main.rightAssoc);
                    case FOR:
                    case IF:
                    case WHILE:
                    case REPEAT:
                        return left;
                    default:
                        return false;
                }
            }
            if (isUserBinop(name)) {
                return main.prec > PREC_PERCENT || (main.prec == PREC_PERCENT && left == main.rightAssoc);
            }
            return false;
        }
        if (arg instanceof ComplexVector && arg.length() == 1) {
            return main.prec > PREC_SUM || (main.prec == PREC_SUM && left == main.rightAssoc);
        }
        return false;
    }

    /** Whether a call's function, itself a call, must be wrapped in parentheses: (f + g)(x). */
    private static boolean parenthesizeCaller(SEXP fn) {
        if (fn instanceof Call) {
            SEXP op = ((Call) fn).function;
            if (op instanceof Symbol) {
                String name = ((Symbol) op).name;
                PP info = builtin(name);
                if (info == null) return isUserBinop(name);
                return !(info.prec >= PREC_SUBSET || info.kind == Kind.FUNCALL || info.kind == Kind.PAREN
                        || info.kind == Kind.CURLY);
            }
            return true;
        }
        return fn instanceof Closure;
    }
}
