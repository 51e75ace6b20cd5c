package org.rlambda.stats;

import org.rlambda.nmath.LongDouble;

import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.nmath.random.BinomialVariate;
import org.rlambda.nmath.random.RandomState;
import org.rlambda.nmath.random.SessionRng;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/**
 * rmultinom as GNU R's src/library/stats/src/random.c (do_rmultinom) and src/nmath/rmultinom.c
 * compute it: each count but the last a binomial draw given what is left, with the remaining
 * probability mass accumulated in C's {@code long double}, emulated by {@link LongDouble} so
 * the binomial probabilities round as GNU R's do.
 */
final class Multinomial {
    private Multinomial() { }

    static SEXP draw(Interpreter in, SEXP sn, SEXP ssize, SEXP sprob) {
        int n = RandomBuiltins.asInteger(in, sn);
        int size = RandomBuiltins.asInteger(in, ssize);
        if (n == IntVector.NA || n < 0) throw in.errorInCurrentCall("invalid first argument 'n'");
        if (size == IntVector.NA || size < 0) throw in.errorInCurrentCall("invalid second argument 'size'");
        if (!(sprob instanceof Vector) || sprob instanceof ListVector) throw in.errorInCurrentCall("NA in probability vector");
        double[] prob = ((DoubleVector) Coerce.coerce((Vector) sprob, SexpType.DOUBLE, null)).values().clone();
        int k = prob.length;
        double sum = 0.0;
        int positive = 0;
        for (double p : prob) {
            if (!Double.isFinite(p)) throw in.errorInCurrentCall("NA in probability vector");
            if (p < 0.0) throw in.errorInCurrentCall("negative probability");
            if (p > 0.0) {
                positive++;
                sum += p;
            }
        }
        if (positive == 0) throw in.errorInCurrentCall("no positive probabilities");
        for (int i = 0; i < k; i++) prob[i] /= sum;
        RandomState rng = RandomBuiltins.loadState(in);
        int[] ans = new int[k * n];
        for (int i = 0; i < n; i++) one(rng, size, prob, ans, i * k);
        SessionRng.save(in, rng);
        IntVector v = new IntVector(ans);
        v.setAttributeRaw("dim", new IntVector(new int[] {k, n}));
        SEXP names = sprob.getAttribute("names");
        if (names != null && names != Null.NULL) v.setAttributeRaw("dimnames", ListVector.of(names, Null.NULL));
        return v;
    }

    private static void one(RandomState rng, int n, double[] prob, int[] out, int off) {
        int k = prob.length;
        LongDouble total = LongDouble.ZERO_VALUE;
        for (double p : prob) total = total.add(LongDouble.of(p));
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
