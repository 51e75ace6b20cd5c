package org.rlambda.base;

import org.rlambda.eval.Assignment;
import org.rlambda.eval.BreakException;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Context;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.NextException;
import org.rlambda.eval.ReturnException;
import org.rlambda.eval.S3;
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

/** The language's own specials: braces, control flow, assignment, function, return, switch, missing, on.exit, S3 entry points. */
public final class LanguageBuiltins {
    private LanguageBuiltins() { }

    public static void register(Builtins b) {
        b.addSpecial("{", (in, call, args, names, rho) -> {
            SEXP r = Null.NULL;
            in.visible = true;
            for (SEXP e : args) r = in.eval(e, rho);
            return r;
        });
        b.addSpecial("(", (in, call, args, names, rho) -> {
            checkArity(in, call, args, 1, "(");
            SEXP r = in.eval(args[0], rho);
            in.visible = true;
            return r;
        });
        b.addSpecial("if", (in, call, args, names, rho) -> {
            SEXP c = in.eval(args[0], rho);
            if (in.asCondition(c, call, "if")) return in.eval(args[1], rho);
            if (args.length > 2) return in.eval(args[2], rho);
            in.visible = false;
            return Null.NULL;
        });
        b.addSpecial("for", LanguageBuiltins::doFor);
        b.addSpecial("while", (in, call, args, names, rho) -> {
            while (true) {
                in.checkLimits();
                if (!in.asCondition(in.eval(args[0], rho), call, "while")) break;
                try {
                    in.eval(args[1], rho);
                } catch (BreakException e) {
                    break;
                } catch (NextException e) {
                    // next iteration
                }
            }
            in.visible = false;
            return Null.NULL;
        });
        b.addSpecial("repeat", (in, call, args, names, rho) -> {
            while (true) {
                in.checkLimits();
                try {
                    in.eval(args[0], rho);
                } catch (BreakException e) {
                    break;
                } catch (NextException e) {
                    // next iteration
                }
            }
            in.visible = false;
            return Null.NULL;
        });
        b.addSpecial("break", (in, call, args, names, rho) -> { throw BreakException.INSTANCE; });
        b.addSpecial("next", (in, call, args, names, rho) -> { throw NextException.INSTANCE; });
        b.addSpecial("function", (in, call, args, names, rho) -> {
            PairList formals = args[0] instanceof PairList ? (PairList) args[0] : Interpreter.emptyFormals();
            return new Closure(formals, args[1], rho);
        });
        b.addSpecial("return", (in, call, args, names, rho) -> {
            SEXP v = args.length == 0 ? Null.NULL : in.eval(args[0], rho);
            if (args.length > 1) throw in.error(call, "multi-argument returns are not permitted");
            throw new ReturnException(rho, v);
        });
        b.addSpecial("<-", (in, call, args, names, rho) -> assign(in, call, args, rho, false));
        b.addSpecial("=", (in, call, args, names, rho) -> assign(in, call, args, rho, false));
        b.addSpecial("<<-", (in, call, args, names, rho) -> assign(in, call, args, rho, true));
        b.addSpecial("quote", (in, call, args, names, rho) -> {
            checkArity(in, call, args, 1, "quote");
            return args[0];
        });
        b.addSpecial("missing", (in, call, args, names, rho) -> {
            checkArity(in, call, args, 1, "missing");
            SEXP a = args[0];
            if (a instanceof StringVector && a.length() == 1) a = Symbol.get(((StringVector) a).get(0));
            if (!(a instanceof Symbol)) throw in.error(call, "invalid use of 'missing'");
            return LogicalVector.valueOf(isMissing(in, call, (Symbol) a, rho));
        });
        b.addSpecial("on.exit", (in, call, args, names, rho) -> {
            SEXP expr = null;
            boolean add = false;
            boolean after = true;
            int pos = 0;
            for (int i = 0; i < args.length; i++) {
                String nm = names == null ? "" : names[i];
                if (nm.equals("add")) add = in.asCondition(in.eval(args[i], rho), call, "on.exit");
                else if (nm.equals("after")) after = in.asCondition(in.eval(args[i], rho), call, "on.exit");
                else if (nm.equals("expr") || nm.isEmpty()) {
                    if (nm.isEmpty() && pos == 1) add = in.asCondition(in.eval(args[i], rho), call, "on.exit");
                    else if (nm.isEmpty() && pos == 2) after = in.asCondition(in.eval(args[i], rho), call, "on.exit");
                    else expr = args[i];
                    pos++;
                }
            }
            Context ctx = in.contextOf(rho);
            if (ctx != null) ctx.addOnExit(expr == Symbol.MISSING_ARG ? null : expr, add, after);
            in.visible = false;
            return Null.NULL;
        });
        b.addSpecial("switch", LanguageBuiltins::doSwitch);
        b.addSpecial("~", (in, call, args, names, rho) -> {
            // a formula is the call itself, with its class and the environment it was made in
            if (call.getAttribute("class") != null) return call;
            Call f = new Call(call.function, call.args(), call.namesOrNull() == null ? null : call.namesOrNull().clone());
            f.setAttributeRaw("class", StringVector.of("formula"));
            f.setAttributeRaw(".Environment", rho);
            return f;
        });
        b.add("invisible", (in, call, args, names, rho) -> {
            SEXP v = args.length == 0 ? Null.NULL : args[0];
            in.visible = false;
            return v;
        });
        b.addSpecial("nargs", (in, call, args, names, rho) -> {
            Context ctx = in.contextOf(rho);
            if (ctx == null) return IntVector.of(0);
            int n = 0;
            for (SEXP a : ctx.suppliedArgs) n++;
            return IntVector.of(n);
        });
        b.addSpecial("UseMethod", (in, call, args, names, rho) -> {
            if (args.length == 0) throw in.error(call, "'UseMethod' called with no arguments");
            SEXP g = in.eval(args[0], rho);
            if (!(g instanceof StringVector) || g.length() != 1) throw in.error(call, "'generic' argument must be a character string");
            Context ctx = in.contextOf(rho);
            if (ctx == null) throw in.error(call, "UseMethod called from outside a function");
            SEXP obj = args.length > 1 ? in.eval(args[1], rho) : dispatchObject(in, ctx, rho);
            SEXP r = S3.useMethod(in, ((StringVector) g).get(0), obj, ctx, call);
            throw new ReturnException(rho, r);
        });
        b.addSpecial("NextMethod", (in, call, args, names, rho) -> {
            Context ctx = in.contextOf(rho);
            if (ctx == null) throw in.error(call, "NextMethod called from outside a method dispatch");
            // extra arguments: those after generic/object, named ones passed on
            java.util.List<SEXP> extra = new java.util.ArrayList<>();
            java.util.List<String> extraNames = new java.util.ArrayList<>();
            int positional = 0;
            for (int i = 0; i < args.length; i++) {
                String nm = names == null ? "" : names[i];
                if (nm.equals("generic") || nm.equals("object")) continue;
                if (nm.isEmpty() && positional < 2) { positional++; continue; }
                if (args[i] == Symbol.DOTS) {
                    SEXP d = in.findVarRaw(Symbol.DOTS, rho);
                    if (d instanceof Dots) {
                        Dots dd = (Dots) d;
                        for (int k = 0; k < dd.length(); k++) {
                            String dn = dd.name(k);
                            if (dn.isEmpty()) continue; // unnamed dots are already among the original arguments
                            extra.add(dd.value(k));
                            extraNames.add(dn);
                        }
                    }
                    continue;
                }
                extra.add(new Promise(args[i], rho));
                extraNames.add(nm);
            }
            return S3.nextMethod(in, ctx, call, extra.toArray(new SEXP[0]), extraNames.toArray(new String[0]));
        });
        b.addSpecial("Recall", (in, call, args, names, rho) -> {
            Context ctx = in.contextOf(rho);
            if (ctx == null || !(ctx.function instanceof Closure)) throw in.error(call, "'Recall' called from outside a closure");
            Interpreter.ArgList a = in.promiseArgs(call, rho);
            return in.applyClosure(ctx.call, (Closure) ctx.function, a.values, a.names, ctx.callerEnv, null);
        });
    }

