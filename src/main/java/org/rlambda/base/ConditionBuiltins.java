package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.ConditionJump;
import org.rlambda.eval.Conditions;
import org.rlambda.eval.Context;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.RError;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** stop, warning, message, signalCondition, tryCatch, withCallingHandlers and restarts. */
public final class ConditionBuiltins {
    private ConditionBuiltins() { }

    private static final Call DO_TRY_CATCH = new Call(Symbol.get("doTryCatch"),
            new SEXP[] {Call.of("return", Symbol.get("expr")), Symbol.get("name"), Symbol.get("parentenv"), Symbol.get("handler")}, null);

    public static void register(Builtins b) {
        // stop() and warning() are closures in GNU R: their arguments are evaluated with their
        // frame on the stack (so sys.call(-1) in a condition constructor names the stop() call),
        // and the condition's call is that of the function below them
        b.addSpecial("stop", (in, call, args, names, rho) -> {
            CondArgs ca = condArgs(in, call, args, names, rho, "call.");
            if (ca.dots.length() == 1 && isCondition(ca.dots.get(0))) {
                throw in.conditions().errorFromCondition((ListVector) ca.dots.get(0));
            }
            String msg = makeMessage(in, call, ca.dots);
            throw in.conditions().errorFromCondition(Conditions.make(msg, ca.withCall ? callerCall(in) : null,
                    "simpleError", "error", "condition"));
        });
        b.addSpecial("warning", (in, call, args, names, rho) -> {
            CondArgs ca = condArgs(in, call, args, names, rho, "call.");
            if (ca.dots.length() == 1 && isCondition(ca.dots.get(0))) {
                ListVector cond = (ListVector) ca.dots.get(0);
                in.conditions().warningCondition(cond);
                in.visible = false;
                return StringVector.of(Conditions.message(cond));
            }
            String msg = makeMessage(in, call, ca.dots);
            in.conditions().warningCondition(Conditions.make(msg, ca.withCall ? callerCall(in) : null,
                    "simpleWarning", "warning", "condition"));
            in.visible = false;
            return StringVector.of(msg);
        });
        b.markClosureLike("stop", "warning");
        b.add("message", "..., domain, appendLF", (in, call, a, rho) -> {
            ListVector dots = Builtins.dots(a[0]);
            ListVector cond;
            if (dots.length() == 1 && isCondition(dots.get(0))) {
                cond = (ListVector) dots.get(0);
            } else {
                boolean appendLF = a[2] == null || in.asCondition(a[2], call, "message");
                String msg = makeMessage(in, call, dots) + (appendLF ? "\n" : "");
                cond = Conditions.make(msg, in.currentCall(), "simpleMessage", "message", "condition");
            }
            Object token = new Object();
            Conditions.Restart saved = in.conditions().restarts();
            in.conditions().pushRestart("muffleMessage", token, null);
            try {
                in.conditions().signal(cond);
                in.out.flush();
                in.err.print(Conditions.message(cond));
                in.err.flush();
            } catch (ConditionJump j) {
                if (j.token != token) throw j;
            } finally {
                in.conditions().setRestarts(saved);
            }
            in.visible = false;
            return Null.NULL;
        });
        b.add("signalCondition", "cond, message, call", (in, call, a, rho) -> {
            if (!(a[0] instanceof ListVector)) throw in.error(call, "bad error message");
            in.conditions().signal((ListVector) a[0]);
            return Null.NULL;
        });
        b.addSpecial("tryCatch", ConditionBuiltins::tryCatch);
        b.markClosureLike("tryCatch");
        b.addSpecial("withCallingHandlers", ConditionBuiltins::withCallingHandlers);
        b.markClosureLike("withCallingHandlers");
        b.addSpecial("withRestarts", ConditionBuiltins::withRestarts);
        b.markClosureLike("withRestarts");
        b.add("invokeRestart", "r, ...", (in, call, a, rho) -> {
            String name;
            if (a[0] instanceof StringVector && a[0].length() == 1) name = ((StringVector) a[0]).get(0);
            else if (a[0] instanceof ListVector && a[0].inherits("restart")) name = Coerce.stringElement((Vector) ((ListVector) a[0]).get(0), 0);
            else throw in.error(call, "invalid restart specification");
            for (Conditions.Restart r = in.conditions().restarts(); r != null; r = r.next) {
                if (r.name.equals(name)) throw new ConditionJump(r.token, 0, Builtins.dots(a[1]));
            }
            throw in.error(call, "no 'restart' '" + name + "' found");
        });
        b.add("computeRestarts", "cond", (in, call, a, rho) -> {
            List<SEXP> out = new ArrayList<>();
            for (Conditions.Restart r = in.conditions().restarts(); r != null; r = r.next) out.add(restartObject(r.name));
            return new ListVector(out.toArray(new SEXP[0]));
        });
        b.add("geterrmessage", "", (in, call, a, rho) -> StringVector.of(in.conditions().lastErrorMessage()));
        b.add(".setErrorMessage", "msg", (in, call, a, rho) -> {
            in.conditions().setLastErrorMessage(((StringVector) a[0]).get(0));
            in.visible = false;
            return Null.NULL;
        });
        b.add(".formatError", "cond", (in, call, a, rho) -> StringVector.of(in.conditions().formatError((ListVector) a[0])));
        b.addSpecial("stopifnot", ConditionBuiltins::stopifnot);
        b.markClosureLike("stopifnot");
        b.add("warnings", "...", (in, call, a, rho) -> {
            List<Conditions.Warning> ws = in.conditions().lastWarnings();
            SEXP[] calls = new SEXP[ws.size()];
            String[] msgs = new String[ws.size()];
            for (int i = 0; i < calls.length; i++) {
                calls[i] = ws.get(i).call == null ? Null.NULL : ws.get(i).call;
                msgs[i] = ws.get(i).message;
            }
            ListVector r = new ListVector(calls);
            if (calls.length > 0) r.setAttributeRaw("names", new StringVector(msgs));
            r.setAttributeRaw("class", StringVector.of("warnings"));
            return r;
        });
        b.add("print.warnings", "x, tags, header, ...", (in, call, a, rho) -> {
            ListVector x = (ListVector) a[0];
            int n = x.length();
            if (n > 0) {
                StringBuilder sb = new StringBuilder(n == 1 ? "Warning message:\n" : "Warning messages:\n");
                StringVector msgs = x.names();
                for (int i = 0; i < n; i++) {
                    String ind = n == 1 ? "" : (i + 1) + ": ";
                    String msg = msgs == null ? "" : msgs.get(i);
                    SEXP c = x.get(i);
                    if (c instanceof Call) {
                        java.util.List<String> temp = org.rlambda.parse.Deparser.deparse(c, 50, true);
                        String first = temp.get(0);
                        int nl = msg.indexOf('\n');
                        String sm = nl >= 0 ? msg.substring(0, nl) : msg;
                        boolean fits = ind.length() + first.codePointCount(0, first.length())
                                + sm.codePointCount(0, sm.length()) <= 75;
                        sb.append(ind).append("In ").append(first).append(temp.size() > 1 ? " ..." : "").append(" :")
                                .append(fits ? " " : "\n  ").append(msg).append('\n');
                    } else {
                        sb.append(ind).append(msg).append('\n');
                    }
                }
                in.out.print(sb);
            }
            in.visible = false;
            return x;
        });
        b.add(".printWarningsNow", "", (in, call, a, rho) -> {
            // GNU R's printDeferredWarnings(), used by try(): the warnings follow the error text
            if (in.conditions().hasPendingWarnings()) {
                in.out.flush();
                in.err.print("In addition: ");
            }
            in.conditions().printWarnings();
            in.visible = false;
            return Null.NULL;
        });
    }

