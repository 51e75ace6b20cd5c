package org.rlambda.base;

import org.rlambda.eval.Builtins;
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
import org.rlambda.sexp.Vector;

/**
 * The Ops group: arithmetic, comparison and logical operators, sharing one kernel for
 * recycling, NA handling and attribute propagation ({@link Recycling}).
 */
public final class Arithmetic {
    private Arithmetic() { }

    public static void register(Builtins b) {
        for (String op : new String[] {"+", "-", "*", "/", "^", "%%", "%/%"}) {
            int code = opCode(op);
            b.addGroup("Ops", op, (in, call, args, names, rho) -> arith(in, call, op, code, args));
        }
        for (String op : new String[] {"==", "!=", "<", ">", "<=", ">="}) {
            b.addGroup("Ops", op, (in, call, args, names, rho) -> Comparison.compare(in, call, op, args));
        }
        b.addGroup("Ops", "&", (in, call, args, names, rho) -> Logic.and(in, call, args, false));
        b.addGroup("Ops", "|", (in, call, args, names, rho) -> Logic.and(in, call, args, true));
        b.addGroup("Ops", "!", (in, call, args, names, rho) -> Logic.not(in, call, args));
        b.addSpecial("&&", (in, call, args, names, rho) -> Logic.scalarAndOr(in, call, args, rho, false));
        b.addSpecial("||", (in, call, args, names, rho) -> Logic.scalarAndOr(in, call, args, rho, true));
    }

    private static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, POW = 4, MOD = 5, IDIV = 6;

    private static int opCode(String op) {
        switch (op) {
            case "+": return ADD;
            case "-": return SUB;
            case "*": return MUL;
            case "/": return DIV;
            case "^": return POW;
            case "%%": return MOD;
            case "%/%": return IDIV;
            default: throw new IllegalArgumentException(op);
        }
    }

    static SEXP arith(Interpreter in, Call call, String op, SEXP[] args) {
        return arith(in, call, op, opCode(op), args);
    }

    private static SEXP arith(Interpreter in, Call call, String op, int code, SEXP[] args) {
        if (args.length == 2) {
            SEXP r = scalarArith(code, args[0], args[1]);
            if (r != null) return r;
        }
        if (args.length == 1) return unary(in, call, op, args[0]);
        if (args.length != 2) throw in.error(call, "operator needs one or two arguments");
        SEXP x = args[0], y = args[1];
        if (!isNumeric(x) || !isNumeric(y)) throw in.error(call, "non-numeric argument to binary operator");
        Vector a = x == Null.NULL ? new DoubleVector(0) : (Vector) x;
        Vector c = y == Null.NULL ? new DoubleVector(0) : (Vector) y;
        if (a.inherits("factor") || c.inherits("factor")) throw in.error(call, "non-numeric argument to binary operator");
        SexpType ta = a.type(), tc = c.type();
        Recycling r = Recycling.binary(in, call, a, c);
        int n = r.length;
        Vector result;
        if (ta == SexpType.COMPLEX || tc == SexpType.COMPLEX) {
            result = complexArith(in, call, op, (ComplexVector) Coerce.coerce(a, SexpType.COMPLEX, null),
                    (ComplexVector) Coerce.coerce(c, SexpType.COMPLEX, null), n);
        } else if (ta != SexpType.DOUBLE && tc != SexpType.DOUBLE && code != DIV && code != POW) {
            result = intArith(in, call, op, a, c, n);
        } else {
            result = doubleArith(in, code, a, c, n);
        }
        r.copyAttributes(result);
        return result;
    }

    /**
     * Scalar operands without attributes, the bulk of loop arithmetic, computed without the
     * recycling machinery; null when the general path is needed (%% may warn, int overflow).
     */
    private static SEXP scalarArith(int code, SEXP x, SEXP y) {
        if (x.attributes() != null || y.attributes() != null || x.length() != 1 || y.length() != 1 || code == MOD) return null;
        if (x instanceof DoubleVector) {
            double a = ((DoubleVector) x).get(0);
            if (y instanceof DoubleVector) return new DoubleVector(new double[] {apply(code, a, ((DoubleVector) y).get(0))});
            if (y instanceof IntVector) return new DoubleVector(new double[] {apply(code, a, Coerce.intToDouble(((IntVector) y).get(0)))});
            return null;
        }
        if (!(x instanceof IntVector)) return null;
        int a = ((IntVector) x).get(0);
        if (y instanceof DoubleVector) return new DoubleVector(new double[] {apply(code, Coerce.intToDouble(a), ((DoubleVector) y).get(0))});
        if (!(y instanceof IntVector) || code > MUL) return null;
        int b = ((IntVector) y).get(0);
        if (a == IntVector.NA || b == IntVector.NA) return new IntVector(new int[] {IntVector.NA});
        long v = code == ADD ? (long) a + b : code == SUB ? (long) a - b : (long) a * b;
        if (v > Integer.MAX_VALUE || v <= Integer.MIN_VALUE) return null;
        return new IntVector(new int[] {(int) v});
    }

