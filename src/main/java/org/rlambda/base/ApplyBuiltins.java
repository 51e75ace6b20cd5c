package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.BuiltinFunction;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Context;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ExpressionVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The apply family that GNU R writes as closures over .Internal code: lapply, sapply, vapply,
 * mapply, do.call, match.fun. They are marked closure-like so they sit on the call stack as in
 * GNU R ("Calls: sapply -> lapply -> FUN"), and FUN is called with the call GNU R shows.
 */
public final class ApplyBuiltins {
    private ApplyBuiltins() { }

    /** The call lapply shows for each element: FUN(X[[i]], ...). */
    static final Call FUN_CALL = new Call(Symbol.get("FUN"),
            new SEXP[] {new Call(Symbol.get("[["), Symbol.get("X"), Symbol.get("i")), Symbol.DOTS}, null);
    private static final Call LAPPLY_CALL = new Call(Symbol.get("lapply"),
            new SEXP[] {Symbol.get("X"), Symbol.get("FUN"), Symbol.DOTS}, new String[] {"X", "FUN", ""});
    private static final Call BASE_QUOTE = Call.of("::", Symbol.get("base"), Symbol.get("quote"));
    private static final Call MATCH_FUN_CALL = Call.of("match.fun", Symbol.get("FUN"));
    private static final Call GET_CALL = new Call(Symbol.get("get"), new SEXP[] {
        Call.of("as.character", Symbol.get("FUN")), StringVector.of("function"), Symbol.get("envir")},
        new String[] {"", "mode", "envir"});

    public static void register(Builtins b) {
        b.add("lapply", "X, FUN, ...", (in, call, a, rho) -> {
            SEXP fun = matchFun(in, a[1], rho);
            return lapply(in, call, a[0], fun, Builtins.dots(a[2]), rho);
        });
        b.add("sapply", "X, FUN, ..., simplify, USE.NAMES", (in, call, a, rho) -> {
            SEXP fun = matchFun(in, a[1], rho);
            boolean useNames = a[4] == null || in.asCondition(a[4], call, "sapply");
            ListVector answer = callLapply(in, a[0], fun, Builtins.dots(a[2]), rho);
            if (useNames && a[0] instanceof StringVector && answer.names() == null) {
                answer = (ListVector) answer.modifiable();
                answer.setAttributeRaw("names", new StringVector(((StringVector) a[0]).values().clone()));
            }
            boolean higher = a[3] instanceof StringVector && a[3].length() == 1 && "array".equals(((StringVector) a[3]).get(0));
            boolean simplify = a[3] == null || !(a[3] instanceof org.rlambda.sexp.LogicalVector)
                    || in.asCondition(a[3], call, "sapply");
            if (simplify && answer.length() > 0) return Simplify.simplify2array(answer, higher);
            return answer;
        });
        b.add("vapply", "X, FUN, FUN.VALUE, ..., USE.NAMES", (in, call, a, rho) -> {
            SEXP fun = matchFun(in, a[1], rho);
            if (a[2] == null) throw in.error(call, "argument \"FUN.VALUE\" is missing, with no default");
            boolean useNames = a[4] == null || in.asCondition(a[4], call, "vapply");
            return vapply(in, call, a[0], fun, a[2], Builtins.dots(a[3]), useNames, rho);
        });
        b.add("mapply", "FUN, ..., MoreArgs, SIMPLIFY, USE.NAMES", (in, call, a, rho) -> {
            SEXP fun = matchFun(in, a[0], rho);
            boolean simplify = a[3] == null || in.asCondition(a[3], call, "mapply");
            boolean useNames = a[4] == null || in.asCondition(a[4], call, "mapply");
            return mapply(in, call, fun, Builtins.dots(a[1]), a[2], simplify, useNames, rho);
        });
        b.add("do.call", "what, args, quote, envir", (in, call, a, rho) -> doCall(in, call, a, rho));
        b.add("match.fun", "FUN, descend", (in, call, a, rho) -> {
            if (a[0] == null) throw in.error(call, "argument \"FUN\" is missing, with no default");
            // match.fun looks names up in the caller of the function that called it
            Context ctx = in.contextOf(rho);
            Environment env = ctx == null ? rho : ctx.callerEnv;
            return matchFun(in, a[0], env, call);
        });
        b.add("simplify2array", "x, higher, except", (in, call, a, rho) -> {
            if (!(a[0] instanceof ListVector) || a[0].length() == 0) return a[0];
            return Simplify.simplify2array((ListVector) a[0]);
        });
        b.add(".splitInternal", "x, f", (in, call, a, rho) -> split(in, (Vector) a[0], (Vector) a[1]));
        b.markClosureLike("lapply", "sapply", "vapply", "mapply", "do.call", "match.fun");
    }

