package org.rlambda.sexp;

/**
 * A value rlambda cannot use but can hold and pass on: an external pointer (whose address is
 * nil, as GNU R leaves it after reading one from a file), a weak reference, or an S4 object
 * (S4SXP, whose slots are its attributes). {@link #protectedValue} and {@link #tag} are an
 * external pointer's protected value and tag.
 */
public final class OpaqueValue extends SEXP {
    private final SexpType type;
    public SEXP protectedValue = Null.NULL;
    public SEXP tag = Null.NULL;

    public OpaqueValue(SexpType type) {
        if (type != SexpType.EXTERNALPTR && type != SexpType.WEAKREF && type != SexpType.S4) {
            throw new IllegalArgumentException("not an opaque type: " + type);
        }
        this.type = type;
        this.named = 2;
    }

    @Override public SexpType type() { return type; }
}
