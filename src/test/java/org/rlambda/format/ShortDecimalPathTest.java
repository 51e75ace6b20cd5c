package org.rlambda.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The short-decimal fast paths (RealFormatter.scientific, CDouble.fixed and sciParts) must
 * agree with the exact computations wherever they answer: checked over values scripts produce (decimal data,
 * ratios, integers, values next to powers of ten) and over random bit patterns.
 */
class ShortDecimalPathTest {
    private static String exactFixed(double x, int prec) {
        String d = new java.math.BigDecimal(Math.abs(x)).setScale(prec, java.math.RoundingMode.HALF_EVEN).toPlainString();
        return (Double.doubleToRawLongBits(x) < 0 ? "-" : "") + d;
    }

    private static String exactScientificText(double x, int prec) {
        java.math.BigDecimal r = new java.math.BigDecimal(Math.abs(x)).round(new java.math.MathContext(prec + 1, java.math.RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        int exp = u.length() - 1 - r.scale();
        if (u.length() < prec + 1) u = u + "0".repeat(prec + 1 - u.length());
        else u = u.substring(0, prec + 1);
        return u + "e" + exp;
    }

    private static void check(double x) {
        if (x != 0 && !Double.isNaN(x) && !Double.isInfinite(x)) {
            for (int prec = 0; prec <= 15; prec++) {
                final int p = prec;
                assertEquals(exactFixed(x, prec), CDouble.fixed(x, prec), () -> "fixed " + p + " x = " + x);
                Object[] parts = CDouble.sciParts(Math.abs(x), prec);
                assertEquals(exactScientificText(x, prec), parts[0] + "e" + parts[1], () -> "sci " + p + " x = " + x);
            }
        }
        for (int digits = 1; digits <= 15; digits++) {
            RealFormatter.Sci fast = RealFormatter.fromShortDecimal(x, digits);
            if (fast == null) continue;
            RealFormatter.Sci exact = RealFormatter.exactScientific(x, digits);
            assertEquals(exact, fast, () -> "x = " + x);
        }
    }

    @Test
    void decimalDataAndRatiosAgreeWithTheExactComputation() {
        for (int k = 1; k <= 1500; k++) {
            check(k / 16.0);
            check(k / 100.0);
            check(k * 0.1);
            check(k / 3.0);
            check(-k / 7.0);
            check(k * 1e-7);
            check(k * 12345.678);
        }
    }

    @Test
    void integersAndPowersOfTenAgree() {
        for (int e = -30; e <= 30; e++) {
            double p = Double.parseDouble("1e" + e);
            check(p);
            check(Math.nextUp(p));
            check(Math.nextDown(p));
            check(9.5 * p);
            check(9.99999 * p);
            check(0.15 * p);
        }
        for (double d : new double[] {Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
                Double.MAX_VALUE, 1e-320, 2.5e-310}) {
            check(d);
        }
        long v = 1;
        for (int i = 0; i < 18; i++, v *= 10) {
            check(v);
            check(v - 1);
            check(v + 1);
            check(v * 7 + 3);
        }
    }

    @Test
    void randomValuesAgree() {
        Random rnd = new Random(42);
        for (int i = 0; i < 4000; i++) {
            check(Double.longBitsToDouble(rnd.nextLong()));
            check(Math.round(rnd.nextDouble() * 1e6) / 1e3);
            check(rnd.nextInt(100000) / 1e4 * Math.pow(10, rnd.nextInt(40) - 20));
        }
    }
}
