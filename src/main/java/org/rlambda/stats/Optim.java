package org.rlambda.stats;

import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.nmath.random.RandomState;
import org.rlambda.nmath.random.SessionRng;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;

/**
 * optim()'s general-purpose minimisers (called from optim.R): Nelder-Mead, BFGS (variable
 * metric), conjugate gradients and simulated annealing, following the algorithms of Nash's
 * "Compact Numerical Methods" as GNU R implements them in src/appl/optim.c (nmmin, vmmin,
 * cgmin, samin), with the same update order, counts, convergence codes and trace lines;
 * the C_optim/C_optimhess glue of src/library/stats/src/optim.c; L-BFGS-B is {@link Lbfgsb}.
 */
public final class Optim {
    private Optim() { }

    private static final double STEPREDN = 0.2, ACCTOL = 0.0001, RELTEST = 10.0, BIG = 1.0e+35;

    public static void register(Builtins b) {
        b.add(".optim", "par, fn, gr, method, con, lower, upper", (in, call, a, rho) -> optim(in, rho, a));
        b.add(".optimhess", "par, fn, gr, con", (in, call, a, rho) -> optimhess(in, rho, a));
    }

    static double real(Interpreter in, SEXP v) {
        if (v == Null.NULL || v.length() == 0) return DoubleVector.NA;
        return ((DoubleVector) Coercion.to(in, v, SexpType.DOUBLE)).get(0);
    }

    static int integer(Interpreter in, SEXP v) {
        if (v == Null.NULL || v.length() == 0) return IntVector.NA;
        return ((IntVector) Coercion.to(in, v, SexpType.INTEGER)).get(0);
    }

    static int[] ints(Interpreter in, SEXP v) {
        return ((IntVector) Coercion.to(in, v, SexpType.INTEGER)).values().clone();
    }

    static double[] reals(Interpreter in, SEXP v) {
        return ((DoubleVector) Coercion.to(in, v, SexpType.DOUBLE)).values().clone();
    }

    private static OptimObjective objective(Interpreter in, Environment rho, SEXP par, SEXP fn, SEXP gr, ListVector con) {
        if (!isFunction(fn)) throw in.errorInCurrentCall("'fn' is not a function");
        int npar = par.length();
        SEXP ps = OptimObjective.element(con, "parscale");
        if (ps.length() != npar) throw in.errorInCurrentCall("'parscale' is of the wrong length");
        SEXP names = par.getAttribute("names");
        return new OptimObjective(in, rho, fn, gr, names == null ? Null.NULL : names,
                real(in, OptimObjective.element(con, "fnscale")), reals(in, ps));
    }

    static boolean isFunction(SEXP f) {
        return f instanceof org.rlambda.sexp.Closure || f instanceof org.rlambda.eval.BuiltinFunction;
    }

    private static void needGradient(Interpreter in, OptimObjective os, SEXP gr, ListVector con, int npar) {
        if (gr != Null.NULL) {
            if (!isFunction(gr)) throw in.errorInCurrentCall("'gr' is not a function");
            return;
        }
        SEXP nd = OptimObjective.element(con, "ndeps");
        if (nd.length() != npar) throw in.errorInCurrentCall("'ndeps' is of the wrong length");
        os.ndeps = reals(in, nd);
    }

