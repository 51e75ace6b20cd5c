package org.rlambda.nmath.random;

/**
 * The three small generators GNU R keeps for reproducing old results (src/main/RNG.c):
 * Wichmann and Hill's AS 183 (three congruential generators summed modulo 1), Marsaglia's
 * multiply-with-carry pair and Reeds et al.'s Super-Duper (a Tausworthe shift register XORed
 * with a congruential generator). The state words are C's unsigned 32-bit integers; Java's
 * wrapping int arithmetic gives the same bits, and words are read as unsigned where it matters.
 */
final class SmallGenerators {
    private SmallGenerators() { }

    /** 1/(2^32 - 1). */
    static final double I2_32M1 = 2.328306437080797e-10;

    static double wichmannHill(int[] s) {
        s[0] = (int) (((s[0] * 171) & 0xffffffffL) % 30269);
        s[1] = (int) (((s[1] * 172) & 0xffffffffL) % 30307);
        s[2] = (int) (((s[2] * 170) & 0xffffffffL) % 30323);
        double value = s[0] / 30269.0 + s[1] / 30307.0 + s[2] / 30323.0;
        return RandomState.fixup(value - (int) value);
    }

    static void fixupWichmannHill(int[] s) {
        s[0] = Integer.remainderUnsigned(s[0], 30269);
        s[1] = Integer.remainderUnsigned(s[1], 30307);
        s[2] = Integer.remainderUnsigned(s[2], 30323);
        if (s[0] == 0) s[0] = 1;
        if (s[1] == 0) s[1] = 1;
        if (s[2] == 0) s[2] = 1;
    }

    static double marsagliaMulticarry(int[] s) {
        s[0] = 36969 * (s[0] & 0xffff) + (s[0] >>> 16);
        s[1] = 18000 * (s[1] & 0xffff) + (s[1] >>> 16);
        return RandomState.fixup((((s[0] << 16) ^ (s[1] & 0xffff)) & 0xffffffffL) * I2_32M1);
    }

    static void fixupMarsagliaMulticarry(int[] s) {
        if (s[0] == 0) s[0] = 1;
        if (s[1] == 0) s[1] = 1;
    }

    static double superDuper(int[] s) {
        s[0] ^= (s[0] >>> 15) & 0x1ffff;
        s[0] ^= s[0] << 17;
        s[1] *= 69069;
        return RandomState.fixup(((s[0] ^ s[1]) & 0xffffffffL) * I2_32M1);
    }

    static void fixupSuperDuper(int[] s) {
        if (s[0] == 0) s[0] = 1;
        s[1] |= 1; // the congruential part must be odd
    }
}
