package org.rlambda.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rlambda.parse.Deparser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.Dots;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The evaluator: walks R language objects in environments. One interpreter is one R session
 * (global environment, options, call stack, handler stacks, pending warnings); it is not
 * thread-safe and runs on the thread that calls it.
 */
public final class Interpreter {
    public final Environment emptyEnv;
    public final Environment baseEnv;
    public final Environment globalEnv;
    public final Builtins builtins;
    public PrintStream out;
    public PrintStream err;
    /** R's visibility flag: false after assignment and invisible(). */
    public boolean visible = true;
    /** The innermost closure call, null at top level. */
    Context top;
    private int evalDepth;
    public final Map<String, SEXP> options = new Options();
    /**
     * Set while running a script: an error no handler takes is reported when it is signalled,
     * before on.exit code and finally clauses run, in the order GNU R's Rscript prints them.
     */
    public boolean reportErrorsAtSignal;
    final Conditions conditions;
    /** Absolute System.nanoTime() deadline for the current evaluation, 0 when none. */
    private volatile long deadlineNanos;
    private volatile boolean interruptRequested;
    private int tick;
    /** Set when a builtin ran out of heap: R code may catch the error, but a host should not trust the session after it. */
    public volatile boolean heapExhausted;

    public Interpreter(Builtins builtins, PrintStream out, PrintStream err) {
        this.builtins = builtins;
        this.out = out;
        this.err = err;
        this.emptyEnv = Environment.newEmpty();
        this.baseEnv = new Environment(emptyEnv, 2048);
        this.baseEnv.setName("base");
        this.baseEnv.markBase();
        this.globalEnv = new Environment(baseEnv, 64);
        this.globalEnv.setName("R_GlobalEnv");
        this.globalEnv.markGlobal();
        this.globalEnv.hashed = true;
        for (BuiltinFunction f : builtins.all().values()) baseEnv.putRaw(Symbol.get(f.name), f);
        this.conditions = new Conditions(this);
        Options.installDefaults(options);
    }

    // ------------------------------------------------------------------ evaluation

    public SEXP eval(SEXP e, Environment rho) {
        if (e instanceof Symbol) {
            visible = true;
            return evalSymbol((Symbol) e, rho);
        }
        if (e instanceof Call) return evalCall((Call) e, rho);
        if (e instanceof Promise) return force((Promise) e);
        visible = true;
        return e;
    }

    SEXP evalSymbol(Symbol s, Environment rho) {
        if (s == Symbol.MISSING_ARG) throw error(currentCall(), "argument is missing, with no default");
        if (s.dotDotIndex > 0) return evalDotDot(s, rho);
        SEXP v = null;
        Environment env = rho;
        for (; env != null; env = env.parent()) {
            if (env == globalEnv && !s.maybeInGlobal() && env.parent() == baseEnv) env = baseEnv;
            v = env.getLocal(s);
            if (v != null) break;
        }
        if (v == null) throw error(currentCall(), "object '" + s.name + "' not found");
        if (v instanceof Promise) {
            Promise p = (Promise) v;
            if (p.isForced()) return p.value();
            if (p.expression == Symbol.MISSING_ARG) throw missingArgError(s);
            return force(p);
        }
        if (v == Symbol.MISSING_ARG) throw missingArgError(s);
        if (env.isActiveBinding(s)) return callFunction(v, new SEXP[0], null, rho, Call.of(s.name));
        return v;
    }

    private RError missingArgError(Symbol s) {
        return error(currentCall(), "argument \"" + s.name + "\" is missing, with no default");
    }

    private SEXP evalDotDot(Symbol s, Environment rho) {
        SEXP d = findVarRaw(Symbol.DOTS, rho);
        if (!(d instanceof Dots)) throw error(currentCall(), "..." + s.dotDotIndex + " used in an incorrect context, no ... to look in");
        Dots dots = (Dots) d;
        if (dots.length() < s.dotDotIndex) {
            throw error(currentCall(), "the ... list contains fewer than " + s.dotDotIndex
                    + (s.dotDotIndex == 1 ? " element" : " elements"));
        }
        SEXP v = dots.value(s.dotDotIndex - 1);
        if (v instanceof Promise) return force((Promise) v);
        if (v == Symbol.MISSING_ARG) throw error(currentCall(), "argument \"" + s.name + "\" is missing, with no default");
        return v;
    }

