package org.rlambda.base;

import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/** &, |, ! (element-wise, three-valued) and the scalar && and ||. */
final class Logic {
    private Logic() { }

    private static boolean logicalOk(SEXP x) {
        if (x == Null.NULL) return true;
        SexpType t = x.type();
        return t == SexpType.LOGICAL || t == SexpType.INTEGER || t == SexpType.DOUBLE || t == SexpType.COMPLEX;
    }

    static SEXP and(Interpreter in, Call call, SEXP[] args, boolean or) {
        if (args.length != 2) throw in.error(call, "operator needs two arguments");
        SEXP x = args[0], y = args[1];
        if (x instanceof RawVector && y instanceof RawVector) {
            RawVector a = (RawVector) x, b = (RawVector) y;
            Recycling r = Recycling.binary(in, call, a, b);
            byte[] o = new byte[r.length];
            for (int i = 0; i < o.length; i++) {
                byte u = a.get(i % a.length()), v = b.get(i % b.length());
                o[i] = (byte) (or ? (u | v) : (u & v));
            }
            return new RawVector(o);
        }
        if (!logicalOk(x) || !logicalOk(y)) {
            throw in.error(call, "operations are possible only for numeric, logical or complex types");
        }
        Vector a = x == Null.NULL ? new LogicalVector(0) : (Vector) x;
        Vector b = y == Null.NULL ? new LogicalVector(0) : (Vector) y;
        Recycling r = Recycling.binary(in, call, a, b);
        int n = r.length, na = a.length(), nb = b.length();
        int[] o = new int[n];
        for (int i = 0, ia = 0, ib = 0; i < n; i++) {
            int u = Coerce.logicalElement(a, ia), v = Coerce.logicalElement(b, ib);
            if (or) {
                if (u == 1 || v == 1) o[i] = 1;
                else if (u == LogicalVector.NA || v == LogicalVector.NA) o[i] = LogicalVector.NA;
                else o[i] = 0;
            } else {
                if (u == 0 || v == 0) o[i] = 0;
                else if (u == LogicalVector.NA || v == LogicalVector.NA) o[i] = LogicalVector.NA;
                else o[i] = 1;
            }
            if (++ia == na) ia = 0;
            if (++ib == nb) ib = 0;
        }
        LogicalVector res = new LogicalVector(o);
        r.copyStructure(res);
        return res;
    }

    static SEXP not(Interpreter in, Call call, SEXP[] args) {
        if (args.length != 1) throw in.error(call, "operator needs one argument");
        SEXP x = args[0];
        if (x instanceof RawVector) {
            RawVector a = (RawVector) x;
            byte[] o = new byte[a.length()];
            for (int i = 0; i < o.length; i++) o[i] = (byte) ~a.get(i);
            return new RawVector(o);
        }
        if (!logicalOk(x)) throw in.error(call, "invalid argument type");
        Vector a = x == Null.NULL ? new LogicalVector(0) : (Vector) x;
        int[] o = new int[a.length()];
        for (int i = 0; i < o.length; i++) {
            int u = Coerce.logicalElement(a, i);
            o[i] = u == LogicalVector.NA ? LogicalVector.NA : 1 - u;
        }
        LogicalVector res = new LogicalVector(o);
        if (a instanceof LogicalVector) res.copyAttributesFrom(a);
        else {
            for (String k : new String[] {"names", "dim", "dimnames"}) {
                SEXP v = a.getAttribute(k);
                if (v != null) res.setAttributeRaw(k, v);
            }
        }
        return res;
    }

    static SEXP scalarAndOr(Interpreter in, Call call, SEXP[] args, Environment rho, boolean or) {
        int u = scalar(in, call, in.eval(args[0], rho), "x", or);
        if (or && u == 1) return LogicalVector.TRUE;
        if (!or && u == 0) return LogicalVector.FALSE;
        int v = scalar(in, call, in.eval(args[1], rho), "y", or);
        in.visible = true;
        if (or) {
            if (v == 1) return LogicalVector.TRUE;
            return u == LogicalVector.NA || v == LogicalVector.NA ? LogicalVector.NA_VALUE : LogicalVector.FALSE;
        }
        if (v == 0) return LogicalVector.FALSE;
        return u == LogicalVector.NA || v == LogicalVector.NA ? LogicalVector.NA_VALUE : LogicalVector.TRUE;
    }

    private static int scalar(Interpreter in, Call call, SEXP v, String which, boolean or) {
        String op = or ? "||" : "&&";
        if (!(v instanceof Vector) || v instanceof org.rlambda.sexp.ListVector || v instanceof org.rlambda.sexp.StringVector && false) {
            throw in.error(call, "invalid '" + which + "' type in 'x " + op + " y'");
        }
        Vector vec = (Vector) v;
        if (vec.length() == 0) return LogicalVector.NA;
        if (vec.type() == SexpType.CHARACTER) {
            int b = Coerce.logicalElement(vec, 0);
            if (b == LogicalVector.NA) throw in.error(call, "invalid '" + which + "' type in 'x " + op + " y'");
        }
        if (vec.length() > 1) {
            // GNU R 4.2.2 names the operand 'x' in this warning whichever side it is on
            in.warning(call, "'length(x) = " + vec.length() + " > 1' in coercion to 'logical(1)'");
        }
        return Coerce.logicalElement(vec, 0);
    }
}
