package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.nmath.random.BetaVariate;
import org.rlambda.nmath.random.BinomialVariate;
import org.rlambda.nmath.random.ContingencyTable;
import org.rlambda.nmath.random.GammaVariate;
import org.rlambda.nmath.random.HypergeometricVariate;
import org.rlambda.nmath.random.MultinomialVariate;
import org.rlambda.nmath.random.NormalKind;
import org.rlambda.nmath.random.PoissonVariate;
import org.rlambda.nmath.random.RandomException;
import org.rlambda.nmath.random.RandomState;
import org.rlambda.nmath.random.RngKind;
import org.rlambda.nmath.random.SampleKind;
import org.rlambda.nmath.random.Sampling;
import org.rlambda.nmath.random.SessionRng;
import org.rlambda.nmath.random.Variates;
import org.rlambda.nmath.random.Wishart;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/**
 * The internals behind random.R's RNGkind, set.seed, sample.int and r* closures, following
 * GNU R's src/main/RNG.c (do_RNGkind, do_setseed), src/library/stats/src/random.c (random1/2/3:
 * n as a count or a vector whose length is used, parameters recycled, NaN draws becoming NA
 * with the warning "NAs produced", integer results turning double when a draw exceeds the
 * integer range) and src/main/random.c (do_sample). Errors and warnings name the calling
 * closure, as GNU R's .Call/.Internal errors do.
 */
public final class RandomBuiltins {
    private RandomBuiltins() { }

    interface Draw1 {
        double draw(RandomState rng, double a);
    }

    interface Draw2 {
        double draw(RandomState rng, double a, double b);
    }

    interface Draw3 {
        double draw(RandomState rng, double a, double b, double c);
    }

    public static void register(Builtins b) {
        b.add(".rlambda_RNGkind", "kind, normal.kind, sample.kind", (in, call, a, rho) -> rngKind(in, a));
        b.add(".rlambda_setseed", "seed, kind, normal.kind, sample.kind", (in, call, a, rho) -> {
            setSeed(in, a);
            in.visible = false;
            return Null.NULL;
        });

        bulk2(b, ".rlambda_runif", Variates::unif, Variates::unif);
        bulk2(b, ".rlambda_rnorm", Variates::norm, Variates::norm);
        real1(b, ".rlambda_rexp", Variates::exp);
        real2(b, ".rlambda_rcauchy", Variates::cauchy);
        real2(b, ".rlambda_rlogis", Variates::logis);
        real2(b, ".rlambda_rlnorm", Variates::lnorm);
        real2(b, ".rlambda_rweibull", Variates::weibull);
        real2(b, ".rlambda_rgamma", GammaVariate::draw);
        real2(b, ".rlambda_rbeta", BetaVariate::draw);
        real1(b, ".rlambda_rchisq", Variates::chisq);
        real2(b, ".rlambda_rnchisq", Variates::nchisq);
        real1(b, ".rlambda_rt", Variates::t);
        real2(b, ".rlambda_rf", Variates::f);
        int2(b, ".rlambda_rbinom", BinomialVariate::draw);
        int2(b, ".rlambda_rnbinom", Variates::nbinom);
        int2(b, ".rlambda_rnbinom_mu", Variates::nbinomMu);
        int1(b, ".rlambda_rpois", PoissonVariate::draw);
        int1(b, ".rlambda_rgeom", Variates::geom);
        int1(b, ".rlambda_rsignrank", Variates::signrank);
        int2(b, ".rlambda_rwilcox", Variates::wilcox);
        b.add(".rlambda_rhyper", "nn, m, n, k", (in, call, a, rho) ->
            random(in, a[0], new SEXP[] {a[1], a[2], a[3]}, true, fill3(HypergeometricVariate::draw)));
        b.add(".rlambda_rmultinom", "n, size, prob", (in, call, a, rho) -> rmultinom(in, a[0], a[1], a[2]));
        b.add(".rlambda_r2dtable", "n, r, c", (in, call, a, rho) -> r2dtable(in, a[0], a[1], a[2]));
        b.add(".rlambda_rWishart", "n, df, Sigma", (in, call, a, rho) -> rWishart(in, a[0], a[1], a[2]));

        b.add(".rlambda_sample", "n, size, replace, prob", (in, call, a, rho) -> sampleInt(in, a));
        b.add(".rlambda_sample2", "n, size", (in, call, a, rho) -> sampleHash(in, a[0], a[1]));
    }

