package org.rlambda.base;

import org.rlambda.nmath.GammaFunctions;
import org.rlambda.nmath.Polygamma;
import org.rlambda.nmath.RMath;

/** The gamma-family functions of base, as org.rlambda.nmath computes them (GNU R's algorithms). */
final class SpecialFunctions {
    private SpecialFunctions() { }

    static double gamma(double x) { return GammaFunctions.gamma(x); }

    /** log|gamma(x)|. */
    static double lgamma(double x) { return GammaFunctions.lgamma(x); }

    static double sinpi(double x) { return RMath.sinpi(x); }

    static double cospi(double x) { return RMath.cospi(x); }

    static double tanpi(double x) { return RMath.tanpi(x); }

    static double digamma(double x) { return Polygamma.digamma(x); }

    static double trigamma(double x) { return Polygamma.trigamma(x); }

    /** The n-th derivative of digamma (n >= 2). */
    static double polygamma(double x, int n) { return Polygamma.psigamma(x, n); }

    static double beta(double a, double b) { return GammaFunctions.beta(a, b); }

    static double lbeta(double a, double b) { return GammaFunctions.lbeta(a, b); }

    /** choose(n, k) for k already rounded to an integer. */
    static double choose(double n, double k) { return GammaFunctions.choose(n, k); }

    static double lchoose(double n, double k) { return GammaFunctions.lchoose(n, k); }
}
