package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Vector;

/** setTimeLimit / setSessionTimeLimit: an elapsed-time deadline checked by loops and calls. */
public final class LimitBuiltins {
    private LimitBuiltins() { }

    public static void register(Builtins b) {
        b.add("setTimeLimit", "cpu, elapsed, transient", (in, call, a, rho) -> {
            double elapsed = seconds(a[1]);
            double cpu = seconds(a[0]);
            double limit = Math.min(elapsed, cpu);
            in.setDeadline(Double.isInfinite(limit) ? 0 : System.nanoTime() + Math.max(1L, (long) (limit * 1e9)));
            in.visible = false;
            return Null.NULL;
        });
        b.add("setSessionTimeLimit", "cpu, elapsed", (in, call, a, rho) -> {
            double limit = Math.min(seconds(a[0]), seconds(a[1]));
            in.setDeadline(Double.isInfinite(limit) ? 0 : System.nanoTime() + Math.max(1L, (long) (limit * 1e9)));
            in.visible = false;
            return Null.NULL;
        });
    }

    /** A limit in seconds; missing, NA, Inf or non-positive means none. */
    private static double seconds(SEXP v) {
        if (v == null || !(v instanceof Vector) || v.length() == 0) return Double.POSITIVE_INFINITY;
        double d = org.rlambda.eval.Coerce.doubleElement((Vector) v, 0, null);
        if (DoubleVector.isNaOrNaN(d) || d <= 0) return Double.POSITIVE_INFINITY;
        return d;
    }
}
