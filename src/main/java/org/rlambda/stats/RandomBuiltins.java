package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * set.seed, RNGkind, the r* generators and the internal of sample.int. The generators are
 * vectorised like GNU R's stats: n may be a count or a vector (its length is used), parameters
 * recycle, invalid parameters give NA with the warning "NAs produced", and the RNG state is
 * only touched when something is drawn.
 */
public final class RandomBuiltins {
    private RandomBuiltins() { }

    interface Draw1 {
        double draw(Rng rng, double a);
    }

    interface Draw2 {
        double draw(Rng rng, double a, double b);
    }

    private static final String[] KINDS = {"Wichmann-Hill", "Marsaglia-Multicarry", "Super-Duper", "Mersenne-Twister",
        "Knuth-TAOCP", "user-supplied", "Knuth-TAOCP-2002", "L'Ecuyer-CMRG", "default"};
    private static final String[] NORMAL_KINDS = {"Buggy Kinderman-Ramage", "Ahrens-Dieter", "Box-Muller", "user-supplied",
        "Inversion", "Kinderman-Ramage", "default"};
    private static final String[] SAMPLE_KINDS = {"Rounding", "Rejection", "default"};

    public static void register(Builtins b) {
        b.add("set.seed", "seed, kind, normal.kind, sample.kind", (in, call, a, rho) -> {
            int seed;
            if (a[0] == null) throw in.error(call, "argument \"seed\" is missing, with no default");
            if (a[0] == Null.NULL) seed = (int) System.nanoTime();
            else {
                seed = asInteger(in, call, a[0]);
                if (seed == IntVector.NA) throw in.error(call, "supplied seed is not a valid integer");
            }
            checkKind(in, call, a[1], "'kind' must be a character string of length 1 (RNG to be used).");
            checkNormalKind(in, call, a[2]);
            int sampleKind = sampleKind(in, call, a[3]);
            Rng rng = Rng.load(in);
            if (sampleKind >= 0) rng.sampleKind = sampleKind;
            rng.seed(seed);
            rng.save(in);
            in.visible = false;
            return Null.NULL;
        });
        b.add("RNGkind", "kind, normal.kind, sample.kind", (in, call, a, rho) -> {
            Rng rng = Rng.load(in);
            StringVector before = StringVector.of("Mersenne-Twister", "Inversion", SAMPLE_KINDS[rng.sampleKind]);
            boolean set = false;
            if (checkKind(in, call, a[0], "'kind' must be a character string of length 1 (RNG to be used).")) {
                // choosing the generator re-seeds it from a draw of the current one
                double u = rng.unifRand();
                rng.seed((int) (long) (u * 4294967295.0));
                set = true;
            }
            if (checkNormalKind(in, call, a[1])) set = true;
            int sk = sampleKind(in, call, a[2]);
            if (sk >= 0) {
                rng.sampleKind = sk;
                set = true;
            }
            rng.save(in);
            in.visible = !set;
            return before;
        });
        b.markClosureLike("set.seed", "RNGkind");

        b.add("runif", "n, min, max", (in, call, a, rho) ->
            random2(in, call, a, "min", "max", 0, 1, false, (rng, lo, hi) -> {
                if (Double.isInfinite(lo) || Double.isInfinite(hi) || Double.isNaN(lo) || Double.isNaN(hi) || hi < lo) return Double.NaN;
                if (lo == hi) return lo;
                double u;
                do {
                    u = rng.unifRand();
                } while (u <= 0 || u >= 1);
                return lo + (hi - lo) * u;
            }));
        b.add("rnorm", "n, mean, sd", (in, call, a, rho) ->
            random2(in, call, a, "mean", "sd", 0, 1, false, (rng, mu, sigma) -> {
                if (Double.isNaN(mu) || Double.isInfinite(sigma) || Double.isNaN(sigma) || sigma < 0.) return Double.NaN;
                if (sigma == 0. || Double.isInfinite(mu)) return mu;
                return mu + sigma * rng.normRand();
            }));
        b.add("rbinom", "n, size, prob", (in, call, a, rho) ->
            random2(in, call, a, "size", "prob", Double.NaN, Double.NaN, true, Discrete::rbinom));
        b.add("rexp", "n, rate", (in, call, a, rho) -> {
            SEXP[] args = {a[0], a[1] == null ? DoubleVector.of(1) : reciprocal(in, call, a[1])};
            return random1(in, call, args, "rate", false, (rng, scale) -> {
                if (Double.isInfinite(scale) || Double.isNaN(scale) || scale <= 0.0) return scale == 0. ? 0. : Double.NaN;
                return scale * rng.expRand();
            });
        });
        b.add("rpois", "n, lambda", (in, call, a, rho) -> random1(in, call, a, "lambda", true, Discrete::rpois));
        b.markClosureLike("runif", "rnorm", "rbinom", "rexp", "rpois");

        b.add(".sampleInt", "n, size, replace, prob", (in, call, a, rho) -> sampleInt(in, a));
    }