    /**
     * match.fun(FUN) as lapply and friends call it: a function as is; a name looked up as a
     * function from {@code env}. Failures show GNU R's frames (lapply -> match.fun -> get).
     */
    static SEXP matchFun(Interpreter in, SEXP f, Environment env) {
        if (f != null && Interpreter.isFunction(f)) return f;
        Context mf = in.pushContext(MATCH_FUN_CALL, Null.NULL, new Environment(in.baseEnv), env);
        try {
            return matchFun(in, f, env, MATCH_FUN_CALL);
        } finally {
            in.popContext(mf);
        }
    }

    /** match.fun with the call its errors name. */
    static SEXP matchFun(Interpreter in, SEXP f, Environment env, Call mfCall) {
        if (f == null) throw in.error(mfCall, "argument \"FUN\" is missing, with no default");
        if (Interpreter.isFunction(f)) return f;
        String name = null;
        if (f instanceof Symbol) name = ((Symbol) f).name;
        else if (f instanceof StringVector && f.length() == 1) name = ((StringVector) f).get(0);
        if (name == null) {
            throw in.error(mfCall, "'" + in.deparseOneLine(f) + "' is not a function, character or symbol");
        }
        SEXP fn = in.findFunction(Symbol.get(name), env);
        if (fn == null) {
            Context get = in.pushContext(GET_CALL, Null.NULL, new Environment(in.baseEnv), env);
            try {
                throw in.error(GET_CALL, "object '" + name + "' of mode 'function' was not found");
            } finally {
                in.popContext(get);
            }
        }
        return fn;
    }

    /** The frame FUN is called from: the builtin's own context frame when it has one. */
    static Environment frame(Interpreter in, Environment rho) {
        Context top = in.topContext();
        return top != null && top.function instanceof BuiltinFunction ? top.cloenv : rho;
    }

    /** X as lapply sees it: as.list(X) for objects and non-vectors. */
    static Vector asListLike(Interpreter in, SEXP x, Environment rho) {
        if (x == Null.NULL) return ListVector.EMPTY;
        if (x instanceof Vector && !x.isObject()) return (Vector) x;
        if (x instanceof PairList) {
            PairList p = (PairList) x;
            ListVector l = new ListVector(p.values().clone());
            boolean any = false;
            for (String t : p.tags()) if (t != null && !t.isEmpty()) any = true;
            if (any) {
                String[] n = new String[p.length()];
                for (int i = 0; i < n.length; i++) n[i] = p.tag(i);
                l.setAttributeRaw("names", new StringVector(n));
            }
            return l;
        }
        SEXP asList = in.findFunction(Symbol.get("as.list"), in.baseEnv);
        if (asList == null) {
            if (x instanceof Vector) return (Vector) x;
            throw in.errorInCurrentCall("cannot coerce to a list");
        }
        SEXP r = in.callFunction(asList, new SEXP[] {x}, null, rho, Call.of("as.list", Symbol.get("X")));
        if (r instanceof Vector) return (Vector) r;
        throw in.errorInCurrentCall("cannot coerce to a list");
    }

    /** X[[i]] for a plain vector or list. */
    static SEXP element(Vector x, int i) {
        if (x instanceof ListVector) {
            SEXP e = ((ListVector) x).get(i);
            e.markShared();
            return e;
        }
        return x.element(i);
    }

    /** For closures, a forced promise whose expression is what substitute() shows (X[[i]]); builtins get the value. */
    static SEXP promised(SEXP fun, SEXP expr, SEXP value) {
        if (!(fun instanceof org.rlambda.sexp.Closure)) return value;
        return Promise.forced(expr, value);
    }

    static SEXP[] funArgs(SEXP first, ListVector dots) {
        SEXP[] args = new SEXP[1 + dots.length()];
        args[0] = first;
        for (int k = 0; k < dots.length(); k++) args[k + 1] = dots.get(k);
        return args;
    }

    static String[] funNames(ListVector dots) {
        StringVector dn = dots.names();
        if (dn == null) return null;
        String[] names = new String[1 + dots.length()];
        names[0] = "";
        for (int k = 0; k < dots.length(); k++) names[k + 1] = dn.get(k);
        return names;
    }

