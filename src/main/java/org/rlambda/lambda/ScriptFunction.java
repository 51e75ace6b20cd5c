package org.rlambda.lambda;

import java.time.Duration;

/**
 * The user's function as the Lambda layer sees it: initialised once per session, then called per
 * event. The R implementation is {@link RScriptFunction}; the Lambda layer knows nothing of R.
 * Failures raised by the user's code are {@link FunctionFailure}s. One instance serves one
 * invocation at a time; concurrent invocations get one instance each (see {@link SessionPool}).
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

    /** Called after every invocation: closes what the invocation left open that must not reach the next one. */
    default void endInvocation() {}

    /** Non-null when this session must be discarded (and rebuilt) instead of serving again: why. */
    default String brokenReason() { return null; }

    /** After a snapshot restore: state that would otherwise be identical in every restored environment is renewed. */
    default void afterRestore() {}

    /** The state priming must not change (R: the random-number generator's), to hand back to {@link #restoreState}. */
    default Object saveState() { return null; }

    default void restoreState(Object state) {}

    /** Releases the session (it is discarded). */
    default void close() {}
}
