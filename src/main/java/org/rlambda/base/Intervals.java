package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/** findInterval(): which of the sorted break points each value lies after (binary search). */
public final class Intervals {
    private Intervals() { }

    public static void register(Builtins b) {
        b.add("findInterval", "x, vec, rightmost.closed, all.inside, left.open", (in, call, a, rho) -> {
            double[] x = numeric(in, Types.arg(in, a[0], "x"));
            double[] vec = numeric(in, Types.arg(in, a[1], "vec"));
            for (int i = 0; i < vec.length; i++) {
                if (vec[i] != vec[i] || (i > 0 && vec[i] < vec[i - 1]))
                    throw in.errorInCurrentCall("'vec' must be sorted non-decreasingly and not contain NAs");
            }
            boolean rightmostClosed = a[2] != null && Scalars.logical(a[2]) == 1;
            boolean allInside = a[3] != null && Scalars.logical(a[3]) == 1;
            boolean leftOpen = a[4] != null && Scalars.logical(a[4]) == 1;
            int n = vec.length;
            int[] r = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                double v = x[i];
                if (v != v) { r[i] = IntVector.NA; continue; }
                int k = leftOpen ? countBelow(vec, v) : countAtMost(vec, v);
                if (rightmostClosed && n > 0) {
                    // the outermost interval also takes its closing end point
                    if (!leftOpen && k == n && v == vec[n - 1]) k = n - 1;
                    if (leftOpen && k == 0 && v == vec[0]) k = 1;
                }
                if (allInside) {
                    if (k == 0) k = 1;
                    else if (k == n) k = n - 1;
                }
                r[i] = k;
            }
            return new IntVector(r);
        });
        b.markClosureLike("findInterval");
    }

    private static double[] numeric(Interpreter in, SEXP v) {
        if (!(v instanceof Vector) || !((Vector) v).isAtomic())
            throw in.errorInCurrentCall("'x' must be numeric");
        return ((DoubleVector) Coercion.to(in, v, SexpType.DOUBLE)).values();
    }

    /** How many break points are <= v. */
    private static int countAtMost(double[] vec, double v) {
        int lo = 0, hi = vec.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (vec[mid] <= v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** How many break points are < v. */
    private static int countBelow(double[] vec, double v) {
        int lo = 0, hi = vec.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (vec[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
