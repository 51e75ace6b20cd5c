package org.rlambda.base;

import java.math.BigDecimal;
import org.rlambda.sexp.DoubleVector;

/**
 * Summation with more precision than a double, standing in for GNU R's long double
 * accumulators (sum, mean, cumsum): a double-double running sum (Knuth's two-sum), with an
 * exact BigDecimal fallback when the running sum overflows although the terms are finite.
 */
final class ExtendedSum {
    private double hi;
    private double lo;
    private boolean special;   // an NA/NaN/Inf term was added: plain double arithmetic from here
    private boolean overflowed;
    private BigDecimal exact;

    void add(double v) {
        if (special || v != v || Double.isInfinite(v)) {
            if (!special) {
                hi = value();
                special = true;
            }
            // NA wins over NaN whatever the order, as with GNU R's long double accumulator
            if (DoubleVector.isNA(hi)) return;
            if (DoubleVector.isNA(v)) { hi = v; return; }
            hi = hi != hi ? hi : hi + v;
            return;
        }
        if (overflowed) {
            exact = exact.add(new BigDecimal(v));
            return;
        }
        double s = hi + v;
        if (Double.isInfinite(s)) {
            overflowed = true;
            exact = new BigDecimal(hi).add(new BigDecimal(lo)).add(new BigDecimal(v));
            return;
        }
        double bp = s - hi;
        lo += (hi - (s - bp)) + (v - bp);
        hi = s;
    }

    private double exactAsDouble() { return exact.doubleValue(); }

    /** The sum rounded to double. */
    double value() {
        if (special) return hi;
        if (overflowed) return exactAsDouble();
        return hi + lo;
    }

    /** The sum divided by n, rounded once to double (finite sums keep their extra precision). */
    double mean(long n) {
        if (special) return hi / n;
        if (overflowed) return exact.divide(new BigDecimal(n), java.math.MathContext.DECIMAL128).doubleValue();
        double q = hi / n;
        // one correction step: remainder of the double-double sum after subtracting q * n
        double p = q * n;
        double perr = Math.fma(q, n, -p);
        double rem = ((hi - p) - perr) + lo;
        return q + rem / n;
    }
}
