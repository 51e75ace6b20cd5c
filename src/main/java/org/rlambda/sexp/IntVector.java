package org.rlambda.sexp;

import java.util.Arrays;

/**
 * An R integer vector. A vector made by {@code from:to} is held compactly as a start and a
 * length (like GNU R's ALTREP compact sequences) and only materialised when written to, so
 * {@code for (i in 1:n)} allocates nothing.
 */
public final class IntVector extends Vector {
    public static final int NA = Integer.MIN_VALUE;
    public static final IntVector EMPTY = new IntVector(new int[0]);
    static { EMPTY.named = 2; }

    private int[] values;      // null while compact
    private int start;         // compact sequence start
    private int step;          // compact sequence step: +1 or -1
    private int len;
    /** True while the values are those of the compact sequence this vector was made as (see {@link #isCompactSequence}). */
    private boolean fromSequence;

    public IntVector(int[] values) { this.values = values; this.len = values.length; }

    public IntVector(int n) { this(new int[n]); }

    private IntVector(int start, int step, int len) {
        this.start = start;
        this.step = step;
        this.len = len;
        this.fromSequence = true;
    }

    /** The compact sequence start, start+step, … of {@code len} elements; step is 1 or -1. */
    public static IntVector sequence(int start, int step, int len) { return new IntVector(start, step, len); }

    public static IntVector of(int... v) { return new IntVector(v); }

    @Override public SexpType type() { return SexpType.INTEGER; }

    @Override public int length() { return len; }

    public boolean isCompact() { return values == null; }

    /**
     * True when this vector was made as a compact sequence and still holds exactly that sequence,
     * even if it has been materialised for reading: GNU R keeps such vectors as ALTREP objects
     * (serialize() writes them so). Writing an element ends it.
     */
    public boolean isCompactSequence() {
        if (!fromSequence) return false;
        if (values == null) return true;
        if (values.length != len) return fromSequence = false;
        for (int i = 0; i < len; i++) {
            if (values[i] != start + step * i) return fromSequence = false;
        }
        return true;
    }

    public int get(int i) { return values != null ? values[i] : start + step * i; }

    public void set(int i, int v) {
        materialize()[i] = v;
        fromSequence = false;
    }

    /** The backing array, materialising a compact sequence; writes go to the vector. */
    public int[] values() {
        int[] a = materialize();
        if (a.length != len) values = a = Arrays.copyOf(a, len);
        return a;
    }

    public int[] toIntArray() { return Arrays.copyOf(materialize(), len); }

    private int[] materialize() {
        if (values == null) {
            int[] a = new int[len];
            for (int i = 0; i < len; i++) a[i] = start + step * i;
            values = a;
        }
        return values;
    }

    @Override public Vector copy() {
        IntVector v = isCompactSequence() ? new IntVector(start, step, len) : new IntVector(Arrays.copyOf(values, len));
        v.copyAttributesFrom(this);
        return v;
    }

    @Override public Vector alloc(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NA);
        return new IntVector(a);
    }

    @Override public Vector resized(int n) {
        int[] a = new int[n];
        int m = Math.min(n, len);
        for (int i = 0; i < m; i++) a[i] = get(i);
        for (int i = m; i < n; i++) a[i] = NA;
        return new IntVector(a);
    }

    @Override public boolean growInPlace(int n) {
        if (n <= len) return n == len;
        fromSequence = false;
        int[] a = materialize();
        if (n > a.length) values = a = Arrays.copyOf(a, Vector.capacityFor(len, n));
        Arrays.fill(a, len, n, NA);
        len = n;
        return true;
    }

    @Override public boolean isNA(int i) { return get(i) == NA; }

    @Override public void setNA(int i) { set(i, NA); }

    @Override public void setFrom(int i, Vector src, int j) { set(i, ((IntVector) src).get(j)); }

    @Override public SEXP element(int i) { return new IntVector(new int[] {get(i)}); }
}