    private static void real1(Builtins b, String name, Draw1 f) {
        b.add(name, "n, a", (in, call, a, rho) ->
            random(in, a[0], new SEXP[] {a[1]}, false, fill1(f)));
    }

    private static void int1(Builtins b, String name, Draw1 f) {
        b.add(name, "n, a", (in, call, a, rho) ->
            random(in, a[0], new SEXP[] {a[1]}, true, fill1(f)));
    }

    private static void real2(Builtins b, String name, Draw2 f) {
        b.add(name, "n, a, b", (in, call, a, rho) -> random(in, a[0], new SEXP[] {a[1], a[2]}, false, fill2(f)));
    }

    /** The whole vector drawn at once when both parameters are scalars. */
    interface Bulk2 {
        void fill(RandomState rng, double a, double b, double[] out);
    }

    private static void bulk2(Builtins b, String name, Draw2 f, Bulk2 bulk) {
        Fill each = fill2(f);
        b.add(name, "n, a, b", (in, call, a, rho) -> random(in, a[0], new SEXP[] {a[1], a[2]}, false, (rng, p, out) -> {
            if (p[0].length == 1 && p[1].length == 1) bulk.fill(rng, p[0][0], p[1][0], out);
            else each.fill(rng, p, out);
        }));
    }

    private static void int2(Builtins b, String name, Draw2 f) {
        b.add(name, "n, a, b", (in, call, a, rho) -> random(in, a[0], new SEXP[] {a[1], a[2]}, true, fill2(f)));
    }

    /** Fills out[] with draws, recycling the parameter vectors (counters, not a division per draw). */
    interface Fill {
        void fill(RandomState rng, double[][] params, double[] out);
    }

    private static Fill fill1(Draw1 f) {
        return (rng, p, out) -> {
            double[] a = p[0];
            for (int i = 0, ia = 0; i < out.length; i++) {
                out[i] = f.draw(rng, a[ia]);
                if (++ia == a.length) ia = 0;
            }
        };
    }

    private static Fill fill2(Draw2 f) {
        return (rng, p, out) -> {
            double[] a = p[0], b = p[1];
            if (a.length == 1 && b.length == 1) {
                double x = a[0], y = b[0];
                for (int i = 0; i < out.length; i++) out[i] = f.draw(rng, x, y);
                return;
            }
            for (int i = 0, ia = 0, ib = 0; i < out.length; i++) {
                out[i] = f.draw(rng, a[ia], b[ib]);
                if (++ia == a.length) ia = 0;
                if (++ib == b.length) ib = 0;
            }
        };
    }

    private static Fill fill3(Draw3 f) {
        return (rng, p, out) -> {
            double[] a = p[0], b = p[1], c = p[2];
            for (int i = 0, ia = 0, ib = 0, ic = 0; i < out.length; i++) {
                out[i] = f.draw(rng, a[ia], b[ib], c[ic]);
                if (++ia == a.length) ia = 0;
                if (++ib == b.length) ib = 0;
                if (++ic == c.length) ic = 0;
            }
        };
    }

    // ------------------------------------------------------------------ RNGkind and set.seed

    /** .rlambda_RNGkind(kind, normal.kind, sample.kind): the previous kind codes; sets those given. */
    private static SEXP rngKind(Interpreter in, SEXP[] a) {
        RandomState rs = loadState(in);
        int[] before = {rs.kind.ordinal(), rs.normalKind.ordinal(), rs.sampleKind.ordinal()};
        SessionRng.loadKinds(in);
        setKinds(in, a[0], a[1], a[2]);
        return new IntVector(before);
    }

    private static void setSeed(Interpreter in, SEXP[] a) {
        int seed;
        if (a[0] == null || a[0] == Null.NULL) {
            seed = (int) (System.nanoTime() ^ ProcessHandle.current().pid() << 16);
        } else {
            seed = asInteger(in, a[0]);
            if (seed == IntVector.NA) throw in.errorInCurrentCall("supplied seed is not a valid integer");
        }
        SessionRng.loadKinds(in);
        setKinds(in, a[1], a[2], a[3]);
        RandomState rs = SessionRng.state(in);
        try {
            rs.init(rs.kind, seed);
            if (a[0] != null && a[0] != Null.NULL) rs.seedsChosen++;
        } catch (RandomException e) {
            throw in.errorInCurrentCall(e.getMessage());
        }
        SessionRng.save(in, rs);
    }