    private static void checkArity(Interpreter in, Call call, SEXP[] args, int n, String name) {
        if (args.length != n) {
            throw in.error(call, args.length + " argument" + (args.length == 1 ? "" : "s") + " passed to '" + name
                    + "' which requires " + n);
        }
    }

    private static SEXP assign(Interpreter in, Call call, SEXP[] args, Environment rho, boolean superAssign) {
        if (args.length != 2) throw in.error(call, "invalid assignment");
        SEXP value = in.eval(args[1], rho);
        Assignment.assign(in, call, args[0], value, rho, superAssign);
        in.visible = false;
        return value;
    }

    private static SEXP doFor(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (!(args[0] instanceof Symbol)) throw in.error(call, "invalid for() loop sequence");
        Symbol var = (Symbol) args[0];
        SEXP seq = in.eval(args[1], rho);
        SEXP body = args[2];
        if (seq instanceof Vector || seq == Null.NULL) {
            int n = seq.length();
            Vector v = seq == Null.NULL ? null : (Vector) seq;
            if (v != null && v.inherits("factor")) {
                v = (Vector) factorAsCharacter(v);
            }
            for (int i = 0; i < n; i++) {
                in.checkLimits();
                SEXP el;
                if (v instanceof ListVector) {
                    el = ((ListVector) v).get(i);
                    el.markShared();
                } else {
                    el = v.element(i);
                }
                in.define(var, el, rho);
                try {
                    in.eval(body, rho);
                } catch (BreakException e) {
                    break;
                } catch (NextException e) {
                    // continue
                }
            }
        } else if (seq instanceof Call || seq instanceof Symbol || seq instanceof PairList) {
            throw in.error(call, "invalid for() loop sequence");
        } else {
            throw in.error(call, "invalid for() loop sequence");
        }
        in.visible = false;
        return Null.NULL;
    }

