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

/** stats: median (median.default); var, sd, cov, cor are in stats.R over {@link Covariance}. */
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
        b.markClosureLike("median.default");
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
}
