package org.rlambda.sexp;

/** An R vector: atomic vectors, lists and expression vectors. */
public abstract class Vector extends SEXP {

    @Override public abstract int length();

    /** A copy of the data and attributes; list elements are shared, not copied. */
    public abstract Vector copy();

    /** A new vector of the same type with {@code n} elements set to the type's NA (NULL for lists). */
    public abstract Vector alloc(int n);

    /** A copy resized to {@code n} elements (padding with NA), without attributes. */
    public abstract Vector resized(int n);

    /**
     * Extends this vector to {@code n} elements (NA, or NULL for lists) in place, keeping spare
     * capacity so that growing one element at a time is amortised linear. Only for an unshared
     * vector that the caller may modify. False when this type cannot grow in place (use
     * {@link #resized}) or {@code n} is shorter than the vector.
     */
    public boolean growInPlace(int n) { return false; }

    /** The capacity to allocate when growing from {@code len} to {@code n} elements. */
    protected static int capacityFor(int len, int n) {
        long c = Math.max((long) n, len + (len >> 1) + 8L);
        return (int) Math.min(c, Integer.MAX_VALUE - 16);
    }

    public abstract boolean isNA(int i);

    public abstract void setNA(int i);

    /** Copies element {@code j} of {@code src} (which must have this vector's type) to index {@code i}. */
    public abstract void setFrom(int i, Vector src, int j);

    /** Element {@code i} as a length-one vector of the same type, without attributes. */
    public abstract SEXP element(int i);

    public boolean isAtomic() { return true; }

    /** The names attribute as a character vector, or null. */
    public StringVector names() {
        SEXP n = getAttribute("names");
        return n instanceof StringVector ? (StringVector) n : null;
    }

    /**
     * The names of the elements: the names attribute, or for a one-dimensional array its
     * dimnames[[1]] (what $, [[ and list printing use in GNU R); null when there are none.
     */
    public StringVector elementNames() {
        StringVector n = names();
        if (n != null) return n;
        SEXP dim = getAttribute("dim");
        if (dim == null || dim.length() != 1) return null;
        SEXP dn = getAttribute("dimnames");
        return dn instanceof ListVector && ((ListVector) dn).get(0) instanceof StringVector
                ? (StringVector) ((ListVector) dn).get(0) : null;
    }

    /** The dim attribute, or null. */
    public int[] dim() {
        SEXP d = getAttribute("dim");
        if (d instanceof IntVector) return ((IntVector) d).toIntArray();
        if (d instanceof DoubleVector) {
            DoubleVector dv = (DoubleVector) d;
            int[] r = new int[dv.length()];
            for (int i = 0; i < r.length; i++) r[i] = (int) dv.get(i);
            return r;
        }
        return null;
    }

    /** This vector if unshared (so it may be modified in place), otherwise a copy. */
    public Vector modifiable() {
        if (named < 2 ) return this;
        return copy();
    }
}