    private static SEXP optim(Interpreter in, Environment rho, SEXP[] a) {
        SEXP par = a[0], gr = a[2];
        ListVector con = (ListVector) a[4];
        if (!(a[3] instanceof StringVector) || a[3].length() != 1) throw in.errorInCurrentCall("invalid 'method' argument");
        String method = ((StringVector) a[3]).get(0);
        OptimObjective os = objective(in, rho, par, a[1], gr, con);
        double[] p0 = reals(in, par);
        int npar = p0.length;
        double[] dpar = new double[npar];
        for (int i = 0; i < npar; i++) dpar[i] = p0[i] / os.parscale[i];
        int trace = integer(in, OptimObjective.element(con, "trace"));
        double abstol = real(in, OptimObjective.element(con, "abstol"));
        double reltol = real(in, OptimObjective.element(con, "reltol"));
        int maxit = integer(in, OptimObjective.element(con, "maxit"));
        if (maxit == IntVector.NA) throw in.errorInCurrentCall("'maxit' is not an integer");
        Result r;
        switch (method) {
            case "Nelder-Mead":
                r = nelderMead(os, dpar, abstol, reltol, real(in, OptimObjective.element(con, "alpha")),
                        real(in, OptimObjective.element(con, "beta")), real(in, OptimObjective.element(con, "gamma")), trace, maxit);
                r.grcount = IntVector.NA;
                break;
            case "SANN": {
                int tmax = integer(in, OptimObjective.element(con, "tmax"));
                double temp = real(in, OptimObjective.element(con, "temp"));
                if (trace != 0) trace = integer(in, OptimObjective.element(con, "REPORT"));
                if (tmax == IntVector.NA || tmax < 1) throw in.errorInCurrentCall("'tmax' is not a positive integer");
                if (gr != Null.NULL && !isFunction(gr)) throw in.errorInCurrentCall("'gr' is not a function");
                r = anneal(os, dpar, maxit, tmax, temp, trace);
                r.fncount = npar > 0 ? maxit : 1;
                r.grcount = IntVector.NA;
                break;
            }
            case "BFGS": {
                int report = integer(in, OptimObjective.element(con, "REPORT"));
                needGradient(in, os, gr, con, npar);
                r = variableMetric(os, dpar, maxit, trace, abstol, reltol, report);
                break;
            }
            case "CG": {
                int type = integer(in, OptimObjective.element(con, "type"));
                needGradient(in, os, gr, con, npar);
                r = conjugateGradients(os, dpar, abstol, reltol, type, trace, maxit);
                break;
            }
            case "L-BFGS-B": {
                int report = integer(in, OptimObjective.element(con, "REPORT"));
                double factr = real(in, OptimObjective.element(con, "factr"));
                double pgtol = real(in, OptimObjective.element(con, "pgtol"));
                int lmm = integer(in, OptimObjective.element(con, "lmm"));
                needGradient(in, os, gr, con, npar);
                double[] lo = reals(in, a[5]), up = reals(in, a[6]);
                int[] nbd = new int[npar];
                for (int i = 0; i < npar; i++) {
                    lo[i] /= os.parscale[i];
                    up[i] /= os.parscale[i];
                    nbd[i] = !Double.isFinite(lo[i]) ? (!Double.isFinite(up[i]) ? 0 : 3) : (!Double.isFinite(up[i]) ? 1 : 2);
                }
                os.usebounds = true;
                os.lower = lo;
                os.upper = up;
                r = new Result();
                if (npar == 0) {
                    r.par = dpar;
                    r.value = os.value(up);
                    r.fncount = 1;
                    r.grcount = 0;
                    r.message = "NOTHING TO DO";
                    break;
                }
                if (report <= 0) throw in.errorInCurrentCall("REPORT must be > 0 (method = \"L-BFGS-B\")");
                Lbfgsb opt = new Lbfgsb(os, lmm, lo, up, nbd, trace, report, maxit);
                opt.factrValue = factr;
                opt.pgtol = pgtol;
                opt.minimize(dpar);
                r.par = dpar;
                r.value = opt.value;
                r.fncount = r.grcount = opt.fncount;
                r.fail = opt.fail;
                r.message = opt.message;
                break;
            }
            default:
                throw in.errorInCurrentCall("unknown 'method'");
        }
        double[] out = new double[npar];
        for (int i = 0; i < npar; i++) out[i] = r.par[i] * os.parscale[i];
        DoubleVector pv = new DoubleVector(out);
        if (os.names != Null.NULL) pv.setAttributeRaw("names", os.names);
        IntVector counts = IntVector.of(r.fncount, r.grcount);
        counts.setAttributeRaw("names", StringVector.of("function", "gradient"));
        ListVector res = ListVector.of(pv, DoubleVector.of(r.value * os.fnscale), counts, IntVector.of(r.fail),
                r.message == null ? Null.NULL : StringVector.of(r.message));
        res.setAttributeRaw("names", StringVector.of("par", "value", "counts", "convergence", "message"));
        return res;
    }

