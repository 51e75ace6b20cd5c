package org.rlambda.stats;

import java.util.List;
import org.rlambda.base.Coercion;
import org.rlambda.eval.Interpreter;
import org.rlambda.format.Sprintf;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The objective and gradient seen by the optim kernels: calls the R closures fn1/gr1 on the
 * unscaled parameters, divides by fnscale, and differentiates numerically (central
 * differences with ndeps, clipped at the bounds for L-BFGS-B) when there is no gradient —
 * the semantics of fminfn/fmingr in GNU R's src/library/stats/src/optim.c.
 */
final class OptimObjective {
    private static final Call FN_CALL = Call.of("fn", Symbol.get("par"));
    private static final Call GR_CALL = Call.of("gr", Symbol.get("par"));

    final Interpreter in;
    final Environment rho;
    final SEXP fn, gr;
    final SEXP names;
    final double fnscale;
    final double[] parscale;
    double[] ndeps;
    boolean usebounds;
    double[] lower, upper;

    OptimObjective(Interpreter in, Environment rho, SEXP fn, SEXP gr, SEXP names, double fnscale, double[] parscale) {
        this.in = in;
        this.rho = rho;
        this.fn = fn;
        this.gr = gr == Null.NULL ? null : gr;
        this.names = names;
        this.fnscale = fnscale;
        this.parscale = parscale;
    }

    private DoubleVector point(double[] p, boolean check) {
        double[] x = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            if (check && !Double.isFinite(p[i])) throw in.errorInCurrentCall("non-finite value supplied by optim");
            x[i] = p[i] * parscale[i];
        }
        DoubleVector v = new DoubleVector(x);
        if (names != Null.NULL) v.setAttributeRaw("names", names);
        return v;
    }

    private double[] call(SEXP f, DoubleVector x, Call c) {
        SEXP s = in.callFunction(f, new SEXP[] {x}, null, rho, c);
        return ((DoubleVector) Coercion.to(in, s, SexpType.DOUBLE)).values();
    }

    double value(double[] p) {
        double[] s = call(fn, point(p, true), FN_CALL);
        if (s.length != 1) throw in.errorInCurrentCall("objective function in optim evaluates to length " + s.length + " not 1");
        return s[0] / fnscale;
    }

    /** The value at unchecked parameters (finite differences and optimHess). */
    private double rawValue(double[] x) {
        DoubleVector v = new DoubleVector(x);
        if (names != Null.NULL) v.setAttributeRaw("names", names);
        return call(fn, v, FN_CALL)[0] / fnscale;
    }

    void gradient(double[] p, double[] df) {
        int n = p.length;
        if (gr != null) {
            double[] s = call(gr, point(p, true), GR_CALL);
            if (s.length != n) throw in.errorInCurrentCall("gradient in optim evaluated to length " + s.length + " not " + n);
            for (int i = 0; i < n; i++) df[i] = s[i] * parscale[i] / fnscale;
            return;
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = p[i] * parscale[i];
        for (int i = 0; i < n; i++) {
            double eps = ndeps[i];
            double hi = p[i] + eps, lo = p[i] - eps, epsUp = eps, epsDown = eps;
            if (usebounds) {
                if (hi > upper[i]) {
                    hi = upper[i];
                    epsUp = hi - p[i];
                }
                if (lo < lower[i]) {
                    lo = lower[i];
                    epsDown = p[i] - lo;
                }
            }
            x[i] = hi * parscale[i];
            double v1 = rawValue(x.clone());
            x[i] = lo * parscale[i];
            double v2 = rawValue(x.clone());
            df[i] = usebounds ? (v1 - v2) / (epsUp + epsDown) : (v1 - v2) / (2 * eps);
            if (!Double.isFinite(df[i])) throw in.errorInCurrentCall("non-finite finite-difference value [" + (i + 1) + "]");
            x[i] = p[i] * parscale[i];
        }
    }

    /** A candidate point from the user's SANN generator gr(par), in scaled units. */
    void candidate(double[] p, double[] ptry) {
        int n = p.length;
        DoubleVector x = point(p, false);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(p[i])) throw in.errorInCurrentCall("non-finite value supplied by 'optim'");
        }
        x.setAttributes(null);
        double[] s = call(gr, x, GR_CALL);
        if (s.length != n) throw in.errorInCurrentCall("candidate point in 'optim' evaluated to length " + s.length + " not " + n);
        for (int i = 0; i < n; i++) ptry[i] = s[i] / parscale[i];
    }

    void print(String s) {
        in.out.print(s);
    }

    /** C's printf of one double with a %f/%g conversion. */
    static String c(String fmt, double x) {
        return Sprintf.sprintf(StringVector.of(fmt), List.<Vector>of(DoubleVector.of(x))).value()[0];
    }

    static String ci(String fmt, int x) {
        return Sprintf.sprintf(StringVector.of(fmt), List.<Vector>of(IntVector.of(x))).value()[0];
    }

    static SEXP element(ListVector l, String name) {
        SEXP v = l.get(name);
        return v == null ? Null.NULL : v;
    }
}
