package org.rlambda.nmath.random;

import java.util.Map;
import java.util.WeakHashMap;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;

/**
 * The link between an R session and its generator, as GNU R's GetRNGstate/PutRNGstate
 * (src/main/RNG.c): every drawing builtin reads {@code .Random.seed} from the global
 * environment (the kinds from its first element, the generator's words from the rest),
 * draws, and writes it back, so that scripts may save and restore it. What GNU R keeps in C
 * globals instead (the kinds last chosen, used when {@code .Random.seed} is absent, and the
 * spare Box-Muller deviate) lives in one {@link RandomState} per session.
 */
public final class SessionRng {
    private SessionRng() { }

    public static final Symbol SEED = Symbol.get(".Random.seed");

    private static final Map<Interpreter, RandomState> SESSIONS = new WeakHashMap<>();

    /** The session's generator, without consulting {@code .Random.seed}. */
    public static RandomState state(Interpreter in) {
        synchronized (SESSIONS) {
            return SESSIONS.computeIfAbsent(in, k -> new RandomState());
        }
    }

    private static SEXP seedVariable(Interpreter in) {
        SEXP seeds = in.globalEnv.getLocal(SEED);
        if (seeds instanceof Promise) seeds = in.force((Promise) seeds);
        return seeds;
    }

    /** GetRNGstate: the generator as {@code .Random.seed} describes it (or seeded from the clock). */
    public static RandomState load(Interpreter in) {
        RandomState rs = state(in);
        SEXP seeds = seedVariable(in);
        if (seeds == null) {
            rs.randomize(rs.kind);
            return rs;
        }
        if (!loadKinds(in, rs, seeds)) return rs;
        int len = rs.kind.seedLength;
        IntVector s = (IntVector) seeds;
        if (s.length() > 1 && s.length() < len + 1) throw in.errorInCurrentCall("'.Random.seed' has wrong length");
        if (s.length() == 1) {
            rs.randomize(rs.kind);
        } else {
            int[] v = new int[len + 1];
            for (int j = 0; j <= len; j++) v[j] = s.get(j);
            rs.loadWords(v, 1);
        }
        return rs;
    }

    /** GetRNGkind(NULL): takes the kinds from {@code .Random.seed} when it exists. */
    public static void loadKinds(Interpreter in) {
        SEXP seeds = seedVariable(in);
        if (seeds != null) loadKinds(in, state(in), seeds);
    }

    /**
     * Sets the kinds from {@code .Random.seed[1]}; false when the variable was invalid, in which
     * case GNU R warns, returns to the default kinds, re-seeds from the clock and saves.
     */
    private static boolean loadKinds(Interpreter in, RandomState rs, SEXP seeds) {
        String problem = null;
        if (!(seeds instanceof IntVector) || seeds.inherits("factor")) {
            problem = "'.Random.seed' is not an integer vector but of type '" + seeds.typeName() + "', so ignored";
        } else {
            IntVector s = (IntVector) seeds;
            int code = s.length() == 0 ? IntVector.NA : s.get(0);
            if (code == IntVector.NA || code < 0 || code > 11000) {
                problem = "'.Random.seed[1]' is not a valid integer, so ignored";
            } else {
                RngKind kind = RngKind.of(code % 100);
                NormalKind normal = NormalKind.of(code % 10000 / 100);
                SampleKind sample = SampleKind.of(code / 10000);
                if (normal == null || sample == null) {
                    problem = "'.Random.seed[1]' is not a valid Normal type, so ignored";
                } else if (kind == RngKind.USER_UNIF) {
                    problem = "'.Random.seed[1] = 5' but no user-supplied generator, so ignored";
                } else if (kind == null) {
                    problem = "'.Random.seed[1]' is not a valid RNG kind so ignored";
                } else {
                    rs.kind = kind;
                    rs.normalKind = normal;
                    rs.sampleKind = sample;
                    return true;
                }
            }
        }
        in.warning(in.currentCall(), problem);
        rs.kind = RngKind.MERSENNE_TWISTER;
        rs.normalKind = NormalKind.INVERSION;
        rs.sampleKind = SampleKind.REJECTION;
        rs.randomize(rs.kind);
        save(in, rs);
        return false;
    }

    /** PutRNGstate: writes the state to {@code .Random.seed} in the global environment. */
    public static void save(Interpreter in, RandomState rs) {
        in.define(SEED, new IntVector(rs.seedVector()), in.globalEnv);
    }
}
