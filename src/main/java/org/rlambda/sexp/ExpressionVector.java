package org.rlambda.sexp;

/** An R expression vector, as {@code expression()} and {@code parse()} return. */
public final class ExpressionVector extends ListVector {
    public ExpressionVector(SEXP[] values) { super(values); }

    @Override public SexpType type() { return SexpType.EXPRESSION; }

    @Override protected ListVector make(SEXP[] v) { return new ExpressionVector(v); }
}
