package org.rlambda.lambda;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Line-prefixing log streams for the user's output. Lambda writes each invocation's stdout/stderr
 * lines to CloudWatch without saying which invocation they belong to; while an invocation runs,
 * every complete line is written as {@code <request id>\t<line>}, the layout of the other Lambda
 * runtimes' log lines. Partial lines are held until their newline (or the invocation's end) so a line
 * is never split. The target stream is looked up on every write because the Lambda runtime replaces
 * System.out/err after our classes are loaded.
 */
public final class RequestLog {
    private volatile String requestId;
    private final boolean prefix;
    private final Line out;
    private final Line err;

    public RequestLog(Supplier<PrintStream> stdout, Supplier<PrintStream> stderr, boolean prefixLines) {
        this.prefix = prefixLines;
        this.out = new Line(stdout);
        this.err = new Line(stderr);
    }

    public static RequestLog system(boolean prefixLines) {
        return new RequestLog(() -> System.out, () -> System.err, prefixLines);
    }

    public PrintStream out() { return out.stream; }

    public PrintStream err() { return err.stream; }

    public void begin(String id) { requestId = id; }

    /** Ends an invocation: an unterminated last line is written out with its newline. */
    public void end() {
        out.finishLine();
        err.finishLine();
        requestId = null;
    }

    /** A diagnostic line from the function layer itself (stderr). */
    public void info(String message) {
        err.stream.print("rlambda: " + message + "\n");
        err.stream.flush();
    }

    private final class Line extends OutputStream {
        private final Supplier<PrintStream> target;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(this, true, StandardCharsets.UTF_8);

        Line(Supplier<PrintStream> target) { this.target = target; }

        @Override public synchronized void write(int b) {
            pending.write(b);
            if (b == '\n') emit();
        }

        @Override public synchronized void write(byte[] b, int off, int len) {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    pending.write(b, start, i + 1 - start);
                    emit();
                    start = i + 1;
                }
            }
            pending.write(b, start, off + len - start);
        }

        synchronized void finishLine() {
            if (pending.size() > 0) {
                pending.write('\n');
                emit();
            }
        }

        private void emit() {
            PrintStream t = target.get();
            String id = requestId;
            byte[] line = pending.toByteArray();
            pending.reset();
            synchronized (t) {
                if (prefix && id != null) t.print(id + "\t");
                t.write(line, 0, line.length);
                t.flush();
            }
        }
    }
}
