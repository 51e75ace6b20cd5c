package org.rlambda.nmath.random;

/**
 * L'Ecuyer's (1999) combined multiple-recursive generator MRG32k3a as GNU R runs it
 * (src/main/RNG.c): two order-3 recurrences modulo m1 and m2, combined by difference. Unlike
 * the other generators its value is not nudged away from 0 and 1.
 */
final class LecuyerCmrg {
    private LecuyerCmrg() { }

    static final long M1 = 4294967087L;
    static final long M2 = 4294944443L;
    private static final double NORM = 2.328306549295727688e-10;

    static double next(int[] s) {
        long p1 = 1403580L * u(s[1]) - 810728L * u(s[0]);
        p1 -= (p1 / M1) * M1;
        if (p1 < 0) p1 += M1;
        s[0] = s[1];
        s[1] = s[2];
        s[2] = (int) p1;
        long p2 = 527612L * u(s[5]) - 1370589L * u(s[3]);
        p2 -= (p2 / M2) * M2;
        if (p2 < 0) p2 += M2;
        s[3] = s[4];
        s[4] = s[5];
        s[5] = (int) p2;
        return (p1 > p2 ? p1 - p2 : p1 - p2 + M1) * NORM;
    }

    private static long u(int w) { return w & 0xffffffffL; }

    /** Seeding continues the scrambling LCG, skipping words at or above m2. */
    static void seed(int[] s, int seed) {
        for (int j = 0; j < 6; j++) {
            seed = 69069 * seed + 1;
            while (u(seed) >= M2) seed = 69069 * seed + 1;
            s[j] = seed;
        }
    }

    /** Each triple must be in range and not all zero; false asks the caller to re-randomise. */
    static boolean valid(int[] s) {
        boolean nonZero = false, ok = true;
        for (int j = 0; j < 3; j++) {
            if (s[j] != 0) nonZero = true;
            if (u(s[j]) >= M1) ok = false;
        }
        if (!nonZero || !ok) return false;
        for (int j = 3; j < 6; j++) {
            if (s[j] != 0) nonZero = true;
            if (u(s[j]) >= M2) ok = false;
        }
        return nonZero && ok;
    }
}