    /** 1/rate computed as R's rexp does before calling C (keeps attributes, rejects non-numbers). */
    private static SEXP reciprocal(Interpreter in, Call call, SEXP rate) {
        if (!isNumeric(rate)) throw in.error(call, "invalid arguments");
        Vector v = Coerce.coerce((Vector) rate, SexpType.DOUBLE, null);
        double[] r = new double[v.length()];
        for (int i = 0; i < r.length; i++) r[i] = 1 / ((DoubleVector) v).get(i);
        return new DoubleVector(r);
    }

    private static boolean checkKind(Interpreter in, Call call, SEXP kind, String lengthMessage) {
        if (kind == null || kind == Null.NULL || kind.length() == 0) return false;
        if (!(kind instanceof StringVector) || kind.length() > 1) throw in.error(call, lengthMessage);
        String k = ((StringVector) kind).get(0);
        int i = pmatch(k, KINDS);
        if (i < 0) throw in.error(call, "'" + k + "' is not a valid abbreviation of an RNG");
        if (i != 3 && i != KINDS.length - 1) throw in.error(call, "RNG kind \"" + KINDS[i] + "\" is not supported");
        return true;
    }

    private static boolean checkNormalKind(Interpreter in, Call call, SEXP kind) {
        if (kind == null || kind == Null.NULL) return false;
        if (!(kind instanceof StringVector) || kind.length() != 1) throw in.error(call, "'normal.kind' must be a character string of length 1");
        int i = pmatch(((StringVector) kind).get(0), NORMAL_KINDS);
        if (i < 0) throw in.error(call, "'NA' is not a valid choice");
        if (i == 0) throw in.error(call, "buggy version of Kinderman-Ramage generator is not allowed");
        if (i != 4 && i != NORMAL_KINDS.length - 1) throw in.error(call, "normal.kind \"" + NORMAL_KINDS[i] + "\" is not supported");
        return true;
    }

    /** The sample.kind code, or -1 when not given. */
    private static int sampleKind(Interpreter in, Call call, SEXP kind) {
        if (kind == null || kind == Null.NULL) return -1;
        if (!(kind instanceof StringVector) || kind.length() != 1) throw in.error(call, "'sample.kind' must be a character string of length 1");
        int i = pmatch(((StringVector) kind).get(0), SAMPLE_KINDS);
        if (i < 0) throw in.error(call, "'NA' is not a valid choice");
        if (i == 0) in.warning(call, "non-uniform 'Rounding' sampler used");
        return i == 2 ? Rng.REJECTION : i;
    }

    /** R's pmatch for one string: exact match first, else a unique prefix; -1 otherwise. */
    private static int pmatch(String s, String[] table) {
        if (s == StringVector.NA || s.isEmpty()) return -1;
        for (int i = 0; i < table.length; i++) if (table[i].equals(s)) return i;
        int found = -1;
        for (int i = 0; i < table.length; i++) {
            if (table[i].startsWith(s)) {
                if (found >= 0) return -1;
                found = i;
            }
        }
        return found;
    }

