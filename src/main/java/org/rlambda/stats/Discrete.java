package org.rlambda.stats;

/**
 * Binomial and Poisson distributions: densities via Loader's saddle point, distribution
 * functions by summing the smaller tail (from its far end, so small terms are added first).
 * Their random variates are in {@code org.rlambda.nmath.random}.
 */
public final class Discrete {
    private Discrete() { }

    // ---------------------------------------------------------------- binomial

    public static double dbinom(double x, double n, double p, boolean log, Runnable nonIntegerWarning) {
        if (Double.isNaN(x) || Double.isNaN(n) || Double.isNaN(p)) return x + n + p;
        if (p < 0 || p > 1 || n < 0 || Dpq.nonInteger(n)) return Double.NaN;
        if (Dpq.nonInteger(x)) {
            nonIntegerWarning.run();
            return Dpq.d0(log);
        }
        if (x < 0 || Double.isInfinite(x)) return Dpq.d0(log);
        return DistMath.dbinomRaw(Math.rint(x), Math.rint(n), p, 1 - p, log);
    }

    public static double pbinom(double x, double n, double p, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(n) || Double.isNaN(p)) return x + n + p;
        if (Double.isInfinite(n) || Double.isInfinite(p)) return Double.NaN;
        if (Dpq.nonInteger(n) || n < 0 || p < 0 || p > 1) return Double.NaN;
        n = Math.rint(n);
        if (x < 0) return Dpq.dt0(lower, log);
        x = Math.floor(x + 1e-7);
        if (n <= x) return Dpq.dt1(lower, log);
        double q = 1 - p;
        double lowerSum, upperSum;
        if (x < n * p) {
            lowerSum = 0;
            for (double k = 0; k <= x; k++) lowerSum += DistMath.dbinomRaw(k, n, p, q, false);
            upperSum = 0.5 - lowerSum + 0.5;
        } else {
            upperSum = 0;
            for (double k = n; k > x; k--) upperSum += DistMath.dbinomRaw(k, n, p, q, false);
            lowerSum = 0.5 - upperSum + 0.5;
        }
        double v = lower ? lowerSum : upperSum;
        return log ? Math.log(v) : v;
    }

    // ---------------------------------------------------------------- Poisson

    public static double dpois(double x, double lambda, boolean log, Runnable nonIntegerWarning) {
        if (Double.isNaN(x) || Double.isNaN(lambda)) return x + lambda;
        if (lambda < 0) return Double.NaN;
        if (Dpq.nonInteger(x)) {
            nonIntegerWarning.run();
            return Dpq.d0(log);
        }
        if (x < 0 || Double.isInfinite(x)) return Dpq.d0(log);
        return DistMath.dpoisRaw(Math.rint(x), lambda, log);
    }

    public static double ppois(double x, double lambda, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(lambda)) return x + lambda;
        if (lambda < 0.) return Double.NaN;
        if (x < 0) return Dpq.dt0(lower, log);
        if (lambda == 0.) return Dpq.dt1(lower, log);
        if (Double.isInfinite(x)) return Dpq.dt1(lower, log);
        if (Double.isInfinite(lambda)) return Dpq.dt0(lower, log);
        x = Math.floor(x + 1e-7);
        double lowerSum, upperSum;
        if (x < lambda) {
            lowerSum = 0;
            for (double k = 0; k <= x; k++) lowerSum += DistMath.dpoisRaw(k, lambda, false);
            upperSum = 0.5 - lowerSum + 0.5;
        } else {
            // terms decrease beyond the mean: add until they no longer change the sum
            upperSum = 0;
            for (double k = x + 1; ; k++) {
                double t = DistMath.dpoisRaw(k, lambda, false);
                double next = upperSum + t;
                if (next == upperSum) break;
                upperSum = next;
            }
            lowerSum = 0.5 - upperSum + 0.5;
        }
        double v = lower ? lowerSum : upperSum;
        return log ? Math.log(v) : v;
    }

}
