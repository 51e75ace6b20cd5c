package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/**
 * The d/p/q functions of the stats package. Each is vectorised the way GNU R's stats does it:
 * arguments recycled to the longest, the result takes the attributes of the first argument of
 * that length, NA in gives NA out, and a NaN computed from non-NaN inputs warns "NaNs produced".
 */
public final class DistributionBuiltins {
    private DistributionBuiltins() { }

    @FunctionalInterface
    interface Fn {
        double apply(double[] v, boolean flag1, boolean flag2);
    }

    public static void register(Builtins b) {
        b.add("dnorm", "x, mean, sd, log", (in, call, a, rho) ->
            math(in, call, a, new String[] {"x", "mean", "sd"}, new double[] {Double.NaN, 0, 1}, 1,
                (v, log, unused) -> Normal.density(v[0], v[1], v[2], log)));
        b.add("pnorm", "q, mean, sd, lower.tail, log.p", (in, call, a, rho) ->
            math(in, call, a, new String[] {"q", "mean", "sd"}, new double[] {Double.NaN, 0, 1}, 2,
                (v, lower, log) -> Normal.cdf(v[0], v[1], v[2], lower, log)));
        b.add("qnorm", "p, mean, sd, lower.tail, log.p", (in, call, a, rho) ->
            math(in, call, a, new String[] {"p", "mean", "sd"}, new double[] {Double.NaN, 0, 1}, 2,
                (v, lower, log) -> Normal.quantile(v[0], v[1], v[2], lower, log)));

        b.add("dunif", "x, min, max, log", (in, call, a, rho) ->
            math(in, call, a, new String[] {"x", "min", "max"}, new double[] {Double.NaN, 0, 1}, 1,
                (v, log, unused) -> Continuous.dunif(v[0], v[1], v[2], log)));
        b.add("punif", "q, min, max, lower.tail, log.p", (in, call, a, rho) ->
            math(in, call, a, new String[] {"q", "min", "max"}, new double[] {Double.NaN, 0, 1}, 2,
                (v, lower, log) -> Continuous.punif(v[0], v[1], v[2], lower, log)));
        b.add("qunif", "p, min, max, lower.tail, log.p", (in, call, a, rho) ->
            math(in, call, a, new String[] {"p", "min", "max"}, new double[] {Double.NaN, 0, 1}, 2,
                (v, lower, log) -> Continuous.qunif(v[0], v[1], v[2], lower, log)));

        b.add("dexp", "x, rate, log", (in, call, a, rho) ->
            math(in, call, a, new String[] {"x", "rate"}, new double[] {Double.NaN, 1}, 1,
                (v, log, unused) -> Continuous.dexp(v[0], 1 / v[1], log)));
        b.add("pexp", "q, rate, lower.tail, log.p", (in, call, a, rho) ->
            math(in, call, a, new String[] {"q", "rate"}, new double[] {Double.NaN, 1}, 2,
                (v, lower, log) -> Continuous.pexp(v[0], 1 / v[1], lower, log)));
        b.add("qexp", "p, rate, lower.tail, log.p", (in, call, a, rho) ->
            math(in, call, a, new String[] {"p", "rate"}, new double[] {Double.NaN, 1}, 2,
                (v, lower, log) -> Continuous.qexp(v[0], 1 / v[1], lower, log)));

        b.add("dbinom", "x, size, prob, log", (in, call, a, rho) ->
            math(in, call, a, new String[] {"x", "size", "prob"}, new double[] {Double.NaN, Double.NaN, Double.NaN}, 1,
                (v, log, unused) -> Discrete.dbinom(v[0], v[1], v[2], log, nonInteger(in, call, v[0]))));
        b.add("pbinom", "q, size, prob, lower.tail, log.p", (in, call, a, rho) ->
            math(in, call, a, new String[] {"q", "size", "prob"}, new double[] {Double.NaN, Double.NaN, Double.NaN}, 2,
                (v, lower, log) -> Discrete.pbinom(v[0], v[1], v[2], lower, log)));
        b.add("dpois", "x, lambda, log", (in, call, a, rho) ->
            math(in, call, a, new String[] {"x", "lambda"}, new double[] {Double.NaN, Double.NaN}, 1,
                (v, log, unused) -> Discrete.dpois(v[0], v[1], log, nonInteger(in, call, v[0]))));
        b.add("ppois", "q, lambda, lower.tail, log.p", (in, call, a, rho) ->
            math(in, call, a, new String[] {"q", "lambda"}, new double[] {Double.NaN, Double.NaN}, 2,
                (v, lower, log) -> Discrete.ppois(v[0], v[1], lower, log)));
        b.markClosureLike("dnorm", "pnorm", "qnorm", "dunif", "punif", "qunif", "dexp", "pexp", "qexp",
            "dbinom", "pbinom", "dpois", "ppois");
    }

