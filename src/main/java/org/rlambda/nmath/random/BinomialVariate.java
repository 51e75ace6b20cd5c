package org.rlambda.nmath.random;

/**
 * Binomial deviates as GNU R's src/nmath/rbinom.c draws them: inversion from 0 when n p < 30,
 * otherwise Kachitvichyanukul and Schmeiser's (1988) BTPE (triangle, parallelogram and
 * exponential tails with squeeze tests); p above 1/2 is drawn as n minus a draw with 1 - p.
 */
public final class BinomialVariate {
    private BinomialVariate() { }

    /** One binomial variate (R's rbinom), NaN for invalid parameters. */
    public static double draw(RandomState rng, double nin, double pp) {
        if (Double.isNaN(nin) || Double.isInfinite(nin)) return Double.NaN;
        double r = Math.rint(nin);
        if (r != nin) return Double.NaN;
        if (Double.isNaN(pp) || Double.isInfinite(pp) || r < 0 || pp < 0. || pp > 1.) return Double.NaN;
        if (r == 0 || pp == 0.) return 0;
        if (pp == 1.) return r;
        // beyond the int range GNU R inverts the distribution function
        if (r >= Integer.MAX_VALUE) return org.rlambda.nmath.Binomial.quantile(rng.unifRand(), r, pp, false, false);
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
    private static int binomialByInversion(RandomState rng, int n, double q, double g, double ratio) {
        double qn = org.rlambda.nmath.RMath.powDi(q, n);
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
    private static int binomialBtpe(RandomState rng, int n, double p, double q, double np, double ratio, double g) {
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
}
