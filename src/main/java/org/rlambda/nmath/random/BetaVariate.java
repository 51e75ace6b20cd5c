package org.rlambda.nmath.random;

/**
 * Beta deviates as GNU R's src/nmath/rbeta.c draws them: Cheng's (1978) algorithms BB (both
 * shapes above 1) and BC (otherwise), with GNU R's handling of zero and infinite shapes.
 */
public final class BetaVariate {
    private BetaVariate() { }

    private static final double EXPMAX = 1024 * 0.6931471805599453; // log(DBL_MAX) as C computes DBL_MAX_EXP * M_LN2

    public static double draw(RandomState rng, double aa, double bb) {
        if (Double.isNaN(aa) || Double.isNaN(bb) || aa < 0. || bb < 0.) return Double.NaN;
        if (Double.isInfinite(aa) && Double.isInfinite(bb)) return 0.5;
        if (aa == 0. && bb == 0.) return rng.unifRand() < 0.5 ? 0. : 1.;
        if (Double.isInfinite(aa) || bb == 0.) return 1.0;
        if (Double.isInfinite(bb) || aa == 0.) return 0.0;

        double a = Math.min(aa, bb);
        double b = Math.max(aa, bb);
        double alpha = a + b;
        if (a <= 1.0) {
            // algorithm BC
            double beta = 1.0 / a;
            double delta = 1.0 + b - a;
            double k1 = delta * (0.0138889 + 0.0416667 * a) / (b * beta - 0.777778);
            double k2 = 0.25 + (0.5 + 0.25 / delta) * a;
            double w;
            while (true) {
                double u1 = rng.unifRand();
                double u2 = rng.unifRand();
                double z;
                if (u1 < 0.5) {
                    double y = u1 * u2;
                    z = u1 * y;
                    if (0.25 * u2 + z - y >= k1) continue;
                } else {
                    z = u1 * u1 * u2;
                    if (z <= 0.25) {
                        w = wFrom(beta, u1, b);
                        break;
                    }
                    if (z >= k2) continue;
                }
                double v = beta * Math.log(u1 / (1.0 - u1));
                w = wOf(v, b);
                if (alpha * (Math.log(alpha / (a + w)) + v) - 1.3862944 >= Math.log(z)) break;
            }
            return aa == a ? a / (a + w) : w / (a + w);
        }
        // algorithm BB
        double beta = Math.sqrt((alpha - 2.0) / (2.0 * a * b - alpha));
        double gamma = a + 1.0 / beta;
        double w, r, t;
        do {
            double u1 = rng.unifRand();
            double u2 = rng.unifRand();
            double v = beta * Math.log(u1 / (1.0 - u1));
            w = wOf(v, a);
            double z = u1 * u1 * u2;
            r = gamma * v - 1.3862944;
            double s = a + r - w;
            if (s + 2.609438 >= 5.0 * z) break;
            t = Math.log(z);
            if (s > t) break;
        } while (r + alpha * Math.log(alpha / (b + w)) < t);
        return aa != a ? b / (b + w) : w / (b + w);
    }

    private static double wFrom(double beta, double u1, double scale) {
        return wOf(beta * Math.log(u1 / (1.0 - u1)), scale);
    }

    /** scale * exp(v), capped at the largest double. */
    private static double wOf(double v, double scale) {
        if (v <= EXPMAX) {
            double w = scale * Math.exp(v);
            return Double.isInfinite(w) ? Double.MAX_VALUE : w;
        }
        return Double.MAX_VALUE;
    }
}
