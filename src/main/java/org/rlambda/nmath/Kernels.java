package org.rlambda.nmath;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every d/p/q kernel and special function of this package under the name of its GNU R C entry
 * point (dnorm, pnbeta, qnbinom_mu, ...): the one table that stats' builtins and the accuracy
 * grid test both use.
 */
public final class Kernels {
    private Kernels() { }

    /** A kernel of {@code arity} numbers; flag1 is log (d) or lower.tail (p, q), flag2 is log.p. */
    @FunctionalInterface
    public interface Fn {
        double apply(double[] v, boolean flag1, boolean flag2);
    }

    /** flags: 0 = none (special functions), 1 = log, 2 = lower.tail and log.p. */
    public record Kernel(String name, int arity, int flags, Fn fn) { }

    private static final Map<String, Kernel> ALL = new LinkedHashMap<>();

    public static Map<String, Kernel> all() { return ALL; }

    public static Kernel get(String name) { return ALL.get(name); }

    private static void d(String name, int k, Fn fn) { ALL.put(name, new Kernel(name, k, 1, fn)); }

    private static void pq(String name, int k, Fn fn) { ALL.put(name, new Kernel(name, k, 2, fn)); }

    private static void f(String name, int k, Fn fn) { ALL.put(name, new Kernel(name, k, 0, fn)); }

