package org.rlambda.nmath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values printed by GNU R 4.2.2 with digits = 17. */
class DistributionTest {
    private static void close(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 4e-15 + 1e-300);
    }

    @Test
    void qnormIsAs241() {
        assertEquals(-1.9599639845400538, Normal.quantile(0.025, 0, 1, true, false));
        assertEquals(0.0, Normal.quantile(0.5, 0, 1, true, false));
        assertEquals(1.2815515655446008, Normal.quantile(0.9, 0, 1, true, false));
        close(-7.0344838253011321, Normal.quantile(1e-12, 0, 1, true, false));
        assertEquals(Double.NEGATIVE_INFINITY, Normal.quantile(0, 0, 1, true, false));
        assertEquals(Double.NaN, Normal.quantile(2, 0, 1, true, false));
    }

    @Test
    void pnormIsCody() {
        close(0.024997895148220428, Normal.cdf(-1.96, 0, 1, true, false));
        assertEquals(0.5, Normal.cdf(0, 0, 1, true, false));
        close(0.841344746068542926, Normal.cdf(1, 0, 1, true, false));
        close(0.999999999998720135, Normal.cdf(7, 0, 1, true, false));
        assertEquals(0.0, Normal.cdf(-40, 0, 1, true, false));
    }

    @Test
    void dnormIncludingTheSplitTail() {
        close(3.9894228040143270e-01, Normal.density(0, 0, 1, false));
        close(2.4197072451914337e-01, Normal.density(1, 0, 1, false));
        close(6.0758828498232861e-09, Normal.density(6, 0, 1, false));
    }

    @Test
    void binomialAndPoisson() {
        double[] db = {0.02824752489999998, 0.12106082099999992, 0.23347444049999999, 0.26682793199999993};
        for (int i = 0; i < 4; i++) close(db[i], Binomial.density(i, 10, 0.3, false));
        close(0.64961071840000018, Binomial.cdf(3, 10, 0.3, true, false));
        double[] dp = {0.08208499862389880, 0.20521249655974699, 0.25651562069968376, 0.21376301724973648};
        for (int i = 0; i < 4; i++) close(dp[i], Poisson.density(i, 2.5, false));
        close(0.75757613313306593, Poisson.cdf(3, 2.5, true, false));
    }
}
