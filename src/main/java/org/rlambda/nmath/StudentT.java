package org.rlambda.nmath;

/**
 * Student's t distribution (central): the algorithms of src/nmath/dt.c (Loader's
 * saddle-point form), pt.c (via pbeta) and qt.c (Hill's 1970 approximation, ACM 396, with
 * R's Taylor-Newton polishing and the bisection for df < 1).
 */
public final class StudentT {
    private StudentT() { }

    public static double density(double x, double n, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(n)) return x + n;
        if (n <= 0) return Double.NaN;
        if (!Dpq.finite(x)) return Dpq.d0(log);
        if (!Dpq.finite(n)) return Normal.density(x, 0., 1., log);
        double u, t = -GammaFunctions.bd0(n / 2., (n + 1) / 2.) + GammaFunctions.stirlerr((n + 1) / 2.) - GammaFunctions.stirlerr(n / 2.);
        double x2n = x * x / n, ax = 0., lx2n;
        boolean lrgX2n = x2n > 1. / Dpq.DBL_EPSILON;
        if (lrgX2n) {
            ax = Math.abs(x);
            lx2n = Math.log(ax) - Math.log(n) / 2.;
            u = n * lx2n;
        } else if (x2n > 0.2) {
            lx2n = Math.log(1 + x2n) / 2.;
            u = n * lx2n;
        } else {
            lx2n = Math.log1p(x2n) / 2.;
            u = -GammaFunctions.bd0(n / 2., (n + x * x) / 2.) + x * x / 2.;
        }
        if (log) return t - u - (Normal.M_LN_SQRT_2PI + lx2n);
        double iSqrt = lrgX2n ? Math.sqrt(n) / ax : RMath.exp(-lx2n);
        return RMath.exp(t - u) * Normal.M_1_SQRT_2PI * iSqrt;
    }

    public static double cdf(double x, double n, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(n)) return x + n;
        if (n <= 0.0) return Double.NaN;
        if (!Dpq.finite(x)) return (x < 0) ? Dpq.dt0(lower, log) : Dpq.dt1(lower, log);
        if (!Dpq.finite(n)) return Normal.cdf(x, 0.0, 1.0, lower, log);
        double val, nx = 1 + (x / n) * x;
        if (nx > 1e100) {
            double lval = -0.5 * n * (2 * Math.log(Math.abs(x)) - Math.log(n)) - GammaFunctions.lbeta(0.5 * n, 0.5) - Math.log(0.5 * n);
            val = log ? lval : RMath.exp(lval);
        } else {
            val = (n > x * x) ? Beta.cdf(x * x / (n + x * x), 0.5, n / 2., false, log)
                : Beta.cdf(1. / nx, n / 2., 0.5, true, log);
        }
        if (x <= 0.) lower = !lower;
        if (log) {
            if (lower) return Math.log1p(-0.5 * RMath.exp(val));
            return val - Dpq.LN2;
        }
        val /= 2.;
        return lower ? (0.5 - val + 0.5) : val;
    }

    public static double quantile(double p, double ndf, boolean lower, boolean log) {
        final double eps = 1.e-12;
        double pP, q;
        if (Double.isNaN(p) || Double.isNaN(ndf)) return p + ndf;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, lower, log);
        if (ndf <= 0) return Double.NaN;
        if (ndf < 1) {
            final double accu = 1e-13, epsB = 1e-11;
            double ux, lx, nx, pp;
            int iter = 0;
            p = Dpq.dtQIv(p, lower, log);
            if (p > 1 - Dpq.DBL_EPSILON) return Double.POSITIVE_INFINITY;
            pp = Math.min(1 - Dpq.DBL_EPSILON, p * (1 + epsB));
            for (ux = 1.; ux < Double.MAX_VALUE && cdf(ux, ndf, true, false) < pp; ux *= 2) { }
            pp = p * (1 - epsB);
            for (lx = -1.; lx > -Double.MAX_VALUE && cdf(lx, ndf, true, false) > pp; lx *= 2) { }
            do {
                nx = 0.5 * (lx + ux);
                if (cdf(nx, ndf, true, false) > p) ux = nx;
                else lx = nx;
            } while ((ux - lx) / Math.abs(nx) > accu && ++iter < 1000);
            if (iter >= 1000) Dpq.warning("full precision may not have been achieved in 'qt'\n");
            return 0.5 * (lx + ux);
        }
        if (ndf > 1e20) return Normal.quantile(p, 0., 1., lower, log);
        pP = log ? RMath.exp(p) : p;
        boolean neg = (!lower || pP < 0.5) && (lower || pP > 0.5);
        boolean isNegLower = lower == neg;
        if (neg) pP = 2 * (log ? (lower ? pP : -Math.expm1(p)) : (lower ? p : 0.5 - p + 0.5));
        else pP = 2 * (log ? (lower ? -Math.expm1(p) : pP) : (lower ? 0.5 - p + 0.5 : p));
        if (Math.abs(ndf - 2) < eps) {
            if (pP > Dpq.DBL_MIN) {
                if (3 * pP < Dpq.DBL_EPSILON) q = 1 / Math.sqrt(pP);
                else if (pP > 0.9) q = (1 - pP) * Math.sqrt(2 / (pP * (2 - pP)));
                else q = Math.sqrt(2 / (pP * (2 - pP)) - 2);
            } else {
                if (log) q = isNegLower ? RMath.exp(-p / 2) / Math.sqrt(2) : 1 / Math.sqrt(-Math.expm1(p));
                else q = Double.POSITIVE_INFINITY;
            }
        } else if (ndf < 1 + eps) {
            if (pP == 1.) q = 0;
            else if (pP > 0) q = 1 / RMath.tanpi(pP / 2.);
            else {
                if (log) q = isNegLower ? (1 / Math.PI) * RMath.exp(-p) : -1. / (Math.PI * Math.expm1(p));
                else q = Double.POSITIVE_INFINITY;
            }
        } else {
            double x = 0., y = 0, logP2 = 0., a = 1 / (ndf - 0.5), b = 48 / (a * a),
                c = ((20700 * a / b - 98) * a - 16) * a + 96.36,
                d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * Math.PI / 2) * ndf;
            boolean pOk1 = pP > Dpq.DBL_MIN || !log, pOk = pOk1;
            if (pOk1) {
                y = RMath.cpow(d * pP, 2.0 / ndf);
                pOk = y >= Dpq.DBL_EPSILON;
            }
            if (!pOk) {
                logP2 = isNegLower ? (log ? p : Math.log(p)) : (log ? Dpq.log1Exp(p) : Math.log1p(-p));
                x = (Math.log(d) + Dpq.LN2 + logP2) / ndf;
                y = RMath.exp(2 * x);
            }
            if ((ndf < 2.1 && pP > 0.5) || y > 0.05 + a) {
                if (pOk) x = Normal.quantile(0.5 * pP, 0., 1., true, false);
                else x = Normal.quantile(logP2, 0., 1., lower, true);
                y = x * x;
                if (ndf < 5) c += 0.3 * (ndf - 4.5) * (x + 0.6);
                c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
                y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
                y = Math.expm1(a * y * y);
                q = Math.sqrt(ndf * y);
            } else if (!pOk && x < -Dpq.LN2 * 53) {
                q = Math.sqrt(ndf) * RMath.exp(-x);
            } else {
                y = ((1 / (((ndf + 6) / (ndf * y) - 0.089 * d - 0.822) * (ndf + 2) * 3) + 0.5 / (ndf + 4)) * y - 1)
                    * (ndf + 1) / (ndf + 2) + 1 / y;
                q = Math.sqrt(ndf * y);
            }
            if (pOk1) {
                double m = Math.abs(Math.sqrt(Double.MAX_VALUE / 2.) - ndf);
                int it = 0;
                while (it++ < 10 && (y = density(q, ndf, false)) > 0
                    && Dpq.finite(x = (cdf(q, ndf, false, false) - pP / 2) / y) && Math.abs(x) > 1e-14 * Math.abs(q)) {
                    double f = (Math.abs(q) < m) ? q * (ndf + 1) / (2 * (q * q + ndf)) : (ndf + 1) / (2 * (q + ndf / q));
                    double delQ = x * (1. + x * f);
                    if (Dpq.finite(delQ) && Dpq.finite(q + delQ)) q += delQ;
                    else if (Dpq.finite(x) && Dpq.finite(q + x)) q += x;
                    else break;
                }
            }
        }
        return neg ? -q : q;
    }
}
