package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;

/**
 * Brent's one-dimensional methods behind optimize() and uniroot(): the golden-section /
 * parabolic minimiser "localmin" (GNU R's Brent_fmin in src/library/stats/src/optimize.c)
 * and the zeroin root finder with iteration limit and precision estimate (R_zeroin2 in
 * src/library/stats/src/zeroin.c), including the wrappers' replacement of NA/Inf values.
 */
public final class Brent {
    private Brent() { }

    private static final double DBL_EPSILON = Math.ulp(1.0);
    private static final Call F_CALL = Call.of("f", Symbol.get("arg"));

    interface Fn { double at(double x); }

    public static void register(Builtins b) {
        b.add(".fmin", "f, lower, upper, tol", (in, call, a, rho) -> {
            if (!Optim.isFunction(a[0])) throw in.errorInCurrentCall("attempt to minimize non-function");
            double xmin = Optim.real(in, a[1]);
            if (!Double.isFinite(xmin)) throw in.errorInCurrentCall("invalid 'xmin' value");
            double xmax = Optim.real(in, a[2]);
            if (!Double.isFinite(xmax)) throw in.errorInCurrentCall("invalid 'xmax' value");
            if (xmin >= xmax) throw in.errorInCurrentCall("'xmin' not less than 'xmax'");
            double tol = Optim.real(in, a[3]);
            if (!Double.isFinite(tol) || tol <= 0.0) throw in.errorInCurrentCall("invalid 'tol' value");
            return DoubleVector.of(fmin(xmin, xmax, x -> value(in, rho, a[0], x, false), tol));
        });
        b.add(".zeroin2", "f, lower, upper, f.lower, f.upper, tol, maxiter", (in, call, a, rho) -> {
            if (!Optim.isFunction(a[0])) throw in.errorInCurrentCall("attempt to minimize non-function");
            double xmin = Optim.real(in, a[1]);
            if (!Double.isFinite(xmin)) throw in.errorInCurrentCall("invalid 'xmin' value");
            double xmax = Optim.real(in, a[2]);
            if (!Double.isFinite(xmax)) throw in.errorInCurrentCall("invalid 'xmax' value");
            if (xmin >= xmax) throw in.errorInCurrentCall("'xmin' not less than 'xmax'");
            double fa = Optim.real(in, a[3]);
            if (DoubleVector.isNA(fa)) throw in.errorInCurrentCall("NA value for 'f.lower' is not allowed");
            double fb = Optim.real(in, a[4]);
            if (DoubleVector.isNA(fb)) throw in.errorInCurrentCall("NA value for 'f.upper' is not allowed");
            double tol = Optim.real(in, a[5]);
            if (!Double.isFinite(tol) || tol <= 0.0) throw in.errorInCurrentCall("invalid 'tol' value");
            int maxit = Optim.integer(in, a[6]);
            if (maxit <= 0) throw in.errorInCurrentCall("'maxiter' must be positive");
            double[] tolIter = {tol, maxit};
            double root = zeroin2(xmin, xmax, fa, fb, x -> value(in, rho, a[0], x, true), tolIter);
            return DoubleVector.of(root, tolIter[1], tolIter[0]);
        });
    }

    /** f(x) as the C wrappers see it: a single number, NA/Inf replaced by the largest double. */
    private static double value(Interpreter in, Environment rho, SEXP f, double x, boolean root) {
        SEXP s = in.callFunction(f, new SEXP[] {DoubleVector.of(x)}, null, rho, F_CALL);
        String what = root ? "zeroin" : "optimize";
        if (s instanceof IntVector && s.type() == org.rlambda.sexp.SexpType.INTEGER) {
            if (s.length() != 1) throw in.errorInCurrentCall("invalid function value in '" + what + "'");
            int v = ((IntVector) s).get(0);
            if (v == IntVector.NA) {
                in.warning(in.currentCall(), "NA replaced by maximum positive value");
                return Double.MAX_VALUE;
            }
            return v;
        }
        if (!(s instanceof DoubleVector) || s.length() != 1) throw in.errorInCurrentCall("invalid function value in '" + what + "'");
        double v = ((DoubleVector) s).get(0);
        if (!Double.isFinite(v)) {
            if (root && v == Double.NEGATIVE_INFINITY) {
                in.warning(in.currentCall(), "-Inf replaced by maximally negative value");
                return -Double.MAX_VALUE;
            }
            in.warning(in.currentCall(), "NA/Inf replaced by maximum positive value");
            return Double.MAX_VALUE;
        }
        return v;
    }