    static ListVector lapply(Interpreter in, Call call, SEXP xArg, SEXP fun, ListVector dots, Environment rho) {
        Vector x = asListLike(in, xArg, rho);
        Environment frame = frame(in, rho);
        int n = x.length();
        SEXP[] out = new SEXP[n];
        String[] names = funNames(dots);
        SEXP[] args = funArgs(null, dots);
        Call elemExpr = (Call) FUN_CALL.arg(0);
        for (int i = 0; i < n; i++) {
            in.checkLimits();
            SEXP[] ai = args.clone();
            ai[0] = promised(fun, elemExpr, element(x, i));
            SEXP r = in.callFunction(fun, ai, names, frame, FUN_CALL);
            r.markShared();
            out[i] = r;
        }
        ListVector result = new ListVector(out);
        StringVector xn = x.names();
        if (xn != null) result.setAttributeRaw("names", new StringVector(xn.values().clone()));
        return result;
    }

    /** Runs lapply as its own (closure-like) frame, as sapply does in GNU R. */
    static ListVector callLapply(Interpreter in, SEXP x, SEXP fun, ListVector dots, Environment rho) {
        SEXP lapply = in.baseEnv.getLocal(Symbol.get("lapply"));
        SEXP[] args = new SEXP[2 + dots.length()];
        String[] names = new String[args.length];
        args[0] = x;
        names[0] = "X";
        args[1] = fun;
        names[1] = "FUN";
        StringVector dn = dots.names();
        for (int k = 0; k < dots.length(); k++) {
            args[k + 2] = dots.get(k);
            names[k + 2] = dn == null ? "" : dn.get(k);
        }
        Environment frame = frame(in, rho);
        if (lapply instanceof BuiltinFunction) {
            return (ListVector) in.invokeBuiltin((BuiltinFunction) lapply, LAPPLY_CALL, args, names, frame);
        }
        return lapply(in, LAPPLY_CALL, x, fun, dots, frame);
    }

    private static SEXP vapply(Interpreter in, Call call, SEXP xArg, SEXP fun, SEXP value, ListVector dots,
                               boolean useNames, Environment rho) {
        Vector x = asListLike(in, xArg, rho);
        if (!(value instanceof Vector)) throw in.error(call, "'FUN.VALUE' must be a vector");
        Vector fv = (Vector) value;
        int n = x.length();
        int len = fv.length();
        SexpType type = fv.type();
        Environment frame = frame(in, rho);
        String[] argNames = funNames(dots);
        SEXP[] args = funArgs(null, dots);
        Call elemExpr = (Call) FUN_CALL.arg(0);
        Vector out = Coerce.emptyOf(type).alloc(n * len);
        StringVector rowNames = fv.names();
        for (int i = 0; i < n; i++) {
            in.checkLimits();
            SEXP[] ai = args.clone();
            ai[0] = promised(fun, elemExpr, element(x, i));
            SEXP r = in.callFunction(fun, ai, argNames, frame, FUN_CALL);
            int rlen = r.length();
            if (rlen != len) {
                throw in.error(call, "values must be length " + len + ",\n but FUN(X[[" + (i + 1) + "]]) result is length " + rlen);
            }
            if (!(r instanceof Vector) || !compatible(r.type(), type)) {
                throw in.error(call, "values must be type '" + type.rName + "',\n but FUN(X[[" + (i + 1)
                        + "]]) result is type '" + r.typeName() + "'");
            }
            Vector rv = (Vector) r;
            if (i == 0 && rowNames == null && len > 1) rowNames = rv.names();
            if (rv.type() != type) rv = Coerce.coerce(rv, type, null);
            if (rv instanceof ListVector) for (SEXP e : ((ListVector) rv).values()) e.markShared();
            for (int k = 0; k < len; k++) out.setFrom(i * len + k, rv, k);
        }
        StringVector names = null;
        if (useNames) {
            names = x.names();
            if (names == null && xArg instanceof StringVector) names = (StringVector) xArg;
        }
        int[] valueDim = fv.dim();
        if (len != 1 && valueDim != null) {
            // an array FUN.VALUE: the results stack along one more dimension
            int[] dim = java.util.Arrays.copyOf(valueDim, valueDim.length + 1);
            dim[valueDim.length] = n;
            out.setAttributeRaw("dim", new IntVector(dim));
            SEXP fvDimnames = fv.getAttribute("dimnames");
            if (fvDimnames instanceof ListVector || names != null) {
                SEXP[] dn = new SEXP[dim.length];
                java.util.Arrays.fill(dn, Null.NULL);
                if (fvDimnames instanceof ListVector) {
                    for (int k = 0; k < valueDim.length; k++) dn[k] = ((ListVector) fvDimnames).get(k);
                }
                if (names != null) dn[valueDim.length] = plainNames(names);
                out.setAttributeRaw("dimnames", new ListVector(dn));
            }
        } else if (len != 1) {
            out.setAttributeRaw("dim", IntVector.of(len, n));
            if (rowNames != null || names != null) {
                out.setAttributeRaw("dimnames", new ListVector(new SEXP[] {
                    rowNames == null ? Null.NULL : plainNames(rowNames), names == null ? Null.NULL : plainNames(names)}));
            }
        } else if (names != null) {
            out.setAttributeRaw("names", plainNames(names));
        }
        return out;
    }

