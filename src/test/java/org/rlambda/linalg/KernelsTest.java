package org.rlambda.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Expected values are GNU R 4.2.2's (reference BLAS/LAPACK 3.11), bit for bit. */
class KernelsTest {
    @Test
    void productSumsInBlasOrder() {
        double[] m = {0.1, 0.2, 0.3, 0.4};
        assertArrayEquals(new double[] {0x1.1eb851eb851ecp-4, 0x1.999999999999bp-4, 0x1.3333333333333p-3, 0x1.c28f5c28f5c2ap-3},
                MatMul.multiply(m, 2, 2, m, 2));
    }

    @Test
    void blockedProductEqualsTheSimpleLoop() {
        int n = 9, k = 7, p = 5;
        double[] x = new double[n * k], y = new double[k * p];
        for (int i = 0; i < x.length; i++) x[i] = Math.sin(i + 1) / 3;
        for (int i = 0; i < y.length; i++) y[i] = Math.cos(i + 1) * 7;
        double[] z = MatMul.multiply(x, n, k, y, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) s += x[i + l * n] * y[l + j * k];
                assertEquals(s, z[i + j * n]);
            }
        }
    }

    @Test
    void naStaysNaOverNaN() {
        double na = Double.longBitsToDouble(0x7FF00000000007A2L);
        double[] z = MatMul.multiply(new double[] {na, Double.NaN}, 1, 2, new double[] {1, 1}, 1);
        assertEquals(1954, (int) Double.doubleToRawLongBits(z[0]));
    }

    @Test
    void luSolvesAsDgesv() {
        double[] a = {2, 1, 1, 3, 2, 1, 2, 1, 4}, b = {1, 2, 3};
        int[] ipiv = new int[3];
        assertEquals(0, LU.factor(a, 3, ipiv));
        LU.solve(a, 3, ipiv, b, 1);
        assertArrayEquals(new double[] {-0x1.5555555555555p+2, 0x1.8p+1, 0x1.5555555555555p+0}, b);
    }

    @Test
    void luReportsTheFirstZeroPivot() {
        assertEquals(2, LU.factor(new double[] {1, 2, 2, 4}, 2, new int[2]));
    }

    @Test
    void choleskyMatchesDpotrf() {
        // crossprod(matrix(c(2,1,1,3,2,1,2,1,4),3)), upper triangle
        double[] a = {6, 0, 0, 9, 14, 0, 9, 12, 21};
        assertEquals(0, Cholesky.factor(a, 3));
        assertEquals(0x1.3988e1409212ep+1, a[0]);
        assertEquals(0x1.d64d51e0db1c6p+1, a[3]);
        assertEquals(0x1.bb67ae8584cacp+0, a[8]);
    }

    @Test
    void choleskyRejectsAnIndefiniteMatrix() {
        assertEquals(2, Cholesky.factor(new double[] {1, 2, 2, 1}, 2));
    }

    @Test
    void pivotedCholeskyStopsAtTheRank() {
        Cholesky.Pivoted p = Cholesky.factorPivoted(new double[] {1, 1, 1, 1}, 2, -1);
        assertEquals(1, p.rank);
        assertTrue(p.deficient);
    }
}
