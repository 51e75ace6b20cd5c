package org.rlambda.stats;

import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/**
 * Kernels of acf and pacf (ts.R): lagged cross-products of demeaned series skipping missing
 * values, and the Durbin-Levinson recursion for partial autocorrelations. Follows acf0 in
 * src/library/stats/src/filter.c and uni_pacf in src/library/stats/src/pacf.c.
 */
public final class ModelAutocorrelation {
    private ModelAutocorrelation() { }

    public static void register(Builtins b) {
        b.add(".rlambda_acf", "x, lag.max, correlation", (in, call, a, rho) -> {
            int[] d = ((Vector) a[0]).dim();
            double[] x = ((DoubleVector) Coercion.to(in, a[0], SexpType.DOUBLE)).values();
            int n = d[0], ns = d[1];
            int nl = ((IntVector) Coercion.to(in, a[1], SexpType.INTEGER)).get(0);
            boolean cor = ((LogicalVector) Coercion.to(in, a[2], SexpType.LOGICAL)).get(0) == 1;
            DoubleVector r = new DoubleVector(acf(x, n, ns, nl, cor));
            r.setAttributeRaw("dim", new IntVector(new int[] {nl + 1, ns, ns}));
            return r;
        });
        b.add(".rlambda_pacf1", "acf, lag.max", (in, call, a, rho) -> {
            double[] c = ((DoubleVector) Coercion.to(in, a[0], SexpType.DOUBLE)).values();
            int nl = ((IntVector) Coercion.to(in, a[1], SexpType.INTEGER)).get(0);
            DoubleVector r = new DoubleVector(pacf(c, nl));
            r.setAttributeRaw("dim", new IntVector(new int[] {nl, 1, 1}));
            return r;
        });
    }

    static double[] acf(double[] x, int n, int ns, int nl, boolean correlation) {
        int d1 = nl + 1, d2 = ns * d1;
        double[] acf = new double[d1 * ns * ns];
        for (int u = 0; u < ns; u++) {
            for (int v = 0; v < ns; v++) {
                for (int lag = 0; lag <= nl; lag++) {
                    double sum = 0;
                    int nu = 0;
                    for (int i = 0; i < n - lag; i++) {
                        double a = x[i + lag + n * u], b = x[i + n * v];
                        if (a == a && b == b) {
                            nu++;
                            sum += a * b;
                        }
                    }
                    acf[lag + d1 * u + d2 * v] = nu > 0 ? sum / (nu + lag) : DoubleVector.NA;
                }
            }
        }
        if (correlation) {
            if (n == 1) {
                for (int u = 0; u < ns; u++) acf[d1 * u + d2 * u] = 1;
            } else {
                double[] se = new double[ns];
                for (int u = 0; u < ns; u++) se[u] = Math.sqrt(acf[d1 * u + d2 * u]);
                for (int u = 0; u < ns; u++) {
                    for (int v = 0; v < ns; v++) {
                        for (int lag = 0; lag <= nl; lag++) {
                            double a = acf[lag + d1 * u + d2 * v] / (se[u] * se[v]);
                            acf[lag + d1 * u + d2 * v] = a > 1 ? 1 : a < -1 ? -1 : a;
                        }
                    }
                }
            }
        }
        return acf;
    }

    static double[] pacf(double[] cor, int nlag) {
        double[] p = new double[nlag], v = new double[nlag], w = new double[nlag];
        w[0] = p[0] = cor[1];
        for (int ll = 1; ll < nlag; ll++) {
            double a = cor[ll + 1], b = 1;
            for (int i = 0; i < ll; i++) {
                a -= w[i] * cor[ll - i];
                b -= w[i] * cor[i + 1];
            }
            double c = a / b;
            p[ll] = c;
            if (ll + 1 == nlag) break;
            w[ll] = c;
            for (int i = 0; i < ll; i++) v[ll - i - 1] = w[i];
            for (int i = 0; i < ll; i++) w[i] -= c * v[i];
        }
        return p;
    }
}
