package org.rlambda.nmath.random;

/** An error GNU R's generators raise, carrying GNU R's message for the caller to report as an R error. */
public final class RandomException extends RuntimeException {
    public RandomException(String message) {
        super(message, null, false, false);
    }
}
