package org.rlambda.base;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Hash-based set operations: unique, duplicated, anyDuplicated, match, %in%, union, intersect,
 * setdiff, is.element, setequal. Elements compare as GNU R does: after coercion to a common type,
 * NA equals NA, NaN equals NaN, 0 equals -0; list elements compare with identical().
 */
public final class Sets {
    private Sets() { }

    public static void register(Builtins b) {
        b.add("unique.default", "x, incomparables, fromLast, nmax, ...", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            if (x == Null.NULL) return Null.NULL;
            Vector v = vectorArg(in, x, "unique");
            boolean fromLast = a[2] != null && Scalars.logical(a[2]) == 1;
            boolean[] dup = duplicated(v, fromLast, incomparables(in, a[1], v));
            int[] keep = positions(dup, false);
            Vector r = Elements.plain(v, keep);
            r.setAttributeRaw("names", null);
            if (x.inherits("factor")) {
                r.setAttributeRaw("levels", x.getAttribute("levels"));
                r.setAttributeRaw("class", x.getAttribute("class"));
            } else if (x.inherits("Date") || x.inherits("POSIXct")) {
                r.setAttributeRaw("class", x.getAttribute("class"));
                if (x.getAttribute("tzone") != null) r.setAttributeRaw("tzone", x.getAttribute("tzone"));
            }
            return r;
        });
        b.add("duplicated.default", "x, incomparables, fromLast, nmax, ...", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            if (x == Null.NULL) return LogicalVector.EMPTY;
            Vector v = vectorArg(in, x, "duplicated");
            boolean fromLast = a[2] != null && Scalars.logical(a[2]) == 1;
            boolean[] dup = duplicated(v, fromLast, incomparables(in, a[1], v));
            int[] r = new int[dup.length];
            for (int i = 0; i < r.length; i++) r[i] = dup[i] ? 1 : 0;
            return new LogicalVector(r);
        });
        b.add("anyDuplicated.default", "x, incomparables, fromLast, ...", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            if (x == Null.NULL) return IntVector.of(0);
            Vector v = vectorArg(in, x, "anyDuplicated");
            boolean fromLast = a[2] != null && Scalars.logical(a[2]) == 1;
            boolean[] dup = duplicated(v, fromLast, incomparables(in, a[1], v));
            if (fromLast) {
                for (int i = dup.length - 1; i >= 0; i--) if (dup[i]) return IntVector.of(i + 1);
            } else {
                for (int i = 0; i < dup.length; i++) if (dup[i]) return IntVector.of(i + 1);
            }
            return IntVector.of(0);
        });
        b.add("match", "x, table, nomatch, incomparables", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x"), table = Types.arg(in, a[1], "table");
            if (a[2] != null && a[2].length() != 1) throw in.errorInCurrentCall("'nomatch' must be of length 1");
            // nomatch is read as an integer, warning about text that is not a number
            int nomatch = a[2] == null ? IntVector.NA : ((IntVector) Coercion.to(in, a[2], SexpType.INTEGER)).get(0);
            return new IntVector(match(in, x, table, nomatch, a[3] == null ? Null.NULL : a[3]));
        });
        b.add("%in%", "x, table", (in, call, a, rho) -> {
            int[] m = match(in, Types.arg(in, a[0], "x"), Types.arg(in, a[1], "table"), 0, Null.NULL);
            int[] r = new int[m.length];
            for (int i = 0; i < m.length; i++) r[i] = m[i] > 0 ? 1 : 0;
            return new LogicalVector(r);
        });
        b.add("is.element", "el, set", (in, call, a, rho) -> {
            SEXP el = setVector(in, Types.arg(in, a[0], "el"));
            SEXP set = setVector(in, Types.arg(in, a[1], "set"));
            int[] m = match(in, el, set, 0, Null.NULL);
            int[] r = new int[m.length];
            for (int i = 0; i < m.length; i++) r[i] = m[i] > 0 ? 1 : 0;
            return new LogicalVector(r);
        });
        b.add("union", "x, y", (in, call, a, rho) -> {
            SEXP u = setVector(in, Types.arg(in, a[0], "x"));
            SEXP v = setVector(in, Types.arg(in, a[1], "y"));
            SEXP c = Combine.combine(new SEXP[] {u, v}, null, false, true);
            if (c == Null.NULL) return c;
            Vector cv = (Vector) c;
            Vector r = Elements.plain(cv, positions(duplicated(cv, false, null), false));
            r.setAttributeRaw("names", null);
            return r;
        });
        b.add("intersect", "x, y", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x"), y = Types.arg(in, a[1], "y");
            if (x == Null.NULL || y == Null.NULL) return Null.NULL;
            Vector u = (Vector) setVector(in, x);
            Vector v = (Vector) setVector(in, y);
            boolean[] dup = duplicated(Coercion.bare(u), false, null);
            int[] m = match(in, u, v, 0, Null.NULL);
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < m.length; i++) if (!dup[i] && m[i] > 0) keep.add(i);
            Vector part = Elements.plain(u, keep.stream().mapToInt(Integer::intValue).toArray());
            SEXP r = Combine.combine(new SEXP[] {part, Elements.plain(v, new int[0])}, null, false, true);
            return r == Null.NULL ? Coercion.bare(part) : r;
        });
        b.add("setdiff", "x, y", (in, call, a, rho) -> {
            SEXP x = setVector(in, Types.arg(in, a[0], "x"));
            SEXP y = setVector(in, Types.arg(in, a[1], "y"));
            if (x == Null.NULL) return Null.NULL;
            Vector u = (Vector) x;
            boolean[] dup = duplicated(Coercion.bare(u), false, null);
            int[] m = match(in, u, y, 0, Null.NULL);
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < m.length; i++) if (!dup[i] && m[i] == 0) keep.add(i);
            return Elements.plain(u, keep.stream().mapToInt(Integer::intValue).toArray());
        });
        b.add("setequal", "x, y", (in, call, a, rho) -> {
            SEXP x = setVector(in, Types.arg(in, a[0], "x"));
            SEXP y = setVector(in, Types.arg(in, a[1], "y"));
            for (int k : match(in, x, y, IntVector.NA, Null.NULL)) if (k == IntVector.NA) return LogicalVector.FALSE;
            for (int k : match(in, y, x, IntVector.NA, Null.NULL)) if (k == IntVector.NA) return LogicalVector.FALSE;
            return LogicalVector.TRUE;
        });
        b.markClosureLike("unique.default", "duplicated.default", "anyDuplicated.default", "match", "%in%",
                "is.element", "union", "intersect", "setdiff", "setequal");
    }

    /** as.vector(x) as the set functions take it: factors become their labels. */
    private static SEXP setVector(Interpreter in, SEXP x) {
        if (x.inherits("factor")) return Coercion.bare((Vector) FactorLevels.asCharacter(x));
        return Types.asVector(in, x, "any");
    }

    private static Vector vectorArg(Interpreter in, SEXP x, String what) {
        if (!(x instanceof Vector)) throw in.errorInCurrentCall(what + "() applies only to vectors");
        return (Vector) x;
    }

    private static Vector incomparables(Interpreter in, SEXP inc, Vector x) {
        if (inc == null || inc == Null.NULL) return null;
        if (inc instanceof LogicalVector && inc.length() == 1 && ((LogicalVector) inc).get(0) == 0) return null;
        return (Vector) inc;
    }

    static int[] positions(boolean[] flags, boolean want) {
        int n = 0;
        for (boolean f : flags) if (f == want) n++;
        int[] r = new int[n];
        for (int i = 0, k = 0; i < flags.length; i++) if (flags[i] == want) r[k++] = i;
        return r;
    }

    /** duplicated(): true for elements equal to an earlier one (a later one when fromLast). */
    static boolean[] duplicated(Vector v, boolean fromLast, Vector incomparables) {
        int n = v.length();
        boolean[] dup = new boolean[n];
        Set<Object> seen = new HashSet<>(Math.max(16, n * 2));
        Set<Object> never = null;
        if (incomparables != null) {
            never = new HashSet<>();
            Vector inc = incomparables.type() == v.type() || v instanceof ListVector ? incomparables
                    : Coercion.to(null, incomparables, v.type(), new Coercion.Problems());
            for (int i = 0; i < inc.length(); i++) never.add(key(inc, i));
        }
        for (int k = 0; k < n; k++) {
            int i = fromLast ? n - 1 - k : k;
            Object key = key(v, i);
            if (never != null && never.contains(key)) continue;
            if (!seen.add(key)) dup[i] = true;
        }
        return dup;
    }

    /** match(): 1-based positions of x's elements in table, nomatch where absent. */
    static int[] match(Interpreter in, SEXP x, SEXP table, int nomatch, SEXP incomparables) {
        if (x == Null.NULL) return new int[0];
        Vector xv = matchOperand(in, x), tv = table == Null.NULL ? new LogicalVector(0) : matchOperand(in, table);
        SexpType t = commonType(xv, tv);
        if (xv.type() != t) xv = Coercion.to(in, xv, t);
        if (tv.type() != t) tv = Coercion.to(in, tv, t);
        Map<Object, Integer> index = new HashMap<>(Math.max(16, tv.length() * 2));
        for (int i = tv.length() - 1; i >= 0; i--) index.put(key(tv, i), i + 1);
        Set<Object> never = null;
        if (incomparables != Null.NULL && !(incomparables instanceof LogicalVector && incomparables.length() == 1
                && ((LogicalVector) incomparables).get(0) == 0)) {
            never = new HashSet<>();
            Vector inc = Coercion.to(in, incomparables, t);
            for (int i = 0; i < inc.length(); i++) never.add(key(inc, i));
        }
        int n = xv.length();
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            Object k = key(xv, i);
            Integer pos = never != null && never.contains(k) ? null : index.get(k);
            r[i] = pos == null ? nomatch : pos;
        }
        return r;
    }

    /** A match operand: factors by their labels, other values as plain vectors. */
    private static Vector matchOperand(Interpreter in, SEXP x) {
        if (x.inherits("factor") && x instanceof IntVector) {
            SEXP lev = x.getAttribute("levels");
            IntVector f = (IntVector) x;
            String[] s = new String[f.length()];
            for (int i = 0; i < s.length; i++) {
                int k = f.get(i);
                s[i] = k == IntVector.NA || !(lev instanceof StringVector) ? StringVector.NA : ((StringVector) lev).get(k - 1);
            }
            return new StringVector(s);
        }
        if (x instanceof Vector) return (Vector) x;
        if (x instanceof org.rlambda.sexp.Symbol) return StringVector.of(((org.rlambda.sexp.Symbol) x).name);
        throw in.errorInCurrentCall("'match' requires vector arguments");
    }

    private static SexpType commonType(Vector a, Vector b) {
        SexpType ta = a.type(), tb = b.type();
        if (ta == tb) return ta;
        if (ta == SexpType.LIST || tb == SexpType.LIST) return SexpType.LIST;
        if (ta == SexpType.CHARACTER || tb == SexpType.CHARACTER) return SexpType.CHARACTER;
        return typeRank(ta) >= typeRank(tb) ? ta : tb;
    }

    private static int typeRank(SexpType t) { return org.rlambda.eval.Coerce.rank(t); }

    private static final Object NA_KEY = new Object() {
        @Override public String toString() { return "NA"; }
    };
    private static final Object NAN_KEY = new Object() {
        @Override public String toString() { return "NaN"; }
    };

    /** A hashable key for element i: equal keys for values R considers the same. */
    static Object key(Vector v, int i) {
        switch (v.type()) {
            case LOGICAL: return ((LogicalVector) v).get(i);
            case INTEGER: return ((IntVector) v).get(i);
            case DOUBLE: return doubleKey(((DoubleVector) v).get(i));
            case CHARACTER: {
                String s = ((StringVector) v).get(i);
                return s == StringVector.NA ? NA_KEY : s;
            }
            case COMPLEX: {
                ComplexVector c = (ComplexVector) v;
                return java.util.List.of(doubleKey(c.re(i)), doubleKey(c.im(i)));
            }
            case RAW: return ((RawVector) v).get(i);
            default: return new IdenticalKey(((ListVector) v).get(i));
        }
    }

    private static Object doubleKey(double d) {
        if (d != d) return DoubleVector.isNA(d) ? NA_KEY : NAN_KEY;
        if (d == 0) return 0.0;
        return d;
    }

    /** Wraps a list element so equality is identical(). */
    private static final class IdenticalKey {
        final SEXP value;
        final int hash;

        IdenticalKey(SEXP value) {
            this.value = value;
            this.hash = Identical.hash(value);
        }

        @Override public int hashCode() { return hash; }

        @Override public boolean equals(Object o) {
            return o instanceof IdenticalKey && Identical.identical(value, ((IdenticalKey) o).value);
        }
    }
}
