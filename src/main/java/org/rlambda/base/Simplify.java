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

    public static SEXP simplify2array(ListVector answer) {
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

    /** The type unlist gives: the highest atomic type, or LIST when any element is not atomic. */
    static SexpType combinedType(ListVector x) {
        SexpType best = null;
        for (SEXP e : x.values()) {
            if (e == Null.NULL) continue;
            if (!(e instanceof Vector) || e instanceof ListVector) return SexpType.LIST;
            SexpType t = e.type();
            if (best == null || Coerce.rank(t) > Coerce.rank(best)) best = t;
        }
        return best == null ? SexpType.LOGICAL : best;
    }

    /** unlist(x, recursive = FALSE, use.names = withNames) of a list. */
    public static Vector unlistOneLevel(ListVector x, boolean withNames) {
        SexpType type = combinedType(x);
        StringVector outer = x.names();
        List<String> names = new ArrayList<>();
        boolean anyName = false;
        int total = 0;
        for (SEXP e : x.values()) total += e instanceof Vector ? e.length() : (e == Null.NULL ? 0 : 1);
        Vector out = Coerce.emptyOf(type).alloc(total);
        int pos = 0;
        for (int i = 0; i < x.length(); i++) {
            SEXP e = x.get(i);
            String base = outer == null ? "" : outer.get(i);
            if (e == Null.NULL) continue;
            if (!(e instanceof Vector)) {
                e.markShared();
                ((ListVector) out).set(pos++, e);
                names.add(base);
                anyName |= !base.isEmpty();
                continue;
            }
            Vector v = (Vector) e;
            StringVector inner = v.names();
            int len = v.length();
            Vector cv = type == SexpType.LIST ? v : (v.type() == type ? v : Coerce.coerce(v, type, null));
            for (int k = 0; k < len; k++) {
                if (type == SexpType.LIST && !(cv instanceof ListVector)) {
                    ((ListVector) out).set(pos, cv.element(k));
                } else {
                    if (cv instanceof ListVector) ((ListVector) cv).get(k).markShared();
                    out.setFrom(pos, cv, k);
                }
                pos++;
                String tag = inner == null ? "" : inner.get(k);
                String nm;
                if (!base.isEmpty()) {
                    if (!tag.isEmpty()) nm = base + "." + tag;
                    else if (len == 1) nm = base;
                    else nm = base + (k + 1);
                } else {
                    nm = tag;
                }
                anyName |= !nm.isEmpty();
                names.add(nm);
            }
        }
        if (withNames && anyName) out.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
        return out;
    }
}
