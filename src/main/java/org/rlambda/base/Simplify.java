package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Coerce;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * sapply's and mapply's simplification (GNU R's simplify2array without higher = TRUE): equal
 * length-one results become a vector, equal longer results the columns of a matrix, anything
 * else stays a list. Combining follows unlist(recursive = FALSE), including its names.
 */
public final class Simplify {
    private Simplify() { }

    public static SEXP simplify2array(ListVector answer) { return simplify2array(answer, false); }

    /** With higher = TRUE (sapply(simplify = "array")), equal-shaped array results stack into one more dimension. */
    public static SEXP simplify2array(ListVector answer, boolean higher) {
        int n = answer.length();
        int common = -1;
        for (int i = 0; i < n; i++) {
            int len = answer.get(i).length();
            if (common < 0) common = len;
            else if (common != len) return answer;
        }
        if (common == 1) {
            Vector r = unlistOneLevel(answer, true);
            return r.length() == n ? r : answer;
        }
        if (common > 1) {
            Vector r = unlistOneLevel(answer, false);
            if (r.length() != n * common) return answer;
            if (higher) {
                int[] d = answer.get(0) instanceof Vector ? ((Vector) answer.get(0)).dim() : null;
                boolean same = d != null;
                for (int i = 1; same && i < n; i++) {
                    int[] di = answer.get(i) instanceof Vector ? ((Vector) answer.get(i)).dim() : null;
                    same = java.util.Arrays.equals(d, di);
                }
                if (same) {
                    int[] nd = java.util.Arrays.copyOf(d, d.length + 1);
                    nd[d.length] = n;
                    r.setAttributeRaw("dim", new IntVector(nd));
                    SEXP dn = answer.get(0).getAttribute("dimnames");
                    StringVector an = answer.names();
                    if (dn instanceof ListVector || an != null) {
                        SEXP[] parts = new SEXP[nd.length];
                        for (int k = 0; k < d.length; k++) parts[k] = dn instanceof ListVector ? ((ListVector) dn).get(k) : Null.NULL;
                        parts[d.length] = an == null ? Null.NULL : new StringVector(an.values().clone());
                        r.setAttributeRaw("dimnames", new ListVector(parts));
                    }
                    return r;
                }
            }
            r.setAttributeRaw("dim", IntVector.of(common, n));
            SEXP first = answer.get(0);
            StringVector n1 = first instanceof Vector ? ((Vector) first).names() : null;
            StringVector n2 = answer.names();
            if (n1 != null || n2 != null) {
                r.setAttributeRaw("dimnames", new ListVector(new SEXP[] {
                    n1 == null ? Null.NULL : new StringVector(n1.values().clone()),
                    n2 == null ? Null.NULL : new StringVector(n2.values().clone())}));
            }
            return r;
        }
        return answer;
    }

    /** unlist(x, recursive = FALSE, use.names = withNames) of a non-empty list. */
    public static Vector unlistOneLevel(ListVector x, boolean withNames) {
        SEXP r = Unlist.unlist(x, false, withNames);
        return r instanceof Vector ? (Vector) r : x;
    }
}
