package org.rlambda.sexp;

import java.util.Arrays;

/** An R character vector. NA_character_ is the sentinel {@link #NA}, compared by identity. */
public final class StringVector extends Vector {
    @SuppressWarnings("StringOperationCanBeSimplified")
    public static final String NA = new String("NA");
    public static final StringVector EMPTY = new StringVector(new String[0]);
    static { EMPTY.named = 2; }

    private String[] values;

    public StringVector(String[] values) { this.values = values; }

    public StringVector(int n) { this.values = new String[n]; Arrays.fill(values, ""); }

    public static StringVector of(String... v) { return new StringVector(v); }

    public static boolean isNA(String s) { return s == NA; }

    @Override public SexpType type() { return SexpType.CHARACTER; }

    @Override public int length() { return values.length; }

    public String get(int i) { return values[i]; }

    public void set(int i, String v) { values[i] = v; }

    public String[] values() { return values; }

    @Override public Vector copy() {
        StringVector v = new StringVector(values.clone());
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
        for (int i = values.length; i < n; i++) a[i] = NA;
        return new StringVector(a);
    }

    @Override public boolean isNA(int i) { return values[i] == NA; }

    @Override public void setNA(int i) { values[i] = NA; }

    @Override public void setFrom(int i, Vector src, int j) { values[i] = ((StringVector) src).values[j]; }

    @Override public SEXP element(int i) { return new StringVector(new String[] {values[i]}); }
}
