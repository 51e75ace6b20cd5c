package org.rlambda.sexp;

import java.util.Arrays;

/** An R raw vector. */
public final class RawVector extends Vector {
    private byte[] values;

    public RawVector(byte[] values) { this.values = values; }

    @Override public SexpType type() { return SexpType.RAW; }

    @Override public int length() { return values.length; }

    public byte get(int i) { return values[i]; }

    public void set(int i, byte b) { values[i] = b; }

    public byte[] values() { return values; }

    @Override public Vector copy() {
        RawVector v = new RawVector(values.clone());
        v.copyAttributesFrom(this);
        return v;
    }

    @Override public Vector alloc(int n) { return new RawVector(new byte[n]); }

    @Override public Vector resized(int n) { return new RawVector(Arrays.copyOf(values, n)); }

    @Override public boolean isNA(int i) { return false; }

    @Override public void setNA(int i) { values[i] = 0; }

    @Override public void setFrom(int i, Vector src, int j) { values[i] = ((RawVector) src).values[j]; }

    @Override public SEXP element(int i) { return new RawVector(new byte[] {values[i]}); }
}
