package org.rlambda.nmath.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Each uniform and normal kind after set.seed(42); expected values printed by GNU R 4.2.2 with
 * {@code set.seed(42, kind = K); sprintf("%.17g", runif(3)); head(.Random.seed, 3)} and
 * {@code set.seed(42, normal.kind = N); sprintf("%.17g", rnorm(3))}.
 */
class GeneratorKindsTest {
    private static RandomState seeded(RngKind kind, int seed) {
        RandomState r = new RandomState();
        r.init(kind, seed);
        return r;
    }

    private static double[] uniforms(RandomState r, int n) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) u[i] = r.unifRand();
        return u;
    }

    private static double[] normals(NormalKind kind, int n) {
        RandomState r = RandomState.seeded(42);
        r.normalKind = kind;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) z[i] = r.normRand();
        return z;
    }

    @Test
    void wichmannHill() {
        RandomState r = seeded(RngKind.WICHMANN_HILL, 42);
        assertArrayEquals(new double[] {0.25080964353400526, 0.76180334436303976, 0.20390793930585005}, uniforms(r, 3));
        assertArrayEquals(new int[] {10400, 20978, 24010}, java.util.Arrays.copyOf(r.seedVector(), 3));
    }

    @Test
    void marsagliaMulticarry() {
        RandomState r = seeded(RngKind.MARSAGLIA_MULTICARRY, 42);
        assertArrayEquals(new double[] {0.32313144959582274, 0.44243435245995266, 0.3247694876801151}, uniforms(r, 3));
        assertArrayEquals(new int[] {10401, 1071928100, 445585368}, r.seedVector());
    }

    @Test
    void superDuper() {
        RandomState r = seeded(RngKind.SUPER_DUPER, 42);
        assertArrayEquals(new double[] {0.77287973015869016, 0.83845173400790685, 0.26114779577151581}, uniforms(r, 3));
        assertArrayEquals(new int[] {10402, 1646554249, 553580659}, r.seedVector());
    }

    @Test
    void knuthTaocp1997InitialisationAndRefill() {
        RandomState r = seeded(RngKind.KNUTH_TAOCP, 42);
        assertArrayEquals(new double[] {0.016140771098434932, 0.092272087931633037, 0.55055114254355453}, uniforms(r, 3));
        assertArrayEquals(new int[] {10404, 17331021, 99076400}, java.util.Arrays.copyOf(r.seedVector(), 3));
        assertEquals(102, r.seedVector().length);
    }

    @Test
    void knuthTaocp2002() {
        RandomState r = seeded(RngKind.KNUTH_TAOCP2, 42);
        assertArrayEquals(new double[] {0.12766297906637197, 0.5334160113707187, 0.44854571390897058}, uniforms(r, 3));
        assertArrayEquals(new int[] {10406, 137077080, 572751081}, java.util.Arrays.copyOf(r.seedVector(), 3));
    }

    @Test
    void lecuyerCmrg() {
        RandomState r = seeded(RngKind.LECUYER_CMRG, 42);
        assertArrayEquals(new double[] {0.17384558454153168, 0.55474009676509084, 0.48337712221370116}, uniforms(r, 3));
        assertArrayEquals(new int[] {10407, 1428141413, 1652992521}, java.util.Arrays.copyOf(r.seedVector(), 3));
    }

    @Test
    void boxMullerKeepsTheSecondOfAPair() {
        assertArrayEquals(new double[] {0.3101008111337083, -0.18390355990972687, -0.13723045425473249},
            normals(NormalKind.BOX_MULLER, 3));
    }

    @Test
    void ahrensDieter() {
        assertArrayEquals(new double[] {-1.2730847001390393, -1.4146570321720133, 0.73931218924161357},
            normals(NormalKind.AHRENS_DIETER, 3));
    }

    @Test
    void kindermanRamageAndItsBuggyOriginalDifferInTheSlope() {
        assertArrayEquals(new double[] {-0.79604712330585214, 1.2877187203943097, 0.71745084075027032},
            normals(NormalKind.KINDERMAN_RAMAGE, 3));
        assertArrayEquals(new double[] {-0.79604712330585214, 1.2877187203899294, 0.71745084074753251},
            normals(NormalKind.BUGGY_KINDERMAN_RAMAGE, 3));
    }

    @Test
    void gammaBetaAndHypergeometricDrawsFollowTheStream() {
        RandomState r = RandomState.seeded(42);
        double[] g = new double[3], b = new double[3], h = new double[5], hl = new double[3];
        for (int i = 0; i < 3; i++) g[i] = GammaVariate.draw(r, 0.5, 1);
        for (int i = 0; i < 3; i++) b[i] = BetaVariate.draw(r, 0.5, 0.5);
        for (int i = 0; i < 5; i++) h[i] = HypergeometricVariate.draw(r, 10, 7, 8);
        for (int i = 0; i < 3; i++) hl[i] = HypergeometricVariate.draw(r, 5000, 3000, 4000);
        assertArrayEquals(new double[] {0.76051683481073429, 0.29369752276972361, 1.8663435236133064}, g);
        assertArrayEquals(new double[] {0.57498787450504629, 0.00049518269167560551, 0.54988110499878329}, b);
        assertArrayEquals(new double[] {3, 6, 2, 3, 6}, h);
        assertArrayEquals(new double[] {2506, 2456, 2528}, hl);
    }
}
