package org.rlambda.stats;

import org.rlambda.nmath.Binomial;
import org.rlambda.nmath.GammaFunctions;
import org.rlambda.nmath.Poisson;
import org.rlambda.nmath.RMath;

/** The nmath kernels the random generators of this package use (implemented in org.rlambda.nmath). */
final class DistMath {
    private DistMath() { }

    static double powDi(double x, int n) { return RMath.powDi(x, n); }

    static double dbinomRaw(double x, double n, double p, double q, boolean log) { return Binomial.raw(x, n, p, q, log); }

    static double dpoisRaw(double x, double lambda, boolean log) { return Poisson.raw(x, lambda, log); }

    static double lgamma(double x) { return GammaFunctions.lgamma(x); }
}
