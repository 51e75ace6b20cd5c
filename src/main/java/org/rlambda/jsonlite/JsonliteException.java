package org.rlambda.jsonlite;

/**
 * An error jsonlite signals with {@code stop()}, carrying its exact message and, where GNU R shows
 * one, the call it is reported against (e.g. "match.arg(dataframe)"); null means no call.
 */
public final class JsonliteException extends RuntimeException {
    private final String call;

    public JsonliteException(String message) { this(message, null); }

    public JsonliteException(String message, String call) {
        super(message, null, false, false);
        this.call = call;
    }

    /** The deparsed call GNU R reports the error in, or null. */
    public String call() { return call; }
}
