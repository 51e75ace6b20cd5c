package org.rlambda.format;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A value of the x87 80-bit "long double" type (64-bit significand), the type GNU R uses on
 * x86-64 Linux when it decides how many significant digits a number needs. Printing must
 * reproduce that arithmetic exactly, because its double rounding decides borderline cases
 * such as whether 0.15 needs one or two digits; so every operation here computes the exact
 * result and rounds it once to 64 bits, ties to even, as the FPU does.
 *
 * <p>The value is {@code mantissa * 2^exponent}, with mantissa either zero or of exactly 64 bits.
 */
final class Extended implements Comparable<Extended> {
    private static final int PRECISION = 64;

    final BigInteger mantissa;
    final int exponent;

    private Extended(BigInteger mantissa, int exponent) {
        this.mantissa = mantissa;
        this.exponent = exponent;
    }

    /** The exact value of a finite, non-negative double (always representable). */
    static Extended of(double d) {
        if (d == 0) return new Extended(BigInteger.ZERO, 0);
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & 0xFFFFFFFFFFFFFL;
        if (e == 0) e = 1; else m |= 1L << 52;
        return rational(BigInteger.valueOf(m), BigInteger.ONE, e - 1075);
    }

    /** {@code num / den * 2^exp2} rounded to 64 significant bits, ties to even. */
    static Extended rational(BigInteger num, BigInteger den, int exp2) {
        if (num.signum() == 0) return new Extended(BigInteger.ZERO, 0);
        int shift = PRECISION + 2 + den.bitLength() - num.bitLength();
        BigInteger n = num, d = den;
        if (shift >= 0) n = n.shiftLeft(shift); else d = d.shiftLeft(-shift);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int extra = q.bitLength() - PRECISION;
        BigInteger mant = q.shiftRight(extra);
        BigInteger low = q.subtract(mant.shiftLeft(extra));
        BigInteger half = BigInteger.ONE.shiftLeft(extra - 1);
        int c = low.compareTo(half);
        if (c > 0 || (c == 0 && (sticky || mant.testBit(0)))) mant = mant.add(BigInteger.ONE);
        int e = exp2 - shift + extra;
        if (mant.bitLength() > PRECISION) { mant = mant.shiftRight(1); e++; }
        return new Extended(mant, e);
    }

    /** An exact decimal rounded to long double. */
    static Extended of(BigDecimal v) {
        if (v.signum() == 0) return new Extended(BigInteger.ZERO, 0);
        BigInteger unscaled = v.unscaledValue();
        int scale = v.scale();
        if (scale <= 0) return rational(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE, 0);
        return rational(unscaled, BigInteger.TEN.pow(scale), 0);
    }

    /** 10^k correctly rounded (what powl(10, k) gives for integral k). */
    static Extended pow10(int k) {
        if (k >= 0) return rational(BigInteger.TEN.pow(k), BigInteger.ONE, 0);
        return rational(BigInteger.ONE, BigInteger.TEN.pow(-k), 0);
    }

    Extended multiplyPow10(int k) {
        return rational(mantissa.multiply(BigInteger.TEN.pow(k)), BigInteger.ONE, exponent);
    }

    Extended dividePow10(int k) {
        return rational(mantissa, BigInteger.TEN.pow(k), exponent);
    }

    Extended divide(Extended o) {
        return rational(mantissa, o.mantissa, exponent - o.exponent);
    }

    /** Round to an integer, ties to even (nearbyintl in the default rounding mode). */
    BigInteger roundToInteger() {
        if (mantissa.signum() == 0) return BigInteger.ZERO;
        if (exponent >= 0) return mantissa.shiftLeft(exponent);
        int shift = -exponent;
        if (shift > PRECISION + 1) return BigInteger.ZERO;
        BigInteger q = mantissa.shiftRight(shift);
        BigInteger low = mantissa.subtract(q.shiftLeft(shift));
        BigInteger half = BigInteger.ONE.shiftLeft(shift - 1);
        int c = low.compareTo(half);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return q;
    }

    BigDecimal toBigDecimal() {
        BigDecimal m = new BigDecimal(mantissa);
        if (exponent >= 0) return m.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exponent)));
        return m.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exponent)));
    }

    @Override public int compareTo(Extended o) {
        if (mantissa.signum() == 0 || o.mantissa.signum() == 0) return mantissa.signum() - o.mantissa.signum();
        int e = Math.min(exponent, o.exponent);
        return mantissa.shiftLeft(exponent - e).compareTo(o.mantissa.shiftLeft(o.exponent - e));
    }

    int compareTo(BigInteger k) {
        if (exponent >= 0) return mantissa.shiftLeft(exponent).compareTo(k);
        return mantissa.compareTo(k.shiftLeft(-exponent));
    }
}