    /** stop()/warning() arguments: the message parts and whether to record the call. */
    private static final class CondArgs {
        ListVector dots;
        boolean withCall = true;
    }

    private static CondArgs condArgs(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho, String callName) {
        Interpreter.ArgList a = in.promiseArgs(call, rho);
        CondArgs r = new CondArgs();
        List<SEXP> vals = new ArrayList<>();
        List<String> nms = new ArrayList<>();
        boolean anyName = false;
        for (int i = 0; i < a.values.length; i++) {
            String nm = a.names == null || a.names[i] == null ? "" : a.names[i];
            SEXP v = a.values[i];
            if (v instanceof org.rlambda.sexp.Promise) v = in.force((org.rlambda.sexp.Promise) v);
            if (nm.equals(callName)) {
                r.withCall = in.asCondition(v, call, call.functionName() == null ? "stop" : call.functionName());
                continue;
            }
            if (nm.equals("domain") || nm.equals("immediate.") || nm.equals("noBreaks.")) continue;
            if (v == Symbol.MISSING_ARG) continue;
            vals.add(v);
            nms.add(nm);
            anyName |= !nm.isEmpty();
        }
        r.dots = new ListVector(vals.toArray(new SEXP[0]));
        if (anyName) r.dots.setAttributeRaw("names", new StringVector(nms.toArray(new String[0])));
        return r;
    }

