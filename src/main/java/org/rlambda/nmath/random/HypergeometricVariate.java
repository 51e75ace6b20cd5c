package org.rlambda.nmath.random;

/**
 * Hypergeometric deviates as GNU R's src/nmath/rhyper.c draws them (Kachitvichyanukul and
 * Schmeiser 1985): the degenerate case, inversion (HIN, scaled against underflow) when the
 * mode is near the lower end, otherwise the H2PE rejection algorithm, working on the smaller
 * colour and the smaller of k and N - k and mapping the result back.
 */
public final class HypergeometricVariate {
    private HypergeometricVariate() { }

    private static final double LN_SQRT_2PI = 0.918938533204672741780329736406;
    private static final double[] LOG_FACT = {
        0.0, 0.0, 0.69314718055994530941723212145817, 1.79175946922805500081247735838070,
        3.17805383034794561964694160129705, 4.78749174278204599424770093452324,
        6.57925121201010099506017829290394, 8.52516136106541430016553103634712
    };

    /** log(i!): a table to 7, Stirling's series beyond (GNU R's afc). */
    private static double afc(int i) {
        if (i < 0) return -1;
        if (i <= 7) return LOG_FACT[i];
        double di = i, i2 = di * di;
        return (di + 0.5) * Math.log(di) - di + LN_SQRT_2PI + (0.0833333333333333 - 0.00277777777777778 / i2) / di;
    }

    /**
     * How many of k draws are red, from nn1 red and nn2 blue; NaN for invalid parameters.
     */
    public static double draw(RandomState rng, double nn1in, double nn2in, double kkin) {
        if (!Double.isFinite(nn1in) || !Double.isFinite(nn2in) || !Double.isFinite(kkin)) return Double.NaN;
        nn1in = Math.rint(nn1in);
        nn2in = Math.rint(nn2in);
        kkin = Math.rint(kkin);
        if (nn1in < 0 || nn2in < 0 || kkin < 0 || kkin > nn1in + nn2in) return Double.NaN;
        if (nn1in >= Integer.MAX_VALUE || nn2in >= Integer.MAX_VALUE || kkin >= Integer.MAX_VALUE) {
            if (kkin == 1.) return BinomialVariate.draw(rng, kkin, nn1in / (nn1in + nn2in));
            // slow but safe: invert the distribution function (GNU R takes the upper tail)
            return org.rlambda.nmath.Hypergeometric.quantile(rng.unifRand(), nn1in, nn2in, kkin, false, false);
        }
        int nn1 = (int) nn1in, nn2 = (int) nn2in, kk = (int) kkin;
        double bigN = nn1 + (double) nn2;
        int n1 = Math.min(nn1, nn2), n2 = Math.max(nn1, nn2);
        int k = (double) kk + kk >= bigN ? (int) (bigN - kk) : kk;
        int m = (int) ((k + 1.) * (n1 + 1.) / (bigN + 2.));
        int minjx = Math.max(0, k - n2);
        int maxjx = Math.min(n1, k);
        int ix;
        if (minjx == maxjx) {
            ix = maxjx;
        } else if (m - minjx < 10) {
            ix = inversion(rng, n1, n2, k, minjx, maxjx);
        } else {
            ix = h2pe(rng, n1, n2, k, m, minjx, maxjx, bigN);
            if (ix < 0) return Double.NaN;
        }
        if ((double) kk + kk >= bigN) {
            ix = nn1 > nn2 ? kk - nn2 + ix : nn1 - ix;
        } else if (nn1 > nn2) {
            ix = kk - ix;
        }
        return ix;
    }

    private static int inversion(RandomState rng, int n1, int n2, int k, int minjx, int maxjx) {
        final double scale = 1e25;
        final double con = 57.5646273248511421; // log(scale)
        double lw = k < n2 ? afc(n2) + afc(n1 + n2 - k) - afc(n2 - k) - afc(n1 + n2)
            : afc(n1) + afc(k) - afc(k - n2) - afc(n1 + n2);
        double w = Math.exp(lw + con);
        restart:
        while (true) {
            double p = w;
            int ix = minjx;
            double u = rng.unifRand() * scale;
            while (u > p) {
                u -= p;
                p *= ((double) n1 - ix) * (k - ix);
                ix++;
                p = p / ix / (n2 - k + ix);
                if (ix > maxjx) continue restart;
            }
            return ix;
        }
    }

