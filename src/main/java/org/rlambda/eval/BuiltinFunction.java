package org.rlambda.eval;

import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;

/**
 * A function implemented in Java. A special receives its arguments unevaluated (the call's
 * argument expressions); a builtin receives evaluated arguments with {@code ...} expanded.
 * A builtin declared with formals gets its arguments matched to them by R's rules.
 */
public final class BuiltinFunction extends SEXP {
    /** Positional form: evaluated arguments and their names ("" when unnamed; names may be null). */
    @FunctionalInterface
    public interface Impl {
        SEXP apply(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho);
    }

    /**
     * Matched form: {@code args[i]} is the value matched to formal i, or null when missing;
     * the slot of {@code ...} holds a {@link org.rlambda.sexp.ListVector} (names attribute set when any name was given).
     */
    @FunctionalInterface
    public interface MatchedImpl {
        SEXP apply(Interpreter in, Call call, SEXP[] args, Environment rho);
    }

    public final String name;
    public final boolean special;
    /** Dispatches on the class of its first argument before running (print, length, [, ...). */
    public final boolean internalGeneric;
    /** Volatile because a lazily registered builtin gets its implementation on first use (see {@link LazyBuiltins}). */
    volatile Impl impl;
    volatile String[] formals;
    /** Non-null while this is a placeholder whose topic has not been registered yet. */
    volatile LazyBuiltins.Topic pendingTopic;
    /** The S3 group generic ("Ops", "Math", "Summary", "Complex") this function belongs to, or null. */
    public final String group;
    /**
     * True for functions that are closures in GNU R (lapply, sapply, do.call, ...): they get a
     * call-stack context so tracebacks, sys.call() and parent.frame() see them as GNU R does.
     */
    public boolean hasContext;

    BuiltinFunction(String name, boolean special, boolean internalGeneric, Impl impl, String[] formals) {
        this(name, special, internalGeneric, impl, formals, null);
    }

    BuiltinFunction(String name, boolean special, boolean internalGeneric, Impl impl, String[] formals, String group) {
        this.group = group;
        this.name = name;
        this.special = special;
        this.internalGeneric = internalGeneric;
        this.impl = impl;
        this.formals = formals;
        this.named = 2;
    }

    @Override public SexpType type() { return special ? SexpType.SPECIAL : SexpType.BUILTIN; }

    /** The declared formals, or null when the builtin takes positional arguments. */
    public String[] formals() {
        LazyBuiltins.Topic t = pendingTopic;
        if (t != null) t.resolve();
        return formals == null ? null : formals.clone();
    }
}
