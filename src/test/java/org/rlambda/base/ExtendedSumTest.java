package org.rlambda.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values are GNU R 4.2.2's sum()/cumsum() results on x86-64 (80-bit long double). */
class ExtendedSumTest {
    private static ExtendedSum sumOf(double... xs) {
        ExtendedSum s = new ExtendedSum();
        for (double x : xs) s.add(x);
        return s;
    }

    @Test
    void keepsTheOneThatDoubleArithmeticLoses() {
        assertEquals(1.0, sumOf(1e16, 1, -1e16).value());
    }

    @Test
    void losesWhatLongDoubleLosesToo() {
        // 1e20 + 0.6 is beyond the 64-bit significand: GNU R prints 0 here, not 0.6
        assertEquals(0.0, sumOf(0.1, 0.2, 0.3, 1e20, -1e20).value());
    }

    @Test
    void sumBeyondTheDoubleRangeIsInfiniteButIntermediatesMayExceedIt() {
        assertEquals(Double.POSITIVE_INFINITY, sumOf(1e308, 1e308).value());
        assertEquals(1e308, sumOf(1e308, 1e308, -1e308).value());
        assertEquals(Double.POSITIVE_INFINITY, sumOf(Double.MAX_VALUE, 1e292).value());
    }

    @Test
    void integerMeanDividesTheLongDoubleSumOnce() {
        assertEquals(5.0 / 3, sumOf(1, 2, 2).mean(3));
    }
}
