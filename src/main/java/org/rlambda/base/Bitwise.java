package org.rlambda.base;

import java.util.function.IntBinaryOperator;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/** bitwAnd, bitwOr, bitwXor, bitwNot, bitwShiftL, bitwShiftR on 32-bit integers (NA stays NA). */
public final class Bitwise {
    private Bitwise() { }

    public static void register(Builtins b) {
        binary(b, "bitwAnd", "a, b", (x, y) -> x & y, true);
        binary(b, "bitwOr", "a, b", (x, y) -> x | y, true);
        binary(b, "bitwXor", "a, b", (x, y) -> x ^ y, true);
        binary(b, "bitwShiftL", "a, n", (x, y) -> y > 31 ? IntVector.NA : x << y, false);
        binary(b, "bitwShiftR", "a, n", (x, y) -> y > 31 ? IntVector.NA : x >>> y, false);
        b.add("bitwNot", "a", (in, call, a, rho) -> {
            IntVector x = ints(in, Types.arg(in, a[0], "a"));
            int[] r = new int[x.length()];
            for (int i = 0; i < r.length; i++) r[i] = x.get(i) == IntVector.NA ? IntVector.NA : ~x.get(i);
            return new IntVector(r);
        });
        b.markClosureLike("bitwAnd", "bitwOr", "bitwXor", "bitwShiftL", "bitwShiftR", "bitwNot");
    }

    private static void binary(Builtins b, String name, String formals, IntBinaryOperator op, boolean sameType) {
        b.add(name, formals, (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "a"), y = Types.arg(in, a[1], formals.endsWith("n") ? "n" : "b");
            if (sameType && x.type() != y.type()) throw in.errorInCurrentCall("'a' and 'b' must have the same type");
            IntVector u = ints(in, x), v = ints(in, y);
            int nu = u.length(), nv = v.length();
            int n = nu == 0 || nv == 0 ? 0 : Math.max(nu, nv);
            int[] r = new int[n];
            for (int i = 0; i < n; i++) {
                int p = u.get(i % nu), q = v.get(i % nv);
                r[i] = p == IntVector.NA || q == IntVector.NA ? IntVector.NA : op.applyAsInt(p, q);
            }
            return new IntVector(r);
        });
    }

    private static IntVector ints(Interpreter in, SEXP x) {
        if (x instanceof IntVector) return (IntVector) x;
        if (x instanceof DoubleVector || x instanceof Vector) return (IntVector) Coercion.to(in, x, SexpType.INTEGER);
        throw in.errorInCurrentCall("unimplemented type '" + x.typeName() + "' in 'bitwAnd'\n");
    }
}
