package org.rlambda.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.DoubleVector;

/** Hand-picked behaviours of GNU R's real formatting (expected strings from GNU R 4.2.2). */
class RealFormatterTest {

    private static String fmt(int digits, double... x) {
        RealFormat f = RealFormatter.format(x, 0, x.length, digits, 0, 0, 2);
        StringBuilder sb = new StringBuilder();
        for (double v : x) sb.append(sb.length() == 0 ? "" : "|").append(RealFormatter.encode(v, f));
        return sb.toString();
    }

    @Test void oneThirdShowsSevenSignificantDigits() { assertEquals("0.3333333", fmt(7, 1.0 / 3)); }

    @Test void roundNumberUsesScientificWhenNarrower() { assertEquals("1e+05", fmt(7, 1e5)); }

    @Test void sixDigitIntegerStaysFixed() { assertEquals("123456", fmt(7, 123456)); }

    @Test void sumOfTenthsRoundsToPointThree() { assertEquals("0.3", fmt(7, 0.1 + 0.2)); }

    @Test void commonFormatPadsToWidestElement() { assertEquals("1.5| NA|3.0", fmt(7, 1.5, DoubleVector.NA, 3)); }

    @Test void mixedMagnitudesShareScientificFormat() { assertEquals("1.00e-05|1.23e+02", fmt(7, 0.00001, 123)); }

    @Test void negativeZeroPrintsAsZero() { assertEquals("0", fmt(7, -0.0)); }

    @Test void nonFiniteValuesAreRightJustified() {
        assertEquals("-1.5| NaN| Inf|-Inf|  NA", fmt(7, -1.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, DoubleVector.NA));
    }

    @Test void smallestSubnormalPrintsWithThreeDigitExponent() { assertEquals("4.940656e-324", fmt(7, Double.MIN_VALUE)); }

    @Test void roundingThatWidensOnlyInScientificKeepsFixed() { assertEquals("9996", fmt(3, 9996)); }

    /** GNU R scales in x87 long double: plain double arithmetic would find 2 significant digits. */
    @Test void longDoubleScalingDecidesSignificantDigits() { assertEquals("3.11e-05", fmt(3, 3.105e-5)); }

    @Test void printfTiesRoundToEvenOnTheExactBinaryValue() {
        assertEquals("0.12", CDouble.fixed(0.125, 2));
        assertEquals("1.00", CDouble.fixed(1.005, 2)); // 1.005 is below the tie in binary
        assertEquals("2", CDouble.fixed(2.5, 0));
    }

    @Test void nsmallForcesDecimalsOnlyInFixedNotation() {
        double[] x = {2};
        RealFormat f = RealFormatter.format(x, 0, 1, 7, 2, 0, 2);
        assertEquals("2.00", RealFormatter.encode(2, f));
    }

    @Test void asCharacterUsesFifteenDigitsAndDropsTrailingZeros() {
        assertEquals("0.333333333333333", AsCharacter.of(1.0 / 3));
        assertEquals("1e+05", AsCharacter.of(100000.0));
        assertEquals("123456", AsCharacter.of(123456.0));
        assertEquals("1e+15", AsCharacter.of(1e15));
    }
}
