package org.rlambda.sexp;

import java.util.Arrays;

/** An R list (generic vector, VECSXP). Elements are shared with their sources, not copied. */
public class ListVector extends Vector {
    public static final ListVector EMPTY = new ListVector(new SEXP[0]);
    static { EMPTY.named = 2; }

    private SEXP[] values;   // may be longer than len after growInPlace (spare capacity)
    private int len;

    public ListVector(SEXP[] values) { this.values = values; this.len = values.length; }

    public ListVector(int n) { this(new SEXP[n]); Arrays.fill(values, Null.NULL); }

    public static ListVector of(SEXP... v) { return new ListVector(v); }

    @Override public SexpType type() { return SexpType.LIST; }

    @Override public boolean isAtomic() { return false; }

    @Override public int length() { return len; }

    public SEXP get(int i) { return values[i]; }

    public void set(int i, SEXP v) { values[i] = v; }

    /** The backing array, exactly length() long (spare capacity is trimmed first); writes go to the vector. */
    public SEXP[] values() {
        if (values.length != len) values = Arrays.copyOf(values, len);
        return values;
    }

    /** The element named {@code name} (exact match), or null. */
    public SEXP get(String name) {
        StringVector n = names();
        if (n == null) return null;
        for (int i = 0; i < len; i++) if (name.equals(n.get(i))) return values[i];
        return null;
    }

    protected ListVector make(SEXP[] v) { return new ListVector(v); }

    @Override public Vector copy() {
        SEXP[] v = Arrays.copyOf(values, len);
        for (SEXP s : v) s.markShared();
        ListVector l = make(v);
        l.copyAttributesFrom(this);
        return l;
    }

    @Override public Vector alloc(int n) {
        SEXP[] a = new SEXP[n];
        Arrays.fill(a, Null.NULL);
        return make(a);
    }

    @Override public Vector resized(int n) {
        SEXP[] a = Arrays.copyOf(values, n);
        for (int i = len; i < n; i++) a[i] = Null.NULL;
        return make(a);
    }

    @Override public boolean growInPlace(int n) {
        if (n <= len) return n == len;
        if (n > values.length) values = Arrays.copyOf(values, Vector.capacityFor(len, n));
        Arrays.fill(values, len, n, Null.NULL);
        len = n;
        return true;
    }

    @Override public boolean isNA(int i) {
        SEXP v = values[i];
        return v instanceof Vector && v.length() == 1 && ((Vector) v).isAtomic() && ((Vector) v).isNA(0);
    }

    @Override public void setNA(int i) { values[i] = Null.NULL; }

    @Override public void setFrom(int i, Vector src, int j) { values[i] = ((ListVector) src).values[j]; }

    @Override public SEXP element(int i) {
        values[i].markShared();
        return make(new SEXP[] {values[i]});
    }
}