    static boolean isNumeric(SEXP x) {
        return x instanceof DoubleVector || x instanceof LogicalVector || x instanceof IntVector && !x.inherits("factor");
    }

    static int asInteger(Interpreter in, Call call, SEXP x) {
        if (!(x instanceof Vector) || x.length() == 0 || x instanceof ListVector) return IntVector.NA;
        Coerce.Flag f = new Coerce.Flag();
        int v = Coerce.intElement((Vector) x, 0, f);
        if (f.naIntroduced) in.warning(call, "NAs introduced by coercion");
        if (f.intRange) in.warning(call, "NAs introduced by coercion to integer range");
        return v;
    }

    static double asReal(Interpreter in, Call call, SEXP x) {
        if (!(x instanceof Vector) || x.length() == 0 || x instanceof ListVector) return DoubleVector.NA;
        Coerce.Flag f = new Coerce.Flag();
        double v = Coerce.doubleElement((Vector) x, 0, f);
        if (f.naIntroduced) in.warning(call, "NAs introduced by coercion");
        return v;
    }

    /** The number of values to draw: n itself, or length(n) when n is a vector. */
    private static int resultLength(Interpreter in, Call call, SEXP n) {
        if (n == null) throw in.error(call, "argument \"n\" is missing, with no default");
        if (!(n instanceof Vector)) throw in.error(call, "invalid arguments");
        if (n.length() == 1) {
            double d = asReal(in, call, n);
            if (Double.isNaN(d) || d < 0 || d > Integer.MAX_VALUE) throw in.error(call, "invalid arguments");
            return (int) d;
        }
        return n.length();
    }

    private static double[] param(Interpreter in, Call call, SEXP x, String name, double dflt) {
        if (x == null) {
            if (Double.isNaN(dflt)) throw in.error(call, "argument \"" + name + "\" is missing, with no default");
            return new double[] {dflt};
        }
        if (!isNumeric(x)) throw in.error(call, "invalid arguments");
        return ((DoubleVector) Coerce.coerce((Vector) x, SexpType.DOUBLE, null)).values();
    }

