package org.rlambda.eval;

import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * {@code <-}, {@code =} and {@code <<-}, including complex targets such as
 * {@code names(x)[2] <- "b"} and {@code x$a$b <- v}, which R rewrites into calls of
 * replacement functions ({@code `names<-`}, {@code `[<-`}, {@code `$<-`}, user-defined {@code `f<-`}).
 * An unshared target is handed over with named = 0 so replacement builtins modify it in place.
 */
public final class Assignment {
    private Assignment() { }

    public static SEXP assign(Interpreter in, Call call, SEXP lhs, SEXP value, Environment rho, boolean superAssign) {
        if (lhs instanceof StringVector && lhs.length() == 1) lhs = Symbol.get(((StringVector) lhs).get(0));
        if (lhs instanceof Symbol && lhs != Symbol.MISSING_ARG) {
            Symbol s = (Symbol) lhs;
            if (superAssign) in.defineSuper(s, value, rho);
            else in.define(s, value, rho);
            return value;
        }
        if (lhs instanceof Call) {
            complexAssign(in, call, (Call) lhs, value, rho, superAssign);
            return value;
        }
        throw in.error(call, "invalid (do_set) left-hand side to assignment");
    }

    /** GNU R's name for the value being modified, as replacement calls show it: {@code `[<-`(`*tmp*`, 3, value = 1)}. */
    private static final Symbol TMP = Symbol.get("*tmp*");

    private static void complexAssign(Interpreter in, Call call, Call lhs, SEXP value, Environment rho, boolean superAssign) {
        if (lhs.argCount() == 0) throw in.error(call, "invalid assignment target");
        SEXP target = lhs.arg(0);
        SEXP current = targetValue(in, call, target, rho, superAssign);
        SEXP replacementFn = replacementFunction(in, call, lhs.function);
        int n = lhs.argCount();
        SEXP[] args = new SEXP[n + 1];
        String[] names = new String[n + 1];
        // the variable itself is passed as `*tmp*` (bound without touching its sharing state)
        // only R code can see `*tmp*`: a closure replacement function or an S3 method of an object
        // (a builtin that is a closure in GNU R, e.g. `substr<-`, is called the same way: its errors
        // name the call `substr<-`(`*tmp*`, 2, value = "x"))
        SEXP fn = replacementFn instanceof Symbol ? in.findFunction((Symbol) replacementFn, rho) : null;
        boolean closureLike = !(fn instanceof BuiltinFunction) || ((BuiltinFunction) fn).hasContext;
        boolean viaTmp = target instanceof Symbol && !rho.isLocked()
                && (current.isObject() || !(replacementFn instanceof Symbol) || closureLike);
        SEXP savedTmp = viaTmp ? rho.getLocal(TMP) : null;
        if (viaTmp) rho.putRaw(TMP, current);
        args[0] = viaTmp ? TMP : asArgument(current);
        names[0] = "";
        for (int i = 1; i < n; i++) {
            args[i] = lhs.arg(i);
            names[i] = lhs.argName(i);
        }
        args[n] = asArgument(value);
        names[n] = "value";
        Call rcall = new Call(replacementFn, args, names);
        rcall.line = lhs.line;
        if (!viaTmp || !closureLike) rcall.errorCall = call;
        SEXP updated;
        try {
            updated = in.evalCall(rcall, rho);
        } finally {
            if (viaTmp) {
                if (savedTmp != null) rho.putRaw(TMP, savedTmp);
                else rho.remove(TMP);
            }
        }
        if (target instanceof Call) {
            complexAssign(in, call, (Call) target, updated, rho, superAssign);
        } else {
            assign(in, call, target, updated, rho, superAssign);
        }
    }

    /** A value placed directly in a call: language objects must be quoted so evaluation yields them. */
    private static SEXP asArgument(SEXP v) {
        if ((v instanceof Symbol && v != Symbol.MISSING_ARG) || v instanceof Call || v instanceof org.rlambda.sexp.Promise) {
            return Call.of("quote", v);
        }
        return v;
    }

    private static SEXP replacementFunction(Interpreter in, Call call, SEXP head) {
        if (head instanceof Symbol) return ((Symbol) head).replacementSymbol();
        if (head instanceof StringVector && head.length() == 1) return Symbol.get(((StringVector) head).get(0) + "<-");
        if (head instanceof Call) {
            Call h = (Call) head;
            if ((h.isCallTo("::") || h.isCallTo(":::")) && h.argCount() == 2 && h.arg(1) instanceof Symbol) {
                return new Call(h.function, h.arg(0), Symbol.get(((Symbol) h.arg(1)).name + "<-"));
            }
        }
        throw in.error(call, "invalid function in complex assignment");
    }

    /** The current value of an assignment target, made safe to modify. */
    private static SEXP targetValue(Interpreter in, Call call, SEXP target, Environment rho, boolean superAssign) {
        if (target instanceof StringVector && target.length() == 1) target = Symbol.get(((StringVector) target).get(0));
        if (target instanceof Symbol) {
            Symbol s = (Symbol) target;
            SEXP v;
            if (superAssign) {
                v = in.findVar(s, rho.parent());
            } else {
                SEXP local = rho.getLocal(s);
                if (local != null && !(local instanceof org.rlambda.sexp.Promise) && !rho.isActiveBinding(s)) {
                    v = local;
                    if (v == Symbol.MISSING_ARG) throw in.error(call, "argument \"" + s.name + "\" is missing, with no default");
                    if (v.named <= 1) v.named = 0; // only this binding refers to it: replacement may modify in place
                    return v;
                }
                v = in.findVar(s, rho);
                if (v != null) v.markShared(); // from an enclosing frame or a promise: copy on modify
            }
            if (v == null) throw in.error(call, "object '" + s.name + "' not found");
            return v;
        }
        if (target instanceof Call) {
            Call t = (Call) target;
            if (t.argCount() == 0) throw in.error(call, "invalid assignment target");
            SEXP inner = targetValue(in, call, t.arg(0), rho, superAssign);
            SEXP[] args = t.args().clone();
            args[0] = asArgument(inner);
            Call getter = new Call(t.function, args, t.namesOrNull() == null ? null : t.namesOrNull().clone());
            SEXP v = in.evalCall(getter, rho);
            v.markShared();
            return v;
        }
        throw in.error(call, "target of assignment expands to non-language object");
    }
}
