package org.rlambda.sexp;

/** A promise: an unevaluated argument, its environment, and its value once forced. */
public final class Promise extends SEXP {
    public final SEXP expression;
    private Environment env;
    private SEXP value;
    /** True while being forced, to report recursive default argument references. */
    public boolean underEvaluation;
    /** True for a formal's default value: missing() is still TRUE for it. */
    public boolean isDefaultArg;

    public Promise(SEXP expression, Environment env) { this.expression = expression; this.env = env; }

    /** An already-forced promise (e.g. for do.call arguments and dispatch). */
    public static Promise forced(SEXP expression, SEXP value) {
        Promise p = new Promise(expression, null);
        p.value = value;
        return p;
    }

    @Override public SexpType type() { return SexpType.PROMISE; }

    public boolean isForced() { return value != null; }

    public SEXP value() { return value; }

    public Environment env() { return env; }

    public void setValue(SEXP v) {
        this.value = v;
        this.env = null; // release the environment, as GNU R does
    }
}
