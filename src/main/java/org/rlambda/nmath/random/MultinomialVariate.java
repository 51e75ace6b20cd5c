package org.rlambda.nmath.random;

import org.rlambda.nmath.LongDouble;

/**
 * One multinomial vector as GNU R's src/nmath/rmultinom.c draws it: each count but the last a
 * binomial draw given what is left, the remaining probability mass accumulated in C's
 * {@code long double} (emulated by {@link LongDouble}) so the binomial probabilities round as
 * GNU R's do.
 */
public final class MultinomialVariate {
    private MultinomialVariate() { }

    /** Draws size items over the normalised {@code prob} into {@code out[off .. off + prob.length)}. */
    public static void draw(RandomState rng, int size, double[] prob, int[] out, int off) {
        int k = prob.length;
        LongDouble total = LongDouble.ZERO_VALUE;
        for (double p : prob) total = total.add(LongDouble.of(p));
        int n = size;
        if (n == 0) return;
        for (int j = 0; j < k - 1; j++) {
            if (prob[j] != 0.) {
                double pp = LongDouble.of(prob[j]).divide(total).toDouble();
                out[off + j] = pp < 1. ? (int) BinomialVariate.draw(rng, n, pp) : n;
                n -= out[off + j];
            }
            if (n <= 0) return;
            total = total.subtract(LongDouble.of(prob[j]));
        }
        out[off + k - 1] = n;
    }
}
