package org.rlambda.nmath.random;

/**
 * MT19937 (Matsumoto and Nishimura 1998) in GNU R's state layout (src/main/RNG.c): slot 0 of
 * the state is the position {@code mti} of the next word, slots 1..624 the words, exactly the
 * integers {@code .Random.seed[2:626]} holds.
 */
final class MersenneTwister {
    private MersenneTwister() { }

    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;
    private static final double TWO_POW_M32 = 2.3283064365386963e-10;

    /** The next tempered word scaled to [0, 1). */
    static double next(int[] s) {
        int mti = s[0];
        if (mti >= N || mti < 0) {
            if (mti == N + 1) seedWords(s, 4357);
            regenerate(s);
            mti = 0;
        }
        int y = s[1 + mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        s[0] = mti;
        return (y & 0xffffffffL) * TWO_POW_M32;
    }

    /** Uniforms in (0, 1) into out[from .. from + n): next() and the nudge away from 0 and 1, in one loop. */
    static void fill(int[] s, double[] out, int from, int n) {
        int end = from + n;
        int i = from;
        if (i < end && (s[0] > N || s[0] < 0)) out[i++] = RandomState.fixup(next(s));
        int mti = s[0];
        for (; i < end; i++) {
            if (mti >= N) {
                regenerate(s);
                mti = 0;
            }
            int y = s[1 + mti++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            double u = (y & 0xffffffffL) * TWO_POW_M32;
            out[i] = u <= 0.0 ? RandomState.fixup(u) : u;
        }
        s[0] = mti;
    }

    /** The original generator's own initialisation, used only when the state says "never seeded". */
    private static void seedWords(int[] s, int seed) {
        for (int i = 0; i < N; i++) {
            int hi = seed & 0xffff0000;
            seed = 69069 * seed + 1;
            s[1 + i] = hi | ((seed & 0xffff0000) >>> 16);
            seed = 69069 * seed + 1;
        }
    }

    private static int twist(int upper, int lower, int far) {
        int y = (upper & UPPER) | (lower & LOWER);
        return far ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }

    private static void regenerate(int[] s) {
        int kk = 0;
        for (; kk < N - M; kk++) s[1 + kk] = twist(s[1 + kk], s[2 + kk], s[1 + kk + M]);
        for (; kk < N - 1; kk++) s[1 + kk] = twist(s[1 + kk], s[2 + kk], s[1 + kk + M - N]);
        s[N] = twist(s[N], s[1], s[M]);
    }

    /** GNU R's FixupSeeds: returns false when all words are zero (the caller re-randomises). */
    static boolean fixup(int[] s, boolean initial) {
        if (initial || s[0] == 0) s[0] = N;
        for (int j = 1; j <= N; j++) if (s[j] != 0) return true;
        return false;
    }
}
