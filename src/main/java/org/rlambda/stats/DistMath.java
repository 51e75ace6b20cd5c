package org.rlambda.stats;

/**
 * Numerical building blocks of the discrete distributions: Loader's saddle-point terms
 * (stirlerr, bd0; C. Loader 2000, "Fast and accurate computation of binomial probabilities"),
 * integer powers by repeated squaring (so results match R's R_pow_di bit for bit) and lgamma.
 */
final class DistMath {
    private DistMath() { }

    static final double LN_2PI = 1.837877066409345483560659472811;

    /** x^n by binary powering, as R's R_pow_di (Math.pow rounds differently). */
    static double powDi(double x, int n) {
        double pow = 1.0;
        if (Double.isNaN(x)) return x;
        if (n != 0) {
            if (Double.isInfinite(x)) return Math.pow(x, n);
            if (n < 0) {
                n = -n;
                x = 1 / x;
            }
            while (true) {
                if ((n & 1) != 0) pow *= x;
                n >>= 1;
                if (n == 0) break;
                x *= x;
            }
        }
        return pow;
    }

    /** stirlerr(n) = log(n!) - log(sqrt(2 pi n) (n/e)^n), exact at the half-integers up to 15. */
    private static final double[] SFERR_HALVES = {
        0.0, 0.1534264097200273452913848, 0.0810614667953272582196702, 0.0548141210519176538961390,
        0.0413406959554092940938221, 0.03316287351993628748511048, 0.02767792568499833914878929,
        0.02374616365629749597132920, 0.02079067210376509311152277, 0.01848845053267318523077934,
        0.01664469118982119216319487, 0.01513497322191737887351255, 0.01387612882307074799874573,
        0.01281046524292022692424986, 0.01189670994589177009505572, 0.01110455975820691732662991,
        0.010411265261972096497478567, 0.009799416126158803298389475, 0.009255462182712732917728637,
        0.008768700134139385462952823, 0.008330563433362871256469318, 0.007934114564314020547248100,
        0.007573675487951840794972024, 0.007244554301320383179543912, 0.006942840107209529865664152,
        0.006665247032707682442354394, 0.006408994188004207068439631, 0.006171712263039457647532867,
        0.005951370112758847735624416, 0.005746216513010115682023589, 0.005554733551962801371038690
    };

    static double stirlerr(double n) {
        final double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
        if (n <= 15.0) {
            double nn = n + n;
            if (nn == (int) nn) return SFERR_HALVES[(int) nn];
            return lgamma(n + 1.) - (n + 0.5) * Math.log(n) + n - Normal.M_LN_SQRT_2PI;
        }
        double nn = n * n;
        if (n > 500) return (s0 - s1 / nn) / n;
        if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
        if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
        return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
    }

    /** bd0(x, np) = x log(x/np) + np - x, by a series when x is close to np. */
    static double bd0(double x, double np) {
        if (Double.isInfinite(x) || Double.isNaN(x) || Double.isInfinite(np) || np == 0.0) return Double.NaN;
        if (Math.abs(x - np) < 0.1 * (x + np)) {
            double v = (x - np) / (x + np);
            double s = (x - np) * v;
            if (Math.abs(s) < Double.MIN_NORMAL) return s;
            double ej = 2 * x * v;
            v *= v;
            for (int j = 1; j < 1000; j++) {
                ej *= v;
                double prev = s;
                s += ej / ((j << 1) + 1);
                if (s == prev) return s;
            }
        }
        return x * Math.log(x / np) + np - x;
    }

    /** The binomial probability of x successes in n trials (q = 1 - p given separately for accuracy). */
    static double dbinomRaw(double x, double n, double p, double q, boolean log) {
        if (p == 0) return x == 0 ? Dpq.d1(log) : Dpq.d0(log);
        if (q == 0) return x == n ? Dpq.d1(log) : Dpq.d0(log);
        double lc;
        if (x == 0) {
            if (n == 0) return Dpq.d1(log);
            lc = p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q);
            return Dpq.exp(lc, log);
        }
        if (x == n) {
            lc = q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p);
            return Dpq.exp(lc, log);
        }
        if (x < 0 || x > n) return Dpq.d0(log);
        lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
        double lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
        return Dpq.exp(lc - 0.5 * lf, log);
    }

    /** The Poisson probability of x (x >= 0) with mean lambda. */
    static double dpoisRaw(double x, double lambda, boolean log) {
        if (lambda == 0) return x == 0 ? Dpq.d1(log) : Dpq.d0(log);
        if (Double.isInfinite(lambda)) return Dpq.d0(log);
        if (x < 0) return Dpq.d0(log);
        if (x <= lambda * Double.MIN_NORMAL) return Dpq.exp(-lambda, log);
        if (lambda < x * Double.MIN_NORMAL) {
            if (Double.isInfinite(x)) return Dpq.d0(log);
            return Dpq.exp(-lambda + x * Math.log(lambda) - lgamma(x + 1), log);
        }
        double l = -stirlerr(x) - bd0(x, lambda);
        if (log) return -0.5 * Math.log(2 * Math.PI * x) + l;
        return Math.exp(l) / Math.sqrt(2 * Math.PI * x);
    }

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    /** log|Gamma(x)| by the Lanczos approximation (g = 7), exact for small integers. */
    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x <= 0 && x == Math.rint(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.rint(x) && x <= 171) {
            double f = 1;
            for (int i = 2; i < (int) x; i++) f *= i;
            return Math.log(f);
        }
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
        x -= 1;
        double a = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