    private static void setKinds(Interpreter in, SEXP kind, SEXP normal, SEXP sample) {
        if (kind != null && kind != Null.NULL) chooseGenerator(in, asInteger(in, kind));
        if (normal != null && normal != Null.NULL) chooseNormal(in, asInteger(in, normal));
        if (sample != null && sample != Null.NULL) chooseSample(in, asInteger(in, sample));
    }

    /** A new generator, seeded from a draw of the current one. */
    private static void chooseGenerator(Interpreter in, int code) {
        RngKind kind = code == -1 ? RngKind.MERSENNE_TWISTER : RngKind.of(code);
        if (kind == null) throw in.errorInCurrentCall("RNGkind: unimplemented RNG kind " + code);
        if (kind == RngKind.MARSAGLIA_MULTICARRY) {
            in.warning(in.currentCall(), "RNGkind: Marsaglia-Multicarry has poor statistical properties");
        }
        RandomState rs = loadState(in);
        double u = rs.unifRand();
        try {
            rs.init(kind, (int) (long) (u * 4294967295.0));
        } catch (RandomException e) {
            throw in.errorInCurrentCall(e.getMessage());
        }
        SessionRng.save(in, rs);
    }

    private static void chooseNormal(Interpreter in, int code) {
        RandomState rs = SessionRng.state(in);
        NormalKind kind = code == -1 ? NormalKind.INVERSION : NormalKind.of(code);
        if (kind == NormalKind.KINDERMAN_RAMAGE && rs.kind == RngKind.MARSAGLIA_MULTICARRY) {
            in.warning(in.currentCall(), "RNGkind: severe deviations from normality for Kinderman-Ramage + Marsaglia-Multicarry");
        }
        if (kind == NormalKind.AHRENS_DIETER && rs.kind == RngKind.MARSAGLIA_MULTICARRY) {
            in.warning(in.currentCall(), "RNGkind: deviations from normality for Ahrens-Dieter + Marsaglia-Multicarry");
        }
        if (kind == null) throw in.errorInCurrentCall("invalid Normal type in 'RNGkind'");
        if (kind == NormalKind.USER_NORM) throw in.errorInCurrentCall("'user_norm_rand' not in load table");
        rs = loadState(in);
        if (kind == NormalKind.BOX_MULLER) rs.clearBoxMuller();
        rs.normalKind = kind;
        SessionRng.save(in, rs);
    }

    private static void chooseSample(Interpreter in, int code) {
        SampleKind kind = code == -1 ? SampleKind.REJECTION : SampleKind.of(code);
        if (kind == null) throw in.errorInCurrentCall("invalid sample type in 'RNGkind'");
        RandomState rs = loadState(in);
        rs.sampleKind = kind;
        SessionRng.save(in, rs);
    }

    static RandomState loadState(Interpreter in) {
        try {
            return SessionRng.load(in);
        } catch (RandomException e) {
            throw in.errorInCurrentCall(e.getMessage());
        }
    }

    // ------------------------------------------------------------------ r* functions

    static boolean isNumeric(SEXP x) {
        return x instanceof DoubleVector || x instanceof LogicalVector || x instanceof IntVector && !x.inherits("factor");
    }

    static int asInteger(Interpreter in, SEXP x) {
        if (!(x instanceof Vector) || x.length() == 0 || x instanceof ListVector) return IntVector.NA;
        Coerce.Flag f = new Coerce.Flag();
        int v = Coerce.intElement((Vector) x, 0, f);
        if (f.naIntroduced) in.warning(in.currentCall(), "NAs introduced by coercion");
        if (f.intRange) in.warning(in.currentCall(), "NAs introduced by coercion to integer range");
        return v;
    }

    static double asReal(Interpreter in, SEXP x) {
        if (!(x instanceof Vector) || x.length() == 0 || x instanceof ListVector) return DoubleVector.NA;
        Coerce.Flag f = new Coerce.Flag();
        double v = Coerce.doubleElement((Vector) x, 0, f);
        if (f.naIntroduced) in.warning(in.currentCall(), "NAs introduced by coercion");
        return v;
    }

