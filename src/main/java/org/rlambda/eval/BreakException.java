package org.rlambda.eval;

/** {@code break} unwinding to the innermost loop. */
public final class BreakException extends ControlFlow {
    public static final BreakException INSTANCE = new BreakException();

    private BreakException() { }
}
