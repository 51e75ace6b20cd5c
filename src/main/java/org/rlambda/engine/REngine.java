package org.rlambda.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
public final class REngine {
    private static volatile Builtins sharedBuiltins;

    private final Interpreter in;

    public REngine(PrintStream out, PrintStream err) {
        this.in = new Interpreter(builtins(), out, err);
        loadLibrary();
    }

    private static Builtins builtins() {
        Builtins b = sharedBuiltins;
        if (b == null) {
            synchronized (REngine.class) {
                if (sharedBuiltins == null) sharedBuiltins = Library.builtins();
                b = sharedBuiltins;
            }
        }
        return b;
    }

    private void loadLibrary() {
        for (String name : Library.R_SOURCES) {
            String path = "/org/rlambda/R/" + name;
            try (InputStream s = REngine.class.getResourceAsStream(path)) {
                if (s == null) throw new IllegalStateException("missing library source " + path);
                String text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
                Parser p = new Parser(text, name);
                for (SEXP e = p.next(); e != null; e = p.next()) in.eval(e, in.baseEnv);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path, e);
            } catch (RError e) {
                throw new IllegalStateException("error loading " + name + ": " + e.conditionMessage(), e);
            }
        }
    }

    /** What commandArgs() returns for every engine in this process. */
    public static void setCommandArgs(String[] args) { org.rlambda.base.SystemBuiltins.setCommandArgs(args); }

    /** The interpreter behind this engine (for builtin-level front doors inside this project). */
    public Interpreter interpreter() { return in; }

    /** Evaluates a script file in the global environment without auto-printing. */
    public SEXP source(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RException("simpleError", "cannot open file '" + file + "': No such file or directory", List.of(),
                    "Error in file(filename, \"r\", encoding = encoding) : cannot open file '" + file + "'");
        }
        return evalText(text, file.getFileName().toString(), false);
    }

    /** Evaluates code in the global environment and returns the value of the last expression. */
    public SEXP eval(String code) { return evalText(code, "<text>", false); }

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
            throw new RException("parseError", e.getMessage(), List.of(), "Error: " + e.getMessage());
        } catch (RError e) {
            in.resetToTopLevel();
            throw toException(e);
        }
    }

    RException toException(RError e) {
        String formatted = in.conditions().formatError(e.condition);
        return new RException(e.conditionClass(), e.conditionMessage(), e.rStack == null ? List.of() : e.rStack, formatted);
    }

    /** A global variable's value (forced), or null when unbound. */
    public SEXP get(String name) { return in.findVar(Symbol.get(name), in.globalEnv); }

    /** Binds a global variable. */
    public void put(String name, SEXP value) { in.define(Symbol.get(name), value, in.globalEnv); }

    /** Calls an R function with argument values; names may be null or hold "" for positional arguments. */
    public SEXP call(SEXP function, List<SEXP> args, List<String> names) {
        SEXP[] a = args.toArray(new SEXP[0]);
        String[] n = names == null ? null : names.toArray(new String[0]);
        Call call = new Call(function instanceof Symbol ? function : Symbol.get("FUN"), Interpreter.quoteValues(a), n);
        try {
            in.visible = true;
            return in.callFunction(function, a, n, in.globalEnv, call);
        } catch (RError e) {
            in.resetToTopLevel();
            throw toException(e);
        }
    }

    /** Sets an elapsed-time limit for each subsequent evaluation; null clears it. */
    public void setTimeLimit(Duration elapsed) {
        in.setDeadline(elapsed == null ? 0 : System.nanoTime() + Math.max(1, elapsed.toNanos()));
    }

    /** Prints pending warnings to the error stream the way Rscript does. */
    public void flushWarnings() { in.conditions().printWarnings(); }

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
        return TopLevel.run(this, in, text, fileName, fromFile);
    }
}