    /** The number of values to draw: n itself, or length(n) when n is a vector. */
    private static int resultLength(Interpreter in, SEXP n) {
        if (!(n instanceof Vector)) throw in.errorInCurrentCall("invalid arguments");
        if (n.length() == 1) {
            double d = asReal(in, n);
            if (Double.isNaN(d) || d < 0 || d > Integer.MAX_VALUE) throw in.errorInCurrentCall("invalid arguments");
            return (int) d;
        }
        return n.length();
    }

    private static SEXP random(Interpreter in, SEXP n, SEXP[] params, boolean integer, Fill f) {
        for (SEXP p : params) if (!isNumeric(p)) throw in.errorInCurrentCall("invalid arguments");
        int len = resultLength(in, n);
        if (len == 0) return integer ? new IntVector(0) : new DoubleVector(0);
        double[][] p = new double[params.length][];
        boolean empty = false;
        for (int j = 0; j < params.length; j++) {
            p[j] = ((DoubleVector) Coerce.coerce((Vector) params[j], SexpType.DOUBLE, null)).values();
            if (p[j].length == 0) empty = true;
        }
        if (empty) {
            in.warning(in.currentCall(), "NAs produced");
            if (integer) {
                int[] r = new int[len];
                java.util.Arrays.fill(r, IntVector.NA);
                return new IntVector(r);
            }
            double[] r = new double[len];
            java.util.Arrays.fill(r, DoubleVector.NA);
            return new DoubleVector(r);
        }
        RandomState rng = loadState(in);
        double[] out = new double[len];
        boolean na = false;
        // integer results switch to double at the first draw beyond the integer range
        int firstOverflow = integer ? len : 0;
        try {
            f.fill(rng, p, out);
        } catch (RandomException e) {
            throw in.errorInCurrentCall(e.getMessage());
        }
        for (int i = 0; i < len; i++) {
            double d = out[i];
            if (d != d) na = true;
            else if (i < firstOverflow && (d > Integer.MAX_VALUE || d <= Integer.MIN_VALUE)) firstOverflow = i;
        }
        if (na) in.warning(in.currentCall(), "NAs produced");
        SessionRng.save(in, rng);
        if (integer && firstOverflow == len) {
            int[] r = new int[len];
            for (int i = 0; i < len; i++) r[i] = Double.isNaN(out[i]) ? IntVector.NA : (int) out[i];
            return new IntVector(r);
        }
        for (int i = 0; i < firstOverflow; i++) if (Double.isNaN(out[i])) out[i] = DoubleVector.NA;
        return new DoubleVector(out);
    }

    /** GNU R's do_rmultinom: a k x n integer matrix, dimnames from names(prob). */
    private static SEXP rmultinom(Interpreter in, SEXP sn, SEXP ssize, SEXP sprob) {
        int n = asInteger(in, sn);
        int size = asInteger(in, ssize);
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
        RandomState rng = loadState(in);
        int[] ans = new int[k * n];
        for (int i = 0; i < n; i++) MultinomialVariate.draw(rng, size, prob, ans, i * k);
        SessionRng.save(in, rng);
        IntVector v = new IntVector(ans);
        v.setAttributeRaw("dim", new IntVector(new int[] {k, n}));
        SEXP names = sprob.getAttribute("names");
        if (names != null && names != Null.NULL) v.setAttributeRaw("dimnames", ListVector.of(names, Null.NULL));
        return v;
    }

    private static SEXP r2dtable(Interpreter in, SEXP sn, SEXP sr, SEXP sc) {
        if (!(sn instanceof IntVector) || sn.length() == 0 || !(sr instanceof IntVector) || sr.length() <= 1
            || !(sc instanceof IntVector) || sc.length() <= 1) {
            throw in.errorInCurrentCall("invalid arguments");
        }
        int samples = ((IntVector) sn).get(0);
        int[] r = ((IntVector) sr).values().clone(), c = ((IntVector) sc).values().clone();
        int total = 0;
        for (int v : r) total += v;
        double[] logFact = new double[total + 1];
        for (int i = 1; i <= total; i++) logFact[i] = org.rlambda.nmath.GammaFunctions.lgamma(i + 1.0);
        RandomState rng = loadState(in);
        SEXP[] out = new SEXP[samples];
        try {
            for (int i = 0; i < samples; i++) {
                int[] m = new int[r.length * c.length];
                ContingencyTable.draw(rng, r.length, c.length, r, c, total, logFact, m);
                IntVector v = new IntVector(m);
                v.setAttributeRaw("dim", new IntVector(new int[] {r.length, c.length}));
                out[i] = v;
            }
        } catch (RandomException e) {
            throw in.errorInCurrentCall(e.getMessage());
        }
        SessionRng.save(in, rng);
        return new ListVector(out);
    }

