package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.nmath.Dpq;
import org.rlambda.nmath.Kernels;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/**
 * The vectorised kernels behind the d/p/q functions of stats, one builtin {@code .C_<name>} per
 * entry of {@link Kernels} (the R-level functions with GNU R's formals are in distributions.R and
 * call these as {@code .C_dnorm(x, mean, sd, log)} etc.).
 * Each is vectorised the way GNU R's math2/math3/math4 do it: arguments recycled to the
 * longest, the result takes the attributes of the first argument of that length, NA in gives NA
 * out, and a NaN computed from non-NaN inputs warns "NaNs produced".
 */
public final class DistributionBuiltins {
    private DistributionBuiltins() { }

    public static void register(Builtins b) {
        for (Kernels.Kernel k : Kernels.all().values()) {
            if (k.flags() == 0) continue; // the special functions are base's (MathFunctions)
            b.add(".C_" + k.name(), (in, call, args, names, rho) -> math(in, args, k.arity(), k.flags(), k.fn()));
        }
    }

    /**
     * Applies fn element-wise to the first k arguments (numeric, recycled); {@code flags} logical
     * arguments follow them (1 = log, 2 = lower.tail and log.p), read as R's asInteger != 0.
     */
    static SEXP math(Interpreter in, SEXP[] a, int k, int flags, Kernels.Fn fn) {
        Call call = in.currentCall();
        Vector[] v = new Vector[k];
        for (int i = 0; i < k; i++) v[i] = numeric(in, call, a[i]);
        boolean flag1 = flag(a.length > k ? a[k] : null);
        boolean flag2 = flags == 2 && flag(a.length > k + 1 ? a[k + 1] : null);
        int n = 0;
        for (Vector x : v) {
            if (x.length() == 0) return new DoubleVector(0);
            n = Math.max(n, x.length());
        }
        double[][] data = new double[k][];
        for (int i = 0; i < k; i++) data[i] = ((DoubleVector) Coerce.coerce(v[i], SexpType.DOUBLE, null)).values();
        double[] out = new double[n];
        double[] args = new double[k];
        boolean nan = false;
        Dpq.Warn previous = Dpq.SINK.get();
        Dpq.SINK.set(msg -> in.warning(call, msg.endsWith("\n") ? msg.substring(0, msg.length() - 1) : msg));
        try {
            for (int i = 0; i < n; i++) {
                boolean na = false, anyNaN = false;
                for (int j = 0; j < k; j++) {
                    double d = data[j][k == 1 || data[j].length == n ? i : i % data[j].length];
                    args[j] = d;
                    if (Double.isNaN(d)) {
                        if (DoubleVector.isNA(d)) na = true;
                        else anyNaN = true;
                    }
                }
                if (na) {
                    out[i] = DoubleVector.NA;
                } else if (anyNaN) {
                    out[i] = Double.NaN;
                } else {
                    double r = fn.apply(args, flag1, flag2);
                    out[i] = r;
                    if (Double.isNaN(r)) nan = true;
                }
            }
        } finally {
            Dpq.SINK.set(previous);
        }
        DoubleVector r = new DoubleVector(out);
        for (Vector x : v) {
            if (x.length() == n) {
                if (x.hasAttributes()) r.copyAttributesFrom(x);
                break;
            }
        }
        if (nan) in.warning(call, "NaNs produced");
        return r;
    }

    static Vector numeric(Interpreter in, Call call, SEXP x) {
        if (x instanceof DoubleVector || x instanceof IntVector && !x.inherits("factor") || x instanceof LogicalVector) {
            return (Vector) x;
        }
        throw in.error(call, "Non-numeric argument to mathematical function");
    }

    /** A logical flag argument as R's asInteger-then-test: NA counts as TRUE (it is non-zero). */
    static boolean flag(SEXP x) {
        if (!(x instanceof Vector) || x.length() == 0) return true;
        int v = Coerce.logicalElement((Vector) x, 0);
        return v != 0;
    }
}
