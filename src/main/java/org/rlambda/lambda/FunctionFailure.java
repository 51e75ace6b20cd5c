package org.rlambda.lambda;

import java.util.List;

/**
 * The user's code failed. Carries what Lambda reports: {@code errorType} (for R, the condition
 * class), the message, and the user-level stack (for R, the deparsed calls, innermost first).
 */
public class FunctionFailure extends RuntimeException {
    private final String errorType;
    private final List<String> trace;

    public FunctionFailure(String errorType, String message, List<String> trace) {
        this(errorType, message, trace, null);
    }

    public FunctionFailure(String errorType, String message, List<String> trace, Throwable cause) {
        super(message, cause, false, false);
        this.errorType = errorType;
        this.trace = List.copyOf(trace);
    }

    public String errorType() { return errorType; }

    public List<String> trace() { return trace; }
}
