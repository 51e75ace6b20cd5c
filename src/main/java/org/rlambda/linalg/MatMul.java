package org.rlambda.linalg;

/**
 * Dense double matrix product z = x y (column-major, x nrx x ncx, y ncx x ncy). Each element
 * is the sum of x[i,l] y[l,j] over l = 0, 1, ... added left to right starting from 0: the
 * order of reference BLAS dgemm/dgemv and of GNU R's own loop for NA/NaN inputs, so results
 * agree with GNU R bit for bit. Speed comes from packing x's rows contiguously and computing
 * a 4 x 2 block of dot products at once (independent accumulators, few loads per
 * multiply-add), which keeps that order.
 */
public final class MatMul {
    private MatMul() { }

    public static double[] multiply(double[] x, int nrx, int ncx, double[] y, int ncy) {
        double[] z = new double[nrx * ncy];
        if (nrx == 0 || ncy == 0 || ncx == 0) return z;
        if (nrx == 1) {
            for (int j = 0; j < ncy; j++) z[j] = dot(x, 0, y, j * ncx, ncx);
            fixNaNs(x, ncx, y, z, 1, ncy);
            return z;
        }
        double[] xt = transpose(x, nrx, ncx);
        int j = 0;
        for (; j + 1 < ncy; j += 2) {
            int y0 = j * ncx, y1 = y0 + ncx;
            int i = 0;
            for (; i + 3 < nrx; i += 4) block4x2(xt, i * ncx, ncx, y, y0, y1, z, i + j * nrx, nrx);
            for (; i < nrx; i++) {
                z[i + j * nrx] = dot(xt, i * ncx, y, y0, ncx);
                z[i + (j + 1) * nrx] = dot(xt, i * ncx, y, y1, ncx);
            }
        }
        if (j < ncy) {
            int y0 = j * ncx;
            for (int i = 0; i < nrx; i++) z[i + j * nrx] = dot(xt, i * ncx, y, y0, ncx);
        }
        fixNaNs(xt, ncx, y, z, nrx, ncy);
        return z;
    }

    /**
     * Which NaN a sum ends in depends on the order of operands (x86 keeps the first of two
     * NaNs): GNU R's loop for NA/NaN input (sum += x * y) makes NA + NaN give NA. Elements
     * that came out NaN are summed again with that rule made explicit, so NA stays NA.
     */
    private static void fixNaNs(double[] xt, int n, double[] y, double[] z, int nrx, int ncy) {
        for (int j = 0; j < ncy; j++) {
            for (int i = 0; i < nrx; i++) {
                if (!Double.isNaN(z[i + j * nrx])) continue;
                double s = 0;
                for (int l = 0; l < n; l++) s = firstNaN(s, firstNaN(xt[i * n + l], y[j * n + l], true), false);
                z[i + j * nrx] = s;
            }
        }
    }

    private static double firstNaN(double a, double b, boolean multiply) {
        if (a != a) return a;
        if (b != b) return b;
        return multiply ? a * b : a + b;
    }

    /** The transpose of the r x c matrix a (c x r). */
    public static double[] transpose(double[] a, int r, int c) {
        double[] t = new double[a.length];
        for (int j = 0; j < c; j++) {
            int o = j * r;
            for (int i = 0; i < r; i++) t[j + i * c] = a[o + i];
        }
        return t;
    }

    private static double dot(double[] a, int ao, double[] b, int bo, int n) {
        double s = 0;
        for (int l = 0; l < n; l++) s += a[ao + l] * b[bo + l];
        return s;
    }

    /** Rows i..i+3 of x (packed rows starting at xo, n long) times columns y0 and y1 of y. */
    private static void block4x2(double[] xt, int xo, int n, double[] y, int y0, int y1, double[] z, int zo, int ldz) {
        double s00 = 0, s10 = 0, s20 = 0, s30 = 0, s01 = 0, s11 = 0, s21 = 0, s31 = 0;
        int r1 = xo + n, r2 = r1 + n, r3 = r2 + n;
        for (int l = 0; l < n; l++) {
            double b0 = y[y0 + l], b1 = y[y1 + l];
            double a0 = xt[xo + l], a1 = xt[r1 + l], a2 = xt[r2 + l], a3 = xt[r3 + l];
            s00 += a0 * b0; s01 += a0 * b1;
            s10 += a1 * b0; s11 += a1 * b1;
            s20 += a2 * b0; s21 += a2 * b1;
            s30 += a3 * b0; s31 += a3 * b1;
        }
        z[zo] = s00; z[zo + 1] = s10; z[zo + 2] = s20; z[zo + 3] = s30;
        z[zo + ldz] = s01; z[zo + ldz + 1] = s11; z[zo + ldz + 2] = s21; z[zo + ldz + 3] = s31;
    }
}
