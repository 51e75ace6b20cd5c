package org.rlambda.base;

import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * Turns an R subscript (positive, negative, zero, logical, character, NA, missing) into
 * 0-based positions for a vector of length {@code n}. A position {@code >= n} means "beyond the
 * end" (NA when reading, growth when assigning); -1 means NA. For character subscripts that
 * match no name, {@link #newNames} holds the names to append when assigning.
 */
public final class Subscript {
    public final int[] positions;
    /** For character subscripts: the subscript string per position (for names of new elements). */
    public String[] newNames;
    /** The largest position + 1 (the length a replacement needs). */
    public final int stretch;

    private Subscript(int[] positions, int stretch) {
        this.positions = positions;
        this.stretch = stretch;
    }

    public static final int NA = -1;

    /** Resolves {@code s} against a vector of length {@code n} with names {@code names} (may be null). */
    public static Subscript of(Interpreter in, Call call, SEXP s, int n, StringVector names, boolean assigning) {
        if (s == null || s == Symbol.MISSING_ARG) {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) p[i] = i;
            return new Subscript(p, n);
        }
        if (s == Null.NULL) return new Subscript(new int[0], n);
        if (s.inherits("factor")) s = Coerce.coerce((Vector) s, org.rlambda.sexp.SexpType.INTEGER, null);
        switch (s.type()) {
            case LOGICAL: return logical(((LogicalVector) s), n);
            case INTEGER: return numeric(in, call, (Vector) s, n);
            case DOUBLE: return numeric(in, call, (Vector) s, n);
            case CHARACTER: return character((StringVector) s, n, names, assigning);
            case SYMBOL: return character(StringVector.of(((Symbol) s).name), n, names, assigning);
            default:
                throw in.error(call, "invalid subscript type '" + s.typeName() + "'");
        }
    }

    private static Subscript logical(LogicalVector l, int n) {
        int len = l.length();
        if (len == 0) return new Subscript(new int[0], n);
        int total = Math.max(n, len);
        int count = 0;
        for (int i = 0; i < total; i++) if (l.get(i % len) != 0) count++;
        int[] p = new int[count];
        int k = 0;
        int stretch = n;
        for (int i = 0; i < total; i++) {
            int v = l.get(i % len);
            if (v == 0) continue;
            if (v == LogicalVector.NA) p[k++] = NA;
            else {
                p[k++] = i;
                if (i >= stretch) stretch = i + 1;
            }
        }
        return new Subscript(p, stretch);
    }

    private static Subscript numeric(Interpreter in, Call call, Vector v, int n) {
        int len = v.length();
        boolean anyNeg = false, anyPos = false, anyNA = false;
        long[] raw = new long[len];
        for (int i = 0; i < len; i++) {
            long x;
            if (v instanceof DoubleVector) {
                double d = ((DoubleVector) v).get(i);
                if (Double.isNaN(d)) { raw[i] = Long.MIN_VALUE; anyNA = true; continue; }
                x = d >= 9.0e18 ? Long.MAX_VALUE / 2 : d <= -9.0e18 ? -Long.MAX_VALUE / 2 : (long) d;
            } else {
                int xi = ((IntVector) v).get(i);
                if (xi == IntVector.NA) { raw[i] = Long.MIN_VALUE; anyNA = true; continue; }
                x = xi;
            }
            raw[i] = x;
            if (x < 0) anyNeg = true;
            else if (x > 0) anyPos = true;
        }
        if (anyNeg) {
            if (anyPos || anyNA) throw in.error(call, "only 0's may be mixed with negative subscripts");
            boolean[] drop = new boolean[n];
            for (long x : raw) if (x < 0 && -x <= n) drop[(int) (-x - 1)] = true;
            int count = 0;
            for (boolean d : drop) if (!d) count++;
            int[] p = new int[count];
            int k = 0;
            for (int i = 0; i < n; i++) if (!drop[i]) p[k++] = i;
            return new Subscript(p, n);
        }
        int count = 0;
        for (long x : raw) if (x != 0) count++;
        int[] p = new int[count];
        int k = 0;
        long stretch = n;
        for (long x : raw) {
            if (x == 0) continue;
            if (x == Long.MIN_VALUE) { p[k++] = NA; continue; }
            if (x > Integer.MAX_VALUE) throw in.error(call, "subscript too large");
            p[k++] = (int) (x - 1);
            if (x > stretch) stretch = x;
        }
        return new Subscript(p, (int) stretch);
    }

    private static Subscript character(StringVector s, int n, StringVector names, boolean assigning) {
        int len = s.length();
        int[] p = new int[len];
        String[] newNames = null;
        int extra = 0;
        java.util.HashMap<String, Integer> index = null;
        if (names != null && n > 8 && len > 4) {
            index = new java.util.HashMap<>();
            for (int i = n - 1; i >= 0; i--) {
                String nm = names.get(i);
                if (nm != StringVector.NA && !nm.isEmpty()) index.put(nm, i);
            }
        }
        java.util.HashMap<String, Integer> added = null;
        for (int i = 0; i < len; i++) {
            String key = s.get(i);
            int found = -1;
            if (key != StringVector.NA && !key.isEmpty() && names != null) {
                if (index != null) {
                    Integer f = index.get(key);
                    if (f != null) found = f;
                } else {
                    for (int j = 0; j < n; j++) if (key.equals(names.get(j))) { found = j; break; }
                }
            }
            if (found >= 0) { p[i] = found; continue; }
            if (!assigning) { p[i] = NA; continue; }
            // a new element (names are matched among those added too)
            if (added == null) added = new java.util.HashMap<>();
            Integer prev = key == StringVector.NA ? null : added.get(key);
            if (prev != null) { p[i] = prev; continue; }
            int pos = n + extra++;
            p[i] = pos;
            if (key != StringVector.NA) added.put(key, pos);
            if (newNames == null) newNames = new String[len];
            newNames[i] = key;
        }
        Subscript sub = new Subscript(p, n + extra);
        sub.newNames = newNames; // only assignments create elements (reads give NA, named <NA>)
        return sub;
    }
}