    /** The call of the function stop()/warning() was called from: the frame below their own. */
    private static Call callerCall(Interpreter in) {
        Context self = in.topContext();
        return self == null || self.parent == null ? null : self.parent.call;
    }

    static boolean isCondition(SEXP x) { return x instanceof ListVector && x.inherits("condition"); }

    private static ListVector restartObject(String name) {
        ListVector r = new ListVector(new SEXP[] {StringVector.of(name), Null.NULL});
        r.setAttributeRaw("names", StringVector.of("name", "exit"));
        r.setAttributeRaw("class", StringVector.of("restart"));
        return r;
    }

    /** paste0 of the arguments' as.character values, as .makeMessage does. */
    static String makeMessage(Interpreter in, Call call, ListVector dots) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dots.length(); i++) {
            SEXP v = dots.get(i);
            if (v == Null.NULL) continue;
            if (!(v instanceof Vector)) throw in.error(call, "cannot coerce type '" + v.typeName() + "' to vector of type 'character'");
            Vector vec = (Vector) v;
            for (int k = 0; k < vec.length(); k++) {
                String s = Coerce.stringElement(vec, k);
                sb.append(s == null ? in.deparseOneLine(((ListVector) vec).get(k)) : s);
            }
        }
        return sb.toString();
    }

    private static SEXP tryCatch(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        SEXP expr = null;
        SEXP finallyExpr = null;
        List<String> classes = new ArrayList<>();
        List<SEXP> handlers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String nm = names == null ? "" : names[i];
            if (nm.equals("finally")) finallyExpr = args[i];
            else if (nm.equals("expr") || (nm.isEmpty() && expr == null)) expr = args[i];
            else if (!nm.isEmpty()) {
                classes.add(nm);
                handlers.add(args[i]);
            }
        }
        try {
            SEXP[] fns = new SEXP[handlers.size()];
            for (int i = 0; i < fns.length; i++) fns[i] = in.eval(handlers.get(i), rho);
            if (expr == null || expr == Symbol.MISSING_ARG) return Null.NULL;
            Object token = new Object();
            Conditions.Handler savedH = in.conditions().handlers();
            Conditions.Restart savedR = in.conditions().restarts();
            for (int i = fns.length - 1; i >= 0; i--) in.conditions().push(classes.get(i), fns[i], false, token, i);
            List<Context> frames = pushTryCatchFrames(in, fns.length, rho);
            try {
                for (SEXP f : fns) {
                    if (!Interpreter.isFunction(f)) throw in.error(TRY_CATCH_ONE_FIRST, "attempt to apply non-function");
                }
                return in.eval(expr, rho);
            } catch (ConditionJump j) {
                if (j.token != token) throw j;
                return runHandler(in, frames, fns, j.handlerIndex, j.value, savedH, savedR, rho);
            } catch (RError e) {
                if (e.signaled) throw e;
                // raised outside a builtin boundary: offer it to our handlers now
                for (int i = 0; i < fns.length; i++) {
                    if (e.condition.inherits(classes.get(i))) return runHandler(in, frames, fns, i, e.condition, savedH, savedR, rho);
                }
                throw e;
            } finally {
                popFrames(in, frames, 0);
                in.conditions().setHandlers(savedH);
                in.conditions().setRestarts(savedR);
            }
        } finally {
            if (finallyExpr != null) {
                boolean vis = in.visible;
                in.eval(finallyExpr, rho);
                in.visible = vis;
            }
        }
    }

    /** Calls handler {@code h} as GNU R's tryCatchOne does, after unwinding to that frame. */
    private static SEXP runHandler(Interpreter in, List<Context> frames, SEXP[] fns, int h, SEXP cond,
                                   Conditions.Handler savedH, Conditions.Restart savedR, Environment rho) {
        int n = fns.length;
        int keep = h == 0 ? frames.size() - 2 : 1 + 3 * (n - 1 - h);
        popFrames(in, frames, keep + 1);
        in.conditions().setHandlers(savedH);
        in.conditions().setRestarts(savedR);
        in.visible = true;
        return in.callFunction(fns[h], new SEXP[] {cond}, null, rho, HANDLER_CALL);
    }

    private static void popFrames(Interpreter in, List<Context> frames, int downTo) {
        while (frames.size() > downTo) in.popContext(frames.remove(frames.size() - 1));
    }

    private static final Call HANDLER_CALL = parseCall("value[[3L]](cond)");
    private static final Call TRY_CATCH_LIST = parseCall("tryCatchList(expr, classes, parentenv, handlers)");
    private static final Call TRY_CATCH_ONE_REST = parseCall(
            "tryCatchOne(tryCatchList(expr, names[-nh], parentenv, handlers[-nh]), names[nh], parentenv, handlers[[nh]])");
    private static final Call TRY_CATCH_LIST_REST = parseCall("tryCatchList(expr, names[-nh], parentenv, handlers[-nh])");
    private static final Call TRY_CATCH_ONE_FIRST = parseCall("tryCatchOne(expr, names, parentenv, handlers[[1L]])");

    /** The frames GNU R's R-level tryCatch evaluates its expression in (tryCatchList, tryCatchOne, doTryCatch). */
    private static List<Context> pushTryCatchFrames(Interpreter in, int n, Environment rho) {
        List<Context> frames = new ArrayList<>();
        frames.add(in.pushContext(TRY_CATCH_LIST, Null.NULL, new Environment(in.baseEnv), rho));
        if (n == 0) return frames;
        for (int k = n; k > 1; k--) {
            frames.add(in.pushContext(TRY_CATCH_ONE_REST, Null.NULL, new Environment(in.baseEnv), rho));
            frames.add(in.pushContext(DO_TRY_CATCH, Null.NULL, new Environment(in.baseEnv), rho));
            frames.add(in.pushContext(TRY_CATCH_LIST_REST, Null.NULL, new Environment(in.baseEnv), rho));
        }
        frames.add(in.pushContext(TRY_CATCH_ONE_FIRST, Null.NULL, new Environment(in.baseEnv), rho));
        frames.add(in.pushContext(DO_TRY_CATCH, Null.NULL, new Environment(in.baseEnv), rho));
        return frames;
    }

    private static SEXP withCallingHandlers(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        SEXP expr = null;
        List<String> classes = new ArrayList<>();
        List<SEXP> fns = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String nm = names == null ? "" : names[i];
            if (nm.equals("expr") || (nm.isEmpty() && expr == null)) expr = args[i];
            else if (!nm.isEmpty()) {
                classes.add(nm);
                fns.add(in.eval(args[i], rho));
            }
        }
        if (expr == null) return Null.NULL;
        Conditions.Handler saved = in.conditions().handlers();
        for (int i = fns.size() - 1; i >= 0; i--) in.conditions().push(classes.get(i), fns.get(i), true, null, i);
        try {
            return in.eval(expr, rho);
        } finally {
            in.conditions().setHandlers(saved);
        }
    }

    private static SEXP withRestarts(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        SEXP expr = null;
        List<String> rnames = new ArrayList<>();
        List<SEXP> fns = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String nm = names == null ? "" : names[i];
            if (nm.equals("expr") || (nm.isEmpty() && expr == null)) expr = args[i];
            else if (!nm.isEmpty()) {
                rnames.add(nm);
                fns.add(in.eval(args[i], rho));
            }
        }
        Conditions.Restart saved = in.conditions().restarts();
        List<Context> frames = pushRestartFrames(in, fns.size(), rho);
        Object[] tokens = new Object[fns.size()];
        for (int i = fns.size() - 1; i >= 0; i--) {
            tokens[i] = new Object();
            in.conditions().pushRestart(rnames.get(i), tokens[i], fns.get(i));
        }
        try {
            return expr == null ? Null.NULL : in.eval(expr, rho);
        } catch (ConditionJump j) {
            for (int i = 0; i < tokens.length; i++) {
                if (j.token == tokens[i]) {
                    in.conditions().setRestarts(saved);
                    for (int k = frames.size() - 1; k >= 0; k--) in.popContext(frames.get(k));
                    frames.clear();
                    ListVector restartArgs = j.value instanceof ListVector ? (ListVector) j.value : ListVector.EMPTY;
                    StringVector an = restartArgs.names();
                    String[] argNames = an == null ? null : an.values().clone();
                    SEXP fn = fns.get(i);
                    if (!Interpreter.isFunction(fn)) return Null.NULL;
                    return in.callFunction(fn, restartArgs.values().clone(), argNames, rho, Call.of(rnames.get(i)));
                }
            }
            throw j;
        } finally {
            for (int i = frames.size() - 1; i >= 0; i--) in.popContext(frames.get(i));
            in.conditions().setRestarts(saved);
        }
    }

    private static final Call WITH_ONE_RESTART_FIRST = parseCall("withOneRestart(expr, restarts[[1L]])");
    private static final Call DO_WITH_ONE_RESTART = parseCall("doWithOneRestart(return(expr), restart)");
    private static final Call WITH_RESTART_LIST = parseCall("withRestartList(expr, restarts)");
    private static final Call WITH_ONE_RESTART_REST = parseCall("withOneRestart(withRestartList(expr, restarts[-nr]), restarts[[nr]])");
    private static final Call WITH_RESTART_LIST_REST = parseCall("withRestartList(expr, restarts[-nr])");

    private static Call parseCall(String text) { return (Call) org.rlambda.parse.Parser.parseAll(text).get(0); }

    /**
     * The frames GNU R's R-level withRestarts runs its expression in (withRestartList,
     * withOneRestart, doWithOneRestart), so tracebacks and error calls inside match.
     */
    private static List<Context> pushRestartFrames(Interpreter in, int n, Environment rho) {
        List<Context> frames = new ArrayList<>();
        if (n == 0) return frames;
        if (n > 1) {
            frames.add(in.pushContext(WITH_RESTART_LIST, Null.NULL, new Environment(in.baseEnv), rho));
            for (int k = n; k > 1; k--) {
                frames.add(in.pushContext(WITH_ONE_RESTART_REST, Null.NULL, new Environment(in.baseEnv), rho));
                frames.add(in.pushContext(DO_WITH_ONE_RESTART, Null.NULL, new Environment(in.baseEnv), rho));
                frames.add(in.pushContext(WITH_RESTART_LIST_REST, Null.NULL, new Environment(in.baseEnv), rho));
            }
        }
        frames.add(in.pushContext(WITH_ONE_RESTART_FIRST, Null.NULL, new Environment(in.baseEnv), rho));
        frames.add(in.pushContext(DO_WITH_ONE_RESTART, Null.NULL, new Environment(in.baseEnv), rho));
        return frames;
    }

    /**
     * stopifnot(...): each argument must be all TRUE; otherwise an error naming the expression
     * (or the argument's name), raised in the caller's call as GNU R does.
     */
    private static SEXP stopifnot(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        List<SEXP> exprs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String nm = names == null ? "" : names[i];
            if (nm.equals("exprs") || nm.equals("exprObject") || nm.equals("local")) continue;
            if (args[i] == Symbol.DOTS) {
                SEXP d = in.findVarRaw(Symbol.DOTS, rho);
                if (d instanceof org.rlambda.sexp.Dots) {
                    org.rlambda.sexp.Dots dd = (org.rlambda.sexp.Dots) d;
                    for (int k = 0; k < dd.length(); k++) {
                        exprs.add(dd.value(k));
                        labels.add(dd.name(k));
                    }
                }
                continue;
            }
            exprs.add(args[i]);
            labels.add(nm);
        }
        for (int i = 0; i < exprs.size(); i++) {
            SEXP e = exprs.get(i);
            SEXP r = e instanceof org.rlambda.sexp.Promise ? in.force((org.rlambda.sexp.Promise) e) : in.eval(e, rho);
            if (allTrue(r)) continue;
            SEXP expr = e instanceof org.rlambda.sexp.Promise ? ((org.rlambda.sexp.Promise) e).expression : e;
            String msg = labels.get(i);
            if (msg.isEmpty()) {
                Call ae = allEqualCall(expr);
                if (ae != null) {
                    StringBuilder sb = new StringBuilder();
                    int shown = 0;
                    if (r instanceof Vector) {
                        for (int k = 0; k < r.length() && k < 3; k++) {
                            if (k > 0) sb.append("\n  ");
                            sb.append(Coerce.stringElement((Vector) r, k));
                            shown++;
                        }
                        if (r.length() > 3) sb.append("\n  ....");
                    }
                    msg = dparse(ae.arg(positional(ae, 0))) + " and " + dparse(ae.arg(positional(ae, 1))) + " are not equal:\n  " + sb;
                } else {
                    msg = dparse(expr) + (r.length() == 1 ? " is not TRUE" : " are not all TRUE");
                }
            }
            Context ctx = in.contextOf(rho);
            SEXP errCall = ctx == null || ctx.function == null ? Null.NULL : ctx.call;
            throw in.conditions().errorFromCondition(Conditions.make(msg, errCall == Null.NULL ? null : errCall,
                    "simpleError", "error", "condition"));
        }
        in.visible = false;
        return Null.NULL;
    }

    private static boolean allTrue(SEXP r) {
        if (!(r instanceof LogicalVector)) return false;
        LogicalVector l = (LogicalVector) r;
        for (int i = 0; i < l.length(); i++) if (l.get(i) != 1) return false;
        return true;
    }

    private static String dparse(SEXP e) {
        List<String> ch = org.rlambda.parse.Deparser.deparse(e, 60, true);
        return ch.size() > 1 ? ch.get(0) + " ...." : ch.get(0);
    }

    /** all.equal(a, b) with two unnamed arguments (or exactly two arguments), else null. */
    private static Call allEqualCall(SEXP e) {
        if (!(e instanceof Call) || !((Call) e).isCallTo("all.equal")) return null;
        Call c = (Call) e;
        int unnamed = 0;
        for (int i = 0; i < c.argCount(); i++) if (c.argName(i).isEmpty()) unnamed++;
        if (c.argCount() == 2 || unnamed == 2) return c;
        return null;
    }

    private static int positional(Call c, int k) {
        if (c.argCount() == 2) return k;
        for (int i = 0; i < c.argCount(); i++) if (c.argName(i).isEmpty() && k-- == 0) return i;
        return k;
    }
}