    private static StringVector plainNames(StringVector s) { return new StringVector(s.values().clone()); }

    /** names(answer) <- src as mapply assigns it: padded with NA when shorter, an error when longer. */
    private static StringVector namesOfLength(Interpreter in, StringVector src, int n, String srcExpr) {
        if (src.length() > n) {
            Call assign = (Call) org.rlambda.parse.Parser.parseAll("names(answer) <- " + srcExpr).get(0);
            throw in.error(assign, "'names' attribute [" + src.length() + "] must be the same length as the vector [" + n + "]");
        }
        String[] v = new String[n];
        java.util.Arrays.fill(v, StringVector.NA);
        System.arraycopy(src.values(), 0, v, 0, src.length());
        return new StringVector(v);
    }

    /** vapply accepts logical results for integer/double and integer results for double. */
    private static boolean compatible(SexpType got, SexpType want) {
        if (got == want) return true;
        if (want == SexpType.DOUBLE) return got == SexpType.INTEGER || got == SexpType.LOGICAL;
        if (want == SexpType.INTEGER) return got == SexpType.LOGICAL;
        return false;
    }

    private static SEXP mapply(Interpreter in, Call call, SEXP fun, ListVector dots, SEXP moreArgs,
                               boolean simplify, boolean useNames, Environment rho) {
        int m = dots.length();
        Vector[] xs = new Vector[m];
        int longest = 0;
        for (int j = 0; j < m; j++) {
            xs[j] = asListLike(in, dots.get(j), rho);
            longest = Math.max(longest, xs[j].length());
        }
        // GNU R 4.2.2: any zero-length argument makes the result empty
        for (int j = 0; j < m; j++) if (xs[j].length() == 0) longest = 0;
        if (moreArgs != null && moreArgs != Null.NULL && !(moreArgs instanceof ListVector) && !(moreArgs instanceof PairList)) {
            throw in.error(call, "argument 'MoreArgs' of 'mapply' is not a list or pairlist");
        }
        ListVector more = moreArgs instanceof ListVector ? (ListVector) moreArgs
                : moreArgs instanceof PairList ? (ListVector) Coercion.to(in, moreArgs, SexpType.LIST) : ListVector.EMPTY;
        StringVector dn = dots.names();
        StringVector mn = more.names();
        int nargs = m + more.length();
        String[] names = new String[nargs];
        boolean anyName = false;
        for (int j = 0; j < m; j++) {
            names[j] = dn == null ? "" : dn.get(j);
            anyName |= !names[j].isEmpty();
        }
        for (int j = 0; j < more.length(); j++) {
            names[m + j] = mn == null ? "" : mn.get(j);
            anyName |= !names[m + j].isEmpty();
        }
        // the call GNU R shows: (FUN)(dots[[1L]][[i]], dots[[2L]][[i]], MoreArgs...)
        Environment frame = frame(in, rho);
        SEXP[] out = new SEXP[longest];
        for (int i = 0; i < longest; i++) {
            in.checkLimits();
            SEXP[] args = new SEXP[nargs];
            SEXP[] exprs = new SEXP[nargs];
            for (int j = 0; j < m; j++) {
                Call e = new Call(Symbol.get("[["), new Call(Symbol.get("[["), Symbol.get("dots"), IntVector.of(j + 1)),
                        IntVector.of(i + 1));
                exprs[j] = e;
                args[j] = promised(fun, e, element(xs[j], i % xs[j].length()));
            }
            for (int j = 0; j < more.length(); j++) {
                Call e = new Call(Symbol.get("[["), Symbol.get("MoreArgs"), IntVector.of(j + 1));
                exprs[m + j] = e;
                args[m + j] = promised(fun, e, more.get(j));
            }
            Call c = new Call(fun, exprs, anyName ? names : null);
            SEXP r = in.callFunction(fun, args, anyName ? names : null, frame, c);
            r.markShared();
            out[i] = r;
        }
        for (int j = 0; j < m; j++) {
            int len = xs[j].length();
            if (len > 0 && longest % len != 0) {
                in.warning(call, "longer argument not a multiple of length of shorter");
                break;
            }
        }
        ListVector answer = new ListVector(out);
        if (useNames && m > 0) {
            StringVector first = xs[0].names();
            if (first != null) answer.setAttributeRaw("names", namesOfLength(in, first, longest, "names1"));
            else if (dots.get(0) instanceof StringVector) {
                answer.setAttributeRaw("names", namesOfLength(in, (StringVector) dots.get(0), longest,
                        "dots[[1L]]"));
            }
        }
        if (simplify && longest > 0) return Simplify.simplify2array(answer);
        return answer;
    }

