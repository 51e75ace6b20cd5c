package org.rlambda.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values are GNU R 4.2.2's (qr(), reference BLAS 3.11), bit for bit. */
class LinpackTest {
    @Test
    void aDependentColumnLowersTheRankWithoutMovingWhenItIsLast() {
        double[] x = {1, 1, 1, 1, 1, 2, 3, 4, 2, 4, 6, 8};
        Linpack.Qr q = Linpack.dqrdc2(x, 4, 3, 1e-7);
        assertEquals(2, q.rank);
        assertArrayEquals(new int[] {1, 2, 3}, q.pivot);
        assertArrayEquals(new double[] {0x1.8p+0, 0x1p+0, 0}, q.qraux);
    }

    @Test
    void aNegligibleColumnIsMovedToTheEnd() {
        double[] x = {1, 1, 1, 2, 2, 2, 1, 2, 3};
        Linpack.Qr q = Linpack.dqrdc2(x, 3, 3, 1e-7);
        assertEquals(2, q.rank);
        assertArrayEquals(new int[] {1, 3, 2}, q.pivot);
    }

    @Test
    void coefficientsSolveASquareSystem() {
        double[] x = {2, 1, 1, 3};
        Linpack.Qr q = Linpack.dqrdc2(x, 2, 2, 1e-7);
        double[] y = {5, 10}, qty = new double[2], coef = new double[2];
        int info = Linpack.dqrsl(x, 2, q.rank, q.qraux, y, 0, null, qty, coef, 0, null, null, Linpack.QTY | Linpack.COEF);
        assertEquals(0, info);
        assertEquals(1.0, coef[0], 1e-15);
        assertEquals(3.0, coef[1], 1e-15);
    }

    @Test
    void nrm2ScalesHugeAndTinyValues() {
        assertEquals(5e300, Blas.nrm2(2, new double[] {3e300, 4e300}, 0, 1), 1e286);
        assertEquals(5e-300, Blas.nrm2(2, new double[] {3e-300, 4e-300}, 0, 1), 1e-314);
    }
}