    private static SEXP random1(Interpreter in, Call call, SEXP[] a, String name, boolean integer, Draw1 f) {
        if (a[0] == null) throw in.error(call, "argument \"n\" is missing, with no default");
        double[] pa = param(in, call, a[1], name, Double.NaN);
        int n = resultLength(in, call, a[0]);
        return fill(in, call, n, pa.length, integer, rng -> {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) out[i] = f.draw(rng, pa[i % pa.length]);
            return out;
        });
    }

    private static SEXP random2(Interpreter in, Call call, SEXP[] a, String nameA, String nameB, double da, double db, boolean integer, Draw2 f) {
        if (a[0] == null) throw in.error(call, "argument \"n\" is missing, with no default");
        if (a[1] == null && Double.isNaN(da)) throw in.error(call, "argument \"" + nameA + "\" is missing, with no default");
        double[] pa = param(in, call, a[1], nameA, da);
        double[] pb = param(in, call, a[2], nameB, db);
        int n = resultLength(in, call, a[0]);
        return fill(in, call, n, Math.min(pa.length, pb.length), integer, rng -> {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) out[i] = f.draw(rng, pa[i % pa.length], pb[i % pb.length]);
            return out;
        });
    }

    private static SEXP fill(Interpreter in, Call call, int n, int nParams, boolean integer,
                             java.util.function.Function<Rng, double[]> draws) {
        if (n == 0) return integer ? new IntVector(0) : new DoubleVector(0);
        if (nParams < 1) {
            in.warning(call, "NAs produced");
            if (integer) {
                int[] r = new int[n];
                java.util.Arrays.fill(r, IntVector.NA);
                return new IntVector(r);
            }
            double[] r = new double[n];
            java.util.Arrays.fill(r, DoubleVector.NA);
            return new DoubleVector(r);
        }
        Rng rng = Rng.load(in);
        double[] out = draws.apply(rng);
        rng.save(in);
        boolean na = false;
        boolean fitsInt = true;
        for (double d : out) {
            if (Double.isNaN(d)) na = true;
            else if (d > Integer.MAX_VALUE || d <= Integer.MIN_VALUE) fitsInt = false;
        }
        if (na) in.warning(call, "NAs produced");
        if (integer && fitsInt) {
            int[] r = new int[n];
            for (int i = 0; i < n; i++) r[i] = Double.isNaN(out[i]) ? IntVector.NA : (int) out[i];
            return new IntVector(r);
        }
        return new DoubleVector(out);
    }

    /** .sampleInt(n, size, replace, prob): the C part of sample.int (errors name the calling closure). */
    private static SEXP sampleInt(Interpreter in, SEXP[] a) {
        SEXP sn = a[0], sk = a[1], sreplace = a[2], prob = a[3];
        if (sk == null || sk.length() != 1) throw in.errorInCurrentCall("invalid 'size' argument");
        if (sreplace == null || sreplace.length() != 1) throw in.errorInCurrentCall("invalid 'replace' argument");
        int rep = sreplace instanceof Vector ? Coerce.logicalElement((Vector) sreplace, 0) : LogicalVector.NA;
        if (rep == LogicalVector.NA) throw in.errorInCurrentCall("invalid 'replace' argument");
        boolean replace = rep != 0;
        if (prob != null && prob != Null.NULL) {
            int n = asInteger(in, in.currentCall(), sn), k = asInteger(in, in.currentCall(), sk);
            if (n == IntVector.NA || n < 0 || (k > 0 && n == 0)) throw in.errorInCurrentCall("invalid first argument");
            if (k == IntVector.NA || k < 0) throw in.errorInCurrentCall("invalid 'size' argument");
            if (!replace && k > n) {
                throw in.errorInCurrentCall("cannot take a sample larger than the population when 'replace = FALSE'");
            }
            Rng rng = Rng.load(in);
            if (!(prob instanceof Vector) || prob instanceof ListVector) throw in.errorInCurrentCall("incorrect number of probabilities");
            Vector pv = Coerce.coerce((Vector) prob, SexpType.DOUBLE, null);
            double[] p = ((DoubleVector) pv).values().clone();
            if (p.length != n) throw in.errorInCurrentCall("incorrect number of probabilities");
            String err = Sampling.normalise(p, k, replace);
            if (err != null) throw in.errorInCurrentCall(err);
            int[] y = Sampling.withProbabilities(rng, p, k, replace);
            rng.save(in);
            return new IntVector(y);
        }
        double dn = asReal(in, in.currentCall(), sn);
        double dk = asReal(in, in.currentCall(), sk);
        if (Double.isNaN(dn) || Double.isInfinite(dn) || dn < 0 || dn > 4.5e15 || (dk > 0 && dn == 0)) {
            throw in.errorInCurrentCall("invalid first argument");
        }
        if (Double.isNaN(dk) || dk < 0 || dk > Integer.MAX_VALUE) throw in.errorInCurrentCall("invalid 'size' argument");
        int k = (int) dk;
        if (!replace && k > dn) {
            throw in.errorInCurrentCall("cannot take a sample larger than the population when 'replace = FALSE'");
        }
        Rng rng = Rng.load(in);
        SEXP result;
        if (dn > Integer.MAX_VALUE) result = new DoubleVector(Sampling.uniformLarge(rng, Math.floor(dn), k, replace));
        else result = new IntVector(Sampling.uniform(rng, (int) dn, k, replace));
        rng.save(in);
        return result;
    }
}
