package org.rlambda.eval;

/** Base of the exceptions that carry R control flow; they never need a Java stack trace. */
public abstract class ControlFlow extends RuntimeException {
    protected ControlFlow() { super(null, null, false, false); }

    protected ControlFlow(String message) { super(message, null, false, false); }
}
