package org.rlambda.sexp;

import java.util.Arrays;

/** An R complex vector, real and imaginary parts in two arrays. */
public final class ComplexVector extends Vector {
    private double[] re;
    private double[] im;

    public ComplexVector(double[] re, double[] im) { this.re = re; this.im = im; }

    public ComplexVector(int n) { this(new double[n], new double[n]); }

    @Override public SexpType type() { return SexpType.COMPLEX; }

    @Override public int length() { return re.length; }

    public double re(int i) { return re[i]; }

    public double im(int i) { return im[i]; }

    public void set(int i, double r, double m) { re[i] = r; im[i] = m; }

    public double[] reValues() { return re; }

    public double[] imValues() { return im; }

    @Override public Vector copy() {
        ComplexVector v = new ComplexVector(re.clone(), im.clone());
        v.copyAttributesFrom(this);
        return v;
    }

    @Override public Vector alloc(int n) {
        double[] r = new double[n];
        double[] m = new double[n];
        Arrays.fill(r, DoubleVector.NA);
        Arrays.fill(m, DoubleVector.NA);
        return new ComplexVector(r, m);
    }

    @Override public Vector resized(int n) {
        double[] r = Arrays.copyOf(re, n);
        double[] m = Arrays.copyOf(im, n);
        for (int i = re.length; i < n; i++) { r[i] = DoubleVector.NA; m[i] = DoubleVector.NA; }
        return new ComplexVector(r, m);
    }

    @Override public boolean isNA(int i) { return Double.isNaN(re[i]) || Double.isNaN(im[i]); }

    @Override public void setNA(int i) { re[i] = DoubleVector.NA; im[i] = DoubleVector.NA; }

    @Override public void setFrom(int i, Vector src, int j) {
        ComplexVector c = (ComplexVector) src;
        re[i] = c.re[j];
        im[i] = c.im[j];
    }

    @Override public SEXP element(int i) { return new ComplexVector(new double[] {re[i]}, new double[] {im[i]}); }
}
