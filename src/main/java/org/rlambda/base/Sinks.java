package org.rlambda.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;
import java.util.WeakHashMap;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * sink() and sink.number(): R output diverted to a connection or file. Every printer writes to
 * the interpreter's {@code out} stream, so a sink swaps that stream for one feeding the
 * connection, and removing the sink puts the previous stream back (sinks nest as a stack).
 */
public final class Sinks {
    private Sinks() { }

    /** One diversion: what to restore and what to close when it is removed. */
    private static final class Diversion {
        final PrintStream previous;
        final PrintStream stream;
        final boolean ownsFile;
        /** The connection number written to, -1 for a file named by sink() itself. */
        final int connection;

        Diversion(PrintStream previous, PrintStream stream, boolean ownsFile, int connection) {
            this.previous = previous;
            this.stream = stream;
            this.ownsFile = ownsFile;
            this.connection = connection;
        }
    }

    /** Per session: the output sinks (innermost first) and the message sink, if any. */
    private static final class State {
        final Deque<Diversion> output = new ArrayDeque<>();
        Diversion message;
    }

    private static final Map<Interpreter, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    private static State state(Interpreter in) { return STATES.computeIfAbsent(in, k -> new State()); }

    public static void register(Builtins b) {
        b.add("sink", "file, append, type, split", Sinks::sink);
        b.add("sink.number", "type", (in, call, a, rho) -> {
            boolean message = a[0] != null && "message".equals(RArgs.string(a[0]));
            State s = state(in);
            return IntVector.of(message ? (s.message == null ? 2 : 3) : s.output.size());
        });
        b.markClosureLike("sink", "sink.number");
    }

    /**
     * Removes every diversion, restoring the session's own output and message streams (a host
     * calls this between requests, so a sink left open does not swallow the next request's output).
     */
    public static void closeAll(Interpreter in) {
        State s = STATES.get(in);
        if (s == null) return;
        if (s.message != null) {
            in.err.flush();
            in.err = s.message.previous;
            if (s.message.ownsFile) s.message.stream.close();
            s.message = null;
        }
        for (Diversion d = s.output.poll(); d != null; d = s.output.poll()) {
            d.stream.flush();
            in.out = d.previous;
            if (d.ownsFile) d.stream.close();
        }
    }

    private static SEXP sink(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        SEXP file = a[0] == null ? Null.NULL : a[0];
        boolean append = RArgs.flag(in, call, a[1], false, "append");
        boolean message = type(in, call, a[2]);
        boolean split = RArgs.flag(in, call, a[3], false, "split");
        State s = state(in);
        in.visible = false;
        if (file == Null.NULL) {
            if (message) {
                if (s.message != null) {
                    in.err.flush();
                    in.err = s.message.previous;
                    s.message = null;
                }
                return Null.NULL;
            }
            Diversion d = s.output.poll();
            if (d == null) {
                in.warning(call, "no sink to remove");
                return Null.NULL;
            }
            d.stream.flush();
            in.out = d.previous;
            if (d.ownsFile) d.stream.close();
            return Null.NULL;
        }
        OutputStream target;
        boolean ownsFile = false;
        int connection = -1;
        if (file instanceof StringVector && !file.isObject() && file.length() >= 1) {
            if (message) throw in.error(call, "'file' must be NULL or an already open connection");
            target = fileStream(in, call, ((StringVector) file).get(0), append);
            ownsFile = true;
        } else {
            Connections.Conn c = file.inherits("connection") ? Connections.lookup(in, call, file) : null;
            if (c == null) throw in.error(call, "'file' must be NULL, a connection or a character string");
            if (c.id == 0) throw in.error(call, "cannot switch output to stdin");
            // sinking again into the connection already receiving output changes nothing
            if (!message && !s.output.isEmpty() && s.output.peek().connection == c.id) return Null.NULL;
            target = new ConnectionStream(in, call, c);
            connection = c.id;
        }
        PrintStream current = message ? in.err : in.out;
        current.flush();
        OutputStream into = split ? new Tee(current, target) : target;
        PrintStream stream = new PrintStream(into, true, StandardCharsets.UTF_8);
        if (message) {
            s.message = new Diversion(s.message == null ? in.err : s.message.previous, stream, ownsFile, connection);
            in.err = stream;
        } else {
            s.output.push(new Diversion(in.out, stream, ownsFile, connection));
            in.out = stream;
        }
        return Null.NULL;
    }

    private static boolean type(Interpreter in, Call call, SEXP t) {
        if (t == null) return false;
        String v = RArgs.string(t);
        if ("output".startsWith(v) && !v.isEmpty()) return false;
        if ("message".startsWith(v) && !v.isEmpty()) return true;
        throw in.error(call, "'arg' should be one of \u201coutput\u201d, \u201cmessage\u201d");
    }

    private static OutputStream fileStream(Interpreter in, Call call, String name, boolean append) {
        try {
            return Files.newOutputStream(FileBuiltins.path(in, name), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            in.warning(call, "cannot open file '" + name + "': " + FileBuiltins.reason(e));
            throw in.error(call, "cannot open the connection");
        }
    }

    /** Bytes printed into a sink, handed to the connection as text once their UTF-8 is complete. */
    private static final class ConnectionStream extends OutputStream {
        private final Interpreter in;
        private final Call call;
        private final Connections.Conn conn;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        ConnectionStream(Interpreter in, Call call, Connections.Conn conn) {
            this.in = in;
            this.call = call;
            this.conn = conn;
        }

        @Override public void write(int b) { write(new byte[] {(byte) b}, 0, 1); }

        @Override public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            byte[] all = pending.toByteArray();
            int complete = completeUtf8(all);
            if (complete == 0) return;
            pending.reset();
            pending.write(all, complete, all.length - complete);
            Connections.writeTo(in, call, conn, new String(all, 0, complete, StandardCharsets.UTF_8));
        }

        /** The length of the longest prefix that does not end inside a multi-byte character. */
        private static int completeUtf8(byte[] b) {
            int n = b.length;
            for (int back = 1; back <= Math.min(3, n); back++) {
                int c = b[n - back] & 0xFF;
                if (c < 0x80) return n;
                if (c >= 0xC0) {
                    int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                    return need > back ? n - back : n;
                }
            }
            return n;
        }
    }

    /** sink(split = TRUE): output goes on to where it went before as well. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override public void flush() throws IOException {
            first.flush();
            second.flush();
        }

        @Override public void close() throws IOException { second.close(); }
    }
}
