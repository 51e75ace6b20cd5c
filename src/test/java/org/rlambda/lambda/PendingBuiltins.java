package org.rlambda.lambda;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Reports a test of R code as skipped (not passed, not failed) while the R base library still
 * lacks a function it calls: the interpreter is being written function by function, and these
 * end-to-end tests of the example scripts start counting as soon as what they use exists. Any
 * other failure fails the test.
 */
final class PendingBuiltins implements TestExecutionExceptionHandler {
    static final String MISSING = "could not find function";

    static boolean isMissingBuiltin(String text) { return text != null && text.contains(MISSING); }

    static boolean isMissingBuiltin(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) if (isMissingBuiltin(c.getMessage())) return true;
        return false;
    }

    /** For tests that expect an R error: an error about a missing function is not the one expected. */
    static void abortIfMissing(Throwable t) {
        if (isMissingBuiltin(t)) throw new TestAbortedException("pending on the R base library: " + firstLine(t), t);
    }

    @Override public void handleTestExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        if (isMissingBuiltin(t)) throw new TestAbortedException("pending on the R base library: " + firstLine(t), t);
        throw t;
    }

    static String firstLine(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (isMissingBuiltin(c.getMessage())) {
                String m = c.getMessage();
                int i = m.indexOf(MISSING);
                int end = m.indexOf('\n', i);
                return m.substring(i, end < 0 ? m.length() : end);
            }
        }
        return String.valueOf(t.getMessage());
    }
}
