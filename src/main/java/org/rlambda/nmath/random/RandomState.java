package org.rlambda.nmath.random;

/**
 * One R session's random number generator as GNU R's src/main/RNG.c keeps it: the chosen
 * uniform, normal and sample kinds, the generator's integer state (the integers after the kind
 * code in {@code .Random.seed}), and the Box-Muller spare deviate, which GNU R keeps outside
 * {@code .Random.seed}. Seeding scrambles the seed with 50 steps of the congruential
 * generator x -> 69069 x + 1 before filling the state from it, as GNU R does.
 */
public final class RandomState {
    public RngKind kind = RngKind.MERSENNE_TWISTER;
    public NormalKind normalKind = NormalKind.INVERSION;
    public SampleKind sampleKind = SampleKind.REJECTION;
    /** How many times R code chose a seed (set.seed with a non-NULL seed); the Lambda runtime
     *  reads it to leave a script's own seed alone after a SnapStart restore. */
    public int seedsChosen;
    /** The generator's state; sized for the largest generator, as RNG.c's shared buffer is. */
    final int[] seed = new int[MersenneTwister.N + 1];
    /** The second Box-Muller deviate of a pair, 0 when none is pending. */
    double boxMullerKeep;

    /** Forgets a pending Box-Muller deviate (choosing Box-Muller anew starts a fresh pair). */
    public void clearBoxMuller() { boxMullerKeep = 0.0; }

    /** 1/(2^32 - 1): exact 0 and 1 are nudged inwards by half of it. */
    private static final double I2_32M1 = 2.328306437080797e-10;

    static double fixup(double x) {
        if (x <= 0.0) return 0.5 * I2_32M1;
        if (1.0 - x <= 0.0) return 1.0 - 0.5 * I2_32M1;
        return x;
    }

    /** A state as {@code set.seed(seed)} leaves it under the default kinds. */
    public static RandomState seeded(int seed) {
        RandomState r = new RandomState();
        r.init(r.kind, seed);
        return r;
    }

    /** A uniform in (0, 1). */
    public double unifRand() {
        switch (kind) {
            case WICHMANN_HILL: return SmallGenerators.wichmannHill(seed);
            case MARSAGLIA_MULTICARRY: return SmallGenerators.marsagliaMulticarry(seed);
            case SUPER_DUPER: return SmallGenerators.superDuper(seed);
            case MERSENNE_TWISTER: return fixup(MersenneTwister.next(seed));
            case KNUTH_TAOCP:
            case KNUTH_TAOCP2: return KnuthTaocp.next(seed);
            case LECUYER_CMRG: return LecuyerCmrg.next(seed);
            default: throw new RandomException("unif_rand: unimplemented RNG kind " + kind.ordinal());
        }
    }

    /** GNU R's RNG_Init: seeds {@code k} (scrambling the seed first) and makes it current. */
    public void init(RngKind k, int s) {
        boxMullerKeep = 0.0;
        for (int j = 0; j < 50; j++) s = 69069 * s + 1;
        switch (k) {
            case WICHMANN_HILL:
            case MARSAGLIA_MULTICARRY:
            case SUPER_DUPER:
            case MERSENNE_TWISTER:
                // slot 0 of Mersenne-Twister is mti but is filled too, for GNU R's historical consistency
                for (int j = 0; j < k.seedLength; j++) {
                    s = 69069 * s + 1;
                    seed[j] = s;
                }
                fixupSeeds(k, true);
                break;
            case KNUTH_TAOCP:
                KnuthTaocp.start1997(seed, s);
                break;
            case KNUTH_TAOCP2:
                KnuthTaocp.start2002(seed, s);
                break;
            case LECUYER_CMRG:
                LecuyerCmrg.seed(seed, s);
                break;
            default:
                throw new RandomException("'user_unif_rand' not in load table");
        }
        kind = k;
    }

    /** A seed from the clock and process, for a session without {@code .Random.seed}. */
    public void randomize(RngKind k) {
        long pid = ProcessHandle.current().pid();
        long nanos = System.nanoTime() ^ System.currentTimeMillis();
        init(k, (int) ((pid << 16) ^ nanos ^ (nanos >>> 32)));
    }

