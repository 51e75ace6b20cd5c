package org.rlambda.base;

import org.rlambda.nmath.LongDouble;

/**
 * A running sum in GNU R's {@code long double} (x87 80-bit extended, emulated exactly by
 * {@link LongDouble}), as sum, mean, cumsum and the complex variants accumulate: digits
 * beyond a double's survive between terms, exactly as many as GNU R keeps, no more.
 */
final class ExtendedSum {
    private static final LongDouble DOUBLE_MAX = LongDouble.of(Double.MAX_VALUE);

    private LongDouble sum = LongDouble.ZERO_VALUE;

    void add(double v) { sum = sum.add(LongDouble.of(v)); }

    /** The running sum rounded to double (what cumsum stores after each term). */
    double current() { return sum.toDouble(); }

    /**
     * The sum as GNU R's sum() returns it: a long double beyond the double range is an
     * infinity even where rounding alone would give the largest double.
     */
    double value() {
        if (sum.isFinite() && !sum.isZero()) {
            if (sum.subtract(DOUBLE_MAX).toDouble() > 0) return Double.POSITIVE_INFINITY;
            if (sum.add(DOUBLE_MAX).toDouble() < 0) return Double.NEGATIVE_INFINITY;
        }
        return sum.toDouble();
    }

    /** The sum divided by n in long double, rounded once (mean of integers, complex parts). */
    double mean(long n) { return sum.divide(LongDouble.of(n)).toDouble(); }
}
