package org.rlambda.eval;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * R's condition system: the handler stack (calling handlers and tryCatch exits), the restart
 * stack, signalling, and the deferred warnings Rscript prints after each top-level call.
 */
public final class Conditions {
    /** GNU R's LONGWARN: beyond this width a message goes on its own line. */
    private static final int LONGWARN = 75;

    /** One established handler; the stack is a persistent linked list. */
    public static final class Handler {
        final String cls;
        final SEXP fn;
        final boolean calling;
        final Object token;
        final int index;
        final Handler next;

        Handler(String cls, SEXP fn, boolean calling, Object token, int index, Handler next) {
            this.cls = cls;
            this.fn = fn;
            this.calling = calling;
            this.token = token;
            this.index = index;
            this.next = next;
        }
    }

    /** One established restart. */
    public static final class Restart {
        public final String name;
        public final Object token;
        public final SEXP fn;
        public final Restart next;

        Restart(String name, Object token, SEXP fn, Restart next) {
            this.name = name;
            this.token = token;
            this.fn = fn;
            this.next = next;
        }
    }

    /** A deferred warning: its call (or null) and message. */
    public static final class Warning {
        public final SEXP call;
        public final String message;

        Warning(SEXP call, String message) { this.call = call; this.message = message; }
    }

    private final Interpreter in;
    private Handler handlers;
    private Restart restarts;
    private final List<Warning> pending = new ArrayList<>();
    private List<Warning> last = new ArrayList<>();
    private String lastErrorMessage = "";

    Conditions(Interpreter in) { this.in = in; }

    // ---------------------------------------------------------------- condition objects

    public static ListVector make(String message, SEXP call, String... classes) {
        ListVector c = new ListVector(new SEXP[] {StringVector.of(message), call == null ? Null.NULL : call});
        c.setAttributeRaw("names", StringVector.of("message", "call"));
        c.setAttributeRaw("class", new StringVector(classes));
        return c;
    }

    public static String message(ListVector cond) {
        SEXP m = cond.get("message");
        if (m instanceof StringVector && m.length() > 0) return ((StringVector) m).get(0);
        return "";
    }

    public static SEXP call(ListVector cond) {
        SEXP c = cond.get("call");
        return c == null ? Null.NULL : c;
    }

    // ---------------------------------------------------------------- handler stack

    public Handler handlers() { return handlers; }

    public void setHandlers(Handler h) { handlers = h; }

    /** Pushes handlers for the classes; exiting ones unwind to the owner of {@code token}. */
    public Handler push(String cls, SEXP fn, boolean calling, Object token, int index) {
        handlers = new Handler(cls, fn, calling, token, index, handlers);
        return handlers;
    }

    public Restart restarts() { return restarts; }

    public void setRestarts(Restart r) { restarts = r; }

    public Restart pushRestart(String name, Object token, SEXP fn) {
        restarts = new Restart(name, token, fn, restarts);
        return restarts;
    }

    private static boolean matches(ListVector cond, String cls) {
        StringVector c = cond.classAttribute();
        if (c == null) return false;
        for (int i = 0; i < c.length(); i++) if (cls.equals(c.get(i))) return true;
        return false;
    }

    /**
     * Offers a condition to the established handlers, innermost first. A calling handler runs
     * here (with only the handlers below it established); an exiting one unwinds to its tryCatch.
     */
    public void signal(ListVector cond) {
        Handler h = handlers;
        while (h != null) {
            if (matches(cond, h.cls)) {
                if (!h.calling) throw new ConditionJump(h.token, h.index, cond);
                Handler saved = handlers;
                handlers = h.next;
                try {
                    in.callFunction(h.fn, new SEXP[] {cond}, null, in.globalEnv, new Call(h.fn, new SEXP[] {cond}, null));
                } finally {
                    handlers = saved;
                }
            }
            h = h.next;
        }
    }

    void signalError(RError e) {
        if (e.rStack == null) e.rStack = captureStack();
        if (e.callNames == null) e.callNames = captureCallNames();
        // GNU R copies a simple error's bare message to geterrmessage() when a handler takes it
        if (matches(e.condition, "simpleError")) {
            for (Handler h = handlers; h != null; h = h.next) {
                if (matches(e.condition, h.cls)) {
                    lastErrorMessage = message(e.condition);
                    break;
                }
            }
        }
        signal(e.condition);
        if (in.reportErrorsAtSignal && !e.reported) reportUncaught(e);
    }

