package org.rlambda.format;

/** An error in a formatting request; the message is GNU R's error text, for the caller to raise as an R error. */
public final class FormatException extends RuntimeException {
    public FormatException(String message) {
        super(message, null, false, false);
    }
}
