package org.rlambda.base;

import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;
import org.rlambda.nmath.LongDouble;

/**
 * cumsum, cumprod, cummax, cummin. Integer (and logical) input stays integer except for cumprod;
 * double sums accumulate in extended precision as GNU R's long double does. Only names survive.
 */
final class Cumulative {
    private Cumulative() { }

    static SEXP cumulate(Interpreter in, Call call, SEXP[] args, String op) {
        if (args.length != 1) throw in.error(call, args.length + " arguments passed to '" + op + "' which requires 1");
        SEXP arg = args[0];
        if (arg == Null.NULL) return new DoubleVector(0);
        Vector x;
        if (arg instanceof IntVector || arg instanceof LogicalVector || arg instanceof DoubleVector || arg instanceof ComplexVector) {
            x = (Vector) arg;
        } else if (arg instanceof Vector) {
            x = Coercion.to(in, arg, SexpType.DOUBLE);
        } else {
            throw in.error(call, "invalid 'type' (" + arg.typeName() + ") of argument");
        }
        Vector r;
        if ((x instanceof IntVector || x instanceof LogicalVector) && !op.equals("cumprod")) {
            r = integers(in, x, op);
        } else if (x instanceof ComplexVector) {
            r = complex((ComplexVector) x, op, in, call);
        } else {
            r = doubles(Coercion.to(in, x, SexpType.DOUBLE), op);
        }
        StringVector nm = ((Vector) arg).names();
        if (nm != null) r.setAttributeRaw("names", nm);
        return r;
    }

    private static Vector integers(Interpreter in, Vector x, String op) {
        int n = x.length();
        int[] r = new int[n];
        java.util.Arrays.fill(r, IntVector.NA);
        long acc = 0;
        for (int i = 0; i < n; i++) {
            int v = x instanceof IntVector ? ((IntVector) x).get(i) : ((LogicalVector) x).get(i);
            if (v == IntVector.NA) break;
            switch (op) {
                case "cumsum":
                    acc = i == 0 ? v : acc + v;
                    if (acc > Integer.MAX_VALUE || acc < -Integer.MAX_VALUE) {
                        in.warning(in.currentCall(), "integer overflow in 'cumsum'; use 'cumsum(as.numeric(.))'");
                        return new IntVector(r);
                    }
                    break;
                case "cummax": acc = i == 0 ? v : Math.max(acc, v); break;
                default: acc = i == 0 ? v : Math.min(acc, v); break;
            }
            r[i] = (int) acc;
        }
        return new IntVector(r);
    }

    private static Vector doubles(Vector xv, String op) {
        double[] x = ((DoubleVector) xv).values();
        int n = x.length;
        double[] r = new double[n];
        switch (op) {
            case "cumsum": {
                // the first NA or NaN met propagates as it is (GNU R's cumsum does not let NA win)
                ExtendedSum sum = new ExtendedSum();
                double missing = 0;
                for (int i = 0; i < n; i++) {
                    if (missing != missing || x[i] != x[i]) {
                        if (missing == missing) missing = x[i];
                        r[i] = missing;
                        continue;
                    }
                    sum.add(x[i]);
                    r[i] = sum.current();
                }
                break;
            }
            case "cumprod": {
                LongDouble p = LongDouble.of(1.0);
                double missing = 0;
                for (int i = 0; i < n; i++) {
                    if (missing != missing || x[i] != x[i]) {
                        if (missing == missing) missing = x[i];
                        r[i] = missing;
                        continue;
                    }
                    p = p.multiply(LongDouble.of(x[i]));
                    r[i] = p.toDouble();
                }
                break;
            }
            default: {
                boolean max = op.equals("cummax");
                double m = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    double v = x[i];
                    if (m != m) {
                        // the first NA or NaN propagates
                    } else if (v != v) m = v;
                    else m = max ? (m > v ? m : v) : (m < v ? m : v);
                    r[i] = m;
                }
            }
        }
        return new DoubleVector(r);
    }

    private static Vector complex(ComplexVector x, String op, Interpreter in, Call call) {
        int n = x.length();
        ComplexVector r = new ComplexVector(n);
        double re = op.equals("cumprod") ? 1 : 0, im = 0;
        for (int i = 0; i < n; i++) {
            if (op.equals("cumsum")) { re += x.re(i); im += x.im(i); }
            else if (op.equals("cumprod")) {
                double a = re * x.re(i) - im * x.im(i), b = re * x.im(i) + im * x.re(i);
                re = a;
                im = b;
            } else throw in.error(call, "'" + op + "' not defined for complex numbers");
            r.set(i, re, im);
        }
        return r;
    }
}