    /** Rscript's report of an uncaught error: message, "Calls:" line and pending warnings. */
    public void reportUncaught(RError e) {
        e.reported = true;
        in.out.flush();
        String text = formatError(e.condition);
        lastErrorMessage = text;
        in.err.print(text);
        String calls = conciseTraceback(e);
        if (!calls.isEmpty()) in.err.print("Calls: " + calls + "\n");
        if (hasPendingWarnings()) {
            in.err.print("In addition: ");
            printWarnings();
        }
        in.err.flush();
    }

    /** Creates, signals and returns a simpleError for the caller to throw. */
    public RError error(Call call, String message) {
        return errorFromCondition(make(message, call, "simpleError", "error", "condition"));
    }

    /** Signals an error condition object (stop(cond)); returns the exception to throw. */
    public RError errorFromCondition(ListVector cond) {
        RError e = new RError(cond);
        e.signaled = true;
        signalError(e);
        return e;
    }

    private List<String> captureCallNames() {
        List<String> names = new ArrayList<>();
        for (Context c = in.topContext(); c != null; c = c.parent) {
            if (c.function == null) continue; // pseudo contexts are frames GNU R hides here too
            SEXP f = c.call.function;
            names.add(0, f instanceof org.rlambda.sexp.Symbol ? ((org.rlambda.sexp.Symbol) f).name : "<Anonymous>");
            if (names.size() > 200) break;
        }
        return names;
    }

    /** Rscript's "Calls: f -> g" line content for an uncaught error, or "" when it adds nothing. */
    public String conciseTraceback(RError e) {
        List<String> names = e.callNames;
        if (names == null || names.isEmpty()) return "";
        SEXP call = call(e.condition);
        if (!(call instanceof Call)) return "";
        // GNU R builds this innermost-first, prepending, and abbreviates beyond 50 characters
        String buf = "";
        boolean tooMany = false;
        String topName = null;
        int ncalls = 0;
        for (int i = names.size() - 1; i >= 0; i--) {
            String t = names.get(i);
            if (t.equals("stop") || t.equals("warning") || t.equals("signalCondition")) {
                buf = "";
                ncalls = 0;
                tooMany = false;
                continue;
            }
            ncalls++;
            if (tooMany) topName = t;
            else if (buf.length() > 50) { buf = "... " + buf; tooMany = true; topName = t; }
            else if (!buf.isEmpty()) buf = t + " -> " + buf;
            else buf = t;
        }
        if (tooMany && topName != null && topName.length() < 50) buf = topName + " " + buf;
        if (ncalls == 1) {
            SEXP f = ((Call) call).function;
            String t = f instanceof org.rlambda.sexp.Symbol ? ((org.rlambda.sexp.Symbol) f).name : "<Anonymous>";
            if (buf.equals(t)) return "";
        }
        return buf;
    }

