package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.ArgumentMatcher;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Context;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.Dots;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The call stack as R sees it: sys.call, sys.function, sys.frame(s), sys.nframe, sys.parent,
 * parent.frame and match.call. Frames are numbered from 1 at the outermost function call, and
 * "the current frame" is the function whose frame the call was evaluated in, as in GNU R.
 */
public final class StackBuiltins {
    private StackBuiltins() { }

    public static void register(Builtins b) {
        b.add("sys.call", "which", (in, call, a, rho) -> {
            Context c = frameContext(in, call, rho, which(in, call, a[0]));
            return c == null ? Null.NULL : c.call;
        });
        b.add("sys.function", "which", (in, call, a, rho) -> {
            Context c = frameContext(in, call, rho, which(in, call, a[0]));
            if (c == null) throw in.error(call, "not that many frames on the stack");
            return c.function;
        });
        b.add("sys.frame", "which", (in, call, a, rho) -> {
            int w = which(in, call, a[0]);
            if (w == 0) return in.globalEnv;
            Context c = frameContext(in, call, rho, w);
            return c == null ? in.globalEnv : c.cloenv;
        });
        b.add("sys.nframe", "", (in, call, a, rho) -> IntVector.of(depth(current(in, rho))));
        b.add("sys.calls", "", (in, call, a, rho) -> {
            List<Context> frames = frames(current(in, rho));
            if (frames.isEmpty()) return Null.NULL;
            SEXP[] calls = new SEXP[frames.size()];
            for (int i = 0; i < calls.length; i++) calls[i] = frames.get(i).call;
            return new ListVector(calls);
        });
        b.add("sys.frames", "", (in, call, a, rho) -> {
            List<Context> frames = frames(current(in, rho));
            if (frames.isEmpty()) return Null.NULL;
            SEXP[] envs = new SEXP[frames.size()];
            for (int i = 0; i < envs.length; i++) envs[i] = frames.get(i).cloenv;
            return new ListVector(envs);
        });
        b.add("sys.parent", "n", (in, call, a, rho) -> {
            int n = a[0] == null ? 1 : RArgs.integer(a[0]);
            Context c = current(in, rho);
            Environment target = rho;
            for (int k = 0; k < n && c != null; k++) {
                target = c.callerEnv;
                c = findFrame(in, c, target);
            }
            return IntVector.of(c == null ? 0 : depth(c));
        });
        b.add("parent.frame", "n", (in, call, a, rho) -> {
            int n = a[0] == null ? 1 : RArgs.integer(a[0]);
            if (n == IntVector.NA || n < 1) throw in.error(call, "invalid 'n' value");
            return parentFrame(in, rho, n);
        });
        b.add("match.call", "definition, call, expand.dots, envir", (in, call, a, rho) -> {
            Context ctx = current(in, rho);
            SEXP def = a[0];
            SEXP theCall = a[1];
            if (def == null || def == Null.NULL) {
                if (ctx == null) throw in.error(call, "match.call() was called from outside a function");
                def = ctx.function;
            }
            Environment dotsEnv;
            if (a[3] instanceof Environment) dotsEnv = (Environment) a[3];
            else dotsEnv = ctx == null ? in.globalEnv : ctx.callerEnv;
            if (theCall == null) {
                if (ctx == null) throw in.error(call, "match.call() was called from outside a function");
                theCall = ctx.call;
            }
            if (!(theCall instanceof Call)) throw in.error(call, "invalid 'call' argument");
            if (!(def instanceof Closure)) throw in.error(call, "invalid 'definition' argument");
            boolean expand = a[2] == null || in.asCondition(a[2], call, "match.call");
            return matchCall(in, call, (Closure) def, (Call) theCall, expand, dotsEnv);
        });
        b.add("sys.on.exit", "", (in, call, a, rho) -> {
            Context c = current(in, rho);
            List<SEXP> exprs = c == null ? null : c.onExitExpressions();
            if (exprs == null || exprs.isEmpty()) return Null.NULL;
            if (exprs.size() == 1) return exprs.get(0);
            return new Call(Symbol.get("{"), exprs.toArray(new SEXP[0]), null);
        });
        b.markClosureLike("match.call");
    }

    static int which(Interpreter in, Call call, SEXP w) {
        if (w == null) return 0;
        int n = RArgs.integer(w);
        if (n == IntVector.NA) throw in.error(call, "invalid 'which' argument");
        return n;
    }