    private static SEXP rWishart(Interpreter in, SEXP sn, SEXP sdf, SEXP sigma) {
        SEXP dim = sigma.getAttribute("dim");
        if (!(sigma instanceof DoubleVector) || !(dim instanceof IntVector) || dim.length() != 2
            || ((IntVector) dim).get(0) != ((IntVector) dim).get(1)) {
            throw in.errorInCurrentCall("'scal' must be a square, real matrix");
        }
        int n = asInteger(in, sn);
        if (n <= 0) n = 1;
        double nu = asReal(in, sdf);
        int p = ((IntVector) dim).get(0);
        double[] u = cholesky(((DoubleVector) sigma).values(), p);
        if (u == null) throw in.errorInCurrentCall("'scal' matrix is not positive-definite");
        double[] ans = new double[p * p * n];
        RandomState rng = loadState(in);
        try {
            for (int j = 0; j < n; j++) {
                double[] t = Wishart.upperFactor(rng, nu, p);
                multiplyUpperRight(t, u, p);
                int off = j * p * p;
                for (int jj = 0; jj < p; jj++) {
                    for (int i = 0; i <= jj; i++) {
                        double s = 0;
                        for (int l = 0; l < p; l++) s += t[l + i * p] * t[l + jj * p];
                        ans[off + i + jj * p] = s;
                        ans[off + jj + i * p] = s;
                    }
                }
            }
        } catch (RandomException e) {
            throw in.errorInCurrentCall(e.getMessage());
        }
        SessionRng.save(in, rng);
        DoubleVector v = new DoubleVector(ans);
        v.setAttributeRaw("dim", new IntVector(new int[] {p, p, n}));
        return v;
    }

    /** Upper Cholesky factor U (A = U'U, column-major) as LAPACK's dpotf2 computes it; null if not positive-definite. */
    private static double[] cholesky(double[] a, int p) {
        double[] u = new double[p * p];
        for (int j = 0; j < p; j++) {
            double ajj = a[j + j * p];
            for (int k = 0; k < j; k++) ajj -= u[k + j * p] * u[k + j * p];
            if (ajj <= 0 || Double.isNaN(ajj)) return null;
            ajj = Math.sqrt(ajj);
            u[j + j * p] = ajj;
            for (int i = j + 1; i < p; i++) {
                double s = a[j + i * p];
                for (int k = 0; k < j; k++) s -= u[k + j * p] * u[k + i * p];
                u[j + i * p] = s / ajj;
            }
        }
        return u;
    }

    /** B := B * A for upper triangular A, in BLAS dtrmm's order of operations. */
    private static void multiplyUpperRight(double[] b, double[] a, int p) {
        for (int j = p - 1; j >= 0; j--) {
            double temp = a[j + j * p];
            for (int i = 0; i < p; i++) b[i + j * p] = temp * b[i + j * p];
            for (int k = 0; k < j; k++) {
                double akj = a[k + j * p];
                if (akj != 0) for (int i = 0; i < p; i++) b[i + j * p] += akj * b[i + k * p];
            }
        }
    }

    // ------------------------------------------------------------------ sample.int

