package org.rlambda.stats;

/**
 * A mutable double-double accumulator (about 106 significant bits). GNU R accumulates
 * means, variances and correlations in C {@code long double} (64 bits on x86); carrying
 * more bits than that and rounding once at the end gives the same double in all but
 * near-tie cases, and is far cheaper than emulating 80-bit arithmetic.
 */
final class DoubleDouble {
    double hi;
    double lo;
    /** Set once a non-finite term is added: from then on plain double arithmetic. */
    private boolean special;

    DoubleDouble() { }

    DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    void add(double v) {
        if (special || !Double.isFinite(v)) {
            if (!special) {
                hi = hi + lo;
                lo = 0;
                special = true;
            }
            hi += v;
            return;
        }
        double s = hi + v;
        if (!Double.isFinite(s)) { // overflow of the running sum
            special = true;
            hi = s;
            lo = 0;
            return;
        }
        double bp = s - hi;
        lo += (hi - (s - bp)) + (v - bp);
        hi = s;
    }

    /** Adds the exact product a * b. */
    void addProduct(double a, double b) {
        double p = a * b;
        if (special || !Double.isFinite(p)) {
            add(p);
            return;
        }
        double err = Math.fma(a, b, -p);
        add(p);
        if (!special) lo += err;
    }

    boolean isFinite() { return !special && Double.isFinite(hi); }

    double value() { return special ? hi : hi + lo; }

    /** This value divided by d, rounded once to double. */
    double div(double d) {
        if (special) return hi / d;
        double q = hi / d;
        double p = q * d;
        double perr = Math.fma(q, d, -p);
        return q + (((hi - p) - perr) + lo) / d;
    }

    /** This value divided by d, kept as a double-double. */
    DoubleDouble divided(double d) {
        if (special) return new DoubleDouble(hi / d, 0);
        double q = hi / d;
        double p = q * d;
        double perr = Math.fma(q, d, -p);
        double r = (((hi - p) - perr) + lo) / d;
        double s = q + r;
        return new DoubleDouble(s, r - (s - q));
    }

    /** The square root, rounded once to double. */
    double sqrt() {
        double v = value();
        if (special || v <= 0) return Math.sqrt(v);
        double s = Math.sqrt(hi);
        double sq = s * s;
        double sqErr = Math.fma(s, s, -sq);
        return s + (((hi - sq) - sqErr) + lo) / (2 * s);
    }

    /** The mean of the kept values of x (GNU R's two-pass mean, rounded once). */
    static double mean(double[] x, int off, int n, boolean[] keep, int nobs) {
        DoubleDouble s = new DoubleDouble();
        for (int k = 0; k < n; k++) if (keep == null || keep[k]) s.add(x[off + k]);
        return s.div(nobs);
    }
}
