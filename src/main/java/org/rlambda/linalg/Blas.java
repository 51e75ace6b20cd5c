package org.rlambda.linalg;

/**
 * The level-1 BLAS operations the LINPACK and triangular kernels need, with reference BLAS
 * 3.11's order of operations (so the last bits agree with GNU R linked to it): dot products
 * sum left to right, axpy skips a zero multiplier, dnrm2 is the scaled three-accumulator
 * algorithm of Anderson (LAPACK 3.10's dnrm2.f90) rather than the older running-scale one.
 */
public final class Blas {
    private Blas() { }

    // Blue's thresholds and scaling constants for IEEE double (dnrm2.f90)
    private static final double TSML = 0x1p-511, TBIG = 0x1p486, SSML = 0x1p537, SBIG = 0x1p-538;

    /** Euclidean norm of x[off], x[off + inc], ... (n elements). */
    public static double nrm2(int n, double[] x, int off, int inc) {
        if (n <= 0) return 0;
        boolean notBig = true;
        double asml = 0, amed = 0, abig = 0;
        for (int i = 0, ix = off; i < n; i++, ix += inc) {
            double ax = Math.abs(x[ix]);
            if (ax > TBIG) { abig += (ax * SBIG) * (ax * SBIG); notBig = false; }
            else if (ax < TSML) { if (notBig) asml += (ax * SSML) * (ax * SSML); }
            else amed += ax * ax;
        }
        double scl, sumsq;
        if (abig > 0) {
            if (amed > 0 || amed > Double.MAX_VALUE || amed != amed) abig += (amed * SBIG) * SBIG;
            scl = 1 / SBIG;
            sumsq = abig;
        } else if (asml > 0) {
            if (amed > 0 || amed > Double.MAX_VALUE || amed != amed) {
                amed = Math.sqrt(amed);
                asml = Math.sqrt(asml) / SSML;
                double ymin = asml > amed ? amed : asml, ymax = asml > amed ? asml : amed;
                scl = 1;
                sumsq = ymax * ymax * (1 + (ymin / ymax) * (ymin / ymax));
            } else {
                scl = 1 / SSML;
                sumsq = asml;
            }
        } else {
            scl = 1;
            sumsq = amed;
        }
        return scl * Math.sqrt(sumsq);
    }

    /** Unit-stride dot product of n elements. */
    public static double dot(int n, double[] x, int xo, double[] y, int yo) {
        double s = 0;
        for (int i = 0; i < n; i++) s += x[xo + i] * y[yo + i];
        return s;
    }

    /** y += a * x over n unit-stride elements (nothing when a is zero, as reference daxpy). */
    public static void axpy(int n, double a, double[] x, int xo, double[] y, int yo) {
        if (n <= 0 || a == 0) return;
        for (int i = 0; i < n; i++) y[yo + i] += a * x[xo + i];
    }
}