    private static SEXP doCall(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP what = a[0];
        SEXP argsV = a[1] == null ? ListVector.EMPTY : a[1];
        boolean quote = a[2] != null && in.asCondition(a[2], call, "do.call");
        Environment envir = rho;
        if (a[3] != null) {
            if (!(a[3] instanceof Environment)) throw in.error(call, "'envir' must be an environment");
            envir = (Environment) a[3];
        }
        if (argsV instanceof PairList) argsV = asListLike(in, argsV, rho);
        if (!(argsV instanceof ListVector) || argsV instanceof ExpressionVector && false) {
            throw in.error(call, "second argument must be a list");
        }
        SEXP head;
        if (what instanceof StringVector && what.length() == 1) {
            head = Symbol.get(((StringVector) what).get(0));
        } else if (Interpreter.isFunction(what)) {
            head = what;
        } else {
            throw in.error(call, "'what' must be a function or character string");
        }
        ListVector l = (ListVector) argsV;
        SEXP[] vals = l.values().clone();
        for (SEXP v : vals) v.markShared();
        StringVector ln = l.names();
        String[] names = null;
        if (ln != null) {
            names = new String[vals.length];
            for (int i = 0; i < names.length; i++) names[i] = ln.get(i) == StringVector.NA ? "NA" : ln.get(i);
        }
        if (quote) {
            // GNU R's enquote: base::quote(x) around language arguments
            for (int i = 0; i < vals.length; i++) {
                if (vals[i] instanceof Symbol || vals[i] instanceof Call) vals[i] = new Call(BASE_QUOTE, vals[i]);
            }
        }
        Call c = new Call(head, vals, names);
        return in.eval(c, envir);
    }

    /** split(x, f) for a plain vector and a factor: one subset per level, names kept, NA groups dropped. */
    static SEXP split(Interpreter in, Vector x, Vector f) {
        SEXP lev = f.getAttribute("levels");
        String[] levels = lev instanceof StringVector ? ((StringVector) lev).values() : new String[0];
        int n = x.length();
        int nf = f.length();
        int[] counts = new int[levels.length];
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            int c = nf == 0 ? IntVector.NA : Coerce.intElement(f, i % nf, null);
            codes[i] = c;
            if (c != IntVector.NA && c >= 1 && c <= levels.length) counts[c - 1]++;
        }
        if (nf > 0 && n % nf != 0) in.warning(in.currentCall(), "data length is not a multiple of split variable");
        StringVector xn = x.names();
        Vector[] parts = new Vector[levels.length];
        String[][] partNames = new String[levels.length][];
        for (int k = 0; k < levels.length; k++) {
            parts[k] = x.alloc(counts[k]);
            if (xn != null) partNames[k] = new String[counts[k]];
        }
        int[] fill = new int[levels.length];
        for (int i = 0; i < n; i++) {
            int c = codes[i];
            if (c == IntVector.NA || c < 1 || c > levels.length) continue;
            int k = c - 1;
            if (x instanceof ListVector) ((ListVector) x).get(i).markShared();
            parts[k].setFrom(fill[k], x, i);
            if (xn != null) partNames[k][fill[k]] = xn.get(i);
            fill[k]++;
        }
        SEXP[] out = new SEXP[levels.length];
        for (int k = 0; k < levels.length; k++) {
            if (xn != null) parts[k].setAttributeRaw("names", new StringVector(partNames[k]));
            out[k] = parts[k];
        }
        ListVector r = new ListVector(out);
        r.setAttributeRaw("names", new StringVector(levels.clone()));
        return r;
    }

    static List<SEXP> listOf(ListVector l) { return new ArrayList<>(java.util.Arrays.asList(l.values())); }
}