    private List<String> captureStack() {
        List<String> s = new ArrayList<>();
        int n = 0;
        Context start = in.topContext();
        // stop() and warning() frames are where the error is raised, not part of the user's stack
        while (start != null && start.function instanceof BuiltinFunction
                && (((BuiltinFunction) start.function).name.equals("stop") || ((BuiltinFunction) start.function).name.equals("warning"))) {
            start = start.parent;
        }
        for (Context c = start; c != null && n < 100; c = c.parent, n++) {
            try {
                // the first line, as GNU R's traceback abbreviates: a call can embed a whole event
                List<String> lines = org.rlambda.parse.Deparser.deparseLines(c.call, 2);
                s.add(lines.isEmpty() ? "<call>" : lines.size() > 1 ? lines.get(0).stripTrailing() + " ..." : lines.get(0));
            } catch (RuntimeException ex) {
                s.add("<call>");
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- warnings

    public void warning(Call call, String message) {
        warningCondition(make(message, call, "simpleWarning", "warning", "condition"));
    }

    /** Signals a warning with a muffleWarning restart; if not muffled, applies options(warn). */
    public void warningCondition(ListVector cond) {
        Object token = new Object();
        Restart saved = restarts;
        pushRestart("muffleWarning", token, null);
        try {
            signal(cond);
        } catch (ConditionJump j) {
            if (j.token == token) return;
            throw j;
        } finally {
            restarts = saved;
        }
        int warn = in.optionInt("warn", 0);
        String msg = message(cond);
        SEXP call = call(cond);
        if (warn < 0) return;
        if (warn >= 2) {
            throw error(call instanceof Call ? (Call) call : null, "(converted from warning) " + msg);
        }
        if (warn == 1) {
            in.err.print(formatImmediateWarning(call, msg));
            in.err.flush();
            return;
        }
        if (pending.size() < in.optionInt("nwarnings", 50)) pending.add(new Warning(call, msg));
        else pending.add(null);
    }

    private String formatImmediateWarning(SEXP call, String msg) {
        if (!(call instanceof Call)) return "Warning: " + msg + "\n";
        String dcall = org.rlambda.parse.Deparser.deparseFirstLine(call);
        StringBuilder sb = new StringBuilder("Warning in ").append(dcall).append(" :");
        if (dcall.length() + firstLineWidth(msg) + 18 > LONGWARN) sb.append("\n ");
        return sb.append(' ').append(msg).append('\n').toString();
    }

    /** Adds a warning to the deferred list without signalling it (parser warnings). */
    public void deferWarning(SEXP call, String message) {
        if (pending.size() < in.optionInt("nwarnings", 50)) pending.add(new Warning(call, message));
        else pending.add(null);
    }

    public boolean hasPendingWarnings() { return !pending.isEmpty(); }

    /** Prints and clears the deferred warnings the way Rscript does after a top-level call. */
    public void printWarnings() {
        if (pending.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        int count = pending.size();
        List<Warning> shown = new ArrayList<>();
        for (Warning w : pending) if (w != null) shown.add(w);
        if (count == 1) {
            sb.append("Warning message:\n");
            Warning w = shown.get(0);
            if (!(w.call instanceof Call)) {
                sb.append(w.message).append(" \n");
            } else {
                String dcall = org.rlambda.parse.Deparser.deparseFirstLine(w.call);
                sb.append("In ").append(dcall).append(" :");
                if (6 + dcall.length() + firstLineWidth(w.message) > LONGWARN) sb.append("\n ");
                sb.append(' ').append(w.message).append('\n');
            }
        } else if (count <= 10) {
            sb.append("Warning messages:\n");
            for (int i = 0; i < shown.size(); i++) {
                Warning w = shown.get(i);
                if (!(w.call instanceof Call)) {
                    sb.append(i + 1).append(": ").append(w.message).append(" \n");
                } else {
                    String dcall = org.rlambda.parse.Deparser.deparseFirstLine(w.call);
                    sb.append(i + 1).append(": In ").append(dcall).append(" :");
                    if (10 + dcall.length() + firstLineWidth(w.message) > LONGWARN) sb.append("\n ");
                    sb.append(' ').append(w.message).append('\n');
                }
            }
        } else {
            int max = in.optionInt("nwarnings", 50);
            if (count <= max) {
                sb.append("There were ").append(count).append(" warnings (use warnings() to see them)\n");
            } else {
                sb.append("There were ").append(max).append(" or more warnings (use warnings() to see the first ")
                        .append(max).append(")\n");
            }
        }
        last = shown;
        pending.clear();
        in.err.print(sb);
        in.err.flush();
    }

    /** The warnings printed last (for warnings()). */
    public List<Warning> lastWarnings() { return last; }

    // ---------------------------------------------------------------- errors at top level

    /** GNU R's text for an uncaught error: "Error in f(x) : msg" or "Error: msg", newline-terminated. */
    public String formatError(ListVector cond) {
        String msg = message(cond);
        SEXP call = call(cond);
        // GNU R adds the final newline only when the message has none
        String end = msg.endsWith("\n") ? "" : "\n";
        if (!(call instanceof Call)) return "Error: " + msg + end;
        String dcall = org.rlambda.parse.Deparser.deparseFirstLine(call);
        // GNU R 4.2.2 moves the message to its own line when call and first message line
        // together exceed 61 columns (the same rule try() applies: 14 + call + message > 75)
        if (14 + dcall.length() + firstLineWidth(msg) > LONGWARN) {
            return "Error in " + dcall + " : \n  " + msg + end;
        }
        return "Error in " + dcall + " : " + msg + end;
    }

    public String lastErrorMessage() { return lastErrorMessage; }

    public void setLastErrorMessage(String s) { lastErrorMessage = s; }

    private static int firstLineWidth(String msg) {
        int nl = msg.indexOf('\n');
        String first = nl >= 0 ? msg.substring(0, nl) : msg;
        return first.codePointCount(0, first.length());
    }

    void reset() {
        handlers = null;
        restarts = null;
    }
}