    /** H2PE; -1 when it gives up after 10000 rejections (GNU R then returns NaN). */
    private static int h2pe(RandomState rng, int n1, int n2, int k, int m, int minjx, int maxjx, double bigN) {
        double s = Math.sqrt((bigN - k) * k * n1 * n2 / (bigN - 1) / bigN / bigN);
        double d = (int) (1.5 * s) + .5;
        double xl = m - d + .5;
        double xr = m + d + .5;
        double a = afc(m) + afc(n1 - m) + afc(k - m) + afc(n2 - k + m);
        double kl = Math.exp(a - afc((int) xl) - afc((int) (n1 - xl)) - afc((int) (k - xl)) - afc((int) (n2 - k + xl)));
        double kr = Math.exp(a - afc((int) (xr - 1)) - afc((int) (n1 - xr + 1)) - afc((int) (k - xr + 1))
            - afc((int) (n2 - k + xr - 1)));
        double lamdl = -Math.log(xl * (n2 - k + xl) / (n1 - xl + 1) / (k - xl + 1));
        double lamdr = -Math.log((n1 - xr + 1) * (k - xr + 1) / xr / (n2 - k + xr));
        double p1 = d + d;
        double p2 = p1 + kl / lamdl;
        double p3 = p2 + kr / lamdr;
        int nUv = 0;
        while (true) {
            double u = rng.unifRand() * p3;
            double v = rng.unifRand();
            nUv++;
            if (nUv >= 10000) return -1;
            int ix;
            if (u < p1) {
                ix = (int) (xl + u);
            } else if (u <= p2) {
                ix = (int) (xl + Math.log(v) / lamdl);
                if (ix < minjx) continue;
                v = v * (u - p1) * lamdl;
            } else {
                ix = (int) (xr - Math.log(v) / lamdr);
                if (ix > maxjx) continue;
                v = v * (u - p2) * lamdr;
            }
            if (m < 100 || ix <= 50) {
                double f = 1.0;
                if (m < ix) {
                    for (int i = m + 1; i <= ix; i++) f = f * (n1 - i + 1) * (k - i + 1) / (n2 - k + i) / i;
                } else if (m > ix) {
                    for (int i = ix + 1; i <= m; i++) f = f * i * (n2 - k + i) / (n1 - i + 1) / (k - i + 1);
                }
                if (v <= f) return ix;
                continue;
            }
            if (largeCaseAccepts(ix, v, m, n1, n2, k, a)) return ix;
        }
    }

    /** Squeeze with upper and lower bounds, then Stirling's formula to machine accuracy. */
    private static boolean largeCaseAccepts(int ix, double v, int m, int n1, int n2, int k, double a) {
        final double deltal = 0.0078, deltau = 0.0034;
        double y = ix;
        double y1 = y + 1.0;
        double ym = y - m;
        double yn = n1 - y + 1.0;
        double yk = k - y + 1.0;
        double nk = n2 - k + y1;
        double r = -ym / y1;
        double s = ym / yn;
        double t = ym / yk;
        double e = -ym / nk;
        double g = yn * yk / (y1 * nk) - 1.0;
        double dg = g < 0.0 ? 1.0 + g : 1.0;
        double gu = g * (1.0 + g * (-0.5 + g / 3.0));
        double gl = gu - .25 * (g * g * g * g) / dg;
        double xm = m + 0.5;
        double xn = n1 - m + 0.5;
        double xk = k - m + 0.5;
        double nm = n2 - k + xm;
        double ub = y * gu - m * gl + deltau
            + xm * r * (1. + r * (-0.5 + r / 3.0))
            + xn * s * (1. + s * (-0.5 + s / 3.0))
            + xk * t * (1. + t * (-0.5 + t / 3.0))
            + nm * e * (1. + e * (-0.5 + e / 3.0));
        double alv = Math.log(v);
        if (alv > ub) return false;
        double dr = xm * (r * r * r * r);
        if (r < 0.0) dr /= (1.0 + r);
        double ds = xn * (s * s * s * s);
        if (s < 0.0) ds /= (1.0 + s);
        double dt = xk * (t * t * t * t);
        if (t < 0.0) dt /= (1.0 + t);
        double de = nm * (e * e * e * e);
        if (e < 0.0) de /= (1.0 + e);
        if (alv < ub - 0.25 * (dr + ds + dt + de) + (y + m) * (gl - gu) - deltal) return true;
        return alv <= (a - afc(ix) - afc(n1 - ix) - afc(k - ix) - afc(n2 - k + ix));
    }
}
