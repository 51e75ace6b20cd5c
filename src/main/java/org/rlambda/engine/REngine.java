package org.rlambda.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.RError;
import org.rlambda.parse.ParseException;
import org.rlambda.parse.Parser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;

/**
 * The engine's public API: one R session. Front doors (CLI, JSR-223, Lambda handler) use only
 * this class and the value classes in org.rlambda.sexp.
 */
public final class REngine implements AutoCloseable {
    /** R code runs on a thread with this stack, so R's expressions limit fires before the JVM's stack overflows. */
    private static final long R_STACK_BYTES = 1L << 30;
    private static volatile Builtins sharedBuiltins;

    private final Interpreter in;
    private final ExecutorService rThread;
    private volatile Thread rThreadRef;
    /** Set when the session hit a failure it cannot be trusted after (heap exhausted, quit()). */
    private volatile String brokenReason;
    private final SeedWatch seedWatch = new SeedWatch();

    public REngine(PrintStream out, PrintStream err) {
        this.rThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "R-engine", R_STACK_BYTES);
            t.setDaemon(true);
            rThreadRef = t;
            return t;
        });
        this.in = onRThread(() -> {
            Interpreter interp = new Interpreter(builtins(), out, err);
            loadLibrary(interp);
            return interp;
        });
    }

    /**
     * Runs {@code task} on this engine's R thread (directly when already on it), so every front
     * door gets the deep stack, and returns its result; exceptions pass through unchanged.
     */
    private <T> T onRThread(Callable<T> task) {
        if (Thread.currentThread() == rThreadRef) {
            try {
                return task.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> f = rThread.submit(() -> guarded(task));
        try {
            return f.get();
        } catch (InterruptedException e) {
            in.requestInterrupt();
            Thread.currentThread().interrupt();
            throw new RException("interrupt", "evaluation interrupted", List.of(), "Error: evaluation interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            if (c instanceof Error) throw (Error) c;
            throw new IllegalStateException(c);
        }
    }

    /**
     * Runs a task on the R thread, turning what escapes R's own error handling into R-style
     * {@link RException}s: no Java class name or stack trace reaches the user. A heap exhaustion
     * or quit() marks the session broken (see {@link #brokenReason()}).
     */
    private <T> T guarded(Callable<T> task) throws Exception {
        try {
            return task.call();
        } catch (RException e) {
            throw e;
        } catch (org.rlambda.eval.QuitException q) {
            brokenReason = "quit() was called";
            in.resetToTopLevel();
            throw new RException("quit", "quit() was called with status " + q.status, List.of(),
                    "Error: quit() was called (status " + q.status + "); the R session has ended");
        } catch (OutOfMemoryError e) {
            brokenReason = "the Java heap was exhausted";
            in.resetToTopLevel();
            long max = Runtime.getRuntime().maxMemory() >> 20;
            throw new RException("outOfMemory", "cannot allocate memory", List.of(),
                    "Error: cannot allocate memory: the R session used up the " + max + " MB heap");
        } catch (StackOverflowError e) {
            in.resetToTopLevel();
            throw new RException("stackOverflowError", "C stack usage is too close to the limit", List.of(),
                    "Error: C stack usage is too close to the limit");
        } catch (RError e) {
            in.resetToTopLevel();
            throw toException(e);
        }
    }

    /** Why this session must not be used again, or null when it is healthy. */
    public String brokenReason() {
        if (brokenReason == null && in.heapExhausted) brokenReason = "the Java heap was exhausted";
        return brokenReason;
    }

    /**
     * Runs Java code on this session's R thread (with its deep stack), e.g. converting a deeply
     * nested value; failures come back as in {@link #call}.
     */
    public <T> T execute(Callable<T> task) { return onRThread(task); }

    /** Stops the engine's R thread. */
    @Override public void close() { rThread.shutdownNow(); }

    private static Builtins builtins() {
        Builtins b = sharedBuiltins;
        if (b == null) {
            synchronized (REngine.class) {
                if (sharedBuiltins == null) sharedBuiltins = Library.load();
                b = sharedBuiltins;
            }
        }
        return b;
    }

    private static void loadLibrary(Interpreter in) { RSources.install(in); }

    /** What commandArgs() returns for every engine in this process. */
    public static void setCommandArgs(String[] args) { org.rlambda.base.SystemBuiltins.setCommandArgs(args); }

    /** The interpreter behind this engine (for builtin-level front doors inside this project). */
    public Interpreter interpreter() { return in; }

    /** Evaluates a script file in the global environment without auto-printing. */
    public SEXP source(Path file) { return onRThread(() -> sourceHere(file)); }

    private SEXP sourceHere(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RException("simpleError", "cannot open file '" + file + "': No such file or directory", List.of(),
                    "Error in file(filename, \"r\", encoding = encoding) : cannot open file '" + file + "'");
        }
        String name = file.getFileName().toString();
        List<SEXP> exprs = new java.util.ArrayList<>();
        try {
            Parser p = new Parser(text, name);
            for (SEXP e = p.next(); e != null; e = p.next()) exprs.add(e);
        } catch (ParseException e) {
            String msg = e.parseMessage(name);
            throw new RException("parseError", msg, List.of(), "Error: " + msg);
        }
        SEXP last = org.rlambda.sexp.Null.NULL;
        try {
            for (SEXP e : exprs) {
                in.visible = true;
                last = in.eval(e, in.globalEnv);
            }
            return last;
        } catch (RError e) {
            in.resetToTopLevel();
            throw toException(e);
        }
    }

    /** Evaluates code in the global environment and returns the value of the last expression. */
    public SEXP eval(String code) { return onRThread(() -> evalText(code, "<text>", false)); }

    private SEXP evalText(String text, String fileName, boolean autoPrint) {
        SEXP last = org.rlambda.sexp.Null.NULL;
        try {
            Parser p = new Parser(text, fileName);
            for (SEXP e = p.next(); e != null; e = p.next()) {
                in.visible = true;
                last = in.eval(e, in.globalEnv);
                if (autoPrint && in.visible) TopLevel.printValue(in, last, in.globalEnv);
            }
            return last;
        } catch (ParseException e) {
            // Code given as text reads like Rscript -e's errors; a named file gets file:line:column.
            String msg = "<text>".equals(fileName) ? e.getMessage() : e.parseMessage(fileName);
            throw new RException("parseError", msg, List.of(), "Error: " + msg);
        } catch (RError e) {
            in.resetToTopLevel();
            throw toException(e);
        }
    }

    RException toException(RError e) {
        String formatted = in.conditions().formatError(e.condition);
        in.conditions().setLastErrorMessage(formatted);
        // heap exhaustion inside a builtin arrives as an R error: report it as the same kind as outside one
        String kind = in.heapExhausted ? "outOfMemory" : e.conditionClass();
        return new RException(kind, e.conditionMessage(), e.rStack == null ? List.of() : e.rStack, formatted);
    }

    /** A global variable's value (forced), or null when unbound. */
    public SEXP get(String name) { return onRThread(() -> in.findVar(Symbol.get(name), in.globalEnv)); }

    /** A variable of the global environment itself (forced; no inherited lookup), or null when unbound there. */
    public SEXP getGlobal(String name) {
        return onRThread(() -> in.globalEnv.hasLocal(Symbol.get(name)) ? in.findVar(Symbol.get(name), in.globalEnv) : null);
    }

    /** The names bound in the global environment. */
    public List<String> globalNames() {
        return onRThread(() -> {
            List<String> names = new java.util.ArrayList<>();
            for (Symbol s : in.globalEnv.symbols()) names.add(s.name);
            return names;
        });
    }

    /** Removes a global variable; true when it was bound. */
    public boolean removeGlobal(String name) { return onRThread(() -> in.globalEnv.remove(Symbol.get(name))); }

    /** Binds a global variable. */
    public void put(String name, SEXP value) {
        onRThread(() -> {
            in.define(Symbol.get(name), value, in.globalEnv);
            return null;
        });
    }

    /** Calls an R function with argument values; names may be null or hold "" for positional arguments. */
    public SEXP call(SEXP function, List<SEXP> args, List<String> names) {
        return onRThread(() -> callHere(function, args, names));
    }

    private SEXP callHere(SEXP function, List<SEXP> args, List<String> names) {
        SEXP[] a = args.toArray(new SEXP[0]);
        String[] n = names == null ? null : names.toArray(new String[0]);
        SEXP fn = function;
        if (function instanceof Symbol) {
            fn = in.findFunction((Symbol) function, in.globalEnv);
            if (fn == null) {
                throw new RException("simpleError", "could not find function \"" + ((Symbol) function).name + "\"", List.of(),
                        "Error: could not find function \"" + ((Symbol) function).name + "\"");
            }
        }
        Call call = new Call(function instanceof Symbol ? function : Symbol.get("FUN"), Interpreter.quoteValues(a), n);
        try {
            in.visible = true;
            return in.callFunction(fn, a, n, in.globalEnv, call);
        } catch (RError e) {
            in.resetToTopLevel();
            throw toException(e);
        }
    }

    /** Sets an elapsed-time limit for each subsequent evaluation; null clears it. */
    public void setTimeLimit(Duration elapsed) {
        in.setDeadline(elapsed == null ? 0 : System.nanoTime() + Math.max(1, elapsed.toNanos()));
    }

    /**
     * Starts or stops noting calls of {@code set.seed()} that choose a seed in this session;
     * returns whether one happened since the watch began.
     */
    public boolean watchSetSeed(boolean on) { return onRThread(() -> seedWatch.watch(in, on)); }

    /**
     * Forgets the session's random-number state so the next draw seeds itself afresh, as in a new
     * R session (for environments restored from one snapshot, which would otherwise share it).
     */
    public void forgetRandomSeed() {
        onRThread(() -> in.globalEnv.remove(Symbol.get(".Random.seed")));
    }

    /** Gives this session a new {@code tempdir()}, created on first use under the JVM's temporary directory. */
    public void renewTempdir() {
        onRThread(() -> {
            org.rlambda.base.FileBuiltins.forgetTempdir(in);
            return null;
        });
    }

    /** Closes what R code left open across calls: diversions of {@code sink()}. */
    public void closeSinks() {
        onRThread(() -> {
            org.rlambda.base.Sinks.closeAll(in);
            return null;
        });
    }

    /** Prints pending warnings to the error stream the way Rscript does. */
    public void flushWarnings() {
        onRThread(() -> {
            in.conditions().printWarnings();
            return null;
        });
    }

    /** Redirects R's standard output and error. */
    public void setStreams(PrintStream out, PrintStream err) {
        in.out = out;
        in.err = err;
    }

    public Environment globalEnv() { return in.globalEnv; }

    /**
     * Runs a script the way {@code Rscript} does: each top-level expression is parsed, evaluated
     * and auto-printed in turn; an error prints GNU R's message and "Execution halted".
     * Returns the exit status (0 or 1).
     */
    public int runScript(String text, String fileName, boolean fromFile) {
        return onRThread(() -> TopLevel.run(this, in, text, fileName, fromFile));
    }
}