    private static SEXP optimhess(Interpreter in, Environment rho, SEXP[] a) {
        SEXP par = a[0], gr = a[2];
        ListVector con = (ListVector) a[3];
        OptimObjective os = objective(in, rho, par, a[1], gr, con);
        if (gr != Null.NULL && !isFunction(gr)) throw in.errorInCurrentCall("'gr' is not a function");
        int npar = par.length();
        SEXP nd = OptimObjective.element(con, "ndeps");
        if (nd.length() != npar) throw in.errorInCurrentCall("'ndeps' is of the wrong length");
        os.ndeps = reals(in, nd);
        double[] dpar = reals(in, par);
        for (int i = 0; i < npar; i++) dpar[i] /= os.parscale[i];
        double[] h = new double[npar * npar], df1 = new double[npar], df2 = new double[npar];
        for (int i = 0; i < npar; i++) {
            double eps = os.ndeps[i] / os.parscale[i];
            dpar[i] += eps;
            os.gradient(dpar, df1);
            dpar[i] -= 2 * eps;
            os.gradient(dpar, df2);
            for (int j = 0; j < npar; j++) {
                h[i * npar + j] = os.fnscale * (df1[j] - df2[j]) / (2 * eps * os.parscale[i] * os.parscale[j]);
            }
            dpar[i] += eps;
        }
        for (int i = 0; i < npar; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (h[i * npar + j] + h[j * npar + i]);
                h[i * npar + j] = h[j * npar + i] = m;
            }
        }
        DoubleVector ans = new DoubleVector(h);
        ans.setAttributeRaw("dim", IntVector.of(npar, npar));
        if (os.names != Null.NULL) ans.setAttributeRaw("dimnames", ListVector.of(os.names, os.names));
        return ans;
    }

    /** What a minimiser hands back (in scaled parameters). */
    static final class Result {
        double[] par;
        double value;
        int fncount, grcount, fail;
        String message;
    }

    static Result nelderMead(OptimObjective os, double[] b, double abstol, double intol,
                             double alpha, double beta, double gamma, int trace, int maxit) {
        int n = b.length;
        Result r = new Result();
        if (maxit <= 0) {
            r.value = os.value(b);
            r.par = b.clone();
            return r;
        }
        if (trace != 0) os.print("  Nelder-Mead direct search function minimizer\n");
        // simplex: columns 0..n are vertices, column n+1 the centroid; row n holds the values
        double[][] p = new double[n + 1][n + 2];
        double f = os.value(b);
        if (!Double.isFinite(f)) throw os.in.errorInCurrentCall("function cannot be evaluated at initial parameters");
        if (trace != 0) os.print("function value for initial parameters = " + OptimObjective.c("%f", f) + "\n");
        int funcount = 1;
        double convtol = intol * (Math.abs(f) + intol);
        if (trace != 0) os.print("  Scaled convergence tolerance is " + OptimObjective.c("%g", convtol) + "\n");
        int n1 = n + 1, c = n + 1;
        p[n][0] = f;
        for (int i = 0; i < n; i++) p[i][0] = b[i];
        int lo = 0;
        double size = 0, step = 0;
        for (int i = 0; i < n; i++) step = Math.max(step, 0.1 * Math.abs(b[i]));
        if (step == 0.0) step = 0.1;
        if (trace != 0) os.print("Stepsize computed as " + OptimObjective.c("%f", step) + "\n");
        String action = "BUILD          ";
        for (int j = 1; j < n1; j++) {
            for (int i = 0; i < n; i++) p[i][j] = b[i];
            double trystep = step;
            while (p[j - 1][j] == b[j - 1]) {
                p[j - 1][j] = b[j - 1] + trystep;
                trystep *= 10;
            }
            size += trystep;
        }
        double oldsize = size;
        boolean calcvert = true;
        do {
            if (calcvert) {
                for (int j = 0; j < n1; j++) {
                    if (j == lo) continue;
                    for (int i = 0; i < n; i++) b[i] = p[i][j];
                    f = os.value(b);
                    if (!Double.isFinite(f)) f = BIG;
                    funcount++;
                    p[n][j] = f;
                }
                calcvert = false;
            }
            double vl = p[n][lo], vh = vl;
            int hi = lo;
            for (int j = 0; j < n1; j++) {
                if (j == lo) continue;
                double fj = p[n][j];
                if (fj < vl) {
                    lo = j;
                    vl = fj;
                }
                if (fj > vh) {
                    hi = j;
                    vh = fj;
                }
            }
            if (vh <= vl + convtol || vl <= abstol) break;
            if (trace != 0) {
                os.print(action + OptimObjective.ci("%5d", funcount) + " " + OptimObjective.c("%f", vh) + " "
                        + OptimObjective.c("%f", vl) + "\n");
            }
            for (int i = 0; i < n; i++) {
                double t = -p[i][hi];
                for (int j = 0; j < n1; j++) t += p[i][j];
                p[i][c] = t / n;
            }
            for (int i = 0; i < n; i++) b[i] = (1.0 + alpha) * p[i][c] - alpha * p[i][hi];
            f = os.value(b);
            if (!Double.isFinite(f)) f = BIG;
            funcount++;
            action = "REFLECTION     ";
            double vr = f;
            if (vr < vl) {
                p[n][c] = f;
                for (int i = 0; i < n; i++) {
                    double e = gamma * b[i] + (1 - gamma) * p[i][c];
                    p[i][c] = b[i];
                    b[i] = e;
                }
                f = os.value(b);
                if (!Double.isFinite(f)) f = BIG;
                funcount++;
                if (f < vr) {
                    for (int i = 0; i < n; i++) p[i][hi] = b[i];
                    p[n][hi] = f;
                    action = "EXTENSION      ";
                } else {
                    for (int i = 0; i < n; i++) p[i][hi] = p[i][c];
                    p[n][hi] = vr;
                }
            } else {
                action = "HI-REDUCTION   ";
                if (vr < vh) {
                    for (int i = 0; i < n; i++) p[i][hi] = b[i];
                    p[n][hi] = vr;
                    action = "LO-REDUCTION   ";
                }
                for (int i = 0; i < n; i++) b[i] = (1 - beta) * p[i][hi] + beta * p[i][c];
                f = os.value(b);
                if (!Double.isFinite(f)) f = BIG;
                funcount++;
                if (f < p[n][hi]) {
                    for (int i = 0; i < n; i++) p[i][hi] = b[i];
                    p[n][hi] = f;
                } else if (vr >= vh) {
                    action = "SHRINK         ";
                    calcvert = true;
                    size = 0.0;
                    for (int j = 0; j < n1; j++) {
                        if (j == lo) continue;
                        for (int i = 0; i < n; i++) {
                            p[i][j] = beta * (p[i][j] - p[i][lo]) + p[i][lo];
                            size += Math.abs(p[i][j] - p[i][lo]);
                        }
                    }
                    if (size < oldsize) {
                        oldsize = size;
                    } else {
                        if (trace != 0) os.print("Polytope size measure not decreased in shrink\n");
                        r.fail = 10;
                        break;
                    }
                }
            }
        } while (funcount <= maxit);
        if (trace != 0) {
            os.print("Exiting from Nelder Mead minimizer\n");
            os.print("    " + funcount + " function evaluations used\n");
        }
        r.value = p[n][lo];
        r.par = new double[n];
        for (int i = 0; i < n; i++) r.par[i] = p[i][lo];
        if (funcount > maxit) r.fail = 1;
        r.fncount = funcount;
        return r;
    }

    static Result variableMetric(OptimObjective os, double[] b, int maxit, int trace, double abstol, double reltol, int nReport) {
        int n = b.length;
        Result r = new Result();
        r.par = b;
        if (maxit <= 0) {
            r.value = os.value(b);
            return r;
        }
        if (nReport <= 0) throw os.in.errorInCurrentCall("REPORT must be > 0 (method = \"BFGS\")");
        double[] g = new double[n], t = new double[n], x = new double[n], c = new double[n];
        double[][] bm = new double[n][];
        for (int i = 0; i < n; i++) bm[i] = new double[i + 1];
        double f = os.value(b);
        if (!Double.isFinite(f)) throw os.in.errorInCurrentCall("initial value in 'vmmin' is not finite");
        if (trace != 0) os.print("initial  value " + OptimObjective.c("%f", f) + " \n");
        double fmin = f;
        int funcount = 1, gradcount = 1;
        os.gradient(b, g);
        int iter = 1, ilast = gradcount, count;
        do {
            if (ilast == gradcount) {
                for (int i = 0; i < n; i++) {
                    java.util.Arrays.fill(bm[i], 0.0);
                    bm[i][i] = 1.0;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] = b[i];
                c[i] = g[i];
            }
            double gradproj = 0.0;
            for (int i = 0; i < n; i++) {
                double s = 0.0;
                for (int j = 0; j <= i; j++) s -= bm[i][j] * g[j];
                for (int j = i + 1; j < n; j++) s -= bm[j][i] * g[j];
                t[i] = s;
                gradproj += s * g[i];
            }
            if (gradproj < 0.0) {
                double steplength = 1.0;
                boolean accpoint = false;
                do {
                    count = 0;
                    for (int i = 0; i < n; i++) {
                        b[i] = x[i] + steplength * t[i];
                        if (RELTEST + x[i] == RELTEST + b[i]) count++;
                    }
                    if (count < n) {
                        f = os.value(b);
                        funcount++;
                        accpoint = Double.isFinite(f) && f <= fmin + gradproj * steplength * ACCTOL;
                        if (!accpoint) steplength *= STEPREDN;
                    }
                } while (!(count == n || accpoint));
                boolean enough = f > abstol && Math.abs(f - fmin) > reltol * (Math.abs(fmin) + reltol);
                if (!enough) {
                    count = n;
                    fmin = f;
                }
                if (count < n) {
                    fmin = f;
                    os.gradient(b, g);
                    gradcount++;
                    iter++;
                    double d1 = 0.0;
                    for (int i = 0; i < n; i++) {
                        t[i] = steplength * t[i];
                        c[i] = g[i] - c[i];
                        d1 += t[i] * c[i];
                    }
                    if (d1 > 0) {
                        double d2 = 0.0;
                        for (int i = 0; i < n; i++) {
                            double s = 0.0;
                            for (int j = 0; j <= i; j++) s += bm[i][j] * c[j];
                            for (int j = i + 1; j < n; j++) s += bm[j][i] * c[j];
                            x[i] = s;
                            d2 += s * c[i];
                        }
                        d2 = 1.0 + d2 / d1;
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j <= i; j++) bm[i][j] += (d2 * t[i] * t[j] - x[i] * t[j] - t[i] * x[j]) / d1;
                        }
                    } else {
                        ilast = gradcount;
                    }
                } else if (ilast < gradcount) {
                    count = 0;
                    ilast = gradcount;
                }
            } else {
                count = 0;
                if (ilast == gradcount) count = n;
                else ilast = gradcount;
            }
            if (trace != 0 && iter % nReport == 0) os.print("iter" + OptimObjective.ci("%4d", iter) + " value " + OptimObjective.c("%f", f) + "\n");
            if (iter >= maxit) break;
            if (gradcount - ilast > 2 * n) ilast = gradcount;
        } while (count != n || ilast != gradcount);
        if (trace != 0) {
            os.print("final  value " + OptimObjective.c("%f", fmin) + " \n");
            if (iter < maxit) os.print("converged\n");
            else os.print("stopped after " + iter + " iterations\n");
        }
        r.fail = iter < maxit ? 0 : 1;
        r.value = fmin;
        r.fncount = funcount;
        r.grcount = gradcount;
        return r;
    }

    static Result conjugateGradients(OptimObjective os, double[] b, double abstol, double intol, int type, int trace, int maxit) {
        int n = b.length;
        Result r = new Result();
        double[] x = new double[n];
        r.par = x;
        if (maxit <= 0) {
            r.value = os.value(b);
            System.arraycopy(b, 0, x, 0, n);
            return r;
        }
        if (trace != 0) {
            os.print("  Conjugate gradients function minimizer\n");
            switch (type) {
                case 1: os.print("Method: Fletcher Reeves\n"); break;
                case 2: os.print("Method: Polak Ribiere\n"); break;
                case 3: os.print("Method: Beale Sorenson\n"); break;
                default: throw os.in.errorInCurrentCall("unknown 'type' in \"CG\" method of 'optim'");
            }
        }
        double[] c = new double[n], g = new double[n], t = new double[n];
        double setstep = 1.7;
        int cyclimit = n;
        double tol = intol * n * Math.sqrt(intol);
        if (trace != 0) os.print("tolerance used in gradient test=" + OptimObjective.c("%g", tol) + "\n");
        double f = os.value(b);
        if (!Double.isFinite(f)) throw os.in.errorInCurrentCall("Function cannot be evaluated at initial parameters");
        double fmin = f;
        int funcount = 1, gradcount = 0, count, cycle;
        double g1;
        do {
            java.util.Arrays.fill(t, 0.0);
            java.util.Arrays.fill(c, 0.0);
            cycle = 0;
            double oldstep = 1.0;
            count = 0;
            do {
                cycle++;
                if (trace != 0) {
                    os.print(gradcount + " " + funcount + " " + OptimObjective.c("%f", fmin) + "\n");
                    StringBuilder sb = new StringBuilder("parameters ");
                    for (int i = 1; i <= n; i++) {
                        sb.append(OptimObjective.c("%10.5f", b[i - 1])).append(' ');
                        if (i / 7 * 7 == i && i < n) sb.append('\n');
                    }
                    os.print(sb.append('\n').toString());
                }
                gradcount++;
                if (gradcount > maxit) {
                    r.fncount = funcount;
                    r.grcount = gradcount;
                    r.fail = 1;
                    r.value = fmin;
                    return r;
                }
                os.gradient(b, g);
                g1 = 0.0;
                double g2 = 0.0;
                for (int i = 0; i < n; i++) {
                    x[i] = b[i];
                    switch (type) {
                        case 1:
                            g1 += g[i] * g[i];
                            g2 += c[i] * c[i];
                            break;
                        case 2:
                            g1 += g[i] * (g[i] - c[i]);
                            g2 += c[i] * c[i];
                            break;
                        case 3:
                            g1 += g[i] * (g[i] - c[i]);
                            g2 += t[i] * (g[i] - c[i]);
                            break;
                        default:
                            throw os.in.errorInCurrentCall("unknown type in \"CG\" method of 'optim'");
                    }
                    c[i] = g[i];
                }
                double steplength = 1.0;
                if (g1 > tol) {
                    double g3 = g2 > 0.0 ? g1 / g2 : 1.0;
                    double gradproj = 0.0;
                    for (int i = 0; i < n; i++) {
                        t[i] = t[i] * g3 - g[i];
                        gradproj += t[i] * g[i];
                    }
                    steplength = oldstep;
                    boolean accpoint = false;
                    do {
                        count = 0;
                        for (int i = 0; i < n; i++) {
                            b[i] = x[i] + steplength * t[i];
                            if (RELTEST + x[i] == RELTEST + b[i]) count++;
                        }
                        if (count < n) {
                            f = os.value(b);
                            funcount++;
                            accpoint = Double.isFinite(f) && f <= fmin + gradproj * steplength * ACCTOL;
                            if (!accpoint) {
                                steplength *= STEPREDN;
                                if (trace != 0) os.print("*");
                            } else {
                                fmin = f;
                            }
                        }
                    } while (!(count == n || accpoint));
                    if (count < n) {
                        double newstep = 2 * (f - fmin - gradproj * steplength);
                        if (newstep > 0) {
                            newstep = -(gradproj * steplength * steplength / newstep);
                            for (int i = 0; i < n; i++) b[i] = x[i] + newstep * t[i];
                            fmin = f;
                            f = os.value(b);
                            funcount++;
                            if (f < fmin) {
                                fmin = f;
                                if (trace != 0) os.print(" i< ");
                            } else {
                                if (trace != 0) os.print(" i> ");
                                for (int i = 0; i < n; i++) b[i] = x[i] + steplength * t[i];
                            }
                        }
                    }
                }
                oldstep = Math.min(setstep * steplength, 1.0);
            } while (count != n && g1 > tol && cycle != cyclimit);
        } while (cycle != 1 || (count != n && g1 > tol && fmin > abstol));
        if (trace != 0) {
            os.print("Exiting from conjugate gradients minimizer\n");
            os.print("    " + funcount + " function evaluations used\n");
            os.print("    " + gradcount + " gradient evaluations used\n");
        }
        r.value = fmin;
        r.fncount = funcount;
        r.grcount = gradcount;
        return r;
    }

    static Result anneal(OptimObjective os, double[] pb, int maxit, int tmax, double ti, int trace) {
        final double e1 = 1.7182818;
        int n = pb.length;
        Result r = new Result();
        r.par = pb;
        if (trace < 0) throw os.in.errorInCurrentCall("trace, REPORT must be >= 0 (method = \"SANN\")");
        if (n == 0) {
            r.value = os.value(pb);
            return r;
        }
        double[] p = new double[n], ptry = new double[n];
        RandomState rng = SessionRng.load(os.in);
        try {
            double yb = os.value(pb);
            if (!Double.isFinite(yb)) yb = BIG;
            System.arraycopy(pb, 0, p, 0, n);
            double y = yb;
            if (trace != 0) {
                os.print("sann objective function values\n");
                os.print("initial       value " + OptimObjective.c("%f", yb) + "\n");
            }
            double scale = 1.0 / ti;
            int its = 1, itdoc = 1;
            while (its < maxit) {
                double t = ti / Math.log(its + e1);
                int k = 1;
                while (k <= tmax && its < maxit) {
                    if (os.gr != null) {
                        SessionRng.save(os.in, rng);
                        os.candidate(p, ptry);
                        rng = SessionRng.load(os.in);
                    } else {
                        for (int i = 0; i < n; i++) ptry[i] = p[i] + scale * t * rng.normRand();
                    }
                    double ytry = os.value(ptry);
                    if (!Double.isFinite(ytry)) ytry = BIG;
                    double dy = ytry - y;
                    if (dy <= 0.0 || rng.unifRand() < Math.exp(-dy / t)) {
                        System.arraycopy(ptry, 0, p, 0, n);
                        y = ytry;
                        if (y <= yb) {
                            System.arraycopy(p, 0, pb, 0, n);
                            yb = y;
                        }
                    }
                    its++;
                    k++;
                }
                if (trace != 0 && itdoc % trace == 0) os.print("iter " + OptimObjective.ci("%8d", its - 1) + " value " + OptimObjective.c("%f", yb) + "\n");
                itdoc++;
            }
            if (trace != 0) {
                os.print("final         value " + OptimObjective.c("%f", yb) + "\n");
                os.print("sann stopped after " + (its - 1) + " iterations\n");
            }
            r.value = yb;
        } finally {
            SessionRng.save(os.in, rng);
        }
        return r;
    }
}
