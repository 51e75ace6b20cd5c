package org.rlambda.lambda;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Line-prefixing log streams for one R session's output. Lambda writes each invocation's
 * stdout/stderr lines to CloudWatch without saying which invocation they belong to; while an
 * invocation runs, every complete line is written as {@code <request id>\t<line>}, the layout of the
 * other Lambda runtimes' log lines. Partial lines are held until their newline (or the invocation's
 * end) so a line is never split, and lines of concurrent sessions never interleave. Each session has
 * its own log (its own request id), all writing to the process's streams. An invocation's output
 * beyond a byte budget is dropped, with one note at its end (CloudWatch charges per byte). The
 * target stream is looked up on every write because the Lambda runtime replaces System.out/err
 * after our classes are loaded.
 */
public final class RequestLog {
    /**
     * One lock for every log of the process: stdout and stderr are different streams that Lambda
     * writes to one log, so a line's prefix and text must not be split by another session's line.
     */
    private static final Object WRITE = new Object();
    private volatile String requestId;
    private final boolean prefix;
    private final long budget;
    private final Line out;
    private final Line err;
    private long written;
    private long dropped;
    private volatile boolean muted;

    public RequestLog(Supplier<PrintStream> stdout, Supplier<PrintStream> stderr, boolean prefixLines) {
        this(stdout, stderr, prefixLines, 0);
    }

    /** @param budgetBytes bytes an invocation may write (both streams together); 0 or less: no limit */
    public RequestLog(Supplier<PrintStream> stdout, Supplier<PrintStream> stderr, boolean prefixLines, long budgetBytes) {
        this.prefix = prefixLines;
        this.budget = budgetBytes;
        this.out = new Line(stdout);
        this.err = new Line(stderr);
    }

    public static RequestLog system(boolean prefixLines) { return system(prefixLines, 0); }

    public static RequestLog system(boolean prefixLines, long budgetBytes) {
        return new RequestLog(() -> System.out, () -> System.err, prefixLines, budgetBytes);
    }

    /** Another log of the same kind for another session (same targets, prefixing and budget). */
    public RequestLog sibling() { return new RequestLog(out.target, err.target, prefix, budget); }

    public PrintStream out() { return out.stream; }

    public PrintStream err() { return err.stream; }

    public void begin(String id) {
        synchronized (this) {
            written = 0;
            dropped = 0;
        }
        requestId = id;
    }

    /** Ends an invocation: an unterminated last line is written out with its newline; a cut is noted. */
    public void end() {
        out.finishLine();
        err.finishLine();
        long d;
        synchronized (this) {
            d = dropped;
            dropped = 0;
            written = 0;
        }
        if (d > 0 && !muted) {
            err.writeThrough(("rlambda: " + d + " more bytes of this invocation's output were dropped: it wrote more than the "
                    + budget + " bytes allowed per invocation (RLAMBDA_LOG_BUDGET_BYTES)\n").getBytes(StandardCharsets.UTF_8));
        }
        requestId = null;
    }

    /** While muted (priming), everything written is discarded. */
    public void mute(boolean on) { muted = on; }

    /** A diagnostic line from the function layer itself (stderr). */
    public void info(String message) {
        err.stream.print("rlambda: " + message + "\n");
        err.stream.flush();
    }

    /** True when a line of {@code n} bytes may still be written in this invocation. */
    private synchronized boolean take(int n) {
        if (budget <= 0 || requestId == null) return true;
        if (written + n > budget) {
            dropped += n;
            return false;
        }
        written += n;
        return true;
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
            byte[] line = pending.toByteArray();
            pending.reset();
            if (muted || !take(line.length)) return;
            writeThrough(line);
        }

        void writeThrough(byte[] line) {
            String id = requestId;
            byte[] all = line;
            if (prefix && id != null) {
                byte[] p = (id + "\t").getBytes(StandardCharsets.UTF_8);
                all = new byte[p.length + line.length];
                System.arraycopy(p, 0, all, 0, p.length);
                System.arraycopy(line, 0, all, p.length, line.length);
            }
            synchronized (WRITE) {
                PrintStream t = target.get();
                t.write(all, 0, all.length);
                t.flush();
            }
        }
    }
}
