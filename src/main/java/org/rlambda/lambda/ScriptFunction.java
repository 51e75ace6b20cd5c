package org.rlambda.lambda;

import java.time.Duration;

/**
 * The user's function as the Lambda layer sees it: initialised once per container, then called per
 * event. The R implementation is {@link RScriptFunction}; the Lambda layer knows nothing of R.
 * Failures raised by the user's code are {@link FunctionFailure}s.
 */
public interface ScriptFunction {

    /** A console or direct invocation: JSON event in, JSON response out. */
    String invokeJson(String eventJson, InvocationInfo context);

    /** One S3 record: the object is already on local disk; the result is written under {@code input.outputDir()}. */
    ObjectOutput invokeObject(ObjectInput input, InvocationInfo context);

    /**
     * An event of a kind adapted in R (HTTP, SQS, SNS, EventBridge, streams, Step Functions; see
     * {@link EventKind}): the named bundled adapter calls the handler and shapes the response.
     */
    default String invokeAdapter(String adapter, String eventJson, InvocationInfo context) {
        throw new UnsupportedOperationException(adapter);
    }

    /** Elapsed-time limit for the next call; null removes it. */
    void setTimeLimit(Duration limit);

    /** Output written by the function that is still buffered (R warnings) is emitted now. */
    default void flush() {}
}
