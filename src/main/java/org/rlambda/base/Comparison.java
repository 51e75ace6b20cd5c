package org.rlambda.base;

import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** ==, !=, <, >, <=, >= with R's coercion (to character when either side is) and NA rules. */
final class Comparison {
    private Comparison() { }

    static SEXP compare(Interpreter in, Call call, String op, SEXP[] args) {
        if (args.length != 2) throw in.error(call, "operator needs two arguments");
        SEXP x = args[0], y = args[1];
        if (isPlainNumber(x) && isPlainNumber(y)) {
            double u = scalar(x), v = scalar(y);
            if (Double.isNaN(u) || Double.isNaN(v)) return LogicalVector.NA_VALUE;
            return LogicalVector.valueOf(test(op, Double.compare(u == 0 ? 0.0 : u, v == 0 ? 0.0 : v)));
        }
        if (x instanceof Symbol) x = StringVector.of(((Symbol) x).name);
        if (y instanceof Symbol) y = StringVector.of(((Symbol) y).name);
        if (x == Null.NULL) x = new LogicalVector(0);
        if (y == Null.NULL) y = new LogicalVector(0);
        if (!(x instanceof Vector) || !(y instanceof Vector) || x instanceof ListVector && !(y instanceof Vector)) {
            throw in.error(call, "comparison (" + op + ") is possible only for atomic and list types");
        }
        Vector a = (Vector) x, b = (Vector) y;
        if ((a instanceof ListVector || b instanceof ListVector)) {
            throw in.error(call, "comparison of these types is not implemented");
        }
        Recycling r = Recycling.binary(in, call, a, b);
        int n = r.length;
        int[] out = new int[n];
        int na = a.length(), nb = b.length();
        SexpType ta = a.type(), tb = b.type();
        if (ta == SexpType.CHARACTER || tb == SexpType.CHARACTER) {
            StringVector sa = (StringVector) Coerce.coerce(a, SexpType.CHARACTER, null);
            StringVector sb = (StringVector) Coerce.coerce(b, SexpType.CHARACTER, null);
            for (int i = 0, ia = 0, ib = 0; i < n; i++) {
                String u = sa.get(ia), v = sb.get(ib);
                if (u == StringVector.NA || v == StringVector.NA) out[i] = LogicalVector.NA;
                else if (op.equals("==")) out[i] = u.equals(v) ? 1 : 0;
                else if (op.equals("!=")) out[i] = u.equals(v) ? 0 : 1;
                else out[i] = test(op, Collation.compare(u, v)) ? 1 : 0;
                if (++ia == na) ia = 0;
                if (++ib == nb) ib = 0;
            }
        } else if (ta == SexpType.COMPLEX || tb == SexpType.COMPLEX) {
            if (!op.equals("==") && !op.equals("!=")) throw in.error(call, "invalid comparison with complex values");
            ComplexVector ca = (ComplexVector) Coerce.coerce(a, SexpType.COMPLEX, null);
            ComplexVector cb = (ComplexVector) Coerce.coerce(b, SexpType.COMPLEX, null);
            for (int i = 0, ia = 0, ib = 0; i < n; i++) {
                if (ca.isNA(ia) || cb.isNA(ib)) out[i] = LogicalVector.NA;
                else {
                    boolean eq = ca.re(ia) == cb.re(ib) && ca.im(ia) == cb.im(ib);
                    out[i] = (op.equals("==") == eq) ? 1 : 0;
                }
                if (++ia == na) ia = 0;
                if (++ib == nb) ib = 0;
            }
        } else {
            for (int i = 0, ia = 0, ib = 0; i < n; i++) {
                double u = Coerce.doubleElement(a, ia, null), v = Coerce.doubleElement(b, ib, null);
                if (Double.isNaN(u) || Double.isNaN(v)) out[i] = LogicalVector.NA;
                else out[i] = test(op, Double.compare(u == 0 ? 0.0 : u, v == 0 ? 0.0 : v)) ? 1 : 0;
                if (++ia == na) ia = 0;
                if (++ib == nb) ib = 0;
            }
        }
        LogicalVector res = new LogicalVector(out);
        r.copyStructure(res);
        return res;
    }

    /** A double or integer of length one without attributes (the loop-counter case). */
    private static boolean isPlainNumber(SEXP x) {
        return (x instanceof DoubleVector || x instanceof IntVector) && x.length() == 1 && x.attributes() == null;
    }

    private static double scalar(SEXP x) {
        if (x instanceof DoubleVector) return ((DoubleVector) x).get(0);
        int i = ((IntVector) x).get(0);
        return i == IntVector.NA ? Double.NaN : i;
    }

    private static boolean test(String op, int c) {
        switch (op) {
            case "==": return c == 0;
            case "!=": return c != 0;
            case "<": return c < 0;
            case ">": return c > 0;
            case "<=": return c <= 0;
            default: return c >= 0;
        }
    }
}
