package org.rlambda.nmath.random;

/** The standard exponential deviate of GNU R's src/nmath/sexp.c: Ahrens and Dieter's (1972) algorithm SA. */
final class Exponential {
    private Exponential() { }

    /** q[k-1] = sum of log(2)^i / i! for i = 1..k. */
    private static final double[] Q = {
        0.6931471805599453, 0.9333736875190459, 0.9888777961838675, 0.9984959252914960,
        0.9998292811061389, 0.9999833164100727, 0.9999985691438767, 0.9999998906925558,
        0.9999999924734159, 0.9999999995283275, 0.9999999999728814, 0.9999999999985598,
        0.9999999999999289, 0.9999999999999968, 0.9999999999999999, 1.0000000000000000
    };

    static double standard(RandomState rng) {
        double a = 0.0;
        double u = rng.unifRand();
        while (u <= 0.0 || u >= 1.0) u = rng.unifRand();
        while (true) {
            u += u;
            if (u > 1.0) break;
            a += Q[0];
        }
        u -= 1.0;
        if (u <= Q[0]) return a + u;
        int i = 0;
        double umin = rng.unifRand();
        do {
            double ustar = rng.unifRand();
            if (ustar < umin) umin = ustar;
            i++;
        } while (u > Q[i]);
        return a + umin * Q[0];
    }
}