    static boolean isNumeric(SEXP x) {
        if (x == Null.NULL) return true;
        SexpType t = x.type();
        return t == SexpType.DOUBLE || t == SexpType.INTEGER || t == SexpType.LOGICAL || t == SexpType.COMPLEX;
    }

    private static SEXP unary(Interpreter in, Call call, String op, SEXP x) {
        if (!op.equals("-") && !op.equals("+")) throw in.error(call, "invalid unary operator");
        if (!isNumeric(x) || x == Null.NULL || x.inherits("factor")) throw in.error(call, "invalid argument to unary operator");
        Vector v = (Vector) x;
        Vector r;
        int n = v.length();
        switch (v.type()) {
            case LOGICAL:
            case INTEGER: {
                int[] o = new int[n];
                for (int i = 0; i < n; i++) {
                    int e = v.type() == SexpType.LOGICAL ? ((LogicalVector) v).get(i) : ((IntVector) v).get(i);
                    o[i] = e == IntVector.NA ? IntVector.NA : (op.equals("-") ? -e : e);
                }
                r = new IntVector(o);
                break;
            }
            case DOUBLE: {
                double[] o = new double[n];
                DoubleVector d = (DoubleVector) v;
                for (int i = 0; i < n; i++) o[i] = op.equals("-") ? -d.get(i) : d.get(i);
                r = new DoubleVector(o);
                break;
            }
            default: {
                ComplexVector c = (ComplexVector) v;
                ComplexVector o = new ComplexVector(n);
                for (int i = 0; i < n; i++) o.set(i, op.equals("-") ? -c.re(i) : c.re(i), op.equals("-") ? -c.im(i) : c.im(i));
                r = o;
            }
        }
        r.copyAttributesFrom(v);
        return r;
    }

    private static int intAt(Vector v, int i) {
        return v instanceof IntVector ? ((IntVector) v).get(i) : ((LogicalVector) v).get(i);
    }

    private static Vector intArith(Interpreter in, Call call, String op, Vector a, Vector c, int n) {
        int na = a.length(), nc = c.length();
        if (op.equals("%/%") || op.equals("%%")) {
            int[] o = new int[n];
            for (int i = 0, ia = 0, ic = 0; i < n; i++) {
                int x = intAt(a, ia), y = intAt(c, ic);
                if (x == IntVector.NA || y == IntVector.NA || y == 0) o[i] = IntVector.NA;
                else if (op.equals("%/%")) o[i] = (int) Math.floor((double) x / (double) y);
                else {
                    int m = x % y;
                    if (m != 0 && ((m < 0) != (y < 0))) m += y;
                    o[i] = m;
                }
                if (++ia == na) ia = 0;
                if (++ic == nc) ic = 0;
            }
            return new IntVector(o);
        }
        int[] o = new int[n];
        boolean overflow = false;
        char k = op.charAt(0);
        for (int i = 0, ia = 0, ic = 0; i < n; i++) {
            int x = intAt(a, ia), y = intAt(c, ic);
            if (x == IntVector.NA || y == IntVector.NA) o[i] = IntVector.NA;
            else {
                long v = k == '+' ? (long) x + y : k == '-' ? (long) x - y : (long) x * y;
                if (v > Integer.MAX_VALUE || v <= Integer.MIN_VALUE) {
                    overflow = true;
                    o[i] = IntVector.NA;
                } else o[i] = (int) v;
            }
            if (++ia == na) ia = 0;
            if (++ic == nc) ic = 0;
        }
        if (overflow) in.warning(call, "NAs produced by integer overflow");
        return new IntVector(o);
    }

    private static double dAt(Vector v, int i) {
        switch (v.type()) {
            case DOUBLE: return ((DoubleVector) v).get(i);
            case INTEGER: return Coerce.intToDouble(((IntVector) v).get(i));
            default: { int x = ((LogicalVector) v).get(i); return x == LogicalVector.NA ? DoubleVector.NA : x; }
        }
    }

