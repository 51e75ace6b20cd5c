package org.rlambda.lambda;

import java.io.IOException;

/**
 * An object store request failed, with the AWS-style error code the invocation reports as its
 * {@code errorType} (e.g. {@code NoSuchKey}, {@code AccessDenied}) and a message without Java or
 * SDK detail.
 */
public class ObjectStoreException extends IOException {
    private final String code;

    public ObjectStoreException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() { return code; }
}
