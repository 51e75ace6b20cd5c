package org.rlambda.sexp;

import java.util.Arrays;

/** An R character vector. NA_character_ is the sentinel {@link #NA}, compared by identity. */
public final class StringVector extends Vector {
    @SuppressWarnings("StringOperationCanBeSimplified")
    public static final String NA = new String("NA");
    public static final StringVector EMPTY = new StringVector(new String[0]);
    static { EMPTY.named = 2; }

    private String[] values;   // may be longer than len after growInPlace (spare capacity)
    private int len;

    public StringVector(String[] values) { this.values = values; this.len = values.length; }

    public StringVector(int n) { this(new String[n]); Arrays.fill(values, ""); }

    public static StringVector of(String... v) { return new StringVector(v); }

    public static boolean isNA(String s) { return s == NA; }

    @Override public SexpType type() { return SexpType.CHARACTER; }

    @Override public int length() { return len; }

    public String get(int i) { return values[i]; }

    public void set(int i, String v) { values[i] = v; }

    /** The backing array, exactly length() long (spare capacity is trimmed first); writes go to the vector. */
    public String[] values() {
        if (values.length != len) values = Arrays.copyOf(values, len);
        return values;
    }

    @Override public Vector copy() {
        StringVector v = new StringVector(Arrays.copyOf(values, len));
        v.copyAttributesFrom(this);
        return v;
    }

    @Override public Vector alloc(int n) {
        String[] a = new String[n];
        Arrays.fill(a, NA);
        return new StringVector(a);
    }

    @Override public Vector resized(int n) {
        String[] a = Arrays.copyOf(values, n);
        for (int i = len; i < n; i++) a[i] = NA;
        return new StringVector(a);
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

    @Override public void setFrom(int i, Vector src, int j) { values[i] = ((StringVector) src).values[j]; }

    @Override public SEXP element(int i) { return new StringVector(new String[] {values[i]}); }
}
