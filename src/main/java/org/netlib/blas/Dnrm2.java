package org.netlib.blas;

/**
 * Euclidean norm with reference BLAS 3.10+'s algorithm (dnrm2.f90), replacing the older
 * running-scale version of the f2j build we depend on (same class name, found first on the
 * class path), so the Householder vectors of LAPACK routines agree with GNU R's to the last bit.
 */
public final class Dnrm2 {
    private Dnrm2() { }

    public static double dnrm2(int n, double[] x, int off, int incx) {
        if (n <= 0) return 0;
        int start = incx < 0 ? off - (n - 1) * incx : off;
        return org.rlambda.linalg.Blas.nrm2(n, x, start, incx);
    }
}
