package org.rlambda.sexp;

/**
 * A call (LANGSXP): a function expression and arguments with optional names. The parser
 * produces these and the evaluator walks them; {@link #cache} lets the evaluator keep a
 * per-call-site memo.
 */
public final class Call extends SEXP {
    public final SEXP function;
    private final SEXP[] args;
    private final String[] names;   // null when no argument is named; else "" for unnamed
    /** Evaluator's per-call-site memo; never part of the call's value. */
    public Object cache;
    /**
     * For the replacement calls built by complex assignment: the assignment as written
     * ({@code x[i] <- v}), which GNU R names in errors and warnings of builtin replacement functions.
     */
    public Call errorCall;
    /** Source line of the call, 0 when unknown. */
    public int line;

    public Call(SEXP function, SEXP[] args, String[] names) {
        this.function = function;
        this.args = args;
        this.names = normalizeNames(names);
    }

    public Call(SEXP function, SEXP... args) { this(function, args, null); }

    public static Call of(String fn, SEXP... args) { return new Call(Symbol.get(fn), args, null); }

    private static String[] normalizeNames(String[] names) {
        if (names == null) return null;
        boolean any = false;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) names[i] = "";
            if (!names[i].isEmpty()) any = true;
        }
        return any ? names : null;
    }

    @Override public SexpType type() { return SexpType.LANGUAGE; }

    /** Length as R sees it: the function plus the arguments. */
    @Override public int length() { return args.length + 1; }

    public int argCount() { return args.length; }

    public SEXP arg(int i) { return args[i]; }

    /** The argument's name, "" when unnamed. */
    public String argName(int i) { return names == null ? "" : names[i]; }

    public boolean hasNames() { return names != null; }

    public SEXP[] args() { return args; }

    public String[] namesOrNull() { return names; }

    /** The function as a symbol name, or null when the function is not a symbol. */
    public String functionName() { return function instanceof Symbol ? ((Symbol) function).name : null; }

    public boolean isCallTo(String fn) {
        return function instanceof Symbol && ((Symbol) function).name.equals(fn);
    }
}
