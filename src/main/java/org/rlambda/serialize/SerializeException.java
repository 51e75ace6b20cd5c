package org.rlambda.serialize;

/** A serialization or unserialization failure; its message is the R error text (GNU R's wording). */
public final class SerializeException extends RuntimeException {
    public SerializeException(String message) { super(message, null, false, false); }
}