    private static Vector doubleArith(Interpreter in, int code, Vector a, Vector c, int n) {
        int na = a.length(), nc = c.length();
        double[] o = new double[n];
        if (a instanceof DoubleVector && c instanceof DoubleVector) {
            double[] x = ((DoubleVector) a).values(), y = ((DoubleVector) c).values();
            switch (code) {
                case ADD:
                    if (na == nc) { for (int i = 0; i < n; i++) o[i] = x[i] + y[i]; return new DoubleVector(o); }
                    if (nc == 1) { double v = y[0]; for (int i = 0; i < n; i++) o[i] = x[i] + v; return new DoubleVector(o); }
                    break;
                case MUL:
                    if (na == nc) { for (int i = 0; i < n; i++) o[i] = x[i] * y[i]; return new DoubleVector(o); }
                    if (nc == 1) { double v = y[0]; for (int i = 0; i < n; i++) o[i] = x[i] * v; return new DoubleVector(o); }
                    break;
                default:
                    break;
            }
        }
        boolean lostAccuracy = false;
        for (int i = 0, ia = 0, ic = 0; i < n; i++) {
            double x = dAt(a, ia), y = dAt(c, ic);
            o[i] = apply(code, x, y);
            if (code == MOD && y != 0 && Double.isFinite(x / y) && Math.abs(x / y) * Math.ulp(1.0) > 1
                    && !(Math.abs(y) * Math.ulp(1.0) > 1 && Double.isFinite(x) && Math.abs(x) <= Math.abs(y))) {
                lostAccuracy = true;
            }
            if (++ia == na) ia = 0;
            if (++ic == nc) ic = 0;
        }
        if (lostAccuracy) in.warning(in.currentCall(), "probable complete loss of accuracy in modulus");
        return new DoubleVector(o);
    }

    /** One double operation with R's semantics (NA propagation keeps NA distinct from NaN). */
    private static double apply(int code, double x, double y) {
        switch (code) {
            case ADD: return naAware(x, y, x + y);
            case SUB: return naAware(x, y, x - y);
            case MUL: return naAware(x, y, x * y);
            case DIV: return naAware(x, y, x / y);
            case POW: return pow(x, y);
            case MOD: return naAware(x, y, mod(x, y));
            case IDIV: return naAware(x, y, intDiv(x, y));
            default: throw new IllegalArgumentException(String.valueOf(code));
        }
    }

    /**
     * NaN operands propagate as on GNU R's x86-64 hardware: the first NaN operand's payload
     * wins, so NA + NaN is NA and NaN + NA is NaN (Java's own NaN propagation is unspecified).
     */
    private static double naAware(double x, double y, double r) {
        if (x != x) return x;
        if (y != y) return y;
        return r;
    }

    /** R's x^y: 1^y and x^0 are 1 even for NA/NaN. */
    public static double pow(double x, double y) {
        if (x == 1.0 || y == 0.0) return 1.0;
        if (x != x) return x;
        if (y != y) return y;
        return Math.pow(x, y);
    }

    /** R's %%: the result has the sign of the divisor. */
    public static double mod(double x, double y) {
        if (y == 0) return Double.NaN;
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return (x >= 0) == (y > 0) ? x : y;
        }
        double q = x / y;
        if (Double.isFinite(q) && Math.abs(q) < 1 / Math.ulp(1.0)) {
            double tmp = x - Math.floor(q) * y;
            return tmp - Math.floor(tmp / y) * y;
        }
        double r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return r;
    }

    public static double intDiv(double x, double y) {
        if (y == 0) return x == 0 ? Double.NaN : (x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) * Math.signum(1 / y);
        double q = x / y;
        if (Double.isInfinite(y) && Double.isFinite(x)) return (x >= 0) == (y > 0) ? 0 : -1;
        return Math.floor(q);
    }

    private static Vector complexArith(Interpreter in, Call call, String op, ComplexVector a, ComplexVector c, int n) {
        int na = a.length(), nc = c.length();
        ComplexVector o = new ComplexVector(n);
        for (int i = 0, ia = 0, ic = 0; i < n; i++) {
            double ar = a.re(ia), ai = a.im(ia), cr = c.re(ic), ci = c.im(ic);
            if (a.isNA(ia) || c.isNA(ic)) o.setNA(i);
            else {
                switch (op) {
                    case "+": o.set(i, ar + cr, ai + ci); break;
                    case "-": o.set(i, ar - cr, ai - ci); break;
                    case "*": o.set(i, ar * cr - ai * ci, ar * ci + ai * cr); break;
                    case "/": {
                        double d = cr * cr + ci * ci;
                        o.set(i, (ar * cr + ai * ci) / d, (ai * cr - ar * ci) / d);
                        break;
                    }
                    case "^": {
                        if (ar == 0 && ai == 0) { o.set(i, cr == 0 && ci == 0 ? 1 : 0, 0); break; }
                        double logr = Math.log(Math.hypot(ar, ai)), theta = Math.atan2(ai, ar);
                        double mr = Math.exp(logr * cr - ci * theta), mt = ci * logr + cr * theta;
                        o.set(i, mr * Math.cos(mt), mr * Math.sin(mt));
                        break;
                    }
                    default: throw in.error(call, "invalid operation on complex numbers");
                }
            }
            if (++ia == na) ia = 0;
            if (++ic == nc) ic = 0;
        }
        return o;
    }
}
