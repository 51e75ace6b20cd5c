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
        b.add("intToBits", "x", (in, call, a, rho) -> {
            IntVector x = (IntVector) Coercion.to(in, Types.arg(in, a[0], "x"), org.rlambda.sexp.SexpType.INTEGER);
            byte[] r = new byte[32 * x.length()];
            for (int i = 0; i < x.length(); i++) {
                int v = x.get(i); // NA is the bit pattern of INT_MIN
                for (int k = 0; k < 32; k++) r[32 * i + k] = (byte) ((v >>> k) & 1);
            }
            return new org.rlambda.sexp.RawVector(r);
        });
        b.add("packBits", "x, type", (in, call, a, rho) -> packBits(in, call, a));
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

    /** packBits(x, type): bits (least significant first) from raw, logical or integer data into bytes, integers or doubles. */
    private static SEXP packBits(org.rlambda.eval.Interpreter in, org.rlambda.sexp.Call call, SEXP[] a) {
        SEXP x = Types.arg(in, a[0], "x");
        String type = a[1] == null ? "raw" : Scalars.string(a[1]);
        String[] types = {"raw", "integer", "double"};
        String found = null;
        for (String t : types) if (type != null && t.startsWith(type)) found = t;
        if (found == null) {
            throw in.errorInCurrentCall("'arg' should be one of \u201craw\u201d, \u201cinteger\u201d, \u201cdouble\u201d");
        }
        if (!(x instanceof org.rlambda.sexp.RawVector || x instanceof org.rlambda.sexp.LogicalVector || x instanceof IntVector)) {
            throw in.errorInCurrentCall("argument 'x' must be raw, integer or logical");
        }
        org.rlambda.sexp.Vector v = (org.rlambda.sexp.Vector) x;
        int n = v.length();
        int width = found.equals("raw") ? 8 : found.equals("integer") ? 32 : 64;
        if (n % width != 0) throw in.errorInCurrentCall("argument 'x' must be a multiple of " + width + " long");
        long[] words = new long[n / width];
        for (int i = 0; i < n; i++) {
            int bit;
            if (v instanceof org.rlambda.sexp.RawVector) bit = ((org.rlambda.sexp.RawVector) v).get(i) & 1;
            else {
                int e = v instanceof IntVector ? ((IntVector) v).get(i) : ((org.rlambda.sexp.LogicalVector) v).get(i);
                if (e == IntVector.NA) throw in.errorInCurrentCall("argument 'x' must not contain NAs");
                bit = e & 1;
            }
            if (bit != 0) words[i / width] |= 1L << (i % width);
        }
        switch (found) {
            case "raw": {
                byte[] r = new byte[words.length];
                for (int i = 0; i < r.length; i++) r[i] = (byte) words[i];
                return new org.rlambda.sexp.RawVector(r);
            }
            case "integer": {
                int[] r = new int[words.length];
                for (int i = 0; i < r.length; i++) r[i] = (int) words[i];
                return new IntVector(r);
            }
            default: {
                double[] r = new double[words.length];
                for (int i = 0; i < r.length; i++) r[i] = Double.longBitsToDouble(words[i]);
                return new org.rlambda.sexp.DoubleVector(r);
            }
        }
    }
}
