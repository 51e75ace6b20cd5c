package org.rlambda.sexp;

import java.util.Arrays;

/** An R logical vector; TRUE is 1, FALSE is 0 and NA is {@link #NA} as in GNU R. */
public final class LogicalVector extends Vector {
    public static final int NA = Integer.MIN_VALUE;
    public static final LogicalVector TRUE = constant(1);
    public static final LogicalVector FALSE = constant(0);
    public static final LogicalVector NA_VALUE = constant(NA);
    public static final LogicalVector EMPTY = new LogicalVector(new int[0]);
    static { EMPTY.named = 2; }

    private int[] values;   // may be longer than len after growInPlace (spare capacity)
    private int len;

    public LogicalVector(int[] values) { this.values = values; this.len = values.length; }

    public LogicalVector(int n) { this(new int[n]); }

    private static LogicalVector constant(int v) {
        LogicalVector l = new LogicalVector(new int[] {v});
        l.named = 2;
        return l;
    }

    /** A fresh length-one vector (safe to modify). */
    public static LogicalVector of(boolean b) { return new LogicalVector(new int[] {b ? 1 : 0}); }

    /** A shared length-one constant (never modify in place). */
    public static LogicalVector valueOf(boolean b) { return b ? TRUE : FALSE; }

    @Override public SexpType type() { return SexpType.LOGICAL; }

    @Override public int length() { return len; }

    public int get(int i) { return values[i]; }

    public void set(int i, int v) { values[i] = v; }

    /** The backing array, exactly length() long (spare capacity is trimmed first); writes go to the vector. */
    public int[] values() {
        if (values.length != len) values = Arrays.copyOf(values, len);
        return values;
    }

    @Override public Vector copy() {
        LogicalVector v = new LogicalVector(Arrays.copyOf(values, len));
        v.copyAttributesFrom(this);
        return v;
    }

    @Override public Vector alloc(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NA);
        return new LogicalVector(a);
    }

    @Override public Vector resized(int n) {
        int[] a = Arrays.copyOf(values, n);
        for (int i = len; i < n; i++) a[i] = NA;
        return new LogicalVector(a);
    }

    @Override public boolean growInPlace(int n) {
        if (n <= len) return n == len;
        if (n > values.length) values = Arrays.copyOf(values, Vector.capacityFor(len, n));
        Arrays.fill(values, len, n, NA);
        len = n;
        return true;
    }

    @Override public boolean isNA(int i) { return values[i] == NA; }

    @Override public void setNA(int i) { values[i] = NA; }

    @Override public void setFrom(int i, Vector src, int j) { values[i] = ((LogicalVector) src).values[j]; }

    @Override public SEXP element(int i) { return new LogicalVector(new int[] {values[i]}); }
}
