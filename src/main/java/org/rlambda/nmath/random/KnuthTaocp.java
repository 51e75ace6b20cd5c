package org.rlambda.nmath.random;

/**
 * Knuth's lagged Fibonacci generator ran_array (TAOCP vol. 2, 3rd ed., section 3.6: lags 100
 * and 37 modulo 2^30, 1009 numbers generated per refill of which the first 100 become the new
 * state) with both of GNU R's initialisations: the 2002 ran_start, and the 1997 one GNU R
 * runs as R code (src/library/base/R/TAOCP.R). State layout as in {@code .Random.seed}: 100
 * words, then the position of the next word (src/main/RNG.c).
 */
final class KnuthTaocp {
    private KnuthTaocp() { }

    private static final int KK = 100;
    private static final int LL = 37;
    private static final int MM = 1 << 30;
    private static final int QUALITY = 1009;
    /** 2^-30. */
    private static final double KT = 9.31322574615479e-10;

    private static int modDiff(int x, int y) { return (x - y) & (MM - 1); }

    /** Fills aa[0..n) with new numbers and leaves the next state in x[0..KK). */
    private static void ranArray(int[] x, int[] aa, int n) {
        int j;
        for (j = 0; j < KK; j++) aa[j] = x[j];
        for (; j < n; j++) aa[j] = modDiff(aa[j - KK], aa[j - LL]);
        int i;
        for (i = 0; i < LL; i++, j++) x[i] = modDiff(aa[j - KK], aa[j - LL]);
        for (; i < KK; i++, j++) x[i] = modDiff(aa[j - KK], x[i - LL]);
    }

    static double next(int[] s) {
        if (s[KK] >= KK || s[KK] < 0) {
            ranArray(s, new int[QUALITY], QUALITY);
            s[KK] = 0;
        }
        return RandomState.fixup(s[s[KK]++] * KT);
    }

    static boolean fixup(int[] s) {
        if (s[KK] == 0) s[KK] = KK;
        for (int j = 0; j < KK; j++) if (s[j] != 0) return true;
        return false;
    }

    /** Knuth's 2002 ran_start (the 9th printing's revision). */
    static void start2002(int[] s, int scrambled) {
        int seed = Integer.remainderUnsigned(scrambled, 1073741821);
        int[] x = new int[KK + KK - 1];
        int ss = (seed + 2) & (MM - 2);
        for (int j = 0; j < KK; j++) {
            x[j] = ss;
            ss <<= 1;
            if (ss >= MM) ss -= MM - 2;
        }
        x[1]++;
        ss = seed & (MM - 1);
        int t = 70 - 1;
        while (t != 0) {
            for (int j = KK - 1; j > 0; j--) {
                x[j + j] = x[j];
                x[j + j - 1] = 0;
            }
            for (int j = KK + KK - 2; j >= KK; j--) {
                x[j - (KK - LL)] = modDiff(x[j - (KK - LL)], x[j]);
                x[j - KK] = modDiff(x[j - KK], x[j]);
            }
            if ((ss & 1) != 0) {
                System.arraycopy(x, 0, x, 1, KK);
                x[0] = x[KK];
                x[LL] = modDiff(x[LL], x[KK]);
            }
            if (ss != 0) ss >>>= 1;
            else t--;
        }
        for (int j = 0; j < LL; j++) s[j + KK - LL] = x[j];
        for (int j = LL; j < KK; j++) s[j - LL] = x[j];
        for (int j = 0; j < 10; j++) ranArray(s, x, KK + KK - 1);
        s[KK] = KK;
    }

    /** The 1997 initialisation (ran_start of the first printing). */
    static void start1997(int[] s, int scrambled) {
        int seed = Integer.remainderUnsigned(scrambled, 1073741821);
        final int kkk = KK + KK - 1, kkl = KK - LL;
        int[] x = new int[kkk];
        int ss = seed - (seed & 1) + 2;
        for (int j = 0; j < KK; j++) {
            x[j] = ss;
            ss += ss;
            if (ss >= MM) ss = ss - MM + 2;
        }
        x[1]++;
        ss = seed;
        int t = 69;
        while (t > 0) {
            for (int j = KK - 1; j >= 1; j--) x[j + j] = x[j];
            for (int j = kkk - 1; j >= kkl + 1; j -= 2) x[kkk - j] = x[j] & ~1;
            for (int j = kkk - 1; j >= KK; j--) {
                if ((x[j] & 1) != 0) {
                    x[j - kkl] = modDiff(x[j - kkl], x[j]);
                    x[j - KK] = modDiff(x[j - KK], x[j]);
                }
            }
            if ((ss & 1) != 0) {
                System.arraycopy(x, 0, x, 1, KK);
                x[0] = x[KK];
                if ((x[KK] & 1) != 0) x[LL] = modDiff(x[LL], x[KK]);
            }
            if (ss != 0) ss /= 2;
            else t--;
        }
        System.arraycopy(x, LL, s, 0, KK - LL);
        System.arraycopy(x, 0, s, KK - LL, LL);
        s[KK] = KK;
    }
}
