package org.rlambda.jsonlite;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rlambda.format.AsCharacter;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** The few R semantics jsonlite's conversions rely on: type ranks, coercion, unlist, make.unique. */
final class RValues {
    private RValues() {}

    static final int RANK_NULL = 0, RANK_RAW = 1, RANK_LOGICAL = 2, RANK_INTEGER = 3, RANK_DOUBLE = 4,
            RANK_COMPLEX = 5, RANK_CHARACTER = 6, RANK_OTHER = 7;

    /** Position in R's coercion order NULL < raw < logical < integer < double < complex < character. */
    static int rank(SEXP x) {
        switch (x.type()) {
            case NULL: return RANK_NULL;
            case RAW: return RANK_RAW;
            case LOGICAL: return RANK_LOGICAL;
            case INTEGER: return RANK_INTEGER;
            case DOUBLE: return RANK_DOUBLE;
            case COMPLEX: return RANK_COMPLEX;
            case CHARACTER: return RANK_CHARACTER;
            default: return RANK_OTHER;
        }
    }

    static boolean isAtomic(SEXP x) {
        return x == Null.NULL || (x instanceof Vector && ((Vector) x).isAtomic() && x.type() != SexpType.EXPRESSION);
    }

    static StringVector names(SEXP x) {
        SEXP n = x.getAttribute("names");
        return n instanceof StringVector ? (StringVector) n : null;
    }

    static boolean isDataFrame(SEXP x) { return x instanceof ListVector && x.inherits("data.frame"); }

    static boolean isNumeric(SEXP x) {
        return (x.type() == SexpType.INTEGER || x.type() == SexpType.DOUBLE) && !x.inherits("factor");
    }

    /** A new empty vector of the given rank. */
    static Vector allocate(int rank, int n) {
        switch (rank) {
            case RANK_RAW: return new RawVector(new byte[n]);
            case RANK_LOGICAL: return new LogicalVector(n);
            case RANK_INTEGER: return new IntVector(n);
            case RANK_DOUBLE: return new DoubleVector(n);
            case RANK_COMPLEX: return new ComplexVector(n);
            case RANK_CHARACTER: return new StringVector(n);
            default: return new ListVector(n);
        }
    }

    /** Stores element {@code j} of atomic {@code src} at {@code i} of {@code dst}, coercing up as R does. */
    static void setCoerced(Vector dst, int i, Vector src, int j) {
        int to = rank(dst);
        int from = rank(src);
        if (to == from) {
            dst.setFrom(i, src, j);
            return;
        }
        boolean na = src.isNA(j) && from != RANK_DOUBLE && from != RANK_COMPLEX;
        switch (to) {
            case RANK_LOGICAL: ((LogicalVector) dst).set(i, ((Vector) src).isNA(j) ? LogicalVector.NA : asInt(src, j) != 0 ? 1 : 0); return;
            case RANK_INTEGER: ((IntVector) dst).set(i, na ? IntVector.NA : asInt(src, j)); return;
            case RANK_DOUBLE: ((DoubleVector) dst).set(i, na ? DoubleVector.NA : asDouble(src, j)); return;
            case RANK_COMPLEX: {
                if (na) ((ComplexVector) dst).set(i, DoubleVector.NA, DoubleVector.NA);
                else ((ComplexVector) dst).set(i, asDouble(src, j), 0);
                return;
            }
            case RANK_CHARACTER: ((StringVector) dst).set(i, asString(src, j)); return;
            default: ((ListVector) dst).set(i, src.element(j));
        }
    }

    private static int asInt(Vector v, int j) {
        switch (v.type()) {
            case RAW: return ((RawVector) v).get(j) & 0xFF;
            case LOGICAL: return ((LogicalVector) v).get(j);
            case INTEGER: return ((IntVector) v).get(j);
            default: throw new IllegalArgumentException("cannot coerce " + v.typeName() + " down");
        }
    }

    private static double asDouble(Vector v, int j) {
        if (v.type() == SexpType.DOUBLE) return ((DoubleVector) v).get(j);
        return asInt(v, j);
    }

    /** {@code as.character} of one element (NA stays NA). */
    static String asString(Vector v, int j) {
        switch (v.type()) {
            case CHARACTER: return ((StringVector) v).get(j);
            case LOGICAL: {
                int b = ((LogicalVector) v).get(j);
                return b == LogicalVector.NA ? StringVector.NA : b != 0 ? "TRUE" : "FALSE";
            }
            case INTEGER: {
                int k = ((IntVector) v).get(j);
                return k == IntVector.NA ? StringVector.NA : Integer.toString(k);
            }
            case DOUBLE: {
                return AsCharacter.of(((DoubleVector) v).get(j));
            }
            case RAW: return String.format("%02x", ((RawVector) v).get(j) & 0xFF);
            default: throw new IllegalArgumentException("cannot coerce " + v.typeName() + " to character");
        }
    }

    /** {@code unlist(x, use.names = FALSE)} of a list whose elements are all atomic. */
    static Vector unlistAtomic(List<SEXP> elements) {
        int rank = RANK_NULL;
        int n = 0;
        for (SEXP e : elements) {
            if (e.length() == 0) continue;
            rank = Math.max(rank, rank(e));
            n += e.length();
        }
        if (rank == RANK_NULL) return null;
        Vector out = allocate(rank, n);
        int k = 0;
        for (SEXP e : elements) {
            Vector v = (Vector) (e == Null.NULL ? null : e);
            if (v == null) continue;
            for (int j = 0; j < v.length(); j++) setCoerced(out, k++, v, j);
        }
        return out;
    }

    /** R's {@code make.unique(names)}: later duplicates get ".1", ".2", ... suffixes. */
    static String[] makeUnique(String[] names) {
        String[] out = names.clone();
        Set<String> used = new HashSet<>();
        for (String s : out) used.add(s);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> counters = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            String base = names[i];
            if (seen.add(base)) continue;
            int cnt = counters.getOrDefault(base, 1);
            String candidate;
            do {
                candidate = base + "." + cnt++;
            } while (used.contains(candidate));
            counters.put(base, cnt);
            used.add(candidate);
            out[i] = candidate;
        }
        return out;
    }

    static StringVector strings(String... s) { return new StringVector(s); }

    static IntVector compactRowNames(int n) { return IntVector.of(IntVector.NA, -n); }

    /**
     * Integer row names as GNU R stores them when assigned: 1..n with n > 2 become the compact
     * c(NA, n), anything else is kept as is.
     */
    static IntVector rowNamesAttribute(IntVector rn) {
        // (setAttrib stores c(NA, +n) here, unlike .set_row_names's c(NA, -n))
        int n = rn.length();
        if (n <= 2) return rn;
        for (int i = 0; i < n; i++) if (rn.get(i) != i + 1) return rn;
        return IntVector.of(IntVector.NA, n);
    }
}
