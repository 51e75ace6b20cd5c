package org.rlambda.eval;

import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;

/** {@code return(value)} unwinding to the closure whose frame is {@link #target}. */
public final class ReturnException extends ControlFlow {
    public final Environment target;
    public final SEXP value;

    public ReturnException(Environment target, SEXP value) {
        this.target = target;
        this.value = value;
    }
}
