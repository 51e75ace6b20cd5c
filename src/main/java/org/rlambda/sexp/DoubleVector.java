package org.rlambda.sexp;

import java.util.Arrays;

/** An R double vector. NA is the NaN with low word 1954, distinct from other NaNs, as in GNU R. */
public final class DoubleVector extends Vector {
    public static final long NA_BITS = 0x7FF00000000007A2L;
    public static final double NA = Double.longBitsToDouble(NA_BITS);
    public static final DoubleVector EMPTY = new DoubleVector(new double[0]);
    static { EMPTY.named = 2; }

    private double[] values;   // may be longer than len after growInPlace (spare capacity)
    private int len;

    public DoubleVector(double[] values) { this.values = values; this.len = values.length; }

    public DoubleVector(int n) { this(new double[n]); }

    public static DoubleVector of(double... v) { return new DoubleVector(v); }

    /** True for R's NA_real_ only (not for other NaNs). R arithmetic keeps the low word 1954. */
    public static boolean isNA(double d) {
        return Double.isNaN(d) && (Double.doubleToRawLongBits(d) & 0xFFFFFFFFL) == 1954;
    }

    /** True for NA or NaN, like GNU R's ISNAN. */
    public static boolean isNaOrNaN(double d) { return d != d; }

    @Override public SexpType type() { return SexpType.DOUBLE; }

    @Override public int length() { return len; }

    public double get(int i) { return values[i]; }

    public void set(int i, double v) { values[i] = v; }

    /** The backing array, exactly length() long (spare capacity is trimmed first); writes go to the vector. */
    public double[] values() {
        if (values.length != len) values = Arrays.copyOf(values, len);
        return values;
    }

    @Override public Vector copy() {
        DoubleVector v = new DoubleVector(Arrays.copyOf(values, len));
        v.copyAttributesFrom(this);
        return v;
    }

    @Override public Vector alloc(int n) {
        double[] a = new double[n];
        Arrays.fill(a, NA);
        return new DoubleVector(a);
    }

    @Override public Vector resized(int n) {
        double[] a = Arrays.copyOf(values, n);
        for (int i = len; i < n; i++) a[i] = NA;
        return new DoubleVector(a);
    }

    @Override public boolean growInPlace(int n) {
        if (n <= len) return n == len;
        if (n > values.length) values = Arrays.copyOf(values, Vector.capacityFor(len, n));
        Arrays.fill(values, len, n, NA);
        len = n;
        return true;
    }

    @Override public boolean isNA(int i) { return Double.isNaN(values[i]); }

    @Override public void setNA(int i) { values[i] = NA; }

    @Override public void setFrom(int i, Vector src, int j) { values[i] = ((DoubleVector) src).values[j]; }

    @Override public SEXP element(int i) { return new DoubleVector(new double[] {values[i]}); }
}
