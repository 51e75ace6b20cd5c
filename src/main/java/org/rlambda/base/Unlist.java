package org.rlambda.base;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlambda.eval.Coerce;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * unlist's algorithm for sapply/mapply simplification (the unlist builtin itself lives in
 * Matrices): flattens a list into the highest type of its leaves (a list
 * when some leaf is not atomic; a factor when every leaf is a factor), naming the result the
 * way GNU R does ("a.b", "a1", "a2": a base gets a sequence number only when more than one
 * unnamed leaf sits under it).
 */
public final class Unlist {
    private Unlist() { }

    private static final class State {
        int seq;
        int count;
    }

    public static SEXP unlist(ListVector x, boolean recursive, boolean useNames) {
        List<SEXP> leaves = new ArrayList<>();
        collect(x, recursive, leaves, true);
        if (leaves.isEmpty()) return Null.NULL;
        SexpType type = null;
        boolean allFactors = true;
        for (SEXP e : leaves) {
            if (e == Null.NULL) continue;
            SexpType t;
            if (!(e instanceof Vector) || e instanceof ListVector) t = SexpType.LIST;
            else t = e.type();
            if (!(e instanceof Vector && e.inherits("factor"))) allFactors = false;
            if (type == null || rank(t) > rank(type)) type = t;
        }
        if (type == null) return Null.NULL;
        Vector out;
        if (allFactors) {
            out = combineFactors(leaves);
        } else {
            int total = 0;
            for (SEXP e : leaves) total += leafLength(e, type);
            out = Coerce.emptyOf(type).alloc(total);
            int pos = 0;
            for (SEXP e : leaves) {
                if (e == Null.NULL) continue;
                if (!(e instanceof Vector)) {
                    e.markShared();
                    ((ListVector) out).set(pos++, e);
                    continue;
                }
                Vector v = (Vector) e;
                if (type == SexpType.LIST && !(v instanceof ListVector)) {
                    for (int k = 0; k < v.length(); k++) ((ListVector) out).set(pos++, v.element(k));
                    continue;
                }
                Vector cv = v.type() == type ? v : Coerce.coerce(v, type, null);
                for (int k = 0; k < cv.length(); k++) {
                    if (cv instanceof ListVector) ((ListVector) cv).get(k).markShared();
                    out.setFrom(pos++, cv, k);
                }
            }
        }
        if (useNames && hasAnyNames(x, recursive)) {
            List<String> names = new ArrayList<>();
            StringVector xn = x.names();
            for (int i = 0; i < x.length(); i++) {
                State st = new State();
                extract(x.get(i), "", tag(xn, i), recursive, st, names);
            }
            if (names.size() == out.length()) out.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
        }
        return out;
    }

    private static int leafLength(SEXP e, SexpType type) {
        if (e == Null.NULL) return 0;
        if (!(e instanceof Vector)) return 1;
        return e.length();
    }

    /** The leaves unlist combines: nested lists are opened when recursive (one level otherwise). */
    private static void collect(SEXP v, boolean recursive, List<SEXP> out, boolean top) {
        if (v instanceof ListVector && (top || recursive) && !(v instanceof org.rlambda.sexp.ExpressionVector && !top)) {
            ListVector l = (ListVector) v;
            if (!top && !recursive) {
                out.add(v);
                return;
            }
            for (SEXP e : l.values()) {
                if (e instanceof ListVector && !recursive) {
                    for (SEXP x : ((ListVector) e).values()) out.add(new ListVector(new SEXP[] {x}));
                } else if (e instanceof ListVector) {
                    collect(e, true, out, false);
                } else {
                    out.add(e);
                }
            }
            return;
        }
        out.add(v);
    }

    private static int rank(SexpType t) {
        if (t == SexpType.LIST || t == SexpType.EXPRESSION) return 100;
        return Coerce.rank(t);
    }

    private static Vector combineFactors(List<SEXP> leaves) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        List<Integer> codes = new ArrayList<>();
        for (SEXP e : leaves) {
            if (e == Null.NULL) continue;
            Vector f = (Vector) e;
            StringVector labels = RArgs.factorLabels(f);
            SEXP lev = f.getAttribute("levels");
            if (lev instanceof StringVector) for (String l : ((StringVector) lev).values()) levels.putIfAbsent(l, levels.size() + 1);
            for (int i = 0; i < labels.length(); i++) {
                String s = labels.get(i);
                codes.add(s == StringVector.NA ? IntVector.NA : levels.get(s));
            }
        }
        int[] c = new int[codes.size()];
        for (int i = 0; i < c.length; i++) c[i] = codes.get(i);
        IntVector r = new IntVector(c);
        r.setAttributeRaw("levels", new StringVector(levels.keySet().toArray(new String[0])));
        r.setAttributeRaw("class", StringVector.of("factor"));
        return r;
    }

    private static boolean hasAnyNames(SEXP v, boolean recursive) {
        if (!(v instanceof Vector)) return false;
        if (((Vector) v).names() != null) return true;
        if (v instanceof ListVector) {
            for (SEXP e : ((ListVector) v).values()) {
                if (e instanceof ListVector && !recursive) continue;
                if (hasAnyNames(e, recursive)) return true;
            }
        }
        return false;
    }

    private static String tag(StringVector names, int i) {
        if (names == null) return null;
        String s = names.get(i);
        return s == null || s.isEmpty() ? null : s;
    }

    private static void extract(SEXP v, String base, String tag, boolean recursive, State st, List<String> out) {
        String b = base;
        int saveSeq = 0;
        int saveCount = 0;
        if (tag != null) {
            b = base.isEmpty() ? tag : base + "." + tag;
            saveSeq = st.seq;
            saveCount = st.count;
            st.count = 0;
            namesCount(v, recursive, st);
            st.seq = 0;
        }
        if (v instanceof ListVector && recursive) {
            ListVector l = (ListVector) v;
            StringVector n = l.names();
            for (int i = 0; i < l.length(); i++) extract(l.get(i), b, tag(n, i), true, st, out);
        } else if (v instanceof Vector) {
            Vector vec = (Vector) v;
            StringVector n = vec.names();
            for (int i = 0; i < vec.length(); i++) {
                String t = tag(n, i);
                out.add(newName(b, t == null ? "" : t, ++st.seq, st.count));
            }
        } else if (v != Null.NULL) {
            out.add(newName(b, "", ++st.seq, st.count));
        }
        if (tag != null) st.count = saveCount;
        st.seq = st.seq + saveSeq;
    }

    private static void namesCount(SEXP v, boolean recursive, State st) {
        if (v instanceof ListVector && recursive) {
            ListVector l = (ListVector) v;
            StringVector n = l.names();
            for (int i = 0; i < l.length() && st.count <= 1; i++) {
                if (tag(n, i) == null) namesCount(l.get(i), true, st);
            }
        } else if (v instanceof Vector) {
            for (int i = 0; i < v.length() && st.count <= 1; i++) st.count++;
        } else if (v != Null.NULL) {
            st.count++;
        }
    }

    private static String newName(String base, String tag, int seq, int count) {
        if (!base.isEmpty() && !tag.isEmpty()) return base + "." + tag;
        if (!base.isEmpty()) return count == 1 ? base : base + seq;
        return tag;
    }
}
