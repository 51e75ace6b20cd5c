package org.rlambda.stats;

import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;

/**
 * The compiled parts of the glm families (models.R): the logit link, its inverse and
 * derivative with GNU R's thresholds, and the binomial deviance residuals. Follows
 * src/library/stats/src/family.c.
 */
public final class ModelFamilies {
    private static final double EPS = 2.220446049250313e-16;
    private static final double THRESH = 30, MTHRESH = -30, INVEPS = 1 / EPS;

    private ModelFamilies() { }

    public static void register(Builtins b) {
        b.add(".rlambda_logit_link", "mu", (in, call, a, rho) -> map(in, call, a[0], ModelFamilies::logit, true));
        b.add(".rlambda_logit_linkinv", "eta", (in, call, a, rho) -> map(in, call, a[0], ModelFamilies::logitInverse, false));
        b.add(".rlambda_logit_mu_eta", "eta", (in, call, a, rho) -> map(in, call, a[0], ModelFamilies::logitMuEta, false));
        b.add(".rlambda_binomial_dev_resids", "y, mu, wt", (in, call, a, rho) -> devResids(in, call, a[0], a[1], a[2]));
    }

    private interface Fn { double apply(Interpreter in, Call call, double x); }

    private static SEXP map(Interpreter in, Call call, SEXP x, Fn f, boolean isLink) {
        if (!(x.type() == SexpType.DOUBLE)) throw in.errorInCurrentCall(isLink ? "Argument mu must be a nonempty numeric vector"
                : "Argument eta must be a nonempty numeric vector");
        double[] v = ((DoubleVector) x).values();
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = f.apply(in, call, v[i]);
        DoubleVector out = new DoubleVector(r);
        out.copyAttributesFrom(x);
        return out;
    }

    private static double logit(Interpreter in, Call call, double mu) {
        if (mu < 0 || mu > 1) throw in.errorInCurrentCall("Value " + new java.math.BigDecimal(mu).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString() + " out of range (0, 1)");
        return Math.log(mu / (1 - mu));
    }

    private static double logitInverse(Interpreter in, Call call, double eta) {
        double tmp = eta < MTHRESH ? EPS : eta > THRESH ? INVEPS : Math.exp(eta);
        return tmp / (1 + tmp);
    }

    private static double logitMuEta(Interpreter in, Call call, double eta) {
        double opexp = 1 + Math.exp(eta);
        return eta > THRESH || eta < MTHRESH ? EPS : Math.exp(eta) / (opexp * opexp);
    }

    private static double yLogY(double y, double mu) {
        return y != 0 ? y * Math.log(y / mu) : 0;
    }

    private static SEXP devResids(Interpreter in, Call call, SEXP ys, SEXP mus, SEXP wts) {
        double[] y = ((DoubleVector) Coercion.to(in, ys, SexpType.DOUBLE)).values();
        double[] mu = ((DoubleVector) Coercion.to(in, mus, SexpType.DOUBLE)).values();
        double[] wt = ((DoubleVector) Coercion.to(in, wts, SexpType.DOUBLE)).values();
        int n = y.length, lmu = mu.length, lwt = wt.length;
        if (lmu != n && lmu != 1)
            throw in.errorInCurrentCall("argument mu must be a numeric vector of length 1 or length " + n);
        if (lwt != n && lwt != 1)
            throw in.errorInCurrentCall("argument wt must be a numeric vector of length 1 or length " + n);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double m = mu[lmu > 1 ? i : 0], w = wt[lwt > 1 ? i : 0], yi = y[i];
            r[i] = 2 * w * (yLogY(yi, m) + yLogY(1 - yi, 1 - m));
        }
        DoubleVector out = new DoubleVector(r);
        out.copyAttributesFrom(ys);
        return out;
    }
}
