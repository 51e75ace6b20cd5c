package org.rlambda.base;

/**
 * Gamma-family functions on doubles: gamma, lgamma, digamma, trigamma, beta, lbeta, choose,
 * lchoose. Integer arguments of gamma are exact products; otherwise a Lanczos approximation
 * (about 15 significant digits) and Stirling's series for large arguments.
 */
final class SpecialFunctions {
    private SpecialFunctions() { }

    private static final double LN_SQRT_2PI = 0.918938533204672741780329736406;
    private static final double LANCZOS_G = 607.0 / 128.0;
    private static final double[] LANCZOS = {
        0.99999999999999709182, 57.156235665862923517, -59.597960355475491248,
        14.136097974741747174, -0.49191381609762019978, 0.33994649984811888699e-4,
        0.46523628927048575665e-4, -0.98374475304879564677e-4, 0.15808870322491248884e-3,
        -0.21026444172410488319e-3, 0.21743961811521264320e-3, -0.16431810653676389022e-3,
        0.84418223983852743293e-4, -0.26190838401581408670e-4, 0.36899182659531622704e-5,
    };

    static double gamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x == 0 || (x < 0 && x == Math.rint(x))) return Double.NaN;
        if (x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY) return Double.NaN;
        if (x == Math.rint(x) && x > 0 && x <= 171) {
            double r = 1;
            for (int i = 2; i < (int) x; i++) r *= i;
            return r;
        }
        if (x > 171.61447887182298) return Double.POSITIVE_INFINITY;
        if (x < 0.5) {
            double s = sinpi(x);
            if (x < -170.5) {
                // reflection through logs to avoid overflow of gamma(1 - x)
                double lg = lgammaPositive(1 - x);
                double mag = Math.exp(Math.log(Math.PI) - Math.log(Math.abs(s)) - lg);
                return s < 0 ? -mag : mag;
            }
            return Math.PI / (s * gamma(1 - x));
        }
        if (x > 140) return Math.exp(lgammaPositive(x));
        return lanczos(x);
    }

    private static double lanczos(double x) {
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + LANCZOS_G + 0.5;
        for (int i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
        return Math.sqrt(2 * Math.PI) * Math.pow(t, (z + 0.5) / 2) * Math.exp(-t) * Math.pow(t, (z + 0.5) / 2) * a;
    }

    /** log|gamma(x)|. */
    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x <= 0 && x == Math.rint(x)) return Double.POSITIVE_INFINITY;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        double y = Math.abs(x);
        if (y <= 10) return Math.log(Math.abs(gamma(x)));
        if (x > 0) return lgammaPositive(x);
        double s = Math.abs(sinpi(y));
        return Math.log(Math.PI / (y * s)) - lgammaPositive(y);
    }

    private static double lgammaPositive(double x) {
        if (x < 10) return Math.log(gamma(x));
        // Stirling's series with the first correction terms
        double x2 = 1 / (x * x);
        double corr = (1.0 / 12 - x2 * (1.0 / 360 - x2 * (1.0 / 1260 - x2 * (1.0 / 1680 - x2 / 1188)))) / x;
        return LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x + corr;
    }

    static double sinpi(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.NaN;
        double r = x % 2;
        if (r <= -1) r += 2; else if (r > 1) r -= 2;
        if (r == 0 || r == 1) return 0;
        if (r == 0.5) return 1;
        if (r == -0.5) return -1;
        return Math.sin(Math.PI * r);
    }

    static double cospi(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.NaN;
        double r = Math.abs(x) % 2;
        if (r % 1 == 0.5) return 0;
        if (r == 1) return -1;
        if (r == 0) return 1;
        return Math.cos(Math.PI * r);
    }

    static double tanpi(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.NaN;
        double r = x % 1;
        if (r <= -0.5) r++; else if (r > 0.5) r--;
        if (r == 0) return 0;
        if (r == 0.5) return Double.NaN;
        if (r == 0.25) return 1;
        if (r == -0.25) return -1;
        return Math.tan(Math.PI * r);
    }

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

    static double beta(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return a + b;
        if (a < 0 || b < 0) return Double.NaN;
        if (a == 0 || b == 0) return Double.POSITIVE_INFINITY;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return 0;
        if (a + b < 171.61447887182298) return (1 / gamma(a + b)) * gamma(a) * gamma(b); // left to right, as GNU R: no overflow for tiny a, b
        return Math.exp(lbeta(a, b));
    }

    static double lbeta(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return a + b;
        double p = Math.min(a, b), q = Math.max(a, b);
        if (p < 0) return Double.NaN;
        if (p == 0) return Double.POSITIVE_INFINITY;
        if (Double.isInfinite(q)) return Double.NEGATIVE_INFINITY;
        return lgamma(p) + lgamma(q) - lgamma(p + q);
    }

    private static double lfastchoose(double n, double k) { return -Math.log(n + 1) - lbeta(n - k + 1, k + 1); }

    /** choose(n, k) for k already rounded to an integer. */
    static double choose(double n, double k) {
        if (Double.isNaN(n) || Double.isNaN(k)) return n + k;
        double r;
        if (k < 30) {
            if (n - k < k && n >= 0 && n == Math.rint(n)) k = Math.rint(n - k);
            if (k < 0) return 0;
            if (k == 0) return 1;
            r = n;
            for (int j = 2; j <= k; j++) r *= (n - j + 1) / j;
            return n == Math.rint(n) ? Math.rint(r) : r;
        }
        if (n == Math.rint(n)) {
            n = Math.rint(n);
            if (n < k) return 0;
            if (n - k < 30) return choose(n, n - k);
            return Math.rint(Math.exp(lfastchoose(n, k)));
        }
        if (n < k - 1) {
            // sign of gamma(n - k + 1) decides the sign
            double s = sinpi(n - k + 1) >= 0 ? 1 : -1;
            return s * Math.exp(lfastchoose(n, k));
        }
        return Math.exp(lfastchoose(n, k));
    }

    static double lchoose(double n, double k) {
        if (Double.isNaN(n) || Double.isNaN(k)) return n + k;
        if (k < 2) {
            if (k < 0) return Double.NEGATIVE_INFINITY;
            if (k == 0) return 0;
            return Math.log(Math.abs(n));
        }
        if (n < 0) return lchoose(-n + k - 1, k);
        if (n == Math.rint(n)) {
            if (n < k) return Double.NEGATIVE_INFINITY;
            if (n - k < 2) return lchoose(n, n - k);
            return lfastchoose(n, k);
        }
        return Math.log(Math.abs(choose(n, k)));
    }
}