    static double fmin(double ax, double bx, Fn f, double tol) {
        final double c = (3. - Math.sqrt(5.)) * .5;
        double eps = Math.sqrt(DBL_EPSILON);
        double a = ax, b = bx;
        double v = a + c * (b - a), w = v, x = v;
        double d = 0., e = 0.;
        double fx = f.at(x), fv = fx, fw = fx;
        double tol3 = tol / 3.;
        for (;;) {
            double xm = (a + b) * .5;
            double tol1 = eps * Math.abs(x) + tol3;
            double t2 = tol1 * 2.;
            if (Math.abs(x - xm) <= t2 - (b - a) * .5) break;
            double p = 0., q = 0., r = 0.;
            if (Math.abs(e) > tol1) {
                r = (x - w) * (fx - fv);
                q = (x - v) * (fx - fw);
                p = (x - v) * q - (x - w) * r;
                q = (q - r) * 2.;
                if (q > 0.) p = -p;
                else q = -q;
                r = e;
                e = d;
            }
            double u;
            if (Math.abs(p) >= Math.abs(q * .5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
                e = x < xm ? b - x : a - x;
                d = c * e;
            } else {
                d = p / q;
                u = x + d;
                if (u - a < t2 || b - u < t2) {
                    d = tol1;
                    if (x >= xm) d = -d;
                }
            }
            if (Math.abs(d) >= tol1) u = x + d;
            else if (d > 0.) u = x + tol1;
            else u = x - tol1;
            double fu = f.at(u);
            if (fu <= fx) {
                if (u < x) b = x;
                else a = x;
                v = w;
                w = x;
                x = u;
                fv = fw;
                fw = fx;
                fx = fu;
            } else {
                if (u < x) a = u;
                else b = u;
                if (fu <= fw || w == x) {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                } else if (fu <= fv || v == x || v == w) {
                    v = u;
                    fv = fu;
                }
            }
        }
        return x;
    }

    /** tolIter = {tol, maxit} in; {estimated precision, iterations used or -1} out. */
    static double zeroin2(double ax, double bx, double fa, double fb, Fn f, double[] tolIter) {
        double a = ax, b = bx, c = a, fc = fa;
        int maxitIn = (int) tolIter[1];
        int maxit = maxitIn + 1;
        double tol = tolIter[0];
        if (fa == 0.0) {
            tolIter[0] = 0.0;
            tolIter[1] = 0;
            return a;
        }
        if (fb == 0.0) {
            tolIter[0] = 0.0;
            tolIter[1] = 0;
            return b;
        }
        while (maxit-- > 0) {
            double prevStep = b - a;
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tolAct = 2 * DBL_EPSILON * Math.abs(b) + tol / 2;
            double newStep = (c - b) / 2;
            if (Math.abs(newStep) <= tolAct || fb == 0.0) {
                tolIter[1] = maxitIn - maxit;
                tolIter[0] = Math.abs(c - b);
                return b;
            }
            if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
                double t1, t2, cb = c - b, p, q;
                if (a == c) {
                    t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                } else {
                    q = fa / fc;
                    t1 = fb / fc;
                    t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }
                if (p > 0) q = -q;
                else p = -p;
                if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(prevStep * q / 2)) newStep = p / q;
            }
            if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
            a = b;
            fa = fb;
            b += newStep;
            fb = f.at(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
                c = a;
                fc = fa;
            }
        }
        tolIter[0] = Math.abs(c - b);
        tolIter[1] = -1;
        return b;
    }
}
