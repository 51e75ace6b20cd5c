package org.rlambda.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CDoubleTest {
    /** What glibc prints for %.{prec}f: the exact binary value rounded half to even. */
    private static String exact(double x, int prec) {
        String digits = new BigDecimal(Math.abs(x)).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return (Double.doubleToRawLongBits(x) < 0 ? "-" : "") + digits;
    }

    @Test void fixedAgreesWithExactRoundingOnRandomValues() {
        SplittableRandom r = new SplittableRandom(20261127);
        for (int i = 0; i < 200_000; i++) {
            double x = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 12));
            int prec = r.nextInt(0, 9);
            assertEquals(exact(x, prec), CDouble.fixed(x, prec), "x = " + x + ", prec = " + prec);
        }
    }

    @Test void fixedAgreesWithExactRoundingOnTies() {
        for (int k = 0; k < 4000; k++) {
            double x = k / 8.0 + 0.0625;
            for (int prec = 0; prec < 5; prec++) assertEquals(exact(x, prec), CDouble.fixed(x, prec), "x = " + x);
            double y = k / 1000.0 + 0.0005;
            for (int prec = 0; prec < 5; prec++) assertEquals(exact(y, prec), CDouble.fixed(y, prec), "y = " + y);
        }
    }

    @Test void fixedKeepsTheSignOfNegativeZeroResults() {
        assertEquals("-0.0", CDouble.fixed(-0.04, 1));
        assertEquals("-0", CDouble.fixed(-0.4, 0));
    }
}