    public SEXP force(Promise p) {
        if (p.isForced()) return p.value();
        if (p.underEvaluation) {
            throw error(currentCall(), "promise already under evaluation: recursive default argument reference or earlier problems?");
        }
        p.underEvaluation = true;
        SEXP v;
        try {
            v = eval(p.expression, p.env());
        } finally {
            p.underEvaluation = false;
        }
        v.markShared();
        p.setValue(v);
        return v;
    }

    /** Looks a variable up through enclosing environments without forcing; null when unbound. */
    public SEXP findVarRaw(Symbol s, Environment rho) {
        for (Environment env = rho; env != null; env = env.parent()) {
            SEXP v = env.getLocal(s);
            if (v != null) return v;
        }
        return null;
    }

    /** Looks a variable up and forces it; null when unbound. */
    public SEXP findVar(Symbol s, Environment rho) {
        for (Environment env = rho; env != null; env = env.parent()) {
            SEXP v = env.getLocal(s);
            if (v != null) {
                if (v instanceof Promise) return force((Promise) v);
                if (env.isActiveBinding(s)) return callFunction(v, new SEXP[0], null, rho, Call.of(s.name));
                return v;
            }
        }
        return null;
    }

    /** Finds a function binding, skipping non-function bindings, as R does for call heads. */
    public SEXP findFunction(Symbol s, Environment rho) {
        for (Environment env = rho; env != null; env = env.parent()) {
            if (env == globalEnv && !s.maybeInGlobal() && env.parent() == baseEnv) {
                SEXP cached = s.baseBuiltin();
                if (cached != null) return cached;
                env = baseEnv;
            }
            SEXP v = env.getLocal(s);
            if (v == null) continue;
            if (v instanceof Promise) v = force((Promise) v);
            else if (env.isActiveBinding(s)) v = callFunction(v, new SEXP[0], null, rho, Call.of(s.name));
            if (isFunction(v)) return v;
        }
        return null;
    }

    public static boolean isFunction(SEXP v) { return v instanceof Closure || v instanceof BuiltinFunction; }

    public SEXP evalCall(Call call, Environment rho) {
        SEXP head = call.function;
        SEXP fn;
        if (head instanceof Symbol) {
            fn = findFunction((Symbol) head, rho);
            if (fn == null) throw error(call, "could not find function \"" + ((Symbol) head).name + "\"");
        } else {
            fn = eval(head, rho);
            if (!isFunction(fn)) throw error(currentCall(), "attempt to apply non-function");
        }
        if (fn instanceof BuiltinFunction) {
            BuiltinFunction b = (BuiltinFunction) fn;
            if (b.special) {
                visible = true;
                return invokeBuiltin(b, call.errorCall != null ? call.errorCall : call, call.args(), call.namesOrNull(), rho);
            }
            return applyBuiltin(b, call, rho);
        }
        checkLimits();
        Closure clo = (Closure) fn;
        ArgList a = promiseArgs(call, rho);
        return applyClosure(call, clo, a.values, a.names, rho, null);
    }

    private SEXP applyBuiltin(BuiltinFunction b, Call call, Environment rho) {
        int n = call.argCount();
        SEXP[] values;
        String[] names;
        boolean hasDots = false;
        for (int i = 0; i < n; i++) if (call.arg(i) == Symbol.DOTS) { hasDots = true; break; }
        if (!hasDots) {
            values = new SEXP[n];
            for (int i = 0; i < n; i++) {
                SEXP a = call.arg(i);
                values[i] = a == Symbol.MISSING_ARG ? a : eval(a, rho);
            }
            names = call.hasNames() ? call.namesOrNull().clone() : null;
        } else {
            ArgList a = expandDots(call, rho, true);
            values = a.values;
            names = a.names;
        }
        if (b.internalGeneric && values.length > 0 && values[0].isObject()) {
            SEXP r = S3.tryDispatchInternal(this, b.name, call, values, names, rho);
            if (r != null) return r;
        } else if (b.group != null) {
            SEXP r = S3.tryDispatchGroup(this, b, call, values, names, rho);
            if (r != null) return r;
        }
        visible = true;
        return invokeBuiltin(b, call.errorCall != null ? call.errorCall : call, values, names, rho);
    }

