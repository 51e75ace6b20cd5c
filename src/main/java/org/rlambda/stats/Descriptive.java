package org.rlambda.stats;

import java.util.Arrays;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** stats: median (median.default) and sd for vectors (var, cov, cor: {@link Covariance}). */
public final class Descriptive {
    private Descriptive() { }

    public static void register(Builtins b) {
        b.add("median.default", "x, na.rm, ...", (in, call, a, rho) -> {
            if (a[0] == null) throw in.errorInCurrentCall("argument \"x\" is missing, with no default");
            SEXP x = a[0];
            if (x.inherits("factor") || x.inherits("data.frame")) throw in.errorInCurrentCall("need numeric data");
            boolean naRm = a[1] != null && Coerce.logicalElement((Vector) a[1], 0) == 1;
            return median(in, x, naRm);
        });
        b.add("sd", "x, na.rm", (in, call, a, rho) -> {
            if (a[0] == null) throw in.errorInCurrentCall("argument \"x\" is missing, with no default");
            boolean naRm = a[1] != null && Coerce.logicalElement((Vector) a[1], 0) == 1;
            SEXP v = variance(in, numericData(in, a[0], "x"), null, naRm);
            double d = ((DoubleVector) v).get(0);
            return DoubleVector.of(Math.sqrt(d));
        });
        b.markClosureLike("median.default", "sd");
    }

    /** median of x (the R closure median.default's semantics), dropping names. */
    public static SEXP median(Interpreter in, SEXP x, boolean naRm) {
        if (x == Null.NULL) return x;
        if (!(x instanceof Vector)) throw in.errorInCurrentCall("need numeric data");
        Vector v = (Vector) x;
        int n = v.length();
        int kept = 0;
        for (int i = 0; i < n; i++) if (!v.isNA(i)) kept++;
        if (kept < n && !naRm || kept == 0) {
            Vector r = v.alloc(1);
            return r;
        }
        switch (v.type()) {
            case CHARACTER: {
                String[] s = new String[kept];
                for (int i = 0, k = 0; i < n; i++) if (!v.isNA(i)) s[k++] = ((StringVector) v).get(i);
                Arrays.sort(s, org.rlambda.base.Collation::compare);
                if (kept % 2 == 1) return StringVector.of(s[kept / 2]);
                in.warning(in.currentCall(), "argument is not numeric or logical: returning NA");
                return DoubleVector.of(DoubleVector.NA);
            }
            case LOGICAL:
            case INTEGER: {
                int[] d = new int[kept];
                for (int i = 0, k = 0; i < n; i++) if (!v.isNA(i)) d[k++] = v instanceof IntVector ? ((IntVector) v).get(i) : ((LogicalVector) v).get(i);
                Arrays.sort(d);
                if (kept % 2 == 1) {
                    return v instanceof IntVector ? IntVector.of(d[kept / 2]) : new LogicalVector(new int[] {d[kept / 2]});
                }
                return DoubleVector.of(((double) d[kept / 2 - 1] + d[kept / 2]) / 2);
            }
            case DOUBLE: {
                double[] d = new double[kept];
                for (int i = 0, k = 0; i < n; i++) if (!v.isNA(i)) d[k++] = ((DoubleVector) v).get(i);
                Arrays.sort(d);
                if (kept % 2 == 1) return DoubleVector.of(d[kept / 2]);
                double lo = d[kept / 2 - 1], hi = d[kept / 2];
                double m = lo + hi;
                if (Double.isInfinite(m) && Double.isFinite(lo) && Double.isFinite(hi)) m = lo / 2 + hi / 2;
                else m = m / 2;
                return DoubleVector.of(m);
            }
            default:
                throw in.errorInCurrentCall("need numeric data");
        }
    }

    private static Vector numericData(Interpreter in, SEXP x, String name) {
        if (x == Null.NULL) throw in.errorInCurrentCall("'" + name + "' is NULL");
        if (x.inherits("factor")) throw in.errorInCurrentCall("Calling var(x) on a factor x is defunct.\n  Use something like 'all(duplicated(x)[-1L])' to test for a constant vector.");
        if (!(x instanceof Vector) || !((Vector) x).isAtomic()) throw in.errorInCurrentCall("is.atomic(" + name + ") is not TRUE");
        Vector v = (Vector) x;
        if (v instanceof DoubleVector) return v;
        org.rlambda.sexp.SEXP d = org.rlambda.base.Coercion.to(in, v, SexpType.DOUBLE);
        return (Vector) d;
    }

    /** Sample (co)variance with denominator n - 1; NA when fewer than two complete observations. */
    private static SEXP variance(Interpreter in, Vector x, Vector y, boolean naRm) {
        double[] xs = ((DoubleVector) x).values();
        double[] ys = y == null ? xs : ((DoubleVector) y).values();
        int n = xs.length;
        boolean[] use = new boolean[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean na = xs[i] != xs[i] || ys[i] != ys[i];
            if (na && !naRm) return DoubleVector.of(DoubleVector.NA);
            use[i] = !na;
            if (!na) m++;
        }
        if (m < 2) return DoubleVector.of(DoubleVector.NA);
        double mx = mean(xs, use, m), my = y == null ? mx : mean(ys, use, m);
        double hi = 0, lo = 0;
        for (int i = 0; i < n; i++) {
            if (!use[i]) continue;
            double p = (xs[i] - mx) * (ys[i] - my);
            double s = hi + p;
            double bp = s - hi;
            lo += (hi - (s - bp)) + (p - bp);
            hi = s;
        }
        return DoubleVector.of((hi + lo) / (m - 1));
    }

    private static double mean(double[] v, boolean[] use, int m) {
        double hi = 0, lo = 0;
        for (int i = 0; i < v.length; i++) {
            if (!use[i]) continue;
            double s = hi + v[i];
            double bp = s - hi;
            lo += (hi - (s - bp)) + (v[i] - bp);
            hi = s;
        }
        double q = hi / m;
        double p = q * m;
        double perr = Math.fma(q, m, -p);
        return q + (((hi - p) - perr) + lo) / m;
    }
}
