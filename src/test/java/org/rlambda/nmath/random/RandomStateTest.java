package org.rlambda.nmath.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers printed by GNU R 4.2.2 with print(x, digits = 17) after the same set.seed. */
class RandomStateTest {
    private static double[] draw(int n, java.util.function.DoubleSupplier s) {
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = s.getAsDouble();
        return r;
    }

    @Test
    void setSeedScramblesLikeR() {
        int[] v = RandomState.seeded(42).seedVector();
        assertEquals(627 - 1, v.length);
        assertArrayEquals(new int[] {10403, 624, 507561766, 1260545903}, java.util.Arrays.copyOf(v, 4));
    }

    @Test
    void runifMatchesR() {
        RandomState r = RandomState.seeded(42);
        assertArrayEquals(new double[] {0.91480604349635541, 0.93707541329786181, 0.28613953478634357},
            draw(3, r::unifRand));
    }

    @Test
    void rnormByInversionMatchesR() {
        RandomState r = RandomState.seeded(42);
        assertArrayEquals(new double[] {1.37095844714666848, -0.56469817139608869, 0.36312841133733920,
            0.63286260496104041, 0.40426832314099903}, draw(5, r::normRand));
    }

    @Test
    void rexpMatchesR() {
        RandomState r = RandomState.seeded(1);
        assertArrayEquals(new double[] {0.75518183312834519, 1.18164277910710602, 0.14570672670379281,
            0.13979526186849781}, draw(4, r::expRand));
    }

    @Test
    void samplePermutationUsesRejectionSampling() {
        assertArrayEquals(new int[] {3, 10, 2, 8, 6, 9, 1, 7, 5, 4}, Sampling.uniform(RandomState.seeded(123), 10, 10, false));
        assertArrayEquals(new int[] {31, 79, 51, 14, 67}, Sampling.uniform(RandomState.seeded(123), 100, 5, true));
    }

    @Test
    void rbinomSmallAndLargeMeans() {
        RandomState r = RandomState.seeded(7);
        assertArrayEquals(new double[] {42, 39, 39, 40, 41, 46}, draw(6, () -> BinomialVariate.draw(r, 100, 0.4)));
        RandomState s = RandomState.seeded(7);
        assertArrayEquals(new double[] {6, 3, 1, 1, 2, 4}, draw(6, () -> BinomialVariate.draw(s, 10, 0.3)));
    }

    @Test
    void rpoisTableAndNormalApproximation() {
        RandomState r = RandomState.seeded(9);
        assertArrayEquals(new double[] {2, 0, 2, 2, 3, 1}, draw(6, () -> PoissonVariate.draw(r, 3)));
        RandomState s = RandomState.seeded(9);
        assertArrayEquals(new double[] {44, 44, 48, 53, 41, 46}, draw(6, () -> PoissonVariate.draw(s, 50)));
    }

    @Test
    void sampleWithProbabilities() {
        double[] p = {.1, .2, .3, .2, .2};
        Sampling.normalise(p, 10, true);
        assertArrayEquals(new int[] {3, 5, 2, 2, 4, 4, 3, 3, 4, 4}, Sampling.withProbabilities(RandomState.seeded(3), p, 10, true));
        double[] q = {.1, .2, .3, .2, .2};
        Sampling.normalise(q, 3, false);
        assertArrayEquals(new int[] {3, 5, 2}, Sampling.withProbabilities(RandomState.seeded(3), q, 3, false));
    }

    @Test
    void walkerAliasForManyProbabilities() {
        double[] p = new double[300];
        java.util.Arrays.fill(p, 1);
        Sampling.normalise(p, 10, true);
        assertArrayEquals(new int[] {185, 203, 297, 222, 294, 16, 128, 220, 85, 113},
            Sampling.withProbabilities(RandomState.seeded(5), p, 10, true));
    }
}
