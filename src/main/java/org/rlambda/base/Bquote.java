package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ExpressionVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** bquote: quote with {@code .(x)} evaluated in {@code where} and, with splice = TRUE, {@code ..(x)} spliced. */
public final class Bquote {
    private Bquote() { }

    private static final Symbol DOT = Symbol.get(".");
    private static final Symbol DOTDOT = Symbol.get("..");

    public static void register(Builtins b) {
        b.addSpecial("bquote", (in, call, args, names, rho) -> {
            SEXP[] m = EnvBuiltins.match(in, call, new String[] {"expr", "where", "splice"}, args, names);
            Environment where = rho;
            if (m[1] != null) {
                SEXP w = in.eval(m[1], rho);
                where = EnvBuiltins.asEnvironment(in, call, w, rho, "bquote");
            }
            boolean splice = m[2] != null && in.asCondition(in.eval(m[2], rho), call, "bquote");
            in.visible = true;
            return unquote(in, m[0] == null ? Symbol.MISSING_ARG : m[0], where, splice);
        });
        b.markClosureLike("bquote");
    }

    static SEXP unquote(Interpreter in, SEXP e, Environment where, boolean splice) {
        if (e instanceof Call) {
            Call c = (Call) e;
            if (c.function == DOT && c.argCount() >= 1) return in.eval(c.arg(0), where);
            SEXP fn = unquote(in, c.function, where, splice);
            List<SEXP> args = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < c.argCount(); i++) {
                SEXP a = c.arg(i);
                if (splice && a instanceof Call && ((Call) a).function == DOTDOT && ((Call) a).argCount() >= 1) {
                    SEXP v = in.eval(((Call) a).arg(0), where);
                    spliceInto(v, args, names);
                    continue;
                }
                args.add(unquote(in, a, where, splice));
                names.add(c.argName(i));
            }
            boolean any = false;
            for (String n : names) if (!n.isEmpty()) any = true;
            return new Call(fn, args.toArray(new SEXP[0]), any ? names.toArray(new String[0]) : null);
        }
        if (e instanceof PairList) {
            PairList p = (PairList) e;
            SEXP[] vals = new SEXP[p.length()];
            for (int i = 0; i < vals.length; i++) vals[i] = unquote(in, p.value(i), where, splice);
            return new PairList(p.tags().clone(), vals);
        }
        return e;
    }

    private static void spliceInto(SEXP v, List<SEXP> args, List<String> names) {
        if (v instanceof ListVector || v instanceof ExpressionVector) {
            ListVector l = (ListVector) v;
            StringVector n = l.names();
            for (int i = 0; i < l.length(); i++) {
                args.add(l.get(i));
                names.add(n == null ? "" : n.get(i));
            }
        } else if (v instanceof Vector) {
            Vector vec = (Vector) v;
            StringVector n = vec.names();
            for (int i = 0; i < vec.length(); i++) {
                args.add(vec.element(i));
                names.add(n == null ? "" : n.get(i));
            }
        } else {
            args.add(v);
            names.add("");
        }
    }
}
