package org.rlambda.sexp;

/** R's NULL (R_NilValue). */
public final class Null extends SEXP {
    public static final Null NULL = new Null();

    private Null() { named = 2; }

    @Override public SexpType type() { return SexpType.NULL; }

    @Override public int length() { return 0; }

    @Override public void setAttributeRaw(String name, SEXP value) {
        throw new IllegalStateException("attempt to set an attribute on NULL");
    }
}
