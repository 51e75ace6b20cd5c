package org.rlambda.lambda;

/**
 * What the handler throws when the user's function fails. The Lambda runtime reports a thrown
 * exception's class name as {@code errorType}, so each error type gets its own subclass named after
 * it (see {@link ErrorTypes}): an R {@code simpleError} is reported as {@code simpleError}, a custom
 * condition class under its own name. Only the user's stack is kept, as the stack trace.
 */
public class LambdaFunctionError extends RuntimeException {
    public LambdaFunctionError(String message) {
        super(message, null, false, true);
    }
}
