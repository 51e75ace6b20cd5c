package org.rlambda.lambda;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounds on what an invocation sends back and logs: Lambda's 6 MB synchronous payload limit,
 * at most {@value #MAX_FRAMES} stack frames, calls abbreviated as GNU R's traceback shows them, and
 * error messages cut at {@value #MAX_MESSAGE_CHARS} characters. A deparsed call can embed the whole
 * event (the handler's arguments are values), so unbounded traces grow with the event.
 */
public final class ResponseLimits {
    /** Lambda's limit for a synchronous invocation's request and response: 6 MB. */
    public static final int MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;
    public static final int MAX_FRAMES = 50;
    public static final int MAX_MESSAGE_CHARS = 64 * 1024;
    /** Characters kept of one call's first line. */
    static final int MAX_CALL_CHARS = 200;

    private ResponseLimits() {}

    /** A call as one short line: its first line, cut, with " ..." when anything was left out. */
    public static String abbreviateCall(String call) {
        int nl = call.indexOf('\n');
        String first = nl >= 0 ? call.substring(0, nl) : call;
        boolean cut = nl >= 0;
        if (first.length() > MAX_CALL_CHARS) {
            first = first.substring(0, MAX_CALL_CHARS);
            cut = true;
        }
        return cut ? first + " ..." : first;
    }

    /** At most MAX_FRAMES abbreviated calls; the last entry says how many more there were. */
    public static List<String> boundedTrace(List<String> calls) {
        List<String> out = new ArrayList<>();
        int keep = calls.size() > MAX_FRAMES ? MAX_FRAMES - 1 : calls.size();
        for (int i = 0; i < keep; i++) out.add(abbreviateCall(calls.get(i)));
        if (keep < calls.size()) out.add("... " + (calls.size() - keep) + " more frames");
        return out;
    }

    /** The message, cut at MAX_MESSAGE_CHARS with a note of how much was left out. */
    public static String boundedMessage(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_CHARS) return message;
        return message.substring(0, MAX_MESSAGE_CHARS) + "\n[... message cut: " + (message.length() - MAX_MESSAGE_CHARS)
                + " more characters]";
    }

    /** The error for a response over Lambda's payload limit. */
    static FunctionFailure payloadTooLarge(long bytes) {
        return new FunctionFailure("ResponseSizeTooLarge", "Error: the response is " + bytes + " bytes, more than Lambda's "
                + MAX_PAYLOAD_BYTES + "-byte (6 MB) limit for a synchronous invocation's payload; return less, or write "
                + "the result to S3 and return its location", List.of());
    }
}
