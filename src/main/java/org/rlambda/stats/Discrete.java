package org.rlambda.stats;

import org.rlambda.nmath.Normal;

/**
 * The binomial and Poisson random variate generators GNU R uses (Kachitvichyanukul and Schmeiser's BTPE for
 * the binomial, Ahrens and Dieter's 1982 PD algorithm for the Poisson).
 */
public final class Discrete {
    private Discrete() { }

    // ---------------------------------------------------------------- binomial

    /** One binomial variate (R's rbinom), NaN for invalid parameters. */
    public static double rbinom(Rng rng, double nin, double pp) {
        if (Double.isNaN(nin) || Double.isInfinite(nin)) return Double.NaN;
        double r = Math.rint(nin);
        if (r != nin) return Double.NaN;
        if (Double.isNaN(pp) || Double.isInfinite(pp) || r < 0 || pp < 0. || pp > 1.) return Double.NaN;
        if (r == 0 || pp == 0.) return 0;
        if (pp == 1.) return r;
        if (r >= Integer.MAX_VALUE) return Double.NaN; // R inverts qbinom here; n that large is not supported
        int n = (int) r;
        double p = Math.min(pp, 1. - pp);
        double q = 1. - p;
        double np = n * p;
        double ratio = p / q;
        double g = ratio * (n + 1);
        int ix;
        if (np < 30.0) {
            ix = binomialByInversion(rng, n, q, g, ratio);
        } else {
            ix = binomialBtpe(rng, n, p, q, np, ratio, g);
        }
        if (pp > 0.5) ix = n - ix;
        return ix;
    }

    /** Inverse-cdf search from 0 for small means, restarting if the walk passes 110. */
    private static int binomialByInversion(Rng rng, int n, double q, double g, double ratio) {
        double qn = DistMath.powDi(q, n);
        while (true) {
            int ix = 0;
            double f = qn;
            double u = rng.unifRand();
            while (true) {
                if (u < f) return ix;
                if (ix > 110) break;
                u -= f;
                ix++;
                f *= (g / ix - ratio);
            }
        }
    }

    /** BTPE: triangle, parallelogram and exponential tails with squeeze tests (Kachitvichyanukul and Schmeiser 1988). */
    private static int binomialBtpe(Rng rng, int n, double p, double q, double np, double ratio, double g) {
        double ffm = np + p;
        int m = (int) ffm;
        double fm = m;
        double npq = np * q;
        double p1 = (int) (2.195 * Math.sqrt(npq) - 4.6 * q) + 0.5;
        double xm = fm + 0.5;
        double xl = xm - p1;
        double xr = xm + p1;
        double c = 0.134 + 20.5 / (15.3 + fm);
        double al = (ffm - xl) / (ffm - xl * p);
        double xll = al * (1.0 + 0.5 * al);
        al = (xr - ffm) / (xr * q);
        double xlr = al * (1.0 + 0.5 * al);
        double p2 = p1 * (1.0 + c + c);
        double p3 = p2 + c / xll;
        double p4 = p3 + c / xlr;
        while (true) {
            double u = rng.unifRand() * p4;
            double v = rng.unifRand();
            int ix;
            if (u <= p1) {
                return (int) (xm - p1 * v + u);
            }
            if (u <= p2) {
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(xm - x) / p1;
                if (v > 1.0 || v <= 0.) continue;
                ix = (int) x;
            } else if (u > p3) {
                ix = (int) (xr - Math.log(v) / xlr);
                if (ix > n) continue;
                v = v * (u - p3) * xlr;
            } else {
                ix = (int) (xl + Math.log(v) / xll);
                if (ix < 0) continue;
                v = v * (u - p2) * xll;
            }
            int k = Math.abs(ix - m);
            if (k <= 20 || k >= npq / 2 - 1) {
                // explicit evaluation of f(ix)/f(m) by the recurrence
                double f = 1.0;
                if (m < ix) {
                    for (int i = m + 1; i <= ix; i++) f *= (g / i - ratio);
                } else if (m != ix) {
                    for (int i = ix + 1; i <= m; i++) f /= (g / i - ratio);
                }
                if (v <= f) return ix;
            } else {
                double amaxp = (k / npq) * ((k * (k / 3. + 0.625) + 0.1666666666666) / npq + 0.5);
                double ynorm = -k * k / (2.0 * npq);
                double alv = Math.log(v);
                if (alv < ynorm - amaxp) return ix;
                if (alv <= ynorm + amaxp) {
                    double x1 = ix + 1;
                    double f1 = fm + 1.0;
                    double z = n + 1 - fm;
                    double w = n - ix + 1.0;
                    double bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w)
                        + (ix - m) * Math.log(w * p / (x1 * q))
                        + stirlingCorrection(f1) + stirlingCorrection(z) + stirlingCorrection(x1) + stirlingCorrection(w);
                    if (alv <= bound) return ix;
                }
            }
        }
    }

    /** The Stirling series tail used by BTPE's final acceptance test. */
    private static double stirlingCorrection(double a) {
        double a2 = a * a;
        return (13860.0 - (462.0 - (132.0 - (99.0 - 140.0 / a2) / a2) / a2) / a2) / a / 166320.0;
    }

    // ---------------------------------------------------------------- Poisson

    private static final double[] FACT = {1., 1., 2., 6., 24., 120., 720., 5040., 40320., 362880.};
    private static final double A0 = -0.5, A1 = 0.3333333, A2 = -0.2500068, A3 = 0.2000118,
        A4 = -0.1661269, A5 = 0.1421878, A6 = -0.1384794, A7 = 0.1250060;

    /** One Poisson variate (R's rpois): table inversion below mean 10, Ahrens and Dieter (1982) PD above. */
    public static double rpois(Rng rng, double mu) {
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
        double omega = Normal.M_1_SQRT_2PI / s;
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
                py = Normal.M_1_SQRT_2PI / Math.sqrt(fk);
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
    private static double poissonByTable(Rng rng, double mu) {
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
