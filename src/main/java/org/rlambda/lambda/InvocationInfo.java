package org.rlambda.lambda;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * The parts of the Lambda context an R handler can see (its {@code context} argument).
 * {@code deadlineMillis} is wall-clock epoch milliseconds, fixed when the invocation starts.
 */
public record InvocationInfo(String requestId, String functionArn, String functionName, String functionVersion,
                             int memoryLimitMb, long deadlineMillis, String logGroupName, String logStreamName) {

    public static InvocationInfo from(Context c) {
        long remaining = c.getRemainingTimeInMillis();
        return new InvocationInfo(c.getAwsRequestId(), c.getInvokedFunctionArn(), c.getFunctionName(),
                c.getFunctionVersion(), c.getMemoryLimitInMB(), System.currentTimeMillis() + remaining,
                c.getLogGroupName(), c.getLogStreamName());
    }

    public long remainingMillis() { return Math.max(0, deadlineMillis - System.currentTimeMillis()); }
}
