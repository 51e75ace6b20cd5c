package org.rlambda.nmath.random;

/**
 * The random factor of a standard Wishart matrix (Bartlett's decomposition) as GNU R's
 * src/library/stats/src/rWishart.c draws it: column by column, the square root of a
 * chi-squared deviate on the diagonal and standard normals above it.
 */
public final class Wishart {
    private Wishart() { }

    /** The p x p upper triangular factor (column-major) for nu degrees of freedom. */
    public static double[] upperFactor(RandomState rng, double nu, int p) {
        if (nu < (double) p || p <= 0) throw new RandomException("inconsistent degrees of freedom and dimension");
        double[] ans = new double[p * p];
        for (int j = 0; j < p; j++) {
            ans[j * (p + 1)] = Math.sqrt(Variates.chisq(rng, nu - (double) j));
            for (int i = 0; i < j; i++) ans[i + j * p] = rng.normRand();
        }
        return ans;
    }
}
