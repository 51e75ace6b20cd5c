package org.rlambda.base;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rlambda.eval.BuiltinFunction;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Context;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.ReturnException;
import org.rlambda.parse.Deparser;
import org.rlambda.parse.ParseException;
import org.rlambda.parse.Parser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.Dots;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ExpressionVector;
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
 * Code as data: eval/evalq, parse, deparse, substitute, expression, body/formals/args and their
 * replacement forms, call/as.call/as.name, match.arg, all.names/all.vars.
 */
public final class CodeBuiltins {
    private CodeBuiltins() { }

    public static void register(Builtins b) {
        b.add("eval", "expr, envir, enclos", (in, call, a, rho) -> {
            SEXP expr = a[0] == null ? Null.NULL : a[0];
            Environment env = evalEnv(in, call, a[1], a[2], rho);
            return evalIn(in, call, expr, env, rho);
        });
        b.addSpecial("evalq", (in, call, args, names, rho) -> {
            SEXP[] m = EnvBuiltins.match(in, call, new String[] {"expr", "envir", "enclos"}, args, names);
            SEXP envir = m[1] == null ? null : in.eval(m[1], rho);
            SEXP enclos = m[2] == null ? null : in.eval(m[2], rho);
            Environment env = evalEnv(in, call, envir, enclos, rho);
            in.visible = true;
            return evalIn(in, call, m[0] == null ? Null.NULL : m[0], env, rho);
        });
        b.add("parse", "file, n, text, prompt, keep.source, srcfile, encoding", (in, call, a, rho) -> parse(in, call, a));
        b.add("str2lang", "s", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector) || a[0].length() != 1) throw in.error(call, "argument must be a character string");
            ExpressionVector e = parseText(in, call, new String[] {((StringVector) a[0]).get(0)});
            if (e.length() != 1) throw in.error(call, "parsing result not of length one, but " + e.length());
            return e.get(0);
        });
        b.add("str2expression", "text", (in, call, a, rho) -> parseText(in, call, ((StringVector) a[0]).values()));
        b.add("deparse", "expr, width.cutoff, backtick, control, nlines", (in, call, a, rho) -> {
            SEXP x = a[0] == null ? Null.NULL : a[0];
            int width = a[1] == null ? 60 : RArgs.integer(a[1]);
            if (width == IntVector.NA || width < 20 || width > 500) {
                in.warning(call, "invalid 'cutoff' value for 'deparse', using default");
                width = 60;
            }
            boolean backtick = a[2] == null ? defaultBacktick(x) : in.asCondition(a[2], call, "deparse");
            int opts = a[3] == null ? Deparser.DEFAULT_OPTS : DeparseOptions.of(in, a[3]);
            List<String> lines = Deparser.deparse(x, width, backtick, opts,
                    () -> in.warning(call, "deparse may be incomplete"));
            int nlines = a[4] == null ? -1 : RArgs.integer(a[4]);
            if (nlines > 0 && lines.size() > nlines) lines = lines.subList(0, nlines);
            return new StringVector(lines.toArray(new String[0]));
        });
        b.add("dput", "x, file, control", (in, call, a, rho) -> {
            SEXP x = a[0] == null ? Null.NULL : a[0];
            StringBuilder text = new StringBuilder();
            int opts = a[2] == null ? Deparser.DEFAULT_OPTS : DeparseOptions.of(in, a[2]);
            for (String l : Deparser.deparse(x, Deparser.DEFAULT_CUTOFF, true, opts,
                    () -> in.warning(call, "deparse may be incomplete"))) text.append(l).append('\n');
            // file = "" is the console; a file name or connection receives the text instead
            SEXP file = a[1] == null ? StringVector.of("") : a[1];
            if (file instanceof StringVector && !file.isObject() && ((StringVector) file).get(0).isEmpty()) in.out.print(text);
            else Connections.write(in, call, file, text.toString(), false);
            in.visible = false;
            return x;
        });
        b.addSpecial("substitute", (in, call, args, names, rho) -> {
            SEXP[] m = EnvBuiltins.match(in, call, new String[] {"expr", "env"}, args, names);
            SEXP expr = m[0] == null ? Symbol.MISSING_ARG : m[0];
            Environment env = rho;
            ListVector list = null;
            if (m[1] != null) {
                SEXP e = in.eval(m[1], rho);
                if (e instanceof Environment) env = (Environment) e;
                else if (e instanceof ListVector) list = (ListVector) e;
                else if (e == Null.NULL) list = ListVector.EMPTY;
                else throw in.error(call, "invalid environment specified");
            }
            if (list != null) return substituteList(expr, list);
            if (env == in.globalEnv) return expr;
            return substitute(in, expr, env);
        });
        b.addSpecial("withVisible", (in, call, args, names, rho) -> {
            if (args.length != 1) throw in.error(call, args.length + " arguments passed to 'withVisible' which requires 1");
            in.visible = true;
            SEXP v = in.eval(args[0], rho);
            boolean vis = in.visible;
            v.markShared();
            ListVector r = new ListVector(new SEXP[] {v, LogicalVector.valueOf(vis)});
            r.setAttributeRaw("names", StringVector.of("value", "visible"));
            in.visible = true;
            return r;
        });
        b.addSpecial("forceAndCall", CodeBuiltins::forceAndCall);
        b.add(".rlambdaAsPairlist", "x", (in, call, a, rho) -> {
            SEXP x = a[0];
            if (x == Null.NULL || x instanceof PairList) return x;
            if (!(x instanceof ListVector)) throw in.error(call, "'x' must be a list");
            ListVector l = (ListVector) x;
            if (l.length() == 0) return Null.NULL;
            StringVector n = l.names();
            String[] tags = new String[l.length()];
            for (int i = 0; i < tags.length; i++) tags[i] = n == null ? "" : n.get(i);
            return new PairList(tags, l.values().clone());
        });
        b.addSpecial("alist", (in, call, args, names, rho) -> {
            ListVector l = new ListVector(args.clone());
            if (names != null) {
                String[] nn = new String[names.length];
                for (int i = 0; i < nn.length; i++) nn[i] = names[i] == null ? "" : names[i];
                l.setAttributeRaw("names", new StringVector(nn));
            }
            return l;
        });
        b.addSpecial("expression", (in, call, args, names, rho) -> {
            ExpressionVector e = new ExpressionVector(args.clone());
            if (names != null) {
                boolean any = false;
                for (String n : names) if (n != null && !n.isEmpty()) any = true;
                if (any) {
                    String[] nn = new String[names.length];
                    for (int i = 0; i < nn.length; i++) nn[i] = names[i] == null ? "" : names[i];
                    e.setAttributeRaw("names", new StringVector(nn));
                }
            }
            return e;
        });
        b.add("body", "fun", (in, call, a, rho) -> {
            SEXP f = functionArg(in, call, a[0], rho);
            return f instanceof Closure ? ((Closure) f).body : Null.NULL;
        });
        b.add("formals", "fun, envir", (in, call, a, rho) -> {
            SEXP f = functionArg(in, call, a[0], rho);
            if (!(f instanceof Closure)) return Null.NULL;
            PairList p = ((Closure) f).formals;
            return p.length() == 0 ? Null.NULL : p;
        });
        b.add("args", "name", (in, call, a, rho) -> {
            SEXP f = functionArg(in, call, a[0], rho);
            if (f instanceof Closure) return new Closure(((Closure) f).formals, Null.NULL, in.globalEnv);
            if (f instanceof BuiltinFunction) {
                BuiltinFunction bf = (BuiltinFunction) f;
                if ("Summary".equals(bf.group)) {
                    // sum, prod, max, min, range, all, any: function (..., na.rm = FALSE)
                    return new Closure(new PairList(new String[] {"...", "na.rm"},
                            new SEXP[] {Symbol.MISSING_ARG, LogicalVector.FALSE}), Null.NULL, in.globalEnv);
                }
                String[] formals = bf.formals();
                if (formals == null) return Null.NULL;
                SEXP[] vals = new SEXP[formals.length];
                java.util.Arrays.fill(vals, Symbol.MISSING_ARG);
                return new Closure(new PairList(formals.clone(), vals), Null.NULL, in.globalEnv);
            }
            return Null.NULL;
        });
        b.add("body<-", "fun, envir, value", (in, call, a, rho) -> {
            if (!(a[0] instanceof Closure)) throw in.error(call, "'fun' must be a function");
            Closure c = (Closure) a[0];
            Environment env = a[1] instanceof Environment ? (Environment) a[1] : c.env;
            SEXP body = a[2] == null ? Null.NULL : a[2];
            if (body instanceof ExpressionVector && body.length() > 0) body = ((ExpressionVector) body).get(0);
            Closure r = new Closure(c.formals, body, env);
            return r;
        });
        b.add("formals<-", "fun, envir, value", (in, call, a, rho) -> {
            if (!(a[0] instanceof Closure)) throw in.error(call, "'fun' must be a function");
            Closure c = (Closure) a[0];
            Environment env = a[1] instanceof Environment ? (Environment) a[1] : c.env;
            return new Closure(toFormals(in, call, a[2]), c.body, env);
        });
        b.add("as.call", "x", (in, call, a, rho) -> {
            SEXP x = a[0];
            if (x instanceof Call) return x;
            if (x instanceof ListVector && x.length() > 0) {
                ListVector l = (ListVector) x;
                SEXP[] args = new SEXP[l.length() - 1];
                System.arraycopy(l.values(), 1, args, 0, args.length);
                StringVector n = l.names();
                String[] names = null;
                if (n != null) {
                    names = new String[args.length];
                    boolean any = false;
                    for (int i = 0; i < names.length; i++) {
                        names[i] = n.get(i + 1);
                        any |= !names[i].isEmpty();
                    }
                    if (!any) names = null;
                }
                return new Call(l.get(0), args, names);
            }
            if (x instanceof PairList && x.length() > 0) {
                PairList p = (PairList) x;
                SEXP[] args = new SEXP[p.length() - 1];
                String[] names = new String[args.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = p.value(i + 1);
                    names[i] = p.tag(i + 1);
                }
                return new Call(p.value(0), args, names);
            }
            throw in.error(call, "invalid argument list");
        });
        b.add("call", "name, ...", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector) || a[0].length() != 1) throw in.error(call, "first argument must be a character string");
            ListVector dots = Builtins.dots(a[1]);
            SEXP[] args = dots.values().clone();
            for (SEXP v : args) v.markShared();
            StringVector n = dots.names();
            return new Call(Symbol.get(((StringVector) a[0]).get(0)), args, n == null ? null : n.values().clone());
        });
        BuiltinFunction.MatchedImpl asName = (in, call, a, rho) -> {
            SEXP x = a[0];
            if (x instanceof Symbol) return x;
            if (x instanceof Vector && !(x instanceof ListVector) && x.length() >= 1) {
                String s = org.rlambda.eval.Coerce.stringElement((Vector) x, 0);
                if (x.inherits("factor")) s = RArgs.factorLabels((Vector) x).get(0);
                if (s == StringVector.NA) s = "NA";
                if (s.isEmpty()) throw in.error(call, "attempt to use zero-length variable name");
                return Symbol.get(s);
            }
            throw in.error(call, "invalid type/length (symbol/" + (x == null ? 0 : x.length()) + ") in vector allocation");
        };
        b.add("as.name", "x", asName);
        b.add("as.symbol", "x", asName);
        b.add("match.arg", "arg, choices, several.ok", CodeBuiltins::matchArg);
        b.add("all.names", "expr, functions, max.names, unique", (in, call, a, rho) -> {
            boolean functions = a[1] == null || in.asCondition(a[1], call, "all.names");
            int max = a[2] == null ? -1 : RArgs.integer(a[2]);
            boolean unique = a[3] != null && in.asCondition(a[3], call, "all.names");
            return allNames(a[0], functions, max, unique);
        });
        b.add("all.vars", "expr, functions, max.names, unique", (in, call, a, rho) -> {
            boolean functions = a[1] != null && in.asCondition(a[1], call, "all.vars");
            int max = a[2] == null ? -1 : RArgs.integer(a[2]);
            boolean unique = a[3] == null || in.asCondition(a[3], call, "all.vars");
            return allNames(a[0], functions, max, unique);
        });
        b.add("as.function.default", "x, envir", (in, call, a, rho) -> {
            if (Interpreter.isFunction(a[0])) return a[0];
            if (!(a[0] instanceof ListVector) || a[0].length() == 0) throw in.error(call, "argument must have length at least 1");
            ListVector l = (ListVector) a[0];
            int n = l.length();
            StringVector nm = l.names();
            String[] tags = new String[n - 1];
            SEXP[] vals = new SEXP[n - 1];
            for (int i = 0; i < n - 1; i++) {
                tags[i] = nm == null ? "" : nm.get(i);
                vals[i] = l.get(i);
            }
            Environment env = a[1] instanceof Environment ? (Environment) a[1] : rho;
            return new Closure(new PairList(tags, vals), l.get(n - 1), env);
        });
        b.add("...length", "", (in, call, a, rho) -> {
            SEXP d = rho.getLocal(Symbol.DOTS);
            if (d == null) throw in.error(call, "incorrect context: the current call has no '...' to look in");
            return IntVector.of(d instanceof Dots ? d.length() : 0);
        });
        b.add("...names", "", (in, call, a, rho) -> {
            SEXP d = rho.getLocal(Symbol.DOTS);
            if (d == null) throw in.error(call, "incorrect context: the current call has no '...' to look in");
            if (!(d instanceof Dots) || d.length() == 0) return Null.NULL;
            Dots dd = (Dots) d;
            String[] n = new String[dd.length()];
            boolean any = false;
            for (int i = 0; i < n.length; i++) {
                n[i] = dd.name(i);
                any |= !n[i].isEmpty();
            }
            return any ? new StringVector(n) : Null.NULL;
        });
        b.add("...elt", "n", (in, call, a, rho) -> {
            SEXP d = rho.getLocal(Symbol.DOTS);
            if (d == null) throw in.error(call, "incorrect context: the current call has no '...' to look in");
            int n = RArgs.integer(a[0]);
            int len = d instanceof Dots ? d.length() : 0;
            if (n == IntVector.NA || n <= 0) throw in.error(call, "indexing '...' with non-positive index " + n);
            if (n > len) throw in.error(call, "the ... list contains fewer than " + n + " elements");
            SEXP v = ((Dots) d).value(n - 1);
            if (v instanceof Promise) v = in.force((Promise) v);
            return v;
        });
        b.markClosureLike("eval", "evalq", "parse", "deparse", "match.arg", "str2lang", "dput");
    }

    /**
     * forceAndCall(n, FUN, ...): calls FUN as written ({@code FUN(...)}) with its first n
     * arguments forced first, so closures built in a loop capture values, not the loop variable.
     */
    private static SEXP forceAndCall(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length < 2) throw in.error(call, "invalid arguments");
        int n = RArgs.integer(in.eval(args[0], rho));
        SEXP[] rest = java.util.Arrays.copyOfRange(args, 2, args.length);
        String[] restNames = names == null ? null : java.util.Arrays.copyOfRange(names, 2, names.length);
        Call fcall = new Call(args[1], rest, restNames);
        SEXP fn = args[1] instanceof Symbol ? in.findFunction((Symbol) args[1], rho) : in.eval(args[1], rho);
        if (fn == null) throw in.error(fcall, "could not find function \"" + args[1] + "\"");
        if (!(fn instanceof Closure)) return in.eval(new Call(fn, rest, restNames), rho);
        Interpreter.ArgList a = in.promiseArgs(fcall, rho);
        for (int i = 0; i < n && i < a.values.length; i++) {
            if (a.values[i] instanceof Promise) in.force((Promise) a.values[i]);
        }
        return in.applyClosure(fcall, (Closure) fn, a.values, a.names, rho, null);
    }

    static boolean defaultBacktick(SEXP x) {
        return x instanceof Call || x instanceof ExpressionVector || x instanceof Closure;
    }

    /** The environment eval evaluates in: envir itself, or a new frame holding a list's elements. */
    static Environment evalEnv(Interpreter in, Call call, SEXP envir, SEXP enclos, Environment rho) {
        if (envir == null) return rho;
        if (envir instanceof Environment) return (Environment) envir;
        if (envir instanceof ListVector || envir == Null.NULL || envir instanceof PairList) {
            Environment parent = rho;
            if (enclos != null && enclos != Null.NULL) {
                if (!(enclos instanceof Environment)) {
                    throw in.error(call, "invalid 'enclos' argument of type '" + enclos.typeName() + "'");
                }
                parent = (Environment) enclos;
            } else if (enclos == Null.NULL) {
                parent = in.baseEnv;
            }
            Environment env = new Environment(parent);
            if (envir instanceof ListVector) {
                ListVector l = (ListVector) envir;
                StringVector n = l.names();
                for (int i = 0; i < l.length(); i++) {
                    if (n == null || n.get(i).isEmpty() || n.get(i) == StringVector.NA) continue;
                    SEXP v = l.get(i);
                    v.markShared();
                    env.putRaw(Symbol.get(n.get(i)), v);
                }
            } else if (envir instanceof PairList) {
                PairList p = (PairList) envir;
                for (int i = 0; i < p.length(); i++) {
                    if (p.tag(i).isEmpty()) continue;
                    p.value(i).markShared();
                    env.putRaw(Symbol.get(p.tag(i)), p.value(i));
                }
            }
            return env;
        }
        if ((envir instanceof IntVector || envir instanceof org.rlambda.sexp.DoubleVector) && envir.length() == 1) {
            int w = RArgs.integer(envir);
            if (w == 0 || w == IntVector.NA) return in.globalEnv;
            Context c = StackBuiltins.frameContext(in, call, rho, w > 0 ? w : w);
            return c == null ? in.globalEnv : c.cloenv;
        }
        throw in.error(call, "invalid 'envir' argument of type '" + envir.typeName() + "'");
    }

    /** Evaluates in {@code env} inside eval's own function context (a return() there returns from eval). */
    static SEXP evalIn(Interpreter in, Call call, SEXP expr, Environment env, Environment rho) {
        Context self = in.topContext();
        SEXP fn = self != null && self.call == call ? self.function : null;
        Context ctx = in.pushContext(call, fn == null ? Null.NULL : fn, env, rho);
        try {
            if (expr instanceof ExpressionVector) {
                SEXP r = Null.NULL;
                in.visible = true;
                for (SEXP e : ((ExpressionVector) expr).values()) r = in.eval(e, env);
                return r;
            }
            if (expr instanceof Promise) return in.force((Promise) expr);
            in.visible = true;
            return in.eval(expr, env);
        } catch (ReturnException r) {
            if (r.target == env) return r.value;
            throw r;
        } finally {
            in.popContext(ctx);
        }
    }

    private static SEXP parse(Interpreter in, Call call, SEXP[] a) {
        if (a[2] != null && a[2] != Null.NULL) {
            SEXP t = a[2];
            String[] lines;
            if (t instanceof StringVector) lines = ((StringVector) t).values();
            else lines = RArgs.asCharacter(in, t, null).values();
            if (lines.length == 0) return new ExpressionVector(new SEXP[0]);
            return parseText(in, call, lines);
        }
        if (a[0] instanceof StringVector && a[0].length() == 1 && !((StringVector) a[0]).get(0).isEmpty()) {
            String file = ((StringVector) a[0]).get(0);
            String text;
            try {
                text = java.nio.file.Files.readString(FileBuiltins.path(in, file), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                in.warning(call, "cannot open file '" + file + "': No such file or directory");
                throw in.error(call, "cannot open the connection");
            }
            try {
                List<SEXP> out = new ArrayList<>();
                Parser p = new Parser(text, file);
                for (SEXP e; (e = p.next()) != null; ) out.add(e);
                return new ExpressionVector(out.toArray(new SEXP[0]));
            } catch (ParseException e) {
                throw in.error(call, e.parseMessage(file));
            }
        }
        return new ExpressionVector(new SEXP[0]);
    }

    static ExpressionVector parseText(Interpreter in, Call call, String[] lines) {
        try {
            return Parser.parseAll(lines, null);
        } catch (ParseException e) {
            throw in.error(call, e.parseMessage("<text>"));
        }
    }

    private static SEXP functionArg(Interpreter in, Call call, SEXP f, Environment rho) {
        if (f == null) {
            // body()/formals() without arguments: the calling function
            Context c = StackBuiltins.current(in, rho);
            return c == null ? Null.NULL : c.function;
        }
        if (f instanceof StringVector && f.length() == 1) {
            SEXP fn = in.findFunction(Symbol.get(((StringVector) f).get(0)), rho);
            return fn == null ? Null.NULL : fn;
        }
        return f;
    }

    static PairList toFormals(Interpreter in, Call call, SEXP v) {
        if (v == null || v == Null.NULL) return Interpreter.emptyFormals();
        if (v instanceof PairList) return (PairList) v;
        if (v instanceof ListVector) {
            ListVector l = (ListVector) v;
            StringVector n = l.names();
            String[] tags = new String[l.length()];
            SEXP[] vals = new SEXP[l.length()];
            for (int i = 0; i < tags.length; i++) {
                tags[i] = n == null ? "" : n.get(i);
                vals[i] = l.get(i);
                if (vals[i] instanceof StringVector && vals[i].length() == 1 && ((StringVector) vals[i]).get(0).isEmpty()
                        && false) {
                    vals[i] = Symbol.MISSING_ARG;
                }
            }
            return new PairList(tags, vals);
        }
        throw in.error(call, "invalid formal argument list for \"function\"");
    }

    // ------------------------------------------------------------------ substitute

    static SEXP substitute(Interpreter in, SEXP e, Environment env) {
        if (e instanceof Symbol) {
            Symbol s = (Symbol) e;
            if (s == Symbol.MISSING_ARG) return e;
            SEXP v = env.getLocal(s);
            if (v == null) return e;
            if (v instanceof Promise) return ((Promise) v).expression;
            if (v == Symbol.MISSING_ARG) return e;
            if (v instanceof Dots) return e;
            if (env == in.globalEnv) return e;
            return v;
        }
        if (e instanceof Call) {
            Call c = (Call) e;
            SEXP fn = substitute(in, c.function, env);
            List<SEXP> args = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < c.argCount(); i++) {
                SEXP x = c.arg(i);
                if (x == Symbol.DOTS) {
                    SEXP d = env.getLocal(Symbol.DOTS);
                    if (d instanceof Dots) {
                        Dots dd = (Dots) d;
                        for (int k = 0; k < dd.length(); k++) {
                            SEXP v = dd.value(k);
                            args.add(v instanceof Promise ? ((Promise) v).expression : v);
                            names.add(dd.name(k));
                        }
                        continue;
                    }
                    if (d == null) {
                        args.add(x);
                        names.add(c.argName(i));
                    }
                    continue;
                }
                args.add(substitute(in, x, env));
                names.add(c.argName(i));
            }
            return rebuild(c, fn, args, names);
        }
        if (e instanceof PairList) {
            PairList p = (PairList) e;
            SEXP[] vals = new SEXP[p.length()];
            for (int i = 0; i < vals.length; i++) vals[i] = substitute(in, p.value(i), env);
            return new PairList(p.tags().clone(), vals);
        }
        return e;
    }

    static SEXP substituteList(SEXP e, ListVector l) {
        if (e instanceof Symbol) {
            StringVector n = l.names();
            if (n == null || e == Symbol.MISSING_ARG) return e;
            String name = ((Symbol) e).name;
            for (int i = 0; i < n.length(); i++) if (n.get(i).equals(name)) return l.get(i);
            return e;
        }
        if (e instanceof Call) {
            Call c = (Call) e;
            SEXP fn = substituteList(c.function, l);
            List<SEXP> args = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < c.argCount(); i++) {
                args.add(substituteList(c.arg(i), l));
                names.add(c.argName(i));
            }
            return rebuild(c, fn, args, names);
        }
        return e;
    }

    private static Call rebuild(Call c, SEXP fn, List<SEXP> args, List<String> names) {
        boolean any = false;
        for (String s : names) if (s != null && !s.isEmpty()) any = true;
        return new Call(fn, args.toArray(new SEXP[0]), any ? names.toArray(new String[0]) : null);
    }

    // ------------------------------------------------------------------ match.arg

    private static SEXP matchArg(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP arg = a[0] == null ? Null.NULL : a[0];
        SEXP choices = a[1];
        boolean severalOk = a[2] != null && in.asCondition(a[2], call, "match.arg");
        boolean identicalToChoices = false;
        if (choices == null) {
            // the default of the formal argument 'arg' names, evaluated in the calling function's frame
            SEXP argExpr = call.argCount() > 0 ? call.arg(0) : null;
            Context ctx = StackBuiltins.current(in, rho);
            if (!(argExpr instanceof Symbol) || ctx == null || !(ctx.function instanceof Closure)) {
                throw in.error(call, "'arg' must be of length 1");
            }
            Closure f = (Closure) ctx.function;
            String name = ((Symbol) argExpr).name;
            SEXP def = null;
            for (int i = 0; i < f.formals.length(); i++) if (f.formals.tag(i).equals(name)) def = f.formals.value(i);
            if (def == null) throw in.error(call, "'arg' must be of length 1");
            choices = in.eval(def, ctx.cloenv);
            identicalToChoices = sameStrings(arg, choices);
        }
        if (arg == Null.NULL) return firstOf(choices);
        if (!(arg instanceof StringVector)) throw in.error(call, "'arg' must be NULL or a character vector");
        StringVector args = (StringVector) arg;
        StringVector ch = choices instanceof StringVector ? (StringVector) choices : RArgs.asCharacter(in, choices, rho);
        if (!severalOk) {
            if (identicalToChoices || sameStrings(arg, choices)) return firstOf(choices);
            if (args.length() > 1) throw in.error(call, "'arg' must be of length 1");
        } else if (args.length() == 0) {
            throw in.error(call, "'arg' must be of length >= 1");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length(); i++) {
            int k = pmatch(args.get(i), ch);
            if (k >= 0) out.add(ch.get(k));
        }
        if (out.isEmpty()) {
            StringBuilder sb = new StringBuilder(severalOk ? "'arg' should be one of " : "'arg' should be one of ");
            // GNU R quotes the choices with dQuote(), which follows options(useFancyQuotes)
            SEXP fq = in.getOption("useFancyQuotes");
            boolean fancy = !(fq instanceof LogicalVector) || ((LogicalVector) fq).get(0) != 0;
            for (int i = 0; i < ch.length(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(fancy ? "\u201c" : "\"").append(ch.get(i)).append(fancy ? "\u201d" : "\"");
            }
            throw in.error(call, sb.toString());
        }
        if (!severalOk && out.size() > 1) throw in.error(call, "there is more than one match in 'match.arg'");
        return new StringVector(out.toArray(new String[0]));
    }

    private static SEXP firstOf(SEXP choices) {
        if (choices instanceof Vector && choices.length() > 0) return ((Vector) choices).element(0);
        return choices;
    }

    private static boolean sameStrings(SEXP a, SEXP b) {
        if (!(a instanceof StringVector) || !(b instanceof StringVector) || a.length() != b.length()) return false;
        for (int i = 0; i < a.length(); i++) if (!((StringVector) a).get(i).equals(((StringVector) b).get(i))) return false;
        return true;
    }

    /** pmatch of one string: exact match first, else a unique partial match; -1 when none. */
    static int pmatch(String x, StringVector table) {
        for (int i = 0; i < table.length(); i++) if (table.get(i).equals(x)) return i;
        int found = -1;
        if (x.isEmpty()) return -1;
        for (int i = 0; i < table.length(); i++) {
            if (table.get(i).startsWith(x)) {
                if (found >= 0) return -1;
                found = i;
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ all.names

    private static StringVector allNames(SEXP expr, boolean functions, int max, boolean unique) {
        List<String> out = new ArrayList<>();
        walkNames(expr, functions, out);
        if (unique) {
            Set<String> s = new LinkedHashSet<>(out);
            out = new ArrayList<>(s);
        }
        if (max >= 0 && out.size() > max) out = out.subList(0, max);
        return new StringVector(out.toArray(new String[0]));
    }

    private static void walkNames(SEXP e, boolean functions, List<String> out) {
        if (e instanceof Symbol) {
            if (e != Symbol.MISSING_ARG) out.add(((Symbol) e).name);
        } else if (e instanceof Call) {
            Call c = (Call) e;
            if (functions) walkNames(c.function, functions, out);
            else if (!(c.function instanceof Symbol)) walkNames(c.function, functions, out);
            for (SEXP a : c.args()) walkNames(a, functions, out);
        } else if (e instanceof ExpressionVector) {
            for (SEXP x : ((ExpressionVector) e).values()) walkNames(x, functions, out);
        } else if (e instanceof PairList) {
            for (SEXP x : ((PairList) e).values()) walkNames(x, functions, out);
        }
    }

    static SEXP unusedLogical() { return LogicalVector.NA_VALUE; }
}
