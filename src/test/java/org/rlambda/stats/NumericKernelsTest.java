package org.rlambda.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pure kernels, called directly; expected values printed by GNU R 4.2.2 (digits = 17). */
class NumericKernelsTest {
    @Test
    void brentMinimiserFindsParabolaVertex() {
        // optimize(function(x) (x - 1/3)^2, c(0, 1))$minimum
        assertEquals(0.33333333333333331, Brent.fmin(0, 1, x -> (x - 1.0 / 3) * (x - 1.0 / 3), Math.pow(Math.ulp(1.0), 0.25)), 0);
    }

    @Test
    void zeroinReportsIterationsAndPrecision() {
        // uniroot(function(x) x^2 - 2, c(0, 2)): root 1.4142133..., iter 6, estim.prec 6.1035e-05
        double[] tolIter = {Math.pow(Math.ulp(1.0), 0.25), 1000};
        double root = Brent.zeroin2(0, 2, -2, 2, x -> x * x - 2, tolIter);
        assertEquals(1.4142133199955025, root, 0);
        assertEquals(6, tolIter[1], 0);
        assertEquals(6.1035156250666134e-05, tolIter[0], 0);
    }

    @Test
    void kronrodRuleIntegratesCubicExactly() {
        double[] r = new Quadpack.Kronrod21(x -> {
            for (int i = 0; i < x.length; i++) x[i] = x[i] * x[i] * x[i];
        }, 0, 2).apply(0, 2);
        assertEquals(4.0, r[0], 1e-15);
    }

    @Test
    void naturalSplineHasZeroEndCurvature() {
        double[] x = {1, 2, 3, 4}, y = {1, 4, 9, 16}, b = new double[4], c = new double[4], d = new double[4];
        Interpolation.natural(4, x, y, b, c, d);
        assertEquals(0.0, c[0], 0);
        assertEquals(0.0, c[3], 0);
    }

    @Test
    void fftOfImpulseIsFlat() {
        double[][] y = Fourier.dft(new double[] {1, 0, 0, 0, 0, 0}, new double[6], -1);
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, y[0], 0);
        assertArrayEquals(new double[6], y[1], 0);
    }
}
