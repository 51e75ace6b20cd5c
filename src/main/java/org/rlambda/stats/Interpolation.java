package org.rlambda.stats;

import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;

/**
 * Kernels of approx/approxfun (linear and constant interpolation by bisection, GNU R's
 * src/library/stats/src/approx.c), of spline/splinefun (the periodic, natural and
 * Forsythe-Malcolm-Moler cubic spline coefficients and their evaluation, splines.c) and
 * the Fritsch-Carlson slope correction of monoH.FC (monoSpl.c).
 */
public final class Interpolation {
    private Interpolation() { }

    public static void register(Builtins b) {
        b.add(".approxTest", "x, y, method, f, na.rm", (in, call, a, rho) -> {
            double[] x = reals(in, a[0]), y = reals(in, a[1]);
            int method = Optim.integer(in, a[2]);
            double f = Optim.real(in, a[3]);
            boolean naRm = Optim.integer(in, a[4]) != 0;
            if (method == 2) {
                if (!Double.isFinite(f) || f < 0 || f > 1) throw in.errorInCurrentCall("approx(): invalid f value");
            } else if (method != 1) {
                throw in.errorInCurrentCall("approx(): invalid interpolation method");
            }
            for (int i = 0; i < x.length; i++) {
                if (naRm && (Double.isNaN(x[i]) || Double.isNaN(y[i]))) {
                    throw in.errorInCurrentCall("approx(): attempted to interpolate NA values");
                }
                if (!naRm && Double.isNaN(x[i])) {
                    throw in.errorInCurrentCall("approx(x,y, .., na.rm=FALSE): NA values in x are not allowed");
                }
            }
            return Null.NULL;
        });
        b.add(".approx", "x, y, v, method, yleft, yright, f", (in, call, a, rho) -> {
            double[] x = reals(in, a[0]), y = reals(in, a[1]), v = reals(in, a[2]);
            int method = Optim.integer(in, a[3]);
            double yl = Optim.real(in, a[4]), yr = Optim.real(in, a[5]), f = Optim.real(in, a[6]);
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) out[i] = Double.isNaN(v[i]) ? v[i] : approx1(v[i], x, y, method, yl, yr, f);
            return new DoubleVector(out);
        });
        b.add(".splineCoef", "method, x, y", (in, call, a, rho) -> {
            int m = Optim.integer(in, a[0]);
            double[] x = reals(in, a[1]), y = reals(in, a[2]);
            int n = x.length;
            if (y.length != n) throw in.errorInCurrentCall("inputs of different lengths");
            double[] bb = new double[n], c = new double[n], d = new double[n];
            switch (m) {
                case 1: periodic(n, x, y, bb, c, d); break;
                case 2: natural(n, x, y, bb, c, d); break;
                case 3: fmm(n, x, y, bb, c, d); break;
                default: break;
            }
            ListVector l = ListVector.of(IntVector.of(m), IntVector.of(n), new DoubleVector(x), new DoubleVector(y),
                    new DoubleVector(bb), new DoubleVector(c), new DoubleVector(d));
            l.setAttributeRaw("names", StringVector.of("method", "n", "x", "y", "b", "c", "d"));
            return l;
        });
        b.add(".splineEval", "xout, z", (in, call, a, rho) -> {
            double[] u = reals(in, a[0]);
            ListVector z = (ListVector) a[1];
            int method = Optim.integer(in, OptimObjective.element(z, "method"));
            int n = (int) Optim.real(in, OptimObjective.element(z, "n"));
            return new DoubleVector(eval(method, u, n, reals(in, z.get("x")), reals(in, z.get("y")),
                    reals(in, z.get("b")), reals(in, z.get("c")), reals(in, z.get("d"))));
        });
        b.add(".monoFCm", "m, Sx", (in, call, a, rho) -> {
            if (a[0].type() != SexpType.INTEGER && a[0].type() != SexpType.DOUBLE) {
                throw in.errorInCurrentCall("Argument m must be numeric");
            }
            double[] m = reals(in, a[0]);
            int n = m.length;
            if (n < 2) throw in.errorInCurrentCall("length(m) must be at least two");
            if (a[1].type() != SexpType.DOUBLE || a[1].length() != n - 1) {
                throw in.errorInCurrentCall("Argument Sx must be numeric vector one shorter than m[]");
            }
            double[] s = reals(in, a[1]);
            for (int k = 0; k < n - 1; k++) {
                double sk = s[k];
                if (sk == 0.) {
                    m[k] = m[k + 1] = 0.;
                    continue;
                }
                double alpha = m[k] / sk, beta = m[k + 1] / sk, a2b3 = 2 * alpha + beta - 3, ab23 = alpha + 2 * beta - 3;
                if (a2b3 > 0 && ab23 > 0 && alpha * (a2b3 + ab23) < a2b3 * a2b3) {
                    double tauS = 3 * sk / Math.sqrt(alpha * alpha + beta * beta);
                    m[k] = tauS * alpha;
                    m[k + 1] = tauS * beta;
                }
            }
            return new DoubleVector(m);
        });
    }

    static double[] reals(Interpreter in, SEXP v) {
        return ((DoubleVector) Coercion.to(in, v, SexpType.DOUBLE)).values().clone();
    }

    static double approx1(double v, double[] x, double[] y, int kind, double ylow, double yhigh, double f) {
        int n = x.length;
        if (n == 0) return Double.NaN;
        int i = 0, j = n - 1;
        if (v < x[i]) return ylow;
        if (v > x[j]) return yhigh;
        while (i < j - 1) {
            int ij = (i + j) / 2;
            if (v < x[ij]) j = ij;
            else i = ij;
        }
        if (v == x[j]) return y[j];
        if (v == x[i]) return y[i];
        if (kind == 1) return y[i] + (y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i]));
        double f1 = 1 - f, f2 = f;
        return (f1 != 0.0 ? y[i] * f1 : 0.0) + (f2 != 0.0 ? y[j] * f2 : 0.0);
    }

    // The coefficient routines use 1-based indices into arrays shifted by one, as the algorithms are stated.
    private static double[] one(double[] a) {
        double[] r = new double[a.length + 1];
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    private static void back(double[] from, double[] to) {
        System.arraycopy(from, 1, to, 0, to.length);
    }

    static void natural(int n, double[] x0, double[] y0, double[] b0, double[] c0, double[] d0) {
        if (n < 2) return;
        double[] x = one(x0), y = one(y0), b = one(b0), c = one(c0), d = one(d0);
        if (n < 3) {
            b[1] = (y[2] - y[1]) / (x[2] - x[1]);
            b[2] = b[1];
            c[1] = c[2] = d[1] = d[2] = 0.0;
        } else {
            int nm1 = n - 1, i;
            d[1] = x[2] - x[1];
            c[2] = (y[2] - y[1]) / d[1];
            for (i = 2; i < n; i++) {
                d[i] = x[i + 1] - x[i];
                b[i] = 2.0 * (d[i - 1] + d[i]);
                c[i + 1] = (y[i + 1] - y[i]) / d[i];
                c[i] = c[i + 1] - c[i];
            }
            for (i = 3; i < n; i++) {
                double t = d[i - 1] / b[i - 1];
                b[i] = b[i] - t * d[i - 1];
                c[i] = c[i] - t * c[i - 1];
            }
            c[nm1] = c[nm1] / b[nm1];
            for (i = n - 2; i > 1; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
            // the loop leaves i == 1
            c[1] = c[n] = 0.0;
            b[1] = (y[2] - y[1]) / d[1] - d[i] * c[2];
            c[1] = 0.0;
            d[1] = c[2] / d[1];
            b[n] = (y[n] - y[nm1]) / d[nm1] + d[nm1] * c[nm1];
            for (i = 2; i < n; i++) {
                b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
                d[i] = (c[i + 1] - c[i]) / d[i];
                c[i] = 3.0 * c[i];
            }
            c[n] = 0.0;
            d[n] = 0.0;
        }
        back(b, b0);
        back(c, c0);
        back(d, d0);
    }

    static void fmm(int n, double[] x0, double[] y0, double[] b0, double[] c0, double[] d0) {
        if (n < 2) return;
        double[] x = one(x0), y = one(y0), b = one(b0), c = one(c0), d = one(d0);
        if (n < 3) {
            b[1] = (y[2] - y[1]) / (x[2] - x[1]);
            b[2] = b[1];
            c[1] = c[2] = d[1] = d[2] = 0.0;
        } else {
            int nm1 = n - 1, i;
            d[1] = x[2] - x[1];
            c[2] = (y[2] - y[1]) / d[1];
            for (i = 2; i < n; i++) {
                d[i] = x[i + 1] - x[i];
                b[i] = 2.0 * (d[i - 1] + d[i]);
                c[i + 1] = (y[i + 1] - y[i]) / d[i];
                c[i] = c[i + 1] - c[i];
            }
            b[1] = -d[1];
            b[n] = -d[nm1];
            c[1] = c[n] = 0.0;
            if (n > 3) {
                c[1] = c[3] / (x[4] - x[2]) - c[2] / (x[3] - x[1]);
                c[n] = c[nm1] / (x[n] - x[n - 2]) - c[n - 2] / (x[nm1] - x[n - 3]);
                c[1] = c[1] * d[1] * d[1] / (x[4] - x[1]);
                c[n] = -c[n] * d[nm1] * d[nm1] / (x[n] - x[n - 3]);
            }
            for (i = 2; i <= n; i++) {
                double t = d[i - 1] / b[i - 1];
                b[i] = b[i] - t * d[i - 1];
                c[i] = c[i] - t * c[i - 1];
            }
            c[n] = c[n] / b[n];
            for (i = nm1; i >= 1; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
            b[n] = (y[n] - y[n - 1]) / d[n - 1] + d[n - 1] * (c[n - 1] + 2.0 * c[n]);
            for (i = 1; i <= nm1; i++) {
                b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2.0 * c[i]);
                d[i] = (c[i + 1] - c[i]) / d[i];
                c[i] = 3.0 * c[i];
            }
            c[n] = 3.0 * c[n];
            d[n] = d[nm1];
        }
        back(b, b0);
        back(c, c0);
        back(d, d0);
    }

    /** Periodic cubic spline by Cholesky factorisation of the cyclic tridiagonal system. */
    static void periodic(int n, double[] x0, double[] y0, double[] b0, double[] c0, double[] d0) {
        double[] x = one(x0), y = one(y0), b = one(b0), c = one(c0), d = one(d0), e = new double[n + 1];
        if (n < 2 || y[1] != y[n]) return;
        if (n == 2) {
            b[1] = b[2] = c[1] = c[2] = d[1] = d[2] = 0.0;
        } else if (n == 3) {
            b[1] = b[2] = b[3] = -(y[1] - y[2]) * (x[1] - 2 * x[2] + x[3]) / (x[3] - x[2]) / (x[2] - x[1]);
            c[1] = -3 * (y[1] - y[2]) / (x[3] - x[2]) / (x[2] - x[1]);
            c[2] = -c[1];
            c[3] = c[1];
            d[1] = -2 * c[1] / 3 / (x[2] - x[1]);
            d[2] = -d[1] * (x[2] - x[1]) / (x[3] - x[2]);
            d[3] = d[1];
        } else {
            int nm1 = n - 1, i;
            // diagonal in b, off-diagonal in d, right-hand side in c
            d[1] = x[2] - x[1];
            d[nm1] = x[n] - x[nm1];
            b[1] = 2.0 * (d[1] + d[nm1]);
            c[1] = (y[2] - y[1]) / d[1] - (y[n] - y[nm1]) / d[nm1];
            for (i = 2; i < n; i++) {
                d[i] = x[i + 1] - x[i];
                b[i] = 2.0 * (d[i] + d[i - 1]);
                c[i] = (y[i + 1] - y[i]) / d[i] - (y[i] - y[i - 1]) / d[i - 1];
            }
            // Cholesky factor: diagonal L in b, sub-diagonal M in d, last row E in e
            b[1] = Math.sqrt(b[1]);
            e[1] = (x[n] - x[nm1]) / b[1];
            double s = 0.0;
            for (i = 1; i <= nm1 - 2; i++) {
                d[i] = d[i] / b[i];
                if (i != 1) e[i] = -e[i - 1] * d[i - 1] / b[i];
                b[i + 1] = Math.sqrt(b[i + 1] - d[i] * d[i]);
                s = s + e[i] * e[i];
            }
            d[nm1 - 1] = (d[nm1 - 1] - e[nm1 - 2] * d[nm1 - 2]) / b[nm1 - 1];
            b[nm1] = Math.sqrt(b[nm1] - d[nm1 - 1] * d[nm1 - 1] - s);
            // forward elimination
            c[1] = c[1] / b[1];
            s = 0.0;
            for (i = 2; i <= nm1 - 1; i++) {
                c[i] = (c[i] - d[i - 1] * c[i - 1]) / b[i];
                s = s + e[i - 1] * c[i - 1];
            }
            c[nm1] = (c[nm1] - d[nm1 - 1] * c[nm1 - 1] - s) / b[nm1];
            // back substitution
            c[nm1] = c[nm1] / b[nm1];
            c[nm1 - 1] = (c[nm1 - 1] - d[nm1 - 1] * c[nm1]) / b[nm1 - 1];
            for (i = nm1 - 2; i >= 1; i--) c[i] = (c[i] - d[i] * c[i + 1] - e[i] * c[nm1]) / b[i];
            c[n] = c[1];
            for (i = 1; i <= nm1; i++) {
                s = x[i + 1] - x[i];
                b[i] = (y[i + 1] - y[i]) / s - s * (c[i + 1] + 2.0 * c[i]);
                d[i] = (c[i + 1] - c[i]) / s;
                c[i] = 3.0 * c[i];
            }
            b[n] = b[1];
            c[n] = c[1];
            d[n] = d[1];
        }
        back(b, b0);
        back(c, c0);
        back(d, d0);
    }

    static double[] eval(int method, double[] u, int n, double[] x, double[] y, double[] b, double[] c, double[] d) {
        int nu = u.length, n1 = n - 1;
        double[] v = new double[nu];
        if (method == 1 && n > 1) {
            double dx = x[n1] - x[0];
            for (int l = 0; l < nu; l++) {
                v[l] = (u[l] - x[0]) % dx;
                if (v[l] < 0.0) v[l] += dx;
                v[l] += x[0];
            }
        } else {
            System.arraycopy(u, 0, v, 0, nu);
        }
        int i = 0;
        for (int l = 0; l < nu; l++) {
            double ul = v[l];
            if (ul < x[i] || (i < n1 && x[i + 1] < ul)) {
                i = 0;
                int j = n;
                do {
                    int k = (i + j) / 2;
                    if (ul < x[k]) j = k;
                    else i = k;
                } while (j > i + 1);
            }
            double dx = ul - x[i];
            double tmp = method == 2 && ul < x[0] ? 0.0 : d[i];
            v[l] = y[i] + dx * (b[i] + dx * (c[i] + dx * tmp));
        }
        return v;
    }
}
