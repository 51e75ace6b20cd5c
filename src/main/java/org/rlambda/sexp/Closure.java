package org.rlambda.sexp;

/** An R closure: formals, body and the environment it was created in. */
public final class Closure extends SEXP {
    public final PairList formals;
    public final SEXP body;
    public final Environment env;
    /** The formals' names as symbols, for argument matching. */
    public final Symbol[] formalSymbols;

    public Closure(PairList formals, SEXP body, Environment env) {
        this.formals = formals;
        this.body = body;
        this.env = env;
        this.formalSymbols = new Symbol[formals.length()];
        for (int i = 0; i < formalSymbols.length; i++) formalSymbols[i] = Symbol.get(formals.tag(i));
        this.named = 2;
    }

    @Override public SexpType type() { return SexpType.CLOSURE; }
}