    private static SEXP factorAsCharacter(Vector f) {
        SEXP lev = f.getAttribute("levels");
        IntVector codes = (IntVector) Coerce.coerce(f, org.rlambda.sexp.SexpType.INTEGER, null);
        String[] r = new String[codes.length()];
        for (int i = 0; i < r.length; i++) {
            int c = codes.get(i);
            r[i] = c == IntVector.NA || !(lev instanceof StringVector) ? StringVector.NA : ((StringVector) lev).get(c - 1);
        }
        return new StringVector(r);
    }

    private static SEXP doSwitch(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length == 0) throw in.error(call, "'EXPR' is missing");
        SEXP x = in.eval(args[0], rho);
        int nalt = args.length - 1;
        if (!(x instanceof Vector) || x.length() != 1 || x instanceof ListVector) {
            throw in.error(call, "EXPR must be a length 1 vector");
        }
        if (x instanceof StringVector) {
            String s = ((StringVector) x).get(0);
            for (int i = 1; i < args.length; i++) {
                String nm = names == null ? "" : names[i];
                if (!nm.isEmpty() && nm.equals(s) && s != StringVector.NA) {
                    int j = i;
                    while (j < args.length && args[j] == Symbol.MISSING_ARG) j++;
                    if (j >= args.length) {
                        in.visible = false;
                        return Null.NULL;
                    }
                    return in.eval(args[j], rho);
                }
            }
            // default: the unnamed alternatives
            int defaults = 0;
            int defIdx = -1;
            for (int i = 1; i < args.length; i++) {
                String nm = names == null ? "" : names[i];
                if (nm.isEmpty()) { defaults++; defIdx = i; }
            }
            if (defaults > 1) throw in.error(call, "duplicate 'switch' defaults: '" + in.deparseOneLine(args[firstDefault(args, names)])
                    + "' and '" + in.deparseOneLine(args[defIdx]) + "'");
            if (defIdx > 0 && args[defIdx] != Symbol.MISSING_ARG) return in.eval(args[defIdx], rho);
            in.visible = false;
            return Null.NULL;
        }
        int k;
        if (x instanceof DoubleVector) {
            double d = ((DoubleVector) x).get(0);
            k = Double.isNaN(d) ? -1 : (int) d;
        } else {
            k = Coerce.intElement((Vector) x, 0, null);
        }
        if (k >= 1 && k <= nalt) {
            SEXP alt = args[k];
            if (alt == Symbol.MISSING_ARG) throw in.error(call, "empty alternative in numeric switch");
            return in.eval(alt, rho);
        }
        in.visible = false;
        return Null.NULL;
    }

    private static int firstDefault(SEXP[] args, String[] names) {
        for (int i = 1; i < args.length; i++) if (names == null || names[i].isEmpty()) return i;
        return 1;
    }

    /** The object UseMethod dispatches on: the first argument of the enclosing call. */
    private static SEXP dispatchObject(Interpreter in, Context ctx, Environment rho) {
        if (!(ctx.function instanceof Closure)) return Null.NULL;
        Closure f = (Closure) ctx.function;
        if (f.formalSymbols.length == 0) return Null.NULL;
        Symbol first = f.formalSymbols[0];
        if (first == Symbol.DOTS) {
            SEXP d = rho.getLocal(Symbol.DOTS);
            if (d instanceof Dots && d.length() > 0) {
                SEXP v = ((Dots) d).value(0);
                return v instanceof Promise ? in.force((Promise) v) : v;
            }
            return Null.NULL;
        }
        SEXP v = rho.getLocal(first);
        if (v instanceof Promise) return in.force((Promise) v);
        if (v == null || v == Symbol.MISSING_ARG) return Null.NULL;
        return v;
    }

    /** missing(x): unsupplied, default-valued, or a promise to a missing argument of the caller. */
    public static boolean isMissing(Interpreter in, Call call, Symbol s, Environment rho) {
        SEXP v = rho.getLocal(s);
        if (v == null) {
            if (s.dotDotIndex > 0) {
                SEXP d = rho.getLocal(Symbol.DOTS);
                if (d instanceof Dots) {
                    Dots dd = (Dots) d;
                    if (dd.length() < s.dotDotIndex) return true;
                    return isMissingValue(in, dd.value(s.dotDotIndex - 1));
                }
            }
            throw in.error(call, "'missing' can only be used for arguments");
        }
        if (s == Symbol.DOTS) return !(v instanceof Dots) || v.length() == 0;
        return isMissingValue(in, v);
    }

    private static boolean isMissingValue(Interpreter in, SEXP v) {
        if (v == Symbol.MISSING_ARG) return true;
        if (v instanceof Promise) {
            Promise p = (Promise) v;
            if (p.isDefaultArg) return true;
            if (!p.isForced() && p.expression instanceof Symbol && p.env() != null) {
                Symbol s2 = (Symbol) p.expression;
                SEXP inner = p.env().getLocal(s2);
                if (inner != null && inner != p) {
                    if (inner == Symbol.MISSING_ARG) return true;
                    if (inner instanceof Promise) return isMissingValue(in, inner);
                }
            }
        }
        return false;
    }
}
