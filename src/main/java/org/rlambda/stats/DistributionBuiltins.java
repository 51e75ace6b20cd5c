package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.nmath.Beta;
import org.rlambda.nmath.Binomial;
import org.rlambda.nmath.Cauchy;
import org.rlambda.nmath.Dpq;
import org.rlambda.nmath.Exponential;
import org.rlambda.nmath.FDist;
import org.rlambda.nmath.Gamma;
import org.rlambda.nmath.LogNormal;
import org.rlambda.nmath.Logistic;
import org.rlambda.nmath.NegativeBinomial;
import org.rlambda.nmath.Normal;
import org.rlambda.nmath.Poisson;
import org.rlambda.nmath.StudentT;
import org.rlambda.nmath.Uniform;
import org.rlambda.nmath.Weibull;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/**
 * The vectorised kernels behind the d/p/q functions of stats (the R-level functions with GNU R's
 * formals are in distributions.R and call these as {@code .C_dnorm(x, mean, sd, log)} etc.).
 * Each is vectorised the way GNU R's math2/math3/math4 do it: arguments recycled to the
 * longest, the result takes the attributes of the first argument of that length, NA in gives NA
 * out, and a NaN computed from non-NaN inputs warns "NaNs produced".
 */
public final class DistributionBuiltins {
    private DistributionBuiltins() { }

    /** A d-function (flag = log) or p/q-function (flag = lower.tail, flag2 = log.p) of k numbers. */
    @FunctionalInterface
    public interface Fn {
        double apply(double[] v, boolean flag1, boolean flag2);
    }

    private static void d(Builtins b, String name, int k, Fn fn) { reg(b, name, k, 1, fn); }

    private static void pq(Builtins b, String name, int k, Fn fn) { reg(b, name, k, 2, fn); }

    private static void reg(Builtins b, String name, int k, int flags, Fn fn) {
        b.add(".C_" + name, (in, call, args, names, rho) -> math(in, args, k, flags, fn));
    }

    public static void register(Builtins b) {
        d(b, "dnorm", 3, (v, lg, u) -> Normal.density(v[0], v[1], v[2], lg));
        pq(b, "pnorm", 3, (v, lt, lg) -> Normal.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qnorm", 3, (v, lt, lg) -> Normal.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dlnorm", 3, (v, lg, u) -> LogNormal.density(v[0], v[1], v[2], lg));
        pq(b, "plnorm", 3, (v, lt, lg) -> LogNormal.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qlnorm", 3, (v, lt, lg) -> LogNormal.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dunif", 3, (v, lg, u) -> Uniform.density(v[0], v[1], v[2], lg));
        pq(b, "punif", 3, (v, lt, lg) -> Uniform.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qunif", 3, (v, lt, lg) -> Uniform.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dexp", 2, (v, lg, u) -> Exponential.density(v[0], v[1], lg));
        pq(b, "pexp", 2, (v, lt, lg) -> Exponential.cdf(v[0], v[1], lt, lg));
        pq(b, "qexp", 2, (v, lt, lg) -> Exponential.quantile(v[0], v[1], lt, lg));
        d(b, "dcauchy", 3, (v, lg, u) -> Cauchy.density(v[0], v[1], v[2], lg));
        pq(b, "pcauchy", 3, (v, lt, lg) -> Cauchy.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qcauchy", 3, (v, lt, lg) -> Cauchy.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dlogis", 3, (v, lg, u) -> Logistic.density(v[0], v[1], v[2], lg));
        pq(b, "plogis", 3, (v, lt, lg) -> Logistic.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qlogis", 3, (v, lt, lg) -> Logistic.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dweibull", 3, (v, lg, u) -> Weibull.density(v[0], v[1], v[2], lg));
        pq(b, "pweibull", 3, (v, lt, lg) -> Weibull.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qweibull", 3, (v, lt, lg) -> Weibull.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dgamma", 3, (v, lg, u) -> Gamma.density(v[0], v[1], v[2], lg));
        pq(b, "pgamma", 3, (v, lt, lg) -> Gamma.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qgamma", 3, (v, lt, lg) -> Gamma.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dchisq", 2, (v, lg, u) -> Gamma.density(v[0], v[1] / 2., 2., lg));
        pq(b, "pchisq", 2, (v, lt, lg) -> Gamma.cdf(v[0], v[1] / 2., 2., lt, lg));
        pq(b, "qchisq", 2, (v, lt, lg) -> Gamma.quantile(v[0], 0.5 * v[1], 2.0, lt, lg));
        d(b, "dbeta", 3, (v, lg, u) -> Beta.density(v[0], v[1], v[2], lg));
        pq(b, "pbeta", 3, (v, lt, lg) -> Beta.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qbeta", 3, (v, lt, lg) -> Beta.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dt", 2, (v, lg, u) -> StudentT.density(v[0], v[1], lg));
        pq(b, "pt", 2, (v, lt, lg) -> StudentT.cdf(v[0], v[1], lt, lg));
        pq(b, "qt", 2, (v, lt, lg) -> StudentT.quantile(v[0], v[1], lt, lg));
        d(b, "df", 3, (v, lg, u) -> FDist.density(v[0], v[1], v[2], lg));
        pq(b, "pf", 3, (v, lt, lg) -> FDist.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qf", 3, (v, lt, lg) -> FDist.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dbinom", 3, (v, lg, u) -> Binomial.density(v[0], v[1], v[2], lg));
        pq(b, "pbinom", 3, (v, lt, lg) -> Binomial.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qbinom", 3, (v, lt, lg) -> Binomial.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dpois", 2, (v, lg, u) -> Poisson.density(v[0], v[1], lg));
        pq(b, "ppois", 2, (v, lt, lg) -> Poisson.cdf(v[0], v[1], lt, lg));
        pq(b, "qpois", 2, (v, lt, lg) -> Poisson.quantile(v[0], v[1], lt, lg));
        d(b, "dnbinom", 3, (v, lg, u) -> NegativeBinomial.density(v[0], v[1], v[2], lg));
        pq(b, "pnbinom", 3, (v, lt, lg) -> NegativeBinomial.cdf(v[0], v[1], v[2], lt, lg));
        pq(b, "qnbinom", 3, (v, lt, lg) -> NegativeBinomial.quantile(v[0], v[1], v[2], lt, lg));
        d(b, "dnbinom_mu", 3, (v, lg, u) -> NegativeBinomial.densityMu(v[0], v[1], v[2], lg));
        pq(b, "pnbinom_mu", 3, (v, lt, lg) -> NegativeBinomial.cdfMu(v[0], v[1], v[2], lt, lg));
        pq(b, "qnbinom_mu", 3, (v, lt, lg) -> NegativeBinomial.quantileMu(v[0], v[1], v[2], lt, lg));
        d(b, "dgeom", 2, (v, lg, u) -> NegativeBinomial.densityGeom(v[0], v[1], lg));
        pq(b, "pgeom", 2, (v, lt, lg) -> NegativeBinomial.cdfGeom(v[0], v[1], lt, lg));
        pq(b, "qgeom", 2, (v, lt, lg) -> NegativeBinomial.quantileGeom(v[0], v[1], lt, lg));
        NoncentralBuiltins.register(b);
    }

    /**
     * Applies fn element-wise to the first k arguments (numeric, recycled); {@code flags} logical
     * arguments follow them (1 = log, 2 = lower.tail and log.p), read as R's asInteger != 0.
     */
    static SEXP math(Interpreter in, SEXP[] a, int k, int flags, Fn fn) {
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
