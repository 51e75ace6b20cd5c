package org.rlambda.stats;

import java.util.Arrays;
import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The sample quantiles of Hyndman and Fan's nine types, the kernel of quantile.default
 * (stats.R). The arithmetic follows GNU R's step by step (index, floor, fuzz, the
 * interpolation formula) so that results agree to the last bit.
 */
public final class Quantiles {
    private Quantiles() { }

    /** Rounding slack when locating an order statistic (types 4 to 9). */
    private static final double FUZZ = 4 * Math.ulp(1.0);

    public static void register(Builtins b) {
        // .quantileCore(x, probs, type): x without missing values, probs clamped to [0, 1]
        b.add(".quantileCore", "x, probs, type", (in, call, a, rho) -> quantiles(in, (Vector) a[0], a[1], a[2]));
    }

    static SEXP quantiles(Interpreter in, Vector xv, SEXP probsArg, SEXP typeArg) {
        double[] probs = ((DoubleVector) Coercion.to(in, probsArg, SexpType.DOUBLE)).values();
        double type = ((DoubleVector) Coercion.to(in, typeArg, SexpType.DOUBLE)).get(0);
        if (xv instanceof StringVector) return stringQuantiles(in, (StringVector) xv, probs, type);
        boolean integral = xv instanceof IntVector || xv instanceof LogicalVector;
        if (!(integral || xv instanceof DoubleVector)) throw arithmeticError(in, type == 7);
        double[] x = ((DoubleVector) Coercion.to(in, xv, SexpType.DOUBLE)).values().clone();
        Arrays.sort(x);
        int n = x.length, np = probs.length;
        double[] qs = new double[np];
        if (n == 0 || np == 0) {
            Arrays.fill(qs, DoubleVector.NA);
            return new DoubleVector(qs);
        }
        if (type == 7) {
            for (int i = 0; i < np; i++) qs[i] = type7(x, probs[i]);
            return new DoubleVector(qs);
        }
        boolean interpolated = false;
        for (int i = 0; i < np; i++) {
            double p = probs[i];
            double nppm, j, h;
            if (type <= 3) {
                int t = (int) type;
                nppm = t == 3 ? n * p - 0.5 : n * p;
                j = Math.floor(nppm);
                switch (t) {
                    case 1: h = p != p || nppm > j ? 1 : 0; break;
                    case 2: h = ((nppm > j ? 1 : 0) + 1) / 2.0; break;
                    case 3: h = p != p || nppm != j || Math.floorMod((long) j, 2L) == 1 ? 1 : 0; break;
                    default: h = Double.NaN; break; // GNU R's switch() yields NULL: the order statistic j
                }
            } else {
                double a, bb;
                switch ((int) (type - 3)) {
                    case 1: a = 0; bb = 1; break;
                    case 2: a = bb = 0.5; break;
                    case 3: a = bb = 0; break;
                    case 4: a = bb = 1; break;
                    case 5: a = bb = 1.0 / 3; break;
                    case 6: a = bb = 3.0 / 8; break;
                    default: throw in.errorInCurrentCall("object 'a' not found");
                }
                nppm = a + p * (n + 1 - a - bb);
                j = Math.floor(nppm + FUZZ);
                h = nppm - j;
                if (Math.abs(h) < FUZZ) h = 0;
            }
            if (p != p) {
                qs[i] = DoubleVector.NA;
                // types 4 to 9 interpolate with an NA weight, which makes the result double
                if (type > 3) interpolated = true;
                continue;
            }
            double lower = orderStat(x, j), upper = orderStat(x, j + 1);
            double q = lower;
            if (h == 1) q = upper;
            if (0 < h && h < 1 && lower != upper) {
                q = (1 - h) * lower + h * upper;
                interpolated = true;
            }
            qs[i] = q;
        }
        if (integral && !interpolated) return asIntegral(xv, qs);
        return new DoubleVector(qs);
    }

    /**
     * Character data: the discontinuous types pick order statistics (in collation order); any
     * interpolation fails where GNU R's R code does its arithmetic.
     */
    private static SEXP stringQuantiles(Interpreter in, StringVector xv, double[] probs, double type) {
        if (type == 7) throw arithmeticError(in, true);
        String[] x = xv.values().clone();
        Arrays.sort(x, org.rlambda.base.Collation::compare);
        // dense ranks: equal strings share one, and an interpolation between neighbours is never whole
        double[] ranks = new double[x.length];
        String[] distinct = new String[x.length];
        int d = -1;
        for (int i = 0; i < x.length; i++) {
            if (i == 0 || !x[i].equals(x[i - 1])) distinct[++d] = x[i];
            ranks[i] = d;
        }
        SEXP q = quantiles(in, new DoubleVector(ranks), new DoubleVector(probs), DoubleVector.of(type));
        if (q instanceof DoubleVector && x.length > 0) {
            double[] r = ((DoubleVector) q).values();
            String[] out = new String[r.length];
            for (int i = 0; i < r.length; i++) {
                if (r[i] != r[i]) { out[i] = StringVector.NA; continue; }
                if (r[i] != Math.rint(r[i])) throw arithmeticError(in, false);
                out[i] = distinct[(int) r[i]];
            }
            return new StringVector(out);
        }
        return q;
    }

    /** GNU R's error from its interpolation arithmetic on non-numbers, with the call it names. */
    private static org.rlambda.eval.RError arithmeticError(Interpreter in, boolean type7) {
        String text = type7 ? "(1 - h) * qs[i]" : "(1 - h) * x[j + 2L]";
        SEXP call = new org.rlambda.parse.Parser(text, "").next();
        return in.error((org.rlambda.sexp.Call) call, "non-numeric argument to binary operator");
    }

    /** Type 7: linear interpolation between the order statistics around 1 + (n - 1) p. */
    private static double type7(double[] x, double p) {
        int n = x.length;
        double index = 1 + Math.max(n - 1, 0) * p;
        if (index != index) return DoubleVector.NA;
        double lo = Math.floor(index), hi = Math.ceil(index);
        double q = x[(int) lo - 1];
        double xhi = x[(int) hi - 1];
        if (index > lo && xhi != q) {
            double h = index - lo;
            q = (1 - h) * q + h * xhi;
        }
        return q;
    }

    /** The j-th order statistic (1-based), the extremes standing in outside 1..n. */
    private static double orderStat(double[] x, double j) {
        int n = x.length;
        if (j < 1) return x[0];
        if (j > n) return x[n - 1];
        return x[(int) j - 1];
    }

    private static Vector asIntegral(Vector like, double[] qs) {
        int[] v = new int[qs.length];
        for (int i = 0; i < qs.length; i++) v[i] = qs[i] != qs[i] ? IntVector.NA : (int) qs[i];
        return like instanceof LogicalVector ? new LogicalVector(v) : new IntVector(v);
    }
}