    static {
        d("dnorm", 3, (v, lg, u) -> Normal.density(v[0], v[1], v[2], lg));
        pq("pnorm", 3, (v, lt, lg) -> Normal.cdf(v[0], v[1], v[2], lt, lg));
        pq("qnorm", 3, (v, lt, lg) -> Normal.quantile(v[0], v[1], v[2], lt, lg));
        d("dlnorm", 3, (v, lg, u) -> LogNormal.density(v[0], v[1], v[2], lg));
        pq("plnorm", 3, (v, lt, lg) -> LogNormal.cdf(v[0], v[1], v[2], lt, lg));
        pq("qlnorm", 3, (v, lt, lg) -> LogNormal.quantile(v[0], v[1], v[2], lt, lg));
        d("dunif", 3, (v, lg, u) -> Uniform.density(v[0], v[1], v[2], lg));
        pq("punif", 3, (v, lt, lg) -> Uniform.cdf(v[0], v[1], v[2], lt, lg));
        pq("qunif", 3, (v, lt, lg) -> Uniform.quantile(v[0], v[1], v[2], lt, lg));
        d("dexp", 2, (v, lg, u) -> Exponential.density(v[0], v[1], lg));
        pq("pexp", 2, (v, lt, lg) -> Exponential.cdf(v[0], v[1], lt, lg));
        pq("qexp", 2, (v, lt, lg) -> Exponential.quantile(v[0], v[1], lt, lg));
        d("dcauchy", 3, (v, lg, u) -> Cauchy.density(v[0], v[1], v[2], lg));
        pq("pcauchy", 3, (v, lt, lg) -> Cauchy.cdf(v[0], v[1], v[2], lt, lg));
        pq("qcauchy", 3, (v, lt, lg) -> Cauchy.quantile(v[0], v[1], v[2], lt, lg));
        d("dlogis", 3, (v, lg, u) -> Logistic.density(v[0], v[1], v[2], lg));
        pq("plogis", 3, (v, lt, lg) -> Logistic.cdf(v[0], v[1], v[2], lt, lg));
        pq("qlogis", 3, (v, lt, lg) -> Logistic.quantile(v[0], v[1], v[2], lt, lg));
        d("dweibull", 3, (v, lg, u) -> Weibull.density(v[0], v[1], v[2], lg));
        pq("pweibull", 3, (v, lt, lg) -> Weibull.cdf(v[0], v[1], v[2], lt, lg));
        pq("qweibull", 3, (v, lt, lg) -> Weibull.quantile(v[0], v[1], v[2], lt, lg));
        d("dgamma", 3, (v, lg, u) -> Gamma.density(v[0], v[1], v[2], lg));
        pq("pgamma", 3, (v, lt, lg) -> Gamma.cdf(v[0], v[1], v[2], lt, lg));
        pq("qgamma", 3, (v, lt, lg) -> Gamma.quantile(v[0], v[1], v[2], lt, lg));
        d("dchisq", 2, (v, lg, u) -> Gamma.density(v[0], v[1] / 2., 2., lg));
        pq("pchisq", 2, (v, lt, lg) -> Gamma.cdf(v[0], v[1] / 2., 2., lt, lg));
        pq("qchisq", 2, (v, lt, lg) -> Gamma.quantile(v[0], 0.5 * v[1], 2.0, lt, lg));
        d("dbeta", 3, (v, lg, u) -> Beta.density(v[0], v[1], v[2], lg));
        pq("pbeta", 3, (v, lt, lg) -> Beta.cdf(v[0], v[1], v[2], lt, lg));
        pq("qbeta", 3, (v, lt, lg) -> Beta.quantile(v[0], v[1], v[2], lt, lg));
        d("dt", 2, (v, lg, u) -> StudentT.density(v[0], v[1], lg));
        pq("pt", 2, (v, lt, lg) -> StudentT.cdf(v[0], v[1], lt, lg));
        pq("qt", 2, (v, lt, lg) -> StudentT.quantile(v[0], v[1], lt, lg));
        d("df", 3, (v, lg, u) -> FDist.density(v[0], v[1], v[2], lg));
        pq("pf", 3, (v, lt, lg) -> FDist.cdf(v[0], v[1], v[2], lt, lg));
        pq("qf", 3, (v, lt, lg) -> FDist.quantile(v[0], v[1], v[2], lt, lg));
        d("dbinom", 3, (v, lg, u) -> Binomial.density(v[0], v[1], v[2], lg));
        pq("pbinom", 3, (v, lt, lg) -> Binomial.cdf(v[0], v[1], v[2], lt, lg));
        pq("qbinom", 3, (v, lt, lg) -> Binomial.quantile(v[0], v[1], v[2], lt, lg));
        d("dpois", 2, (v, lg, u) -> Poisson.density(v[0], v[1], lg));
        pq("ppois", 2, (v, lt, lg) -> Poisson.cdf(v[0], v[1], lt, lg));
        pq("qpois", 2, (v, lt, lg) -> Poisson.quantile(v[0], v[1], lt, lg));
        d("dnbinom", 3, (v, lg, u) -> NegativeBinomial.density(v[0], v[1], v[2], lg));
        pq("pnbinom", 3, (v, lt, lg) -> NegativeBinomial.cdf(v[0], v[1], v[2], lt, lg));
        pq("qnbinom", 3, (v, lt, lg) -> NegativeBinomial.quantile(v[0], v[1], v[2], lt, lg));
        d("dnbinom_mu", 3, (v, lg, u) -> NegativeBinomial.densityMu(v[0], v[1], v[2], lg));
        pq("pnbinom_mu", 3, (v, lt, lg) -> NegativeBinomial.cdfMu(v[0], v[1], v[2], lt, lg));
        pq("qnbinom_mu", 3, (v, lt, lg) -> NegativeBinomial.quantileMu(v[0], v[1], v[2], lt, lg));
        d("dgeom", 2, (v, lg, u) -> NegativeBinomial.densityGeom(v[0], v[1], lg));
        pq("pgeom", 2, (v, lt, lg) -> NegativeBinomial.cdfGeom(v[0], v[1], lt, lg));
        pq("qgeom", 2, (v, lt, lg) -> NegativeBinomial.quantileGeom(v[0], v[1], lt, lg));
        d("dhyper", 4, (v, lg, u) -> Hypergeometric.density(v[0], v[1], v[2], v[3], lg));
        pq("phyper", 4, (v, lt, lg) -> Hypergeometric.cdf(v[0], v[1], v[2], v[3], lt, lg));
        pq("qhyper", 4, (v, lt, lg) -> Hypergeometric.quantile(v[0], v[1], v[2], v[3], lt, lg));
        d("dnbeta", 4, (v, lg, u) -> NoncentralBeta.density(v[0], v[1], v[2], v[3], lg));
        pq("pnbeta", 4, (v, lt, lg) -> NoncentralBeta.cdf(v[0], v[1], v[2], v[3], lt, lg));
        pq("qnbeta", 4, (v, lt, lg) -> NoncentralBeta.quantile(v[0], v[1], v[2], v[3], lt, lg));
        d("dnf", 4, (v, lg, u) -> NoncentralBeta.densityF(v[0], v[1], v[2], v[3], lg));
        pq("pnf", 4, (v, lt, lg) -> NoncentralBeta.cdfF(v[0], v[1], v[2], v[3], lt, lg));
        pq("qnf", 4, (v, lt, lg) -> NoncentralBeta.quantileF(v[0], v[1], v[2], v[3], lt, lg));
        d("dnchisq", 3, (v, lg, u) -> NoncentralChiSquared.density(v[0], v[1], v[2], lg));
        pq("pnchisq", 3, (v, lt, lg) -> NoncentralChiSquared.cdf(v[0], v[1], v[2], lt, lg));
        pq("qnchisq", 3, (v, lt, lg) -> NoncentralChiSquared.quantile(v[0], v[1], v[2], lt, lg));
        d("dnt", 3, (v, lg, u) -> NoncentralT.density(v[0], v[1], v[2], lg));
        pq("pnt", 3, (v, lt, lg) -> NoncentralT.cdf(v[0], v[1], v[2], lt, lg));
        pq("qnt", 3, (v, lt, lg) -> NoncentralT.quantile(v[0], v[1], v[2], lt, lg));
        pq("ptukey", 4, (v, lt, lg) -> Tukey.cdf(v[0], v[1], v[2], v[3], lt, lg));
        pq("qtukey", 4, (v, lt, lg) -> Tukey.quantile(v[0], v[1], v[2], v[3], lt, lg));
        d("dsignrank", 2, (v, lg, u) -> SignRank.density(v[0], v[1], lg));
        pq("psignrank", 2, (v, lt, lg) -> SignRank.cdf(v[0], v[1], lt, lg));
        pq("qsignrank", 2, (v, lt, lg) -> SignRank.quantile(v[0], v[1], lt, lg));
        d("dwilcox", 3, (v, lg, u) -> Wilcoxon.density(v[0], v[1], v[2], lg));
        pq("pwilcox", 3, (v, lt, lg) -> Wilcoxon.cdf(v[0], v[1], v[2], lt, lg));
        pq("qwilcox", 3, (v, lt, lg) -> Wilcoxon.quantile(v[0], v[1], v[2], lt, lg));
        f("gamma", 1, (v, a, b) -> GammaFunctions.gamma(v[0]));
        f("lgamma", 1, (v, a, b) -> GammaFunctions.lgamma(v[0]));
        f("digamma", 1, (v, a, b) -> Polygamma.digamma(v[0]));
        f("trigamma", 1, (v, a, b) -> Polygamma.trigamma(v[0]));
        f("psigamma", 2, (v, a, b) -> Polygamma.psigamma(v[0], v[1]));
        f("beta", 2, (v, a, b) -> GammaFunctions.beta(v[0], v[1]));
        f("lbeta", 2, (v, a, b) -> GammaFunctions.lbeta(v[0], v[1]));
        f("choose", 2, (v, a, b) -> GammaFunctions.choose(v[0], v[1]));
        f("lchoose", 2, (v, a, b) -> GammaFunctions.lchoose(v[0], v[1]));
    }
}
