package org.rlambda.base;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

/**
 * sink(): diverting the session's output (what print() and cat() write to the console, and
 * stdout()) to a connection, as a stack. The R closure (utils.R) opens a file named by a
 * string and says whether to close it when the diversion ends; this class swaps the
 * interpreter's output stream.
 */
public final class Sinks {
    private Sinks() { }

    /** One diversion: the stream it replaced and the connection it writes to. */
    private static final class Sink {
        final PrintStream previous;
        final Connections.Conn conn;
        final boolean closeOnExit;
        /** The connection was made by sink() itself (a file name): it is destroyed too. */
        final boolean destroy;

        Sink(PrintStream previous, Connections.Conn conn, boolean closeOnExit, boolean destroy) {
            this.previous = previous;
            this.conn = conn;
            this.closeOnExit = closeOnExit;
            this.destroy = destroy;
        }
    }

    private static final Map<Interpreter, Deque<Sink>> STACKS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<Interpreter, Deque<PrintStream>> MESSAGE_STACKS = Collections.synchronizedMap(new WeakHashMap<>());

    private static Deque<Sink> stack(Interpreter in) { return STACKS.computeIfAbsent(in, k -> new ArrayDeque<>()); }

    public static void register(Builtins b) {
        b.add(".sink", "con, closeOnExit, type, split", (in, call, a, rho) -> {
            boolean message = RArgs.flag(in, call, a[2], false, "type");
            boolean closeOnExit = RArgs.flag(in, call, a[1], false, "closeOnExit");
            boolean split = RArgs.flag(in, call, a[3], false, "split");
            SEXP con = a[0];
            boolean remove = con instanceof IntVector && !con.isObject() && RArgs.integer(con) < 0;
            Call user = in.currentCall();
            if (message) {
                divertMessages(in, user, con);
            } else if (remove) {
                pop(in, user);
            } else {
                push(in, user, con, closeOnExit, split);
            }
            in.visible = false;
            return Null.NULL;
        });
        b.add("sink.number", "type", (in, call, a, rho) -> {
            boolean message = a[0] != null && "message".equals(RArgs.string(a[0]));
            if (message) {
                Deque<PrintStream> m = MESSAGE_STACKS.get(in);
                return IntVector.of(m == null || m.isEmpty() ? 2 : 3);
            }
            return IntVector.of(stack(in).size());
        });
    }

    private static void push(Interpreter in, Call call, SEXP con, boolean closeOnExit, boolean split) {
        Connections.Conn c = Connections.lookup(in, call, con);
        if (c == null) throw in.error(call, "invalid connection");
        boolean opened = false;
        if (c.id == 0) throw in.error(call, "cannot write to this connection");
        if (!c.open && c.id > 2) {
            // an unopened connection is opened for the diversion and closed when it ends
            FileBuiltins.openConn(in, call, c, c.mode.startsWith("a") ? "a" : "w");
            opened = true;
        }
        in.out.flush();
        PrintStream previous = in.out;
        // stdout() / stderr() as targets are the streams in place now (not the diverted console)
        OutputStream target = c.id == 1 ? previous : c.id == 2 ? in.err : new ConnectionStream(in, call, c);
        if (split) target = new Tee(previous, target);
        in.out = new PrintStream(target, true, StandardCharsets.UTF_8);
        stack(in).push(new Sink(previous, c, closeOnExit || opened, closeOnExit));
    }

    private static void pop(Interpreter in, Call call) {
        Deque<Sink> s = stack(in);
        if (s.isEmpty()) {
            in.warning(call, "no sink to remove");
            return;
        }
        Sink top = s.pop();
        in.out.flush();
        in.out = top.previous;
        if (top.closeOnExit && top.conn.id > 2) {
            if ("textConnection".equals(top.conn.kind)) TextConnections.close(in, top.conn);
            Connections.close(top.conn);
            if (top.destroy) Connections.remove(in, top.conn);
        }
    }

    private static void divertMessages(Interpreter in, Call call, SEXP con) {
        Connections.Conn c = Connections.lookup(in, call, con);
        if (c == null) throw in.error(call, "invalid connection");
        Deque<PrintStream> m = MESSAGE_STACKS.computeIfAbsent(in, k -> new ArrayDeque<>());
        in.err.flush();
        if (c.id == 2) {
            // back to the real standard error
            PrintStream original = null;
            while (!m.isEmpty()) original = m.pop();
            if (original != null) in.err = original;
            return;
        }
        m.push(in.err);
        in.err = new PrintStream(new ConnectionStream(in, call, c), true, StandardCharsets.UTF_8);
    }

    /** Bytes written to the output stream go to a connection (PrintStream hands over whole characters). */
    private static final class ConnectionStream extends OutputStream {
        private final Interpreter in;
        private final Call call;
        private final Connections.Conn conn;

        ConnectionStream(Interpreter in, Call call, Connections.Conn conn) {
            this.in = in;
            this.call = call;
            this.conn = conn;
        }

        @Override public void write(int b) { write(new byte[] {(byte) b}, 0, 1); }

        @Override public void write(byte[] b, int off, int len) {
            if (len == 0) return;
            Connections.writeTo(in, call, conn, new String(b, off, len, StandardCharsets.UTF_8));
        }
    }

    /** sink(split = TRUE): output goes to both the previous stream and the connection. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override public void write(int x) throws java.io.IOException {
            a.write(x);
            b.write(x);
        }

        @Override public void write(byte[] x, int off, int len) throws java.io.IOException {
            a.write(x, off, len);
            b.write(x, off, len);
        }

        @Override public void flush() throws java.io.IOException {
            a.flush();
            b.flush();
        }
    }
}