    /** Runs a builtin's Java code, turning Java failures into R errors signalled in this dynamic context. */
    public SEXP invokeBuiltin(BuiltinFunction b, Call call, SEXP[] values, String[] names, Environment rho) {
        Context ctx = null;
        if (b.hasContext) {
            // the frame of a closure-like builtin encloses the global environment, as GNU R's
            // namespace:base does, so get()/eval() from it (via lapply's FUN) see user variables
            ctx = new Context(top, call, b, new Environment(globalEnv, 2), rho, values, names);
            if (evalDepth >= maxDepth()) {
                throw error(null, "evaluation nested too deeply: infinite recursion / options(expressions=)?");
            }
            evalDepth++;
            top = ctx;
        }
        try {
            return b.impl.apply(this, call, values, names, rho);
        } catch (RError e) {
            if (!e.signaled) {
                e.signaled = true;
                conditions.signalError(e);
            }
            throw e;
        } catch (ControlFlow e) {
            throw e;
        } catch (StackOverflowError e) {
            throw error(null, "evaluation nested too deeply: infinite recursion / options(expressions=)?");
        } catch (OutOfMemoryError e) {
            heapExhausted = true;
            throw error(call, "cannot allocate memory block: out of memory");
        } catch (RuntimeException e) {
            throw error(call, internalErrorMessage(b.name, e));
        } finally {
            if (ctx != null) {
                top = ctx.parent;
                evalDepth--;
            }
        }
    }

    /**
     * The R message for a Java failure inside a builtin: what went wrong, never a Java class name
     * (users read R messages; the class says nothing to them).
     */
    static String internalErrorMessage(String builtin, RuntimeException e) {
        String m = e.getMessage();
        boolean javaText = m == null || m.isBlank() || m.matches("(?s).*\\b(java|javax|jdk|sun|org\\.rlambda)\\.[A-Za-z.$]+.*")
                || e instanceof NullPointerException || e instanceof ClassCastException || e instanceof IndexOutOfBoundsException;
        return "internal error in " + builtin + "()" + (javaText ? ": the interpreter could not complete this call" : ": " + m);
    }

    /**
     * Pushes a context that is not a real closure call, for constructs that are closures in
     * GNU R (tryCatch's doTryCatch, withCallingHandlers) so condition calls match GNU R's.
     * Pair with {@link #popPseudoContext}.
     */
    public Context pushPseudoContext(Call call, Environment rho) {
        Context ctx = new Context(top, call, null, new Environment(rho, 1), rho, new SEXP[0], null);
        top = ctx;
        return ctx;
    }

    public void popPseudoContext(Context ctx) { top = ctx.parent; }

    /**
     * Pushes a function context evaluating in {@code cloenv} (eval's own frame in GNU R is such a
     * context: it shows in tracebacks as a second "eval" and is the target of return()).
     * Pair with {@link #popContext}.
     */
    public Context pushContext(Call call, SEXP function, Environment cloenv, Environment callerEnv) {
        if (evalDepth >= maxDepth()) {
            throw error(null, "evaluation nested too deeply: infinite recursion / options(expressions=)?");
        }
        Context ctx = new Context(top, call, function, cloenv, callerEnv, new SEXP[0], null);
        evalDepth++;
        top = ctx;
        return ctx;
    }

    public void popContext(Context ctx) {
        try {
            if (ctx.onExit != null) runOnExit(ctx);
        } finally {
            top = ctx.parent;
            evalDepth--;
        }
    }

    /** Evaluated or promised arguments with names. */
    public static final class ArgList {
        public final SEXP[] values;
        public final String[] names;

        public ArgList(SEXP[] values, String[] names) { this.values = values; this.names = names; }
    }

    /** Wraps a call's arguments in promises (expanding {@code ...}), as closures receive them. */
    public ArgList promiseArgs(Call call, Environment rho) {
        int n = call.argCount();
        boolean hasDots = false;
        for (int i = 0; i < n; i++) if (call.arg(i) == Symbol.DOTS) { hasDots = true; break; }
        if (!hasDots) {
            SEXP[] vs = new SEXP[n];
            for (int i = 0; i < n; i++) vs[i] = promiseFor(call.arg(i), rho);
            return new ArgList(vs, call.hasNames() ? call.namesOrNull().clone() : null);
        }
        return expandDots(call, rho, false);
    }

