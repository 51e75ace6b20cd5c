package org.rlambda.base;

import org.rlambda.nmath.GammaFunctions;
import org.rlambda.nmath.RMath;

/**
 * Gamma-family functions on doubles: gamma, lgamma, digamma, trigamma, beta, lbeta, choose,
 * lchoose. Integer arguments of gamma are exact products; otherwise a Lanczos approximation
 * (about 15 significant digits) and Stirling's series for large arguments.
 */
final class SpecialFunctions {
    private SpecialFunctions() { }

    static double gamma(double x) { return GammaFunctions.gamma(x); }

    /** log|gamma(x)|. */
    static double lgamma(double x) { return GammaFunctions.lgamma(x); }

    static double sinpi(double x) { return RMath.sinpi(x); }

    static double cospi(double x) { return RMath.cospi(x); }

    static double tanpi(double x) { return RMath.tanpi(x); }

    static double digamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x <= 0 && x == Math.rint(x)) return Double.NaN;
        double r = 0;
        if (x < 0) {
            // reflection: psi(1 - x) - psi(x) = pi cot(pi x)
            return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
        }
        while (x < 6) { r -= 1 / x; x += 1; }
        double f = 1 / (x * x);
        double t = f * (-1.0 / 12 + f * (1.0 / 120 + f * (-1.0 / 252 + f * (1.0 / 240 + f * (-1.0 / 132 + f * (691.0 / 32760 + f * (-1.0 / 12)))))));
        return r + Math.log(x) - 0.5 / x + t;
    }

    static double trigamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x <= 0 && x == Math.rint(x)) return Double.POSITIVE_INFINITY;
        if (x < 0) {
            double s = Math.sin(Math.PI * x);
            return -trigamma(1 - x) + Math.PI * Math.PI / (s * s);
        }
        double r = 0;
        while (x < 6) { r += 1 / (x * x); x += 1; }
        double f = 1 / (x * x);
        double t = 1 / x + f / 2 + f / x * (1.0 / 6 + f * (-1.0 / 30 + f * (1.0 / 42 + f * (-1.0 / 30 + f * (5.0 / 66 + f * (-691.0 / 2730 + f * 7.0 / 6))))));
        return r + t;
    }

    private static final double[] BERNOULLI_2K = {1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730,
        7.0 / 6, -3617.0 / 510, 43867.0 / 798, -174611.0 / 330};

    /**
     * The n-th derivative of digamma (n >= 2, x not a pole): the recurrence
     * psi_n(x) = psi_n(x + 1) + (-1)^(n+1) n! / x^(n+1) carries x past max(30, n + 20), where the
     * asymptotic series in Bernoulli numbers converges fast.
     */
    static double polygamma(double x, int n) {
        if (Double.isNaN(x)) return x;
        if (x == Double.POSITIVE_INFINITY) return 0;
        if (x <= 0 && x == Math.floor(x)) return Double.NaN;
        double sign = n % 2 == 0 ? -1 : 1; // (-1)^(n+1)
        double nFact = 1;
        for (int k = 2; k <= n; k++) nFact *= k;
        double shifted = 0;
        double limit = Math.max(30, n + 20);
        while (x < limit) {
            shifted += nFact / Math.pow(x, n + 1);
            x += 1;
        }
        double base = nFact / n / Math.pow(x, n); // (n-1)! / x^n
        double series = base + nFact / (2 * Math.pow(x, n + 1));
        double rising = 1, kFact = 1, xPow = 1;
        for (int k = 1; k <= BERNOULLI_2K.length; k++) {
            rising *= (double) (n + 2 * k - 2) * (n + 2 * k - 1); // n (n+1) ... (n+2k-1)
            kFact *= (2.0 * k - 1) * (2.0 * k);                    // (2k)!
            xPow *= x * x;
            double term = BERNOULLI_2K[k - 1] / kFact * rising / xPow * base;
            series += term;
            if (Math.abs(term) < 1e-17 * Math.abs(series)) break;
        }
        return sign * (shifted + series);
    }

    static double beta(double a, double b) { return GammaFunctions.beta(a, b); }

    static double lbeta(double a, double b) { return GammaFunctions.lbeta(a, b); }

    /** choose(n, k) for k already rounded to an integer. */
    static double choose(double n, double k) { return GammaFunctions.choose(n, k); }

    static double lchoose(double n, double k) { return GammaFunctions.lchoose(n, k); }
}
