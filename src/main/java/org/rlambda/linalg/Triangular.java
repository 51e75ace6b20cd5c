package org.rlambda.linalg;

/**
 * Triangular solves A X = B and A' X = B with the leading k x k block of a (leading
 * dimension lda) and k x nb right-hand sides overwritten by X: reference BLAS dtrsm's
 * side = 'L', diag = 'N' loops, so results agree with GNU R's backsolve to the last bit.
 */
public final class Triangular {
    private Triangular() { }

    public static void solveLeft(double[] a, int lda, int k, double[] b, int nb, boolean upper, boolean transpose) {
        for (int j = 0; j < nb; j++) {
            int o = j * k;
            if (!transpose) {
                if (upper) {
                    for (int c = k - 1; c >= 0; c--) {
                        if (b[o + c] == 0) continue;
                        b[o + c] /= a[c + c * lda];
                        double t = b[o + c];
                        for (int i = 0; i < c; i++) b[o + i] -= t * a[i + c * lda];
                    }
                } else {
                    for (int c = 0; c < k; c++) {
                        if (b[o + c] == 0) continue;
                        b[o + c] /= a[c + c * lda];
                        double t = b[o + c];
                        for (int i = c + 1; i < k; i++) b[o + i] -= t * a[i + c * lda];
                    }
                }
            } else if (upper) {
                for (int i = 0; i < k; i++) {
                    double t = b[o + i];
                    for (int c = 0; c < i; c++) t -= a[c + i * lda] * b[o + c];
                    b[o + i] = t / a[i + i * lda];
                }
            } else {
                for (int i = k - 1; i >= 0; i--) {
                    double t = b[o + i];
                    for (int c = i + 1; c < k; c++) t -= a[c + i * lda] * b[o + c];
                    b[o + i] = t / a[i + i * lda];
                }
            }
        }
    }
}
