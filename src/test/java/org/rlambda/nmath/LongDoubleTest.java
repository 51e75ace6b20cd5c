package org.rlambda.nmath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.DoubleVector;

/** Expected values computed with gcc's x87 long double on x86-64 (as GNU R uses it). */
class LongDoubleTest {
    private static LongDouble ld(double d) { return LongDouble.of(d); }

    private static double hex(String s) { return Double.parseDouble(s); }

    @Test
    void keepsElevenBitsMoreThanDoubleWhenAdding() {
        LongDouble s = ld(1e16).add(ld(1)).add(ld(1));
        assertEquals(hex("0x1.1c37937e08001p+53"), s.toDouble());
        assertEquals(1e16, 1e16 + 1 + 1); // the double sum loses both ones
    }

    @Test
    void roundsProductsToSixtyFourBits() {
        assertEquals(hex("0x1.47ae147ae147cp-7"), ld(0.1).multiply(ld(0.1)).toDouble());
    }

    @Test
    void divisionAndSquareRootRoundToNearest() {
        assertEquals(0.0, ld(1).divide(ld(3)).multiply(ld(3)).subtract(ld(1)).toDouble());
        LongDouble r = ld(2).sqrt();
        assertEquals(-0x1p-63, r.multiply(r).subtract(ld(2)).toDouble());
    }

    @Test
    void twoPassMeanIsGnuRs() {
        assertEquals(hex("0x1.999999999999ap-3"), LongDouble.mean(new double[] {0.1, 0.2, 0.3}));
        assertEquals(hex("-0x1.5555555555555p-55"),
                LongDouble.mean(new double[] {-0.87287156094396956, -0.21821789023599236, 1.0910894511799618}));
    }

    @Test
    void specialValuesPropagate() {
        assertTrue(DoubleVector.isNA(ld(1).add(ld(DoubleVector.NA)).toDouble()));
        assertTrue(DoubleVector.isNA(ld(Double.NaN).add(ld(DoubleVector.NA)).toDouble()));
        assertTrue(Double.isNaN(ld(Double.POSITIVE_INFINITY).add(ld(Double.NEGATIVE_INFINITY)).toDouble()));
        assertEquals(Double.POSITIVE_INFINITY, ld(1).divide(ld(0)).toDouble());
        assertEquals(0.0, ld(5).subtract(ld(5)).toDouble());
    }

    @Test
    void exceedsDoubleRangeInternally() {
        // x87's 15-bit exponent: squares of 1e200 do not overflow until converted back
        LongDouble big = ld(1e200).multiply(ld(1e200));
        assertEquals(1e200, big.divide(ld(1e200)).toDouble());
        assertEquals(Double.POSITIVE_INFINITY, big.toDouble());
    }
}
