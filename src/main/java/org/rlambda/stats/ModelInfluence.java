package org.rlambda.stats;

import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The kernel of lm.influence (models.R): leverages and leave-one-out residual standard
 * deviations from the first k columns of Q, summed in plain double precision in the order of
 * GNU R's src/library/stats/src/lminfl.f.
 */
public final class ModelInfluence {
    private ModelInfluence() { }

    public static void register(Builtins b) {
        b.add(".rlambda_lminfl", "Q, e, tol", (in, call, a, rho) -> {
            double[] q = ((DoubleVector) Coercion.to(in, a[0], SexpType.DOUBLE)).values();
            double[] e = ((DoubleVector) Coercion.to(in, a[1], SexpType.DOUBLE)).values();
            double tol = ((DoubleVector) Coercion.to(in, a[2], SexpType.DOUBLE)).get(0);
            int[] qd = ((Vector) a[0]).dim();
            int n = qd[0], k = qd[1];
            int ne = e.length / Math.max(n, 1);
            return influence(q, n, k, e, ne, tol);
        });
    }

    static SEXP influence(double[] q, int n, int k, double[] e, int ncolE, double tol) {
        double[] hat = new double[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                double v = q[i + j * n];
                hat[i] += v * v;
            }
        }
        for (int i = 0; i < n; i++) if (hat[i] >= 1 - tol) hat[i] = 1;
        double denom = n - k - 1;
        double[] sigma = new double[n * ncolE];
        for (int j = 0; j < ncolE; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += e[i + j * n] * e[i + j * n];
            for (int i = 0; i < n; i++) {
                double ei = e[i + j * n];
                sigma[i + j * n] = hat[i] < 1 ? Math.sqrt((sum - ei * ei / (1 - hat[i])) / denom) : Math.sqrt(sum / denom);
            }
        }
        for (int i = 0; i < n; i++) if (hat[i] > 1 - tol) hat[i] = 1;
        DoubleVector s = new DoubleVector(sigma);
        s.setAttributeRaw("dim", new IntVector(new int[] {n, ncolE}));
        ListVector r = ListVector.of(new DoubleVector(hat), s);
        r.setAttributeRaw("names", StringVector.of("hat", "sigma"));
        return r;
    }
}
