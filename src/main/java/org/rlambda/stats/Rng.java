package org.rlambda.stats;

import org.rlambda.nmath.Normal;

import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;

/**
 * The random number generator as GNU R keeps it: the whole state lives in {@code .Random.seed}
 * in the global environment (kind code, then the generator's integers). Each builtin that draws
 * numbers loads the state from there ({@link #load}), draws, and writes it back ({@link #save}),
 * so users may save and restore {@code .Random.seed} exactly as in R.
 *
 * <p>Only the Mersenne-Twister generator with Inversion normals exists here (R's defaults);
 * {@code sample.kind} may be "Rounding" (pre-3.6) or "Rejection" (the default).
 */
public final class Rng {
    static final Symbol SEED = Symbol.get(".Random.seed");
    static final int MERSENNE_TWISTER = 3;
    static final int INVERSION = 4;
    static final int ROUNDING = 0;
    static final int REJECTION = 1;

    /** 1/(2^32 - 1): R nudges exact 0 and 1 by half of this. */
    private static final double I2_32M1 = 2.328306437080797e-10;
    private static final double BIG = 134217728; // 2^27

    private final MersenneTwister mt = new MersenneTwister();
    int sampleKind = REJECTION;

    private Rng() { }

    /** A generator as set.seed(seed) leaves it (default kinds), without an interpreter. */
    static Rng seeded(int seed) {
        Rng r = new Rng();
        r.mt.seed(seed);
        return r;
    }

    /** The integers .Random.seed would hold. */
    int[] seedVector() {
        int[] v = new int[MersenneTwister.N + 2];
        v[0] = MERSENNE_TWISTER + 100 * INVERSION + 10000 * sampleKind;
        System.arraycopy(mt.state, 0, v, 1, mt.state.length);
        return v;
    }

    /** R's GetRNGstate: the generator as .Random.seed describes it, or freshly seeded from the clock. */
    public static Rng load(Interpreter in) {
        Rng r = new Rng();
        SEXP seeds = in.globalEnv.getLocal(SEED);
        if (seeds instanceof Promise) seeds = in.force((Promise) seeds);
        if (seeds == null) {
            r.mt.seed(timeSeed());
            return r;
        }
        if (!(seeds instanceof IntVector)) {
            in.warning(in.currentCall(), "'.Random.seed' is not an integer vector but of type '" + seeds.typeName() + "', so ignored");
            return r.reinitialise(in);
        }
        IntVector s = (IntVector) seeds;
        int code = s.length() == 0 ? IntVector.NA : s.get(0);
        if (code == IntVector.NA || code < 0 || code > 11000) {
            in.warning(in.currentCall(), "'.Random.seed[1]' is not a valid integer, so ignored");
            return r.reinitialise(in);
        }
        int kind = code % 100, normal = code % 10000 / 100, sample = code / 10000;
        if (normal > 5 || sample > REJECTION) {
            in.warning(in.currentCall(), "'.Random.seed[1]' is not a valid Normal type, so ignored");
            return r.reinitialise(in);
        }
        if (kind > 7) {
            in.warning(in.currentCall(), "'.Random.seed[1]' is not a valid RNG kind so ignored");
            return r.reinitialise(in);
        }
        if (kind != MERSENNE_TWISTER || normal != INVERSION) {
            throw in.errorInCurrentCall("only the Mersenne-Twister generator with Inversion normals is supported");
        }
        r.sampleKind = sample;
        if (s.length() > 1 && s.length() < MersenneTwister.N + 2) throw in.errorInCurrentCall("'.Random.seed' has wrong length");
        if (s.length() == 1) {
            r.mt.seed(timeSeed());
            return r;
        }
        for (int i = 0; i <= MersenneTwister.N; i++) r.mt.state[i] = s.get(i + 1);
        if (!r.mt.fixup(false)) r.mt.seed(timeSeed());
        return r;
    }

    private Rng reinitialise(Interpreter in) {
        sampleKind = REJECTION;
        mt.seed(timeSeed());
        save(in);
        return this;
    }

    /** R's PutRNGstate: writes the state to .Random.seed in the global environment. */
    public void save(Interpreter in) {
        in.define(SEED, new IntVector(seedVector()), in.globalEnv);
    }

    /** set.seed(n). */
    public void seed(int seed) { mt.seed(seed); }

    private static int timeSeed() {
        long pid = ProcessHandle.current().pid();
        long nanos = System.nanoTime() ^ System.currentTimeMillis();
        return (int) ((pid << 16) ^ nanos ^ (nanos >>> 32));
    }

    /** A uniform in the open interval (0, 1). */
    public double unifRand() {
        double x = mt.next();
        if (x <= 0.0) return 0.5 * I2_32M1;
        if (1.0 - x <= 0.0) return 1.0 - 0.5 * I2_32M1;
        return x;
    }

    /** A standard normal by inversion: two uniforms give 2^27-times finer resolution than one. */
    public double normRand() {
        double u = unifRand();
        u = (int) (BIG * u) + unifRand();
        return Normal.quantile(u / BIG, 0.0, 1.0, true, false);
    }

    /** q[k-1] = sum of log(2)^i / i! for i = 1..k (Ahrens and Dieter 1972, algorithm SA). */
    private static final double[] EXP_Q = {
        0.6931471805599453, 0.9333736875190459, 0.9888777961838675, 0.9984959252914960,
        0.9998292811061389, 0.9999833164100727, 0.9999985691438767, 0.9999998906925558,
        0.9999999924734159, 0.9999999995283275, 0.9999999999728814, 0.9999999999985598,
        0.9999999999999289, 0.9999999999999968, 0.9999999999999999, 1.0000000000000000
    };

    /** A standard exponential (Ahrens and Dieter 1972). */
    public double expRand() {
        double a = 0.0;
        double u = unifRand();
        while (u <= 0.0 || u >= 1.0) u = unifRand();
        while (true) {
            u += u;
            if (u > 1.0) break;
            a += EXP_Q[0];
        }
        u -= 1.0;
        if (u <= EXP_Q[0]) return a + u;
        int i = 0;
        double umin = unifRand();
        do {
            double ustar = unifRand();
            if (ustar < umin) umin = ustar;
            i++;
        } while (u > EXP_Q[i]);
        return a + umin * EXP_Q[0];
    }

    /** A uniform integer in [0, dn), as a double. */
    public double unifIndex(double dn) {
        if (sampleKind == ROUNDING) {
            // the old way: scale one uniform (two when dn exceeds what 32 bits resolve)
            double u = dn > Integer.MAX_VALUE ? (Math.floor(33554432.0 * unifRand()) + unifRand()) / 33554432.0 : unifRand();
            return Math.floor(dn * u);
        }
        if (dn <= 0) return 0.0;
        int bits = (int) Math.ceil(log2(dn));
        double dv;
        do {
            dv = randomBits(bits);
        } while (dn <= dv);
        return dv;
    }

    /** ceil(log2(x)) computed from the binary exponent, exact where a rounded logarithm would not be. */
    private static double log2(double x) {
        int e = Math.getExponent(x);
        if (x < 1.0) return Math.log(x) / Math.log(2.0);
        return x == Math.scalb(1.0, e) ? e : e + 0.5;
    }

    /** A uniform integer below 2^bits, built from 16-bit chunks of successive uniforms. */
    private double randomBits(int bits) {
        long v = 0;
        for (int n = 0; n <= bits; n += 16) {
            int chunk = (int) Math.floor(unifRand() * 65536);
            v = 65536 * v + chunk;
        }
        return (double) (v & ((1L << bits) - 1));
    }
}
