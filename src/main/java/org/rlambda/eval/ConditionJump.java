package org.rlambda.eval;

import org.rlambda.sexp.SEXP;

/** Unwinds to the tryCatch (or restart) that owns {@link #token}, carrying a value. */
public final class ConditionJump extends ControlFlow {
    public final Object token;
    public final int handlerIndex;
    public final SEXP value;

    public ConditionJump(Object token, int handlerIndex, SEXP value) {
        this.token = token;
        this.handlerIndex = handlerIndex;
        this.value = value;
    }
}