    /** GNU R's FixupSeeds: repairs a state read back from {@code .Random.seed}. */
    public void fixupSeeds(RngKind k, boolean initial) {
        switch (k) {
            case WICHMANN_HILL: SmallGenerators.fixupWichmannHill(seed); break;
            case MARSAGLIA_MULTICARRY: SmallGenerators.fixupMarsagliaMulticarry(seed); break;
            case SUPER_DUPER: SmallGenerators.fixupSuperDuper(seed); break;
            case MERSENNE_TWISTER:
                if (!MersenneTwister.fixup(seed, initial)) randomize(k);
                break;
            case KNUTH_TAOCP:
            case KNUTH_TAOCP2:
                if (!KnuthTaocp.fixup(seed)) randomize(k);
                break;
            case LECUYER_CMRG:
                if (!LecuyerCmrg.valid(seed)) randomize(k);
                break;
            default:
                break;
        }
    }

    /** The kind code: generator + 100 * normal kind + 10000 * sample kind. */
    public int kindCode() {
        return kind.ordinal() + 100 * normalKind.ordinal() + 10000 * sampleKind.ordinal();
    }

    /** The integers {@code .Random.seed} holds. */
    public int[] seedVector() {
        int[] v = new int[kind.seedLength + 1];
        v[0] = kindCode();
        System.arraycopy(seed, 0, v, 1, kind.seedLength);
        return v;
    }

    /** Loads the generator's words from {@code .Random.seed[2:...]} and repairs them. */
    public void loadWords(int[] values, int from) {
        System.arraycopy(values, from, seed, 0, kind.seedLength);
        fixupSeeds(kind, false);
    }

    public double normRand() { return NormalGenerators.next(this); }

    /** n successive uniforms into out[from ..], as n calls of unifRand would give them. */
    public void fillUnif(double[] out, int from, int n) {
        if (kind == RngKind.MERSENNE_TWISTER) {
            MersenneTwister.fill(seed, out, from, n);
        } else {
            for (int i = from; i < from + n; i++) out[i] = unifRand();
        }
    }

    /** out.length successive standard normals, as that many calls of normRand would give them. */
    public void fillNorm(double[] out) {
        if (normalKind != NormalKind.INVERSION) {
            for (int i = 0; i < out.length; i++) out[i] = normRand();
            return;
        }
        double[] u = new double[2 * Math.min(out.length, 4096)];
        for (int from = 0; from < out.length; from += u.length / 2) {
            int m = Math.min(u.length / 2, out.length - from);
            fillUnif(u, 0, 2 * m);
            for (int j = 0; j < m; j++) out[from + j] = NormalGenerators.inversion(u[2 * j], u[2 * j + 1]);
        }
    }

    public double expRand() { return Exponential.standard(this); }

    /** A uniform integer in [0, dn), as a double (GNU R's R_unif_index). */
    public double unifIndex(double dn) {
        if (sampleKind == SampleKind.ROUNDING) {
            double cut = kind == RngKind.KNUTH_TAOCP || kind == RngKind.KNUTH_TAOCP2 ? 33554431.0 : Integer.MAX_VALUE;
            double u = dn > cut ? (Math.floor(33554432.0 * unifRand()) + unifRand()) / 33554432.0 : unifRand();
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

    /** log2 exact at powers of two (where C's log2 is exact and a quotient of logarithms need not be). */
    private static double log2(double x) {
        if (x >= Double.MIN_NORMAL) {
            int e = Math.getExponent(x);
            if (x == Math.scalb(1.0, e)) return e;
        }
        return Math.log(x) / Math.log(2.0);
    }

    /** A uniform integer below 2^bits, from 16-bit chunks of successive uniforms. */
    private double randomBits(int bits) {
        long v = 0;
        for (int n = 0; n <= bits; n += 16) {
            int chunk = (int) Math.floor(unifRand() * 65536);
            v = 65536 * v + chunk;
        }
        return (double) (v & ((1L << bits) - 1));
    }
}
