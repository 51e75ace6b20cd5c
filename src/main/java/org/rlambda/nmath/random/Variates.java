package org.rlambda.nmath.random;

/**
 * The r* deviates of GNU R's src/nmath that are transformations of uniform, normal,
 * exponential, gamma and Poisson deviates (runif.c, rnorm.c, rexp.c, rcauchy.c, rlogis.c,
 * rlnorm.c, rweibull.c, rchisq.c, rnchisq.c, rt.c, rf.c, rgeom.c, rnbinom.c) and the rank
 * statistics (signrank.c, wilcox.c). Each returns NaN for invalid parameters, as GNU R's do,
 * and draws exactly the uniforms GNU R's would.
 */
public final class Variates {
    private Variates() { }

    public static double unif(RandomState rng, double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || b < a) return Double.NaN;
        if (a == b) return a;
        double u;
        do {
            u = rng.unifRand();
        } while (u <= 0 || u >= 1);
        return a + (b - a) * u;
    }

    /** n runif draws with scalar limits, filled in bulk. */
    public static void unif(RandomState rng, double a, double b, double[] out) {
        if (!Double.isFinite(a) || !Double.isFinite(b) || b < a || a == b) {
            for (int i = 0; i < out.length; i++) out[i] = unif(rng, a, b);
            return;
        }
        rng.fillUnif(out, 0, out.length);
        for (int i = 0; i < out.length; i++) out[i] = a + (b - a) * out[i];
    }

    /** n rnorm draws with scalar mean and sd, filled in bulk. */
    public static void norm(RandomState rng, double mu, double sigma, double[] out) {
        if (Double.isNaN(mu) || !Double.isFinite(sigma) || sigma < 0. || sigma == 0. || !Double.isFinite(mu)) {
            for (int i = 0; i < out.length; i++) out[i] = norm(rng, mu, sigma);
            return;
        }
        rng.fillNorm(out);
        for (int i = 0; i < out.length; i++) out[i] = mu + sigma * out[i];
    }

    public static double norm(RandomState rng, double mu, double sigma) {
        if (Double.isNaN(mu) || !Double.isFinite(sigma) || sigma < 0.) return Double.NaN;
        if (sigma == 0. || !Double.isFinite(mu)) return mu;
        return mu + sigma * rng.normRand();
    }

    public static double exp(RandomState rng, double scale) {
        if (!Double.isFinite(scale) || scale <= 0.0) return scale == 0. ? 0. : Double.NaN;
        return scale * rng.expRand();
    }

    public static double cauchy(RandomState rng, double location, double scale) {
        if (Double.isNaN(location) || !Double.isFinite(scale) || scale < 0) return Double.NaN;
        if (scale == 0. || !Double.isFinite(location)) return location;
        return location + scale * Math.tan(Math.PI * rng.unifRand());
    }

    public static double logis(RandomState rng, double location, double scale) {
        if (Double.isNaN(location) || !Double.isFinite(scale)) return Double.NaN;
        if (scale == 0. || !Double.isFinite(location)) return location;
        double u = rng.unifRand();
        return location + scale * Math.log(u / (1. - u));
    }

    public static double lnorm(RandomState rng, double meanlog, double sdlog) {
        if (Double.isNaN(meanlog) || !Double.isFinite(sdlog) || sdlog < 0.) return Double.NaN;
        return Math.exp(norm(rng, meanlog, sdlog));
    }

    public static double weibull(RandomState rng, double shape, double scale) {
        if (!Double.isFinite(shape) || !Double.isFinite(scale) || shape <= 0. || scale <= 0.) {
            return scale == 0. ? 0. : Double.NaN;
        }
        return scale * Math.pow(-Math.log(rng.unifRand()), 1.0 / shape);
    }

    public static double chisq(RandomState rng, double df) {
        if (!Double.isFinite(df) || df < 0.0) return Double.NaN;
        return GammaVariate.draw(rng, df / 2.0, 2.0);
    }

    /** Non-central chi-squared: a Poisson mixture of central ones. */
    public static double nchisq(RandomState rng, double df, double lambda) {
        if (Double.isNaN(df) || !Double.isFinite(lambda) || df < 0. || lambda < 0.) return Double.NaN;
        if (lambda == 0.) return df == 0. ? 0. : GammaVariate.draw(rng, df / 2., 2.);
        double r = PoissonVariate.draw(rng, lambda / 2.);
        if (r > 0.) r = chisq(rng, 2. * r);
        if (df > 0.) r += GammaVariate.draw(rng, df / 2., 2.);
        return r;
    }

    public static double t(RandomState rng, double df) {
        if (Double.isNaN(df) || df <= 0.0) return Double.NaN;
        if (!Double.isFinite(df)) return rng.normRand();
        double num = rng.normRand();
        return num / Math.sqrt(chisq(rng, df) / df);
    }

    public static double f(RandomState rng, double n1, double n2) {
        if (Double.isNaN(n1) || Double.isNaN(n2) || n1 <= 0. || n2 <= 0.) return Double.NaN;
        double v1 = Double.isFinite(n1) ? chisq(rng, n1) / n1 : 1;
        double v2 = Double.isFinite(n2) ? chisq(rng, n2) / n2 : 1;
        return v1 / v2;
    }

    public static double geom(RandomState rng, double p) {
        if (!Double.isFinite(p) || p <= 0 || p > 1) return Double.NaN;
        return PoissonVariate.draw(rng, rng.expRand() * ((1 - p) / p));
    }

    /** Negative binomial as a gamma mixture of Poissons. */
    public static double nbinom(RandomState rng, double size, double prob) {
        if (!Double.isFinite(prob) || Double.isNaN(size) || size <= 0 || prob <= 0 || prob > 1) return Double.NaN;
        if (!Double.isFinite(size)) size = Double.MAX_VALUE / 2.;
        return prob == 1 ? 0 : PoissonVariate.draw(rng, GammaVariate.draw(rng, size, (1 - prob) / prob));
    }

    public static double nbinomMu(RandomState rng, double size, double mu) {
        if (!Double.isFinite(mu) || Double.isNaN(size) || size <= 0 || mu < 0) return Double.NaN;
        if (!Double.isFinite(size)) size = Double.MAX_VALUE / 2.;
        return mu == 0 ? 0 : PoissonVariate.draw(rng, GammaVariate.draw(rng, size, mu / size));
    }

    /** Wilcoxon signed rank statistic: each rank 1..n enters with probability 1/2. */
    public static double signrank(RandomState rng, double n) {
        if (Double.isNaN(n)) return n;
        n = Math.rint(n);
        if (n < 0) return Double.NaN;
        if (n == 0) return 0;
        double r = 0.0;
        int k = (int) n;
        for (int i = 0; i < k; ) r += (++i) * Math.floor(rng.unifRand() + 0.5);
        return r;
    }

    /** Wilcoxon rank sum statistic: the ranks of n of m + n items drawn without replacement. */
    public static double wilcox(RandomState rng, double m, double n) {
        if (Double.isNaN(m) || Double.isNaN(n)) return m + n;
        m = Math.rint(m);
        n = Math.rint(n);
        if (m < 0 || n < 0) return Double.NaN;
        if (m == 0 || n == 0) return 0;
        int k = (int) (m + n);
        int[] x = new int[k];
        for (int i = 0; i < k; i++) x[i] = i;
        double r = 0.0;
        for (int i = 0; i < n; i++) {
            int j = (int) rng.unifIndex(k);
            r += x[j];
            x[j] = x[--k];
        }
        return r - n * (n - 1) / 2;
    }
}
