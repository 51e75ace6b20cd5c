package org.rlambda.stats;

/**
 * The MT19937 generator with GNU R's seeding and state layout. The state is the 625 integers
 * R keeps after the kind code in {@code .Random.seed}: the position {@code mti} followed by
 * the 624 state words, so that saving and restoring {@code .Random.seed} round-trips exactly.
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;
    /** 2^-32, turning a 32-bit word into [0, 1). */
    private static final double TWO_POW_M32 = 2.3283064365386963e-10;

    /** state[0] is mti (the next word to temper), state[1..624] the words. */
    final int[] state = new int[N + 1];

    /**
     * set.seed(seed): R scrambles the seed with 50 steps of the LCG x -> 69069 x + 1 and then
     * fills all 625 slots (the mti slot included, for historical reasons) from the same LCG;
     * mti is then reset to 624 so the first draw regenerates the whole block.
     */
    void seed(int seed) {
        int s = seed;
        for (int j = 0; j < 50; j++) s = 69069 * s + 1;
        for (int j = 0; j < state.length; j++) {
            s = 69069 * s + 1;
            state[j] = s;
        }
        fixup(true);
    }

    /** Validates a state read back from .Random.seed; returns false when all words are zero (R re-randomises). */
    boolean fixup(boolean initial) {
        if (initial || state[0] <= 0) state[0] = N;
        for (int j = 1; j <= N; j++) if (state[j] != 0) return true;
        return false;
    }

    /** R's old default seed path when mti says "never initialised" (N + 1). */
    private void sgenrand(int seed) {
        int s = seed;
        for (int i = 0; i < N; i++) {
            int hi = s & 0xffff0000;
            s = 69069 * s + 1;
            state[i + 1] = hi | ((s & 0xffff0000) >>> 16);
            s = 69069 * s + 1;
        }
        state[0] = N;
    }

    /** The next tempered word scaled to [0, 1) (R's MT_genrand, before the fixup away from 0 and 1). */
    double next() {
        int mti = state[0];
        if (mti >= N) {
            if (mti == N + 1) sgenrand(4357);
            regenerate();
            mti = 0;
        }
        int y = state[1 + mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        state[0] = mti;
        return (y & 0xffffffffL) * TWO_POW_M32;
    }

    private void regenerate() {
        int[] mt = state; // words live at offset 1
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            int y = (mt[1 + kk] & UPPER) | (mt[2 + kk] & LOWER);
            mt[1 + kk] = mt[1 + kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[1 + kk] & UPPER) | (mt[2 + kk] & LOWER);
            mt[1 + kk] = mt[1 + kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        int y = (mt[N] & UPPER) | (mt[1] & LOWER);
        mt[N] = mt[M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }
}
