package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.nmath.Hypergeometric;
import org.rlambda.nmath.NoncentralBeta;
import org.rlambda.nmath.NoncentralChiSquared;
import org.rlambda.nmath.NoncentralT;
import org.rlambda.nmath.SignRank;
import org.rlambda.nmath.Tukey;
import org.rlambda.nmath.Wilcoxon;

/** The kernels of the noncentral and the four-parameter distributions (see DistributionBuiltins). */
final class NoncentralBuiltins {
    private NoncentralBuiltins() { }

    private static void reg(Builtins b, String name, int k, int flags, DistributionBuiltins.Fn fn) {
        b.add(".C_" + name, (in, call, args, names, rho) -> DistributionBuiltins.math(in, args, k, flags, fn));
    }

    static void register(Builtins b) {
        reg(b, "dnbeta", 4, 1, (v, lg, u) -> NoncentralBeta.density(v[0], v[1], v[2], v[3], lg));
        reg(b, "pnbeta", 4, 2, (v, lt, lg) -> NoncentralBeta.cdf(v[0], v[1], v[2], v[3], lt, lg));
        reg(b, "qnbeta", 4, 2, (v, lt, lg) -> NoncentralBeta.quantile(v[0], v[1], v[2], v[3], lt, lg));
        reg(b, "dnf", 4, 1, (v, lg, u) -> NoncentralBeta.densityF(v[0], v[1], v[2], v[3], lg));
        reg(b, "pnf", 4, 2, (v, lt, lg) -> NoncentralBeta.cdfF(v[0], v[1], v[2], v[3], lt, lg));
        reg(b, "qnf", 4, 2, (v, lt, lg) -> NoncentralBeta.quantileF(v[0], v[1], v[2], v[3], lt, lg));
        reg(b, "dnchisq", 3, 1, (v, lg, u) -> NoncentralChiSquared.density(v[0], v[1], v[2], lg));
        reg(b, "pnchisq", 3, 2, (v, lt, lg) -> NoncentralChiSquared.cdf(v[0], v[1], v[2], lt, lg));
        reg(b, "qnchisq", 3, 2, (v, lt, lg) -> NoncentralChiSquared.quantile(v[0], v[1], v[2], lt, lg));
        reg(b, "dnt", 3, 1, (v, lg, u) -> NoncentralT.density(v[0], v[1], v[2], lg));
        reg(b, "pnt", 3, 2, (v, lt, lg) -> NoncentralT.cdf(v[0], v[1], v[2], lt, lg));
        reg(b, "qnt", 3, 2, (v, lt, lg) -> NoncentralT.quantile(v[0], v[1], v[2], lt, lg));
        reg(b, "dhyper", 4, 1, (v, lg, u) -> Hypergeometric.density(v[0], v[1], v[2], v[3], lg));
        reg(b, "phyper", 4, 2, (v, lt, lg) -> Hypergeometric.cdf(v[0], v[1], v[2], v[3], lt, lg));
        reg(b, "ptukey", 4, 2, (v, lt, lg) -> Tukey.cdf(v[0], v[1], v[2], v[3], lt, lg));
        reg(b, "qtukey", 4, 2, (v, lt, lg) -> Tukey.quantile(v[0], v[1], v[2], v[3], lt, lg));
        reg(b, "dsignrank", 2, 1, (v, lg, u) -> SignRank.density(v[0], v[1], lg));
        reg(b, "psignrank", 2, 2, (v, lt, lg) -> SignRank.cdf(v[0], v[1], lt, lg));
        reg(b, "qsignrank", 2, 2, (v, lt, lg) -> SignRank.quantile(v[0], v[1], lt, lg));
        reg(b, "dwilcox", 3, 1, (v, lg, u) -> Wilcoxon.density(v[0], v[1], v[2], lg));
        reg(b, "pwilcox", 3, 2, (v, lt, lg) -> Wilcoxon.cdf(v[0], v[1], v[2], lt, lg));
        reg(b, "qwilcox", 3, 2, (v, lt, lg) -> Wilcoxon.quantile(v[0], v[1], v[2], lt, lg));
        reg(b, "qhyper", 4, 2, (v, lt, lg) -> Hypergeometric.quantile(v[0], v[1], v[2], v[3], lt, lg));
    }
}
