package org.rlambda.nmath.random;

/**
 * Gamma deviates as GNU R's src/nmath/rgamma.c draws them: Ahrens and Dieter's (1974) GS
 * algorithm for shape below 1, their (1982) GD algorithm (normal sample with squeeze,
 * quotient and double-exponential hat acceptance) otherwise. GNU R caches the constants that
 * depend only on the shape; recomputing them gives the same numbers.
 */
public final class GammaVariate {
    private GammaVariate() { }

    private static final double SQRT32 = 5.656854;
    private static final double EXP_M1 = 0.36787944117144232159;
    private static final double Q1 = 0.04166669, Q2 = 0.02083148, Q3 = 0.00801191, Q4 = 0.00144121,
        Q5 = -7.388e-5, Q6 = 2.4511e-4, Q7 = 2.424e-4;
    private static final double A1 = 0.3333333, A2 = -0.250003, A3 = 0.2000062, A4 = -0.1662921,
        A5 = 0.1423657, A6 = -0.1367177, A7 = 0.1233795;

    /** One deviate with shape a and the given scale; NaN for invalid parameters. */
    public static double draw(RandomState rng, double a, double scale) {
        if (Double.isNaN(a) || Double.isNaN(scale)) return Double.NaN;
        if (a <= 0.0 || scale <= 0.0) {
            if (scale == 0. || a == 0.) return 0.;
            return Double.NaN;
        }
        if (Double.isInfinite(a) || Double.isInfinite(scale)) return Double.POSITIVE_INFINITY;
        if (a < 1.) return scale * smallShape(rng, a);

        double s2 = a - 0.5;
        double s = Math.sqrt(s2);
        double d = SQRT32 - s * 12.0;
        // immediate acceptance
        double t = rng.normRand();
        double x = s + 0.5 * t;
        double retVal = x * x;
        if (t >= 0.0) return scale * retVal;
        // squeeze acceptance
        double u = rng.unifRand();
        if (d * u <= t * t * t) return scale * retVal;

        double r = 1.0 / a;
        double q0 = ((((((Q7 * r + Q6) * r + Q5) * r + Q4) * r + Q3) * r + Q2) * r + Q1) * r;
        double b, si, c;
        if (a <= 3.686) {
            b = 0.463 + s + 0.178 * s2;
            si = 1.235;
            c = 0.195 / s - 0.079 + 0.16 * s;
        } else if (a <= 13.022) {
            b = 1.654 + 0.0076 * s2;
            si = 1.68 / s + 0.275;
            c = 0.062 / s + 0.024;
        } else {
            b = 1.77;
            si = 0.75;
            c = 0.1515 / s;
        }
        // quotient acceptance
        if (x > 0.0) {
            double q = quotient(t, s, s2, q0);
            if (Math.log(1.0 - u) <= q) return scale * retVal;
        }
        // double exponential (Laplace) hat
        while (true) {
            double e = rng.expRand();
            u = rng.unifRand();
            u = u + u - 1.0;
            t = u < 0.0 ? b - si * e : b + si * e;
            if (t >= -0.71874483771719) {
                double q = quotient(t, s, s2, q0);
                if (q > 0.0) {
                    double w = Math.expm1(q);
                    if (c * Math.abs(u) <= w * Math.exp(e - 0.5 * t * t)) break;
                }
            }
        }
        x = s + 0.5 * t;
        return scale * x * x;
    }

    private static double quotient(double t, double s, double s2, double q0) {
        double v = t / (s + s);
        if (Math.abs(v) <= 0.25) {
            return q0 + 0.5 * t * t * ((((((A7 * v + A6) * v + A5) * v + A4) * v + A3) * v + A2) * v + A1) * v;
        }
        return q0 - s * t + 0.25 * t * t + (s2 + s2) * Math.log(1.0 + v);
    }

    private static double smallShape(RandomState rng, double a) {
        double e = 1.0 + EXP_M1 * a;
        while (true) {
            double p = e * rng.unifRand();
            if (p >= 1.0) {
                double x = -Math.log((e - p) / a);
                if (rng.expRand() >= (1.0 - a) * Math.log(x)) return x;
            } else {
                double x = Math.exp(Math.log(p) / a);
                if (rng.expRand() >= x) return x;
            }
        }
    }
}
