package org.rlambda.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The error object Lambda returns for a failed invocation, built the way the Java runtime builds it
 * from a thrown exception ({@code errorType} = class name, {@code errorMessage}, {@code stackTrace}
 * = the frames as text). Used where we report errors ourselves (the local invoke command).
 */
public final class LambdaErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaErrors() {}

    public static ObjectNode toJson(Throwable t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("errorMessage", t.getLocalizedMessage());
        o.put("errorType", t.getClass().getName());
        ArrayNode st = o.putArray("stackTrace");
        for (StackTraceElement e : t.getStackTrace()) st.add(e.toString());
        return o;
    }

    /** A user-code failure outside a handler call (init): reported under its own error type. */
    public static ObjectNode toJson(FunctionFailure f, String source) {
        return toJson(ErrorTypes.exception(f, source));
    }
}