    /** The function context whose frame is {@code rho}, or null at top level. */
    static Context current(Interpreter in, Environment rho) {
        for (Context c = in.topContext(); c != null; c = c.parent) {
            if (c.function != null && c.cloenv == rho) return c;
        }
        return null;
    }

    private static Context findFrame(Interpreter in, Context from, Environment env) {
        for (Context c = from; c != null; c = c.parent) if (c.function != null && c.cloenv == env) return c;
        return null;
    }

    /** Number of function frames from the outermost to {@code c}, inclusive. */
    static int depth(Context c) {
        int n = 0;
        for (; c != null; c = c.parent) if (c.function != null) n++;
        return n;
    }

    /** Function frames, outermost first, up to and including {@code c}. */
    static List<Context> frames(Context c) {
        List<Context> l = new ArrayList<>();
        for (; c != null; c = c.parent) if (c.function != null) l.add(0, c);
        return l;
    }

    /** GNU R's R_sysframe numbering: 0 is the current frame, negative counts back, positive is absolute. */
    static Context frameContext(Interpreter in, Call call, Environment rho, int which) {
        Context cur = current(in, rho);
        int n;
        if (which > 0) n = depth(cur) - which;
        else n = -which;
        if (n < 0) throw in.error(call, "not that many frames on the stack");
        for (Context c = cur; c != null; c = c.parent) {
            if (c.function == null) continue;
            if (n == 0) return c;
            n--;
        }
        if (n == 0) return null;
        throw in.error(call, "not that many frames on the stack");
    }

    static Environment parentFrame(Interpreter in, Environment rho, int n) {
        Environment t = rho;
        for (Context c = in.topContext(); c != null; c = c.parent) {
            if (c.function != null && c.cloenv == t) {
                if (n == 1) return c.callerEnv;
                n--;
                t = c.callerEnv;
            }
        }
        return in.globalEnv;
    }

    /** match.call: the call with every argument named by its formal, in the formals' order, dots expanded. */
    static Call matchCall(Interpreter in, Call errCall, Closure def, Call theCall, boolean expandDots, Environment dotsEnv) {
        List<SEXP> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < theCall.argCount(); i++) {
            SEXP x = theCall.arg(i);
            if (x == Symbol.DOTS) {
                SEXP d = dotsEnv == null ? null : dotsEnv.getLocal(Symbol.DOTS);
                if (d instanceof Dots) {
                    Dots dd = (Dots) d;
                    for (int k = 0; k < dd.length(); k++) {
                        // GNU R's subDots: a symbol or call arrives as ..k, a constant as itself
                        SEXP v = dd.value(k);
                        while (v instanceof Promise) v = ((Promise) v).expression;
                        args.add(v instanceof Symbol || v instanceof Call ? Symbol.get(".." + (k + 1)) : v);
                        names.add(dd.name(k));
                    }
                }
                continue;
            }
            args.add(x);
            names.add(theCall.argName(i));
        }
        String[] formals = def.formals.tags();
        ArgumentMatcher.Result m = ArgumentMatcher.match(in, errCall, formals, args.toArray(new SEXP[0]),
                names.toArray(new String[0]));
        List<SEXP> outArgs = new ArrayList<>();
        List<String> outNames = new ArrayList<>();
        for (int i = 0; i < formals.length; i++) {
            if (formals[i].equals("...")) {
                if (m.dotValues.isEmpty()) continue;
                if (expandDots) {
                    for (int k = 0; k < m.dotValues.size(); k++) {
                        outArgs.add(m.dotValues.get(k));
                        outNames.add(m.dotNames.get(k));
                    }
                } else {
                    outArgs.add(new PairList(m.dotNames.toArray(new String[0]), m.dotValues.toArray(new SEXP[0])));
                    outNames.add("...");
                }
                continue;
            }
            SEXP v = m.values[i];
            if (v == null || v == Symbol.MISSING_ARG) continue;
            outArgs.add(v);
            outNames.add(formals[i]);
        }
        boolean anyName = false;
        for (String s : outNames) if (!s.isEmpty()) anyName = true;
        return new Call(theCall.function, outArgs.toArray(new SEXP[0]), anyName ? outNames.toArray(new String[0]) : null);
    }

    static Vector unused() { return null; }
}
