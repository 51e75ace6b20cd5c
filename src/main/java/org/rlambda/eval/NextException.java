package org.rlambda.eval;

/** {@code next} unwinding to the innermost loop. */
public final class NextException extends ControlFlow {
    public static final NextException INSTANCE = new NextException();

    private NextException() { }
}
