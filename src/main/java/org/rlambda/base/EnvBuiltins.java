package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.BuiltinFunction;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * Environments as values: creating and walking them, and reading, writing, listing, removing,
 * locking and activating their bindings (assign, get, exists, ls, rm, list2env, ...).
 */
public final class EnvBuiltins {
    private EnvBuiltins() { }

    public static void register(Builtins b) {
        b.add("environment", "fun", (in, call, a, rho) -> {
            SEXP f = a[0];
            if (f == null || f == Null.NULL) return rho;
            if (f instanceof Closure) return ((Closure) f).env;
            if (f instanceof BuiltinFunction) return Null.NULL;
            SEXP e = f.getAttribute(".Environment");
            return e == null ? Null.NULL : e;
        });
        b.add("environment<-", "fun, value", (in, call, a, rho) -> {
            SEXP f = a[0];
            if (f instanceof Closure) {
                if (!(a[1] instanceof Environment)) throw in.error(call, "replacement object is not an environment");
                Closure c = (Closure) f;
                Closure r = new Closure(c.formals, c.body, (Environment) a[1]);
                r.copyAttributesFrom(c);
                return r;
            }
            if (a[1] == Null.NULL || a[1] instanceof Environment) {
                SEXP r = f instanceof Vector ? ((Vector) f).modifiable() : f;
                r.setAttributeRaw(".Environment", a[1] == Null.NULL ? null : a[1]);
                return r;
            }
            throw in.error(call, "replacement object is not an environment");
        });
        b.add("new.env", "hash, parent, size", (in, call, a, rho) -> {
            Environment parent = rho;
            if (a[1] != null) {
                if (!(a[1] instanceof Environment)) throw in.error(call, "'enclos' must be an environment");
                parent = (Environment) a[1];
            }
            Environment env = new Environment(parent);
            env.hashed = a[0] == null || in.asCondition(a[0], call, "new.env");
            int size = a[2] == null ? 29 : RArgs.integer(a[2]);
            env.hashSize = size == IntVector.NA || size <= 0 ? 29 : size;
            return env;
        });
        b.add("globalenv", "", (in, call, a, rho) -> in.globalEnv);
        b.add("emptyenv", "", (in, call, a, rho) -> in.emptyEnv);
        b.add("baseenv", "", (in, call, a, rho) -> in.baseEnv);
        b.add("topenv", "envir, matchThisEnv", (in, call, a, rho) -> {
            Environment e = a[0] instanceof Environment ? (Environment) a[0] : rho;
            for (; e != null; e = e.parent()) {
                if (e == in.globalEnv || e == in.baseEnv) return e;
            }
            return in.globalEnv;
        });
        b.add("parent.env", "env", (in, call, a, rho) -> {
            if (!(a[0] instanceof Environment)) throw in.error(call, "argument is not an environment");
            Environment p = ((Environment) a[0]).parent();
            if (p == null) throw in.error(call, "the empty environment has no parent");
            return p;
        });
        b.add("parent.env<-", "env, value", (in, call, a, rho) -> {
            if (!(a[0] instanceof Environment)) throw in.error(call, "argument is not an environment");
            if (!(a[1] instanceof Environment)) throw in.error(call, "'parent' is not an environment");
            Environment e = (Environment) a[0];
            if (e == in.emptyEnv) throw in.error(call, "can not set the parent of the empty environment");
            e.setParent((Environment) a[1]);
            return e;
        });
        b.add("environmentName", "env", (in, call, a, rho) -> StringVector.of(environmentName(in, a[0])));
        b.add("as.environment", "x", (in, call, a, rho) -> asEnvironment(in, call, a[0], rho, "as.environment"));
        b.add("interactive", "", (in, call, a, rho) -> LogicalVector.FALSE);

        b.add("assign", "x, value, pos, envir, inherits, immediate", (in, call, a, rho) -> {
            String name = firstName(in, call, a[0], "invalid first argument");
            if (a[1] == null) throw in.error(call, "argument \"value\" is missing, with no default");
            Environment env = envArg(in, call, a[3], a[2], rho);
            boolean inherits = a[4] != null && in.asCondition(a[4], call, "assign");
            Symbol s = Symbol.get(name);
            SEXP value = a[1];
            value.markShared();
            if (inherits) {
                for (Environment e = env; e != null && e != in.emptyEnv; e = e.parent()) {
                    if (e.hasLocal(s)) {
                        in.define(s, value, e);
                        in.visible = false;
                        return value;
                    }
                }
                in.define(s, value, in.globalEnv);
            } else {
                in.define(s, value, env);
            }
            in.visible = false;
            return value;
        });
        b.add("get", "x, pos, envir, mode, inherits", (in, call, a, rho) -> {
            String name = firstName(in, call, a[0], "invalid first argument");
            Environment env = envArg(in, call, a[2], a[1], rho);
            String mode = a[3] == null ? "any" : RArgs.string(a[3]);
            boolean inherits = a[4] == null || in.asCondition(a[4], call, "get");
            SEXP v = lookup(in, Symbol.get(name), env, mode, inherits);
            if (v == null) {
                if (mode.equals("any")) throw in.error(call, "object '" + name + "' not found");
                throw in.error(call, "object '" + name + "' of mode '" + mode + "' was not found");
            }
            v.markShared();
            return v;
        });
        b.add("get0", "x, envir, mode, inherits, ifnotfound", (in, call, a, rho) -> {
            String name = firstName(in, call, a[0], "invalid first argument");
            Environment env = envArg(in, call, a[1], null, rho);
            String mode = a[2] == null ? "any" : RArgs.string(a[2]);
            boolean inherits = a[3] == null || in.asCondition(a[3], call, "get0");
            SEXP v = lookup(in, Symbol.get(name), env, mode, inherits);
            if (v == null) return a[4] == null ? Null.NULL : a[4];
            v.markShared();
            return v;
        });
        b.add("exists", "x, where, envir, frame, mode, inherits", (in, call, a, rho) -> {
            String name = firstName(in, call, a[0], "invalid first argument");
            Environment env = envArg(in, call, a[2], a[1], rho);
            String mode = a[4] == null ? "any" : RArgs.string(a[4]);
            boolean inherits = a[5] == null || in.asCondition(a[5], call, "exists");
            if (mode.equals("any")) {
                // exists() does not force promises (a delayedAssign stays unevaluated)
                Symbol s = Symbol.get(name);
                for (Environment e = env; e != null; e = e.parent()) {
                    if (e.hasLocal(s)) return LogicalVector.TRUE;
                    if (!inherits) break;
                }
                return LogicalVector.FALSE;
            }
            return LogicalVector.valueOf(lookup(in, Symbol.get(name), env, mode, inherits) != null);
        });
        b.add("mget", "x, envir, mode, ifnotfound, inherits", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector)) throw in.error(call, "invalid first argument");
            StringVector x = (StringVector) a[0];
            Environment env = envArg(in, call, a[1], null, rho);
            String mode = a[2] == null ? "any" : RArgs.string(a[2]);
            boolean inherits = a[4] != null && in.asCondition(a[4], call, "mget");
            SEXP[] out = new SEXP[x.length()];
            for (int i = 0; i < out.length; i++) {
                SEXP v = lookup(in, Symbol.get(x.get(i)), env, mode, inherits);
                if (v == null) {
                    if (a[3] == null) throw in.error(call, "value for \u2018" + x.get(i) + "\u2019 not found");
                    SEXP nf = a[3];
                    if (nf instanceof ListVector) v = nf.length() == 0 ? Null.NULL : ((ListVector) nf).get(i % nf.length());
                    else v = nf instanceof Vector && nf.length() > 0 ? ((Vector) nf).element(i % nf.length()) : nf;
                    if (Interpreter.isFunction(v)) {
                        v = in.callFunction(v, new SEXP[] {StringVector.of(x.get(i))}, null, rho, Call.of("FUN", StringVector.of(x.get(i))));
                    }
                }
                v.markShared();
                out[i] = v;
            }
            ListVector r = new ListVector(out);
            r.setAttributeRaw("names", new StringVector(x.values().clone()));
            return r;
        });
        b.addSpecial("rm", EnvBuiltins::rm);
        b.add("ls", "name, pos, envir, all.names, pattern, sorted", (in, call, a, rho) -> {
            Environment env;
            if (a[0] != null) env = asEnvironment(in, call, a[0], rho, "ls");
            else env = envArg(in, call, a[2], a[1], rho);
            boolean all = a[3] != null && in.asCondition(a[3], call, "ls");
            boolean sorted = a[5] == null || in.asCondition(a[5], call, "ls");
            StringVector names = names(env, all, sorted);
            if (a[4] != null) names = grepValue(in, a[4], names, rho);
            return names;
        });
        b.add("objects", "name, pos, envir, all.names, pattern, sorted", (in, call, a, rho) -> {
            Environment env = a[0] != null ? asEnvironment(in, call, a[0], rho, "ls") : envArg(in, call, a[2], a[1], rho);
            boolean all = a[3] != null && in.asCondition(a[3], call, "ls");
            boolean sorted = a[5] == null || in.asCondition(a[5], call, "ls");
            StringVector names = names(env, all, sorted);
            if (a[4] != null) names = grepValue(in, a[4], names, rho);
            return names;
        });
        b.add("list2env", "x, envir, parent, hash, size", (in, call, a, rho) -> {
            if (!(a[0] instanceof ListVector)) throw in.error(call, "first argument must be a named list");
            ListVector x = (ListVector) a[0];
            Environment env;
            if (a[1] != null && a[1] != Null.NULL) {
                if (!(a[1] instanceof Environment)) throw in.error(call, "'envir' argument must be an environment");
                env = (Environment) a[1];
            } else {
                Environment parent = a[2] instanceof Environment ? (Environment) a[2] : rho;
                env = new Environment(parent);
                env.hashed = a[3] == null ? x.length() > 100 : in.asCondition(a[3], call, "list2env");
                env.hashSize = Math.max(29, x.length());
            }
            StringVector n = x.names();
            if (n == null && x.length() > 0) throw in.error(call, "names(x) must be a character vector of the same length as x");
            for (int i = 0; i < x.length(); i++) {
                SEXP v = x.get(i);
                v.markShared();
                in.define(Symbol.get(n.get(i)), v, env);
            }
            return env;
        });
        b.add("as.list.environment", "x, all.names, sorted, ...", (in, call, a, rho) -> {
            Environment env = (Environment) a[0];
            boolean all = a[1] != null && in.asCondition(a[1], call, "as.list");
            boolean sorted = a[2] != null && in.asCondition(a[2], call, "as.list");
            StringVector names = names(env, all, sorted);
            SEXP[] vals = new SEXP[names.length()];
            for (int i = 0; i < vals.length; i++) {
                SEXP v = bindingValue(in, env, Symbol.get(names.get(i)));
                v.markShared();
                vals[i] = v;
            }
            ListVector r = new ListVector(vals);
            if (vals.length > 0) r.setAttributeRaw("names", names);
            return r;
        });
        b.add("eapply", "env, FUN, ..., all.names, USE.NAMES", (in, call, a, rho) -> {
            if (!(a[0] instanceof Environment)) throw in.error(call, "argument must be an environment");
            Environment env = (Environment) a[0];
            SEXP fun = ApplyBuiltins.matchFun(in, a[1], rho);
            boolean all = a[3] != null && in.asCondition(a[3], call, "eapply");
            boolean useNames = a[4] == null || in.asCondition(a[4], call, "eapply");
            StringVector names = names(env, all, false);
            ListVector dots = Builtins.dots(a[2]);
            SEXP[] out = new SEXP[names.length()];
            for (int i = 0; i < out.length; i++) {
                SEXP v = bindingValue(in, env, Symbol.get(names.get(i)));
                SEXP r = in.callFunction(fun, ApplyBuiltins.funArgs(v, dots), ApplyBuiltins.funNames(dots), rho,
                        Call.of("FUN", v));
                r.markShared();
                out[i] = r;
            }
            ListVector r = new ListVector(out);
            if (useNames) r.setAttributeRaw("names", names);
            return r;
        });
        b.add("lockBinding", "sym, env", (in, call, a, rho) -> {
            Environment env = envOnly(in, call, a[1]);
            Symbol s = symArg(in, call, a[0]);
            if (!env.hasLocal(s)) throw in.error(call, "no binding for \"" + s.name + "\"");
            env.lockBinding(s);
            in.visible = false;
            return Null.NULL;
        });
        b.add("unlockBinding", "sym, env", (in, call, a, rho) -> {
            Environment env = envOnly(in, call, a[1]);
            Symbol s = symArg(in, call, a[0]);
            if (!env.hasLocal(s)) throw in.error(call, "no binding for \"" + s.name + "\"");
            env.unlockBinding(s);
            in.visible = false;
            return Null.NULL;
        });
        b.add("bindingIsLocked", "sym, env", (in, call, a, rho) -> {
            Environment env = envOnly(in, call, a[1]);
            Symbol s = symArg(in, call, a[0]);
            if (!env.hasLocal(s)) throw in.error(call, "no binding for \"" + s.name + "\"");
            return LogicalVector.valueOf(env.isBindingLocked(s));
        });
        b.add("bindingIsActive", "sym, env", (in, call, a, rho) -> {
            Environment env = envOnly(in, call, a[1]);
            Symbol s = symArg(in, call, a[0]);
            if (!env.hasLocal(s)) throw in.error(call, "no binding for \"" + s.name + "\"");
            return LogicalVector.valueOf(env.isActiveBinding(s));
        });
        b.add("lockEnvironment", "env, bindings", (in, call, a, rho) -> {
            Environment env = envOnly(in, call, a[0]);
            boolean bindings = a[1] != null && in.asCondition(a[1], call, "lockEnvironment");
            env.lock(bindings);
            in.visible = false;
            return Null.NULL;
        });
        b.add("environmentIsLocked", "env", (in, call, a, rho) -> LogicalVector.valueOf(envOnly(in, call, a[0]).isLocked()));
        b.add("makeActiveBinding", "sym, fun, env", (in, call, a, rho) -> {
            Symbol s = symArg(in, call, a[0]);
            if (!Interpreter.isFunction(a[1])) throw in.error(call, "'fun' must be a function");
            Environment env = envOnly(in, call, a[2]);
            if (env.hasLocal(s) && !env.isActiveBinding(s)) throw in.error(call, "symbol already has a regular binding");
            if (env.isBindingLocked(s)) throw in.error(call, "cannot change active binding if binding is locked");
            env.makeActive(s, a[1]);
            in.visible = false;
            return Null.NULL;
        });
        b.addSpecial("delayedAssign", (in, call, args, names, rho) -> {
            String[] formals = {"x", "value", "eval.env", "assign.env"};
            SEXP[] m = match(in, call, formals, args, names);
            SEXP xv = in.eval(m[0], rho);
            String name = firstName(in, call, xv, "invalid first argument");
            Environment evalEnv = m[2] == null ? rho : envOnly(in, call, in.eval(m[2], rho));
            Environment assignEnv = m[3] == null ? rho : envOnly(in, call, in.eval(m[3], rho));
            SEXP expr = m[1] == null ? Symbol.MISSING_ARG : m[1];
            assignEnv.putRaw(Symbol.get(name), new Promise(expr, evalEnv));
            in.visible = false;
            return Null.NULL;
        });
        b.add("force", "x", (in, call, a, rho) -> {
            if (a[0] == null) throw in.error(call, "argument \"x\" is missing, with no default");
            return a[0];
        });
        b.add("identity", "x", (in, call, a, rho) -> {
            if (a[0] == null) throw in.error(call, "argument \"x\" is missing, with no default");
            return a[0];
        });
        b.markClosureLike("assign", "get", "get0", "exists", "mget", "ls", "list2env", "eapply", "force", "identity");
    }

    /** Matches a special's unevaluated arguments to formals; null where missing. */
    static SEXP[] match(Interpreter in, Call call, String[] formals, SEXP[] args, String[] names) {
        org.rlambda.eval.ArgumentMatcher.Result r = org.rlambda.eval.ArgumentMatcher.match(in, call, formals, args, names);
        SEXP[] v = r.values;
        for (int i = 0; i < v.length; i++) if (v[i] == Symbol.MISSING_ARG) v[i] = null;
        return v;
    }

    static String environmentName(Interpreter in, SEXP e) {
        if (!(e instanceof Environment)) return "";
        if (e == in.globalEnv) return "R_GlobalEnv";
        if (e == in.baseEnv) return "base";
        if (e == in.emptyEnv) return "R_EmptyEnv";
        SEXP n = e.getAttribute("name");
        if (n instanceof StringVector && n.length() > 0) return ((StringVector) n).get(0);
        return "";
    }

    private static String firstName(Interpreter in, Call call, SEXP x, String msg) {
        if (x instanceof StringVector && x.length() >= 1 && ((StringVector) x).get(0) != StringVector.NA) {
            return ((StringVector) x).get(0);
        }
        if (x instanceof Symbol) return ((Symbol) x).name;
        throw in.error(call, msg);
    }

    static Symbol symArg(Interpreter in, Call call, SEXP x) {
        if (x instanceof Symbol) return (Symbol) x;
        if (x instanceof StringVector && x.length() >= 1) return Symbol.get(((StringVector) x).get(0));
        throw in.error(call, "not a symbol");
    }

    static Environment envOnly(Interpreter in, Call call, SEXP x) {
        if (x instanceof Environment) return (Environment) x;
        throw in.error(call, "not an environment");
    }

    /** The envir/pos arguments of assign, get, exists, ls: envir wins; pos -1 is the calling frame. */
    static Environment envArg(Interpreter in, Call call, SEXP envir, SEXP pos, Environment rho) {
        if (envir != null) {
            if (envir instanceof Environment) return (Environment) envir;
            if (envir instanceof ListVector || envir instanceof Vector && envir.length() == 1 && !(envir instanceof StringVector)) {
                return asEnvironment(in, call, envir, rho, null);
            }
            throw in.error(call, "invalid 'envir' argument");
        }
        if (pos != null) return asEnvironment(in, call, pos, rho, null);
        return rho;
    }

    static Environment asEnvironment(Interpreter in, Call call, SEXP x, Environment rho, String fn) {
        if (x instanceof Environment) return (Environment) x;
        if (x instanceof StringVector && x.length() == 1) {
            String s = ((StringVector) x).get(0);
            if (s.equals(".GlobalEnv")) return in.globalEnv;
            if (s.startsWith("package:")) return in.baseEnv;
            throw in.error(call, "no item called \"" + s + "\" on the search list");
        }
        if (x instanceof ListVector) {
            ListVector l = (ListVector) x;
            Environment env = new Environment(in.emptyEnv);
            env.hashed = l.length() > 100;
            StringVector n = l.names();
            for (int i = 0; i < l.length(); i++) {
                if (n == null || n.get(i).isEmpty()) continue;
                SEXP v = l.get(i);
                v.markShared();
                env.putRaw(Symbol.get(n.get(i)), v);
            }
            return env;
        }
        if ((x instanceof org.rlambda.sexp.DoubleVector || x instanceof org.rlambda.sexp.IntVector) && x.length() >= 1) {
            int p = Coerce.intElement((Vector) x, 0, null);
            if (p == -1) return rho;
            if (p == 1) return in.globalEnv;
            if (p >= 2 && p <= 9) return in.baseEnv;
            throw in.error(call, "invalid 'pos' argument");
        }
        throw in.error(call, "invalid object for 'as.environment'");
    }

    /** {@code env$name <- value}: locking errors name the assignment call, as GNU R's do. */
    public static void defineChecked(Interpreter in, Call call, Symbol s, SEXP value, Environment env) {
        if (env.isBindingLocked(s)) throw in.error(call, "cannot change value of locked binding for '" + s.name + "'");
        if (env.isLocked() && !env.hasLocal(s)) throw in.error(call, "cannot add bindings to a locked environment");
        in.define(s, value, env);
    }

    /** A binding's value: promises forced, active bindings called. */
    public static SEXP bindingValue(Interpreter in, Environment env, Symbol s) {
        SEXP v = env.getLocal(s);
        if (v == null) return null;
        if (v instanceof Promise) return in.force((Promise) v);
        if (env.isActiveBinding(s)) return in.callFunction(v, new SEXP[0], null, env, Call.of(s.name));
        return v;
    }

    /** get()'s lookup with mode; null when not found. */
    static SEXP lookup(Interpreter in, Symbol s, Environment env, String mode, boolean inherits) {
        for (Environment e = env; e != null; e = e.parent()) {
            if (e.hasLocal(s)) {
                SEXP v = bindingValue(in, e, s);
                if (v != Symbol.MISSING_ARG && modeMatches(v, mode)) return v;
            }
            if (!inherits) break;
        }
        return null;
    }

    static boolean modeMatches(SEXP v, String mode) {
        switch (mode) {
            case "any": return true;
            case "function": return Interpreter.isFunction(v);
            case "numeric": return v instanceof org.rlambda.sexp.DoubleVector || v instanceof org.rlambda.sexp.IntVector;
            case "integer": return v instanceof org.rlambda.sexp.IntVector;
            case "double": return v instanceof org.rlambda.sexp.DoubleVector;
            case "name": case "symbol": return v instanceof Symbol;
            case "call": case "language": return v instanceof Call;
            default: return v.typeName().equals(mode);
        }
    }

    /** The names bound in a frame (hidden ones only with all.names), collated when sorted. */
    static StringVector names(Environment env, boolean all, boolean sorted) {
        List<String> out = new ArrayList<>();
        for (Symbol s : env.symbols()) {
            String n = s.name;
            if (n.startsWith(".rlambda")) continue;
            if (!all && n.startsWith(".")) continue;
            out.add(n);
        }
        if (sorted) out.sort(Collation::compare);
        else out = gnuOrder(env, out);
        return new StringVector(out.toArray(new String[0]));
    }

    /** GNU R's listing order of a frame's names (see {@link Environment#hashed}). */
    static List<String> gnuOrder(Environment env, List<String> names) {
        List<String> out = new ArrayList<>();
        if (!env.hashed) {
            int k = Math.min(env.initialBindings, names.size());
            for (int i = names.size() - 1; i >= k; i--) out.add(names.get(i));
            out.addAll(names.subList(0, k));
            return out;
        }
        // replay the insertions into R's hash table: chains grow at the head, the table grows by
        // 1.2 when more than 85% of its slots are used, and listing walks the slots in order
        int size = env.hashSize;
        List<java.util.LinkedList<String>> table = newTable(size);
        int used = 0;
        for (String n : names) {
            java.util.LinkedList<String> chain = table.get(hashpjw(n) % size);
            if (chain.isEmpty()) used++;
            chain.addFirst(n);
            if (used > size * 0.85) {
                int newSize = (int) (size * 1.2);
                List<java.util.LinkedList<String>> grown = newTable(newSize);
                used = 0;
                for (java.util.LinkedList<String> c : table) {
                    for (String m : c) {
                        java.util.LinkedList<String> nc = grown.get(hashpjw(m) % newSize);
                        if (nc.isEmpty()) used++;
                        nc.addFirst(m);
                    }
                }
                table = grown;
                size = newSize;
            }
        }
        for (java.util.LinkedList<String> c : table) out.addAll(c);
        return out;
    }

    private static List<java.util.LinkedList<String>> newTable(int size) {
        List<java.util.LinkedList<String>> t = new ArrayList<>(size);
        for (int i = 0; i < size; i++) t.add(new java.util.LinkedList<>());
        return t;
    }

    /** GNU R's R_Newhashpjw over the name's UTF-8 bytes (as signed chars). */
    static int hashpjw(String s) {
        int h = 0;
        for (byte c : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h = (h << 4) + c;
            int g = h & 0xf0000000;
            if (g != 0) {
                h = h ^ (g >>> 24);
                h = h ^ g;
            }
        }
        return h;
    }

    private static StringVector grepValue(Interpreter in, SEXP pattern, StringVector names, Environment rho) {
        SEXP grep = in.findFunction(Symbol.get("grep"), in.baseEnv);
        SEXP r = in.callFunction(grep, new SEXP[] {pattern, names, LogicalVector.TRUE}, new String[] {"", "", "value"}, rho,
                Call.of("grep", Symbol.get("pattern"), Symbol.get("all.names")));
        return r instanceof StringVector ? (StringVector) r : StringVector.EMPTY;
    }

    private static SEXP rm(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        List<String> targets = new ArrayList<>();
        Environment env = null;
        SEXP pos = null;
        boolean inherits = false;
        for (int i = 0; i < args.length; i++) {
            String nm = names == null ? "" : names[i];
            SEXP x = args[i];
            if (nm.equals("list")) {
                SEXP l = in.eval(x, rho);
                if (l != Null.NULL && !(l instanceof StringVector)) throw in.error(call, "invalid first argument");
                if (l instanceof StringVector) for (String s : ((StringVector) l).values()) targets.add(s);
            } else if (nm.equals("envir")) {
                SEXP e = in.eval(x, rho);
                if (!(e instanceof Environment)) throw in.error(call, "invalid 'envir' argument");
                env = (Environment) e;
            } else if (nm.equals("pos")) {
                pos = in.eval(x, rho);
            } else if (nm.equals("inherits")) {
                inherits = in.asCondition(in.eval(x, rho), call, "rm");
            } else if (x == Symbol.DOTS) {
                SEXP d = in.findVarRaw(Symbol.DOTS, rho);
                if (d instanceof org.rlambda.sexp.Dots) {
                    for (SEXP v : ((org.rlambda.sexp.Dots) d).values()) {
                        SEXP e = v instanceof Promise ? ((Promise) v).expression : v;
                        addRmName(in, call, e, targets);
                    }
                }
            } else {
                addRmName(in, call, x, targets);
            }
        }
        if (env == null) env = pos != null ? asEnvironment(in, call, pos, rho, "rm") : rho;
        for (String t : targets) {
            Symbol s = Symbol.get(t);
            boolean done = false;
            for (Environment e = env; e != null; e = e.parent()) {
                if (e.hasLocal(s)) {
                    if (e.isLocked()) throw in.error(call, "cannot remove bindings from a locked environment");
                    e.remove(s);
                    e.unlockBinding(s);
                    done = true;
                    break;
                }
                if (!inherits) break;
            }
            if (!done) in.warning(call, "object '" + t + "' not found");
        }
        in.visible = false;
        return Null.NULL;
    }

    private static void addRmName(Interpreter in, Call call, SEXP x, List<String> targets) {
        if (x instanceof Symbol && x != Symbol.MISSING_ARG) targets.add(((Symbol) x).name);
        else if (x instanceof StringVector && x.length() == 1) targets.add(((StringVector) x).get(0));
        else throw in.error(call, "... must contain names or character strings");
    }
}