    /**
     * A call's arguments with {@code ...} replaced by the caller's dots: evaluated (for builtins,
     * forcing the dots' promises) or as promises (for closures).
     */
    private ArgList expandDots(Call call, Environment rho, boolean evaluate) {
        int n = call.argCount();
        List<SEXP> vs = new ArrayList<>();
        List<String> ns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SEXP a = call.arg(i);
            if (a == Symbol.DOTS) {
                SEXP d = findVarRaw(Symbol.DOTS, rho);
                if (d instanceof Dots) {
                    Dots dots = (Dots) d;
                    for (int k = 0; k < dots.length(); k++) {
                        SEXP v = dots.value(k);
                        vs.add(evaluate && v instanceof Promise ? force((Promise) v) : v);
                        ns.add(dots.name(k));
                    }
                } else if (d == null) {
                    throw error(call, "'...' used in an incorrect context");
                }
            } else if (evaluate) {
                vs.add(a == Symbol.MISSING_ARG ? a : eval(a, rho));
                ns.add(call.argName(i));
            } else {
                vs.add(promiseFor(a, rho));
                ns.add(call.argName(i));
            }
        }
        return new ArgList(vs.toArray(new SEXP[0]), ns.toArray(new String[0]));
    }

    private static SEXP promiseFor(SEXP a, Environment rho) {
        if (a == Symbol.MISSING_ARG) return a;
        if (a instanceof Symbol || a instanceof Call || a instanceof Promise) return new Promise(a, rho);
        return a; // constants evaluate to themselves
    }

    public SEXP applyClosure(Call call, Closure clo, SEXP[] args, String[] names, Environment callerEnv, DispatchInfo dispatch) {
        String[] formalNames = clo.formals.tags();
        ArgumentMatcher.Result m = ArgumentMatcher.match(this, call, formalNames, args, names);
        Symbol[] syms = clo.formalSymbols;
        Environment env = new Environment(clo.env, syms.length);
        for (int i = 0; i < syms.length; i++) {
            Symbol s = syms[i];
            if (s == Symbol.DOTS) {
                env.putRaw(s, m.dotValues.isEmpty() ? Dots.EMPTY
                        : new Dots(m.dotValues.toArray(new SEXP[0]), m.dotNames.toArray(new String[0])));
                continue;
            }
            SEXP v = m.values[i];
            if (v == null || v == Symbol.MISSING_ARG) {
                SEXP def = clo.formals.value(i);
                if (def != Symbol.MISSING_ARG) {
                    Promise p = new Promise(def, env);
                    p.isDefaultArg = true;
                    env.putRaw(s, p);
                } else {
                    env.putRaw(s, Symbol.MISSING_ARG);
                }
            } else {
                env.putRaw(s, v);
            }
        }
        env.initialBindings = syms.length;
        if (dispatch != null) {
            env.putRaw(Symbol.get(".Generic"), StringVector.of(dispatch.generic));
            int rest = dispatch.classes.length() - dispatch.position;
            String[] cls = new String[Math.max(0, rest)];
            for (int i = 0; i < cls.length; i++) cls[i] = dispatch.classes.get(dispatch.position + i);
            env.putRaw(Symbol.get(".Class"), new StringVector(cls));
        }
        return runClosure(call, clo, env, callerEnv, args, names, dispatch);
    }

    /** Runs a closure body in a prepared frame with a context pushed. */
    public SEXP runClosure(Call call, Closure clo, Environment env, Environment callerEnv,
                           SEXP[] args, String[] names, DispatchInfo dispatch) {
        Context ctx = new Context(top, call, clo, env, callerEnv, args, names);
        ctx.dispatch = dispatch;
        if (evalDepth >= maxDepth()) {
            throw error(null, "evaluation nested too deeply: infinite recursion / options(expressions=)?");
        }
        evalDepth++;
        top = ctx;
        SEXP result;
        boolean completed = false;
        try {
            try {
                result = eval(clo.body, env);
            } catch (ReturnException r) {
                if (r.target != env) throw r;
                result = r.value;
            }
            completed = true;
        } finally {
            try {
                if (ctx.onExit != null && !completed) runOnExit(ctx);
            } finally {
                if (!completed) {
                    top = ctx.parent;
                    evalDepth--;
                }
            }
        }
        // a return() inside on.exit code replaces the function's value (GNU R semantics)
        try {
            if (ctx.onExit != null) runOnExit(ctx);
        } catch (ReturnException r) {
            if (r.target != env) throw r;
            result = r.value;
        } finally {
            top = ctx.parent;
            evalDepth--;
        }
        return result;
    }

    private int maxDepth() { return ((Options) options).expressions(); }

    private void runOnExit(Context ctx) {
        List<SEXP> exprs = ctx.onExit;
        ctx.onExit = null;
        boolean vis = visible;
        for (SEXP e : exprs) eval(e, ctx.cloenv);
        visible = vis;
    }

    /**
     * Calls any R function with already-evaluated arguments (for lapply, do.call, handlers ...).
     * Closures receive forced promises whose expressions are the values themselves.
     */
    public SEXP callFunction(SEXP fn, SEXP[] args, String[] names, Environment rho, Call call) {
        if (fn instanceof BuiltinFunction) {
            BuiltinFunction b = (BuiltinFunction) fn;
            if (b.special) {
                Call c = new Call(fn, quoteValues(args), names == null ? null : names.clone());
                return evalCall(c, rho);
            }
            if (b.internalGeneric && args.length > 0 && args[0].isObject()) {
                SEXP r = S3.tryDispatchInternal(this, b.name, call, args, names, rho);
                if (r != null) return r;
            } else if (b.group != null) {
                SEXP r = S3.tryDispatchGroup(this, b, call, args, names, rho);
                if (r != null) return r;
            }
            visible = true;
            return invokeBuiltin(b, call, args, names, rho);
        }
        if (!(fn instanceof Closure)) throw error(call, "attempt to apply non-function");
        SEXP[] proms = new SEXP[args.length];
        for (int i = 0; i < args.length; i++) {
            SEXP a = args[i];
            if (a instanceof Promise || a == Symbol.MISSING_ARG) proms[i] = a;
            else {
                a.markShared();
                proms[i] = Promise.forced(a, a);
            }
        }
        checkLimits();
        return applyClosure(call, (Closure) fn, proms, names, rho, null);
    }

    /** Argument expressions that evaluate to the given values (symbols and calls get quoted). */
    public static SEXP[] quoteValues(SEXP[] args) {
        SEXP[] q = new SEXP[args.length];
        for (int i = 0; i < args.length; i++) {
            SEXP a = args[i];
            q[i] = (a instanceof Symbol && a != Symbol.MISSING_ARG) || a instanceof Call ? Call.of("quote", a) : a;
        }
        return q;
    }

    // ------------------------------------------------------------------ stack access

    public Context topContext() { return top; }

    /** The call of the innermost closure, or null at top level (used for error calls). */
    public Call currentCall() { return top == null ? null : top.call; }

    /** The context whose frame is {@code env}, or null. */
    public Context contextOf(Environment env) {
        for (Context c = top; c != null; c = c.parent) if (c.cloenv == env) return c;
        return null;
    }

    public int evalDepth() { return evalDepth; }

    // ------------------------------------------------------------------ assignment

    /** Binds {@code value} to {@code s} in {@code env} (the {@code <-} semantics). */
    /** The base environment's bindings are locked, as GNU R's are, once the library has loaded. */
    public boolean baseLocked;
    private java.util.Set<Symbol> lockedBaseBindings = java.util.Set.of();

    /** Locks the bindings the base environment has now (bindings added later stay writable, as in GNU R). */
    public void lockBaseBindings() {
        java.util.Set<Symbol> locked = baseEnv.symbols();
        locked.removeIf(s -> s.name.startsWith(".rlambda")); // the library's own mutable state (e.g. attached packages)
        lockedBaseBindings = locked;
        baseLocked = true;
    }

    public void define(Symbol s, SEXP value, Environment env) {
        if (env == baseEnv && baseLocked && lockedBaseBindings.contains(s)) {
            throw error(currentCall(), "cannot change value of locked binding for '" + s.name + "'");
        }
        if (env.isBindingLocked(s)) throw error(currentCall(), "cannot change value of locked binding for '" + s.name + "'");
        if (env.isActiveBinding(s)) {
            callFunction(env.getLocal(s), new SEXP[] {value}, null, env, Call.of(s.name));
            return;
        }
        if (env.isLocked() && !env.hasLocal(s)) throw error(currentCall(), "cannot add bindings to a locked environment");
        SEXP old = env.getLocal(s);
        if (old != value) value.markBound();
        else if (value.named == 0) value.named = 1;
        env.putRaw(s, value);
    }

    /** The {@code <<-} semantics: assign in the first enclosing environment that binds {@code s}, else global. */
    public void defineSuper(Symbol s, SEXP value, Environment rho) {
        for (Environment env = rho.parent(); env != null && env != emptyEnv; env = env.parent()) {
            if (env.hasLocal(s)) {
                define(s, value, env);
                return;
            }
        }
        define(s, value, globalEnv);
    }

    // ------------------------------------------------------------------ conditions

    /** Builds a simpleError, lets handlers see it, and returns it for the caller to throw. */
    public RError error(Call call, String message) { return conditions.error(call, message); }

    /** An error whose call is the innermost closure call (what stop() reports). */
    public RError errorInCurrentCall(String message) { return conditions.error(currentCall(), message); }

    /** Signals a simpleWarning (deferred, printed or turned into an error per options(warn)). */
    public void warning(Call call, String message) { conditions.warning(call, message); }

    public Conditions conditions() { return conditions; }

    // ------------------------------------------------------------------ limits

    /** Sets an absolute deadline (System.nanoTime()) for evaluation, 0 to clear. */
    public void setDeadline(long nanos) { this.deadlineNanos = nanos; }

    public long deadline() { return deadlineNanos; }

    /** Asks the running evaluation to stop with an R error at its next check (callable from any thread). */
    public void requestInterrupt() { interruptRequested = true; }

    /** Called by loops and calls: raises R's time-limit error when the deadline has passed. */
    public void checkLimits() {
        if ((++tick & 0xFF) != 0) return;
        checkLimitsNow();
    }

    /** As {@link #checkLimits()} without its sampling: for builtins that block or wait (Sys.sleep). */
    public void checkLimitsNow() {
        if (interruptRequested) {
            interruptRequested = false;
            throw error(null, "evaluation interrupted");
        }
        long d = deadlineNanos;
        if (d != 0 && System.nanoTime() - d > 0) {
            deadlineNanos = 0;
            throw error(currentCall(), "reached elapsed time limit");
        }
    }

    // ------------------------------------------------------------------ helpers

    public String deparseOneLine(SEXP x) {
        List<String> lines = Deparser.deparse(x, 60);
        if (lines.size() == 1) return lines.get(0);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l.strip().isEmpty() ? "" : l.strip()).append(' ');
        return sb.toString().trim();
    }

    public SEXP getOption(String name) {
        SEXP v = options.get(name);
        return v == null ? Null.NULL : v;
    }

    public int optionInt(String name, int dflt) {
        SEXP v = options.get(name);
        if (v instanceof IntVector && v.length() > 0) return ((IntVector) v).get(0);
        if (v instanceof DoubleVector && v.length() > 0) return (int) ((DoubleVector) v).get(0);
        if (v instanceof LogicalVector && v.length() > 0) return ((LogicalVector) v).get(0);
        return dflt;
    }

    /** Evaluates the closure-formals expression of a {@code function} call into a pairlist. */
    public static PairList emptyFormals() { return new PairList(new String[0], new SEXP[0]); }

    /** R's truth value of a condition for if/while, with GNU R's error texts. */
    public boolean asCondition(SEXP v, Call call, String what) {
        if (v instanceof LogicalVector && v.length() == 1) {
            int b = ((LogicalVector) v).get(0);
            if (b != LogicalVector.NA) return b != 0;
        }
        if (v instanceof Vector && !(v instanceof ListVector) && v.length() >= 1) {
            if (v.length() > 1) throw error(call, "the condition has length > 1");
            int b = Coerce.logicalElement((Vector) v, 0);
            if (b == LogicalVector.NA) {
                if (v instanceof LogicalVector || v instanceof IntVector || v instanceof DoubleVector) {
                    throw error(call, "missing value where TRUE/FALSE needed");
                }
                throw error(call, "argument is not interpretable as logical");
            }
            return b != 0;
        }
        if (v.length() == 0) throw error(call, "argument is of length zero");
        throw error(call, "argument is not interpretable as logical");
    }

    /** Resets the call stack after a top-level error (the REPL continues or halts). */
    public void resetToTopLevel() {
        top = null;
        evalDepth = 0;
        conditions.reset();
    }
}