    private static Runnable nonInteger(Interpreter in, Call call, double x) {
        return () -> in.warning(call, "non-integer x = " + String.format("%f", x));
    }

    /**
     * Applies fn element-wise. {@code params} names the numeric formals (for "missing" errors),
     * {@code defaults} gives their defaults (NaN: none); {@code flags} is how many logical
     * formals follow them (1 = log, 2 = lower.tail and log.p).
     */
    static SEXP math(Interpreter in, Call call, SEXP[] a, String[] params, double[] defaults, int flags, Fn fn) {
        int k = params.length;
        Vector[] v = new Vector[k];
        for (int i = 0; i < k; i++) {
            if (a[i] == null) {
                if (Double.isNaN(defaults[i])) throw in.error(call, "argument \"" + params[i] + "\" is missing, with no default");
                v[i] = DoubleVector.of(defaults[i]);
            } else {
                v[i] = numeric(in, call, a[i]);
            }
        }
        boolean flag1 = flags == 1 ? flag(a[k], false) : flag(a[k], true);
        boolean flag2 = flags == 2 && flag(a[k + 1], false);
        int n = 0;
        for (Vector x : v) {
            if (x.length() == 0) {
                DoubleVector r = new DoubleVector(0);
                if (v[0].length() == 0) copyAttributes(v[0], r);
                return r;
            }
            n = Math.max(n, x.length());
        }
        double[][] data = new double[k][];
        for (int i = 0; i < k; i++) data[i] = ((DoubleVector) Coerce.coerce(v[i], SexpType.DOUBLE, null)).values();
        double[] out = new double[n];
        double[] args = new double[k];
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            boolean na = false, anyNaN = false;
            for (int j = 0; j < k; j++) {
                double d = data[j][i % data[j].length];
                args[j] = d;
                if (DoubleVector.isNA(d)) na = true;
                else if (Double.isNaN(d)) anyNaN = true;
            }
            if (na) out[i] = DoubleVector.NA;
            else if (anyNaN) out[i] = Double.NaN;
            else {
                out[i] = fn.apply(args, flag1, flag2);
                if (Double.isNaN(out[i])) nan = true;
            }
        }
        DoubleVector r = new DoubleVector(out);
        for (Vector x : v) {
            if (x.length() == n) {
                copyAttributes(x, r);
                break;
            }
        }
        if (nan) in.warning(call, "NaNs produced");
        return r;
    }

    private static void copyAttributes(Vector from, Vector to) {
        if (from.hasAttributes()) to.copyAttributesFrom(from);
    }

    static Vector numeric(Interpreter in, Call call, SEXP x) {
        if (x instanceof DoubleVector || x instanceof IntVector && !x.inherits("factor") || x instanceof LogicalVector) {
            return (Vector) x;
        }
        throw in.error(call, "Non-numeric argument to mathematical function");
    }

    /** A logical flag argument as R's asLogical-then-test: NA counts as TRUE (it is non-zero). */
    static boolean flag(SEXP x, boolean dflt) {
        if (x == null) return dflt;
        if (!(x instanceof Vector) || x.length() == 0) return dflt;
        int v = Coerce.logicalElement((Vector) x, 0);
        return v != 0;
    }
}