    /** .rlambda_sample(n, size, replace, prob): GNU R's do_sample. */
    private static SEXP sampleInt(Interpreter in, SEXP[] a) {
        SEXP sn = a[0], sk = a[1], sreplace = a[2], prob = a[3];
        if (sk == null || sk.length() != 1) throw in.errorInCurrentCall("invalid 'size' argument");
        if (sreplace == null || sreplace.length() != 1) throw in.errorInCurrentCall("invalid 'replace' argument");
        int rep = sreplace instanceof Vector ? Coerce.logicalElement((Vector) sreplace, 0) : LogicalVector.NA;
        if (rep == LogicalVector.NA) throw in.errorInCurrentCall("invalid 'replace' argument");
        boolean replace = rep != 0;
        RandomState rng = loadState(in);
        if (prob != null && prob != Null.NULL) {
            int n = asInteger(in, sn), k = asInteger(in, sk);
            if (n == IntVector.NA || n < 0 || (k > 0 && n == 0)) throw in.errorInCurrentCall("invalid first argument");
            if (k == IntVector.NA || k < 0) throw in.errorInCurrentCall("invalid 'size' argument");
            if (!replace && k > n) {
                throw in.errorInCurrentCall("cannot take a sample larger than the population when 'replace = FALSE'");
            }
            if (!(prob instanceof Vector) || prob instanceof ListVector) throw in.errorInCurrentCall("incorrect number of probabilities");
            Vector pv = Coerce.coerce((Vector) prob, SexpType.DOUBLE, null);
            double[] p = ((DoubleVector) pv).values().clone();
            if (p.length != n) throw in.errorInCurrentCall("incorrect number of probabilities");
            String err = Sampling.normalise(p, k, replace);
            if (err != null) throw in.errorInCurrentCall(err);
            int[] y = Sampling.withProbabilities(rng, p, k, replace);
            SessionRng.save(in, rng);
            return new IntVector(y);
        }
        double dn = asReal(in, sn);
        double dk = vectorSize(in, sk);
        if (Double.isNaN(dn) || Double.isInfinite(dn) || dn < 0 || dn > 4.5e15 || (dk > 0 && dn == 0)) {
            throw in.errorInCurrentCall("invalid first argument");
        }
        if (dk < 0) throw in.errorInCurrentCall("invalid 'size' argument");
        if (!replace && dk > dn) {
            throw in.errorInCurrentCall("cannot take a sample larger than the population when 'replace = FALSE'");
        }
        if (dk > Integer.MAX_VALUE) throw in.errorInCurrentCall("invalid 'size' argument");
        int k = (int) dk;
        SEXP result;
        if (dn > Integer.MAX_VALUE) result = new DoubleVector(Sampling.uniformLarge(rng, Math.floor(dn), k, replace));
        else result = new IntVector(Sampling.uniform(rng, (int) dn, k, replace));
        SessionRng.save(in, rng);
        return result;
    }

    /** GNU R's asVecSize: a size from an integer, double or string; -999 for other types. */
    private static double vectorSize(Interpreter in, SEXP x) {
        if (!(x instanceof Vector) || x instanceof ListVector || x.length() < 1) return -999;
        if (x instanceof IntVector) {
            int v = ((IntVector) x).get(0);
            if (v == IntVector.NA) throw in.errorInCurrentCall("vector size cannot be NA");
            return v;
        }
        if (x instanceof DoubleVector || x instanceof org.rlambda.sexp.StringVector) {
            double d = asReal(in, x);
            if (Double.isNaN(d)) throw in.errorInCurrentCall("vector size cannot be NA/NaN");
            if (Double.isInfinite(d)) throw in.errorInCurrentCall("vector size cannot be infinite");
            if (d > 4503599627370496.0) throw in.errorInCurrentCall("vector size specified is too large");
            return d < 0 ? Math.ceil(d) : Math.floor(d);
        }
        return -999;
    }

    /** .rlambda_sample2(n, size): GNU R's do_sample2 (sample.int with useHash = TRUE). */
    private static SEXP sampleHash(Interpreter in, SEXP sn, SEXP sk) {
        double dn = asReal(in, sn);
        if (sk == null || sk.length() != 1) throw in.errorInCurrentCall("invalid 'size' argument");
        int k = asInteger(in, sk);
        if (sn.length() != 1 || !Double.isFinite(dn) || dn < 0 || dn > 4.5e15 || (k > 0 && dn == 0)) {
            throw in.errorInCurrentCall("invalid first argument");
        }
        if (k < 0 || k == IntVector.NA) throw in.errorInCurrentCall("invalid 'size' argument");
        if (k > dn / 2) throw in.errorInCurrentCall("This algorithm is for size <= n/2");
        RandomState rng = loadState(in);
        double[] y = Sampling.hashed(rng, dn, k);
        SessionRng.save(in, rng);
        if (dn > Integer.MAX_VALUE) return new DoubleVector(y);
        int[] iy = new int[k];
        for (int i = 0; i < k; i++) iy[i] = (int) y[i];
        return new IntVector(iy);
    }
}
