package org.rlambda.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * The one registry of Java-implemented R functions. Topic classes add their functions here
 * (see {@code org.rlambda.engine.Library}); the interpreter binds them in the base environment.
 */
public final class Builtins {
    private final Map<String, BuiltinFunction> functions = new LinkedHashMap<>();

    /** A builtin with evaluated positional arguments. */
    public void add(String name, BuiltinFunction.Impl impl) { put(new BuiltinFunction(name, false, false, impl, null)); }

    /** A builtin whose evaluated arguments are matched to {@code formals} (comma-separated, may include "..."). */
    public void add(String name, String formals, BuiltinFunction.MatchedImpl impl) {
        String[] f = splitFormals(formals);
        put(new BuiltinFunction(name, false, false, matching(name, f, impl), f));
    }

    /** An internal generic: dispatches S3 methods on its first argument, else runs {@code impl}. */
    public void addGeneric(String name, BuiltinFunction.Impl impl) { put(new BuiltinFunction(name, false, true, impl, null)); }

    public void addGeneric(String name, String formals, BuiltinFunction.MatchedImpl impl) {
        String[] f = splitFormals(formals);
        put(new BuiltinFunction(name, false, true, matching(name, f, impl), f));
    }

    /** A special: receives the call's unevaluated arguments ({@code args} is the call's argument array). */
    public void addSpecial(String name, BuiltinFunction.Impl impl) { put(new BuiltinFunction(name, true, false, impl, null)); }

    /** A member of an S3 group generic (Ops, Math, Summary, Complex): dispatches on its arguments' classes. */
    public void addGroup(String group, String name, BuiltinFunction.Impl impl) {
        put(new BuiltinFunction(name, false, false, impl, null, group));
    }

    /** A group generic member with matched formals (e.g. round(x, digits)). */
    public void addGroup(String group, String name, String formals, BuiltinFunction.MatchedImpl impl) {
        String[] f = splitFormals(formals);
        put(new BuiltinFunction(name, false, false, matching(name, f, impl), f, group));
    }

    /** Marks functions that are closures in GNU R, so they appear on the call stack (see {@link BuiltinFunction#hasContext}). */
    public void markClosureLike(String... names) {
        for (String n : names) {
            BuiltinFunction f = functions.get(n);
            if (f == null) throw new IllegalArgumentException("no builtin " + n);
            f.hasContext = true;
        }
    }

    public Map<String, BuiltinFunction> all() { return functions; }

    public BuiltinFunction get(String name) { return functions.get(name); }

    private void put(BuiltinFunction f) {
        functions.put(f.name, f);
        java.util.function.Consumer<BuiltinFunction> r = RECORDER.get();
        if (r != null) r.accept(f);
    }

    /** Set while building the lazy-registration index: told of every function as it is added. */
    static final ThreadLocal<java.util.function.Consumer<BuiltinFunction>> RECORDER = new ThreadLocal<>();

    /** Adds an already-built function (a lazy placeholder). */
    void putFunction(BuiltinFunction f) { functions.put(f.name, f); }

    static String[] splitFormals(String formals) {
        if (formals.isBlank()) return new String[0];
        String[] parts = formals.split(",");
        for (int i = 0; i < parts.length; i++) parts[i] = parts[i].trim();
        return parts;
    }

    private static BuiltinFunction.Impl matching(String name, String[] formals, BuiltinFunction.MatchedImpl impl) {
        return (in, call, args, names, rho) -> {
            SEXP[] matched = ArgumentMatcher.matchBuiltin(in, call, formals, args, names);
            return impl.apply(in, call, matched, rho);
        };
    }

    /** The {@code ...} slot of a matched builtin as a list (names attribute kept). */
    public static ListVector dots(SEXP slot) {
        if (slot instanceof ListVector) return (ListVector) slot;
        return ListVector.EMPTY;
    }

    /** Convenience: names of a dots list, "" where unnamed. */
    public static String dotName(ListVector dots, int i) {
        StringVector n = dots.names();
        return n == null ? "" : n.get(i);
    }

    static boolean isNull(SEXP s) { return s == null || s == Null.NULL; }
}
