package org.rlambda.nmath.random;

/**
 * Poisson deviates as GNU R's src/nmath/rpois.c draws them: table inversion for means below
 * 10, Ahrens and Dieter's (1982) PD algorithm (normal sample with squeeze, quotient and
 * Laplace-hat acceptance) above.
 */
public final class PoissonVariate {
    private PoissonVariate() { }

    private static final double M_1_SQRT_2PI = 0.398942280401432677939946059934;

    private static final double[] FACT = {1., 1., 2., 6., 24., 120., 720., 5040., 40320., 362880.};
    private static final double A0 = -0.5, A1 = 0.3333333, A2 = -0.2500068, A3 = 0.2000118,
        A4 = -0.1661269, A5 = 0.1421878, A6 = -0.1384794, A7 = 0.1250060;

    /** One Poisson variate (R's rpois): table inversion below mean 10, Ahrens and Dieter (1982) PD above. */
    public static double draw(RandomState rng, double mu) {
        if (Double.isNaN(mu) || Double.isInfinite(mu) || mu < 0) return Double.NaN;
        if (mu <= 0.) return 0.;
        if (mu < 10.) return poissonByTable(rng, mu);
        double s = Math.sqrt(mu);
        double d = 6. * mu * mu;
        double bigL = Math.floor(mu - 1.1484);
        double pois = -1., fk = 0., difmuk = 0., u = 0.;
        // Step N: normal sample
        double g = mu + s * rng.normRand();
        if (g >= 0.) {
            pois = Math.floor(g);
            if (pois >= bigL) return pois;               // Step I: immediate acceptance
            fk = pois;
            difmuk = mu - fk;
            u = rng.unifRand();
            if (d * u >= difmuk * difmuk * difmuk) return pois; // Step S: squeeze
        }
        // Step P: constants of the Hermite approximation to the discrete normal
        double omega = M_1_SQRT_2PI / s;
        double b1 = 0.0416666666666666667 / mu;
        double b2 = 0.3 * b1 * b1;
        double c3 = 0.1428571428571428571 * b1 * b2;
        double c2 = b2 - 15. * c3;
        double c1 = b1 - 6. * b2 + 45. * c3;
        double c0 = 1. - b1 + 3. * b2 - 15. * c3;
        double c = 0.1069 / mu;
        boolean quotientTest = g >= 0.;
        double e = 0.;
        while (true) {
            if (!quotientTest) {
                // Step E: double exponential (Laplace) hat
                e = rng.expRand();
                u = 2 * rng.unifRand() - 1.;
                double t = 1.8 + (u >= 0 ? Math.abs(e) : -Math.abs(e));
                if (t <= -0.6744) continue;
                pois = Math.floor(mu + s * t);
                fk = pois;
                difmuk = mu - fk;
            }
            // Step F: px, py, fx, fy
            double px, py;
            if (pois < 10) {
                px = -mu;
                py = Math.pow(mu, pois) / FACT[(int) pois];
            } else {
                double del = 0.0833333333333333333 / fk;
                del = del * (1. - 4.8 * del * del);
                double v = difmuk / fk;
                if (Math.abs(v) <= 0.25) {
                    px = fk * v * v * (((((((A7 * v + A6) * v + A5) * v + A4) * v + A3) * v + A2) * v + A1) * v + A0) - del;
                } else {
                    px = fk * Math.log(1. + v) - difmuk - del;
                }
                py = M_1_SQRT_2PI / Math.sqrt(fk);
            }
            double x = (0.5 - difmuk) / s;
            x *= x;
            double fx = -0.5 * x;
            double fy = omega * (((c3 * x + c2) * x + c1) * x + c0);
            if (!quotientTest) {
                // Step H: hat acceptance
                if (c * Math.abs(u) <= py * Math.exp(px + e) - fy * Math.exp(fx + e)) return pois;
            } else {
                // Step Q: quotient acceptance
                if (fy - u * fy <= py * Math.exp(px - fx)) return pois;
                quotientTest = false;
            }
        }
    }

    /**
     * Inversion against the cumulative probabilities of 0..35; a uniform beyond the 36th
     * cumulative value is redrawn (R keeps this table between calls, which does not change the result).
     */
    private static double poissonByTable(RandomState rng, double mu) {
        int m = Math.max(1, (int) mu);
        double p0 = Math.exp(-mu);
        double[] pp = new double[36];
        int l = 0;
        double p = p0, q = p0;
        while (true) {
            double u = rng.unifRand();
            if (u <= p0) return 0.;
            if (l != 0) {
                for (int k = (u <= 0.458) ? 1 : Math.min(l, m); k <= l; k++) if (u <= pp[k]) return k;
                if (l == 35) continue;
            }
            l++;
            for (int k = l; k <= 35; k++) {
                p *= mu / k;
                q += p;
                pp[k] = q;
                if (u <= q) return k;
            }
            l = 35;
        }
    }
}
