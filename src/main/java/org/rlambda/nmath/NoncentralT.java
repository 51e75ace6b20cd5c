package org.rlambda.nmath;

/**
 * The noncentral t distribution: the algorithms of src/nmath/pnt.c (AS 243, Lenth 1989, with
 * long double sums emulated by {@link LongDouble}), dnt.c (from pnt differences) and qnt.c.
 */
public final class NoncentralT {
    private NoncentralT() { }

    private static final double M_SQRT_2dPI = 0.797884560802865355879892119869;
    private static final double M_LN_SQRT_PI = 0.572364942924700087071713675677;

    public static double cdf(double t, double df, double ncp, boolean lower, boolean log) {
        final int itrmax = 1000;
        final double errmax = 1.e-12;
        if (df <= 0.0) return Double.NaN;
        if (ncp == 0.0) return StudentT.cdf(t, df, lower, log);
        if (!Dpq.finite(t)) return (t < 0) ? Dpq.dt0(lower, log) : Dpq.dt1(lower, log);
        boolean negdel;
        double tt, del;
        if (t >= 0.) {
            negdel = false;
            tt = t;
            del = ncp;
        } else {
            if (ncp > 40 && (!log || !lower)) return Dpq.dt0(lower, log);
            negdel = true;
            tt = -t;
            del = -ncp;
        }
        if (df > 4e5 || del * del > 2 * Dpq.LN2 * (-(Double.MIN_EXPONENT + 1))) {
            LongDouble s = LongDouble.of(1. / (4. * df)); // a long double in C: both expressions are evaluated in it
            double mean = LongDouble.of(1.).subtract(s).multiply(tt).toDouble();
            double var = s.multiply(tt * tt * 2.).add(1.).toDouble();
            return Normal.cdf(mean, del, Math.sqrt(var), lower != negdel, log);
        }
        double x = t * t;
        double rxb = df / (x + df);
        x = x / (x + df);
        LongDouble tnc;
        if (x > 0.) {
            double lambda = del * del;
            LongDouble p = LongDouble.of(.5 * RMath.exp(-.5 * lambda));
            if (p.isZero()) {
                Dpq.warning("underflow occurred in 'pnt'\n");
                Dpq.warning("value out of range in 'pnt'\n");
                return Dpq.dt0(lower, log);
            }
            LongDouble q = p.multiply(M_SQRT_2dPI).multiply(del);
            LongDouble s = LongDouble.of(.5).subtract(p);
            if (s.compare(LongDouble.of(1e-7)) < 0) s = LongDouble.of(-0.5 * Math.expm1(-0.5 * lambda));
            double a = .5, b = .5 * df;
            rxb = RMath.cpow(rxb, b);
            double albeta = M_LN_SQRT_PI + GammaFunctions.lgamma(b) - GammaFunctions.lgamma(.5 + b);
            LongDouble xodd = LongDouble.of(Beta.cdf(x, a, b, true, false));
            LongDouble godd = LongDouble.of(2. * rxb * RMath.exp(a * Math.log(x) - albeta));
            LongDouble tncB = LongDouble.of(b * x);
            LongDouble xeven = (tncB.compare(LongDouble.of(Dpq.DBL_EPSILON)) < 0) ? tncB : LongDouble.of(1. - rxb);
            LongDouble geven = tncB.multiply(rxb);
            tnc = p.multiply(xodd).add(q.multiply(xeven));
            boolean finished = false;
            for (int it = 1; it <= itrmax; it++) {
                a += 1.;
                xodd = xodd.subtract(godd);
                xeven = xeven.subtract(geven);
                godd = godd.multiply(x * (a + b - 1.) / a);
                geven = geven.multiply(x * (a + b - .5) / (a + .5));
                p = p.multiply(lambda / (2 * it));
                q = q.multiply(lambda / (2 * it + 1));
                tnc = tnc.add(p.multiply(xodd).add(q.multiply(xeven)));
                s = s.subtract(p);
                if (s.compare(LongDouble.of(-1.e-10)) < 0) {
                    Dpq.warning("full precision may not have been achieved in 'pnt'\n");
                    finished = true;
                    break;
                }
                if (s.compare(LongDouble.ZERO_VALUE) <= 0 && it > 1) {
                    finished = true;
                    break;
                }
                double errbd = s.multiply(2.).multiply(xodd.subtract(godd)).toDouble();
                if (Math.abs(errbd) < errmax) {
                    finished = true;
                    break;
                }
            }
            if (!finished) Dpq.warning("convergence failed in 'pnt'\n");
        } else {
            tnc = LongDouble.ZERO_VALUE;
        }
        tnc = tnc.add(Normal.cdf(-del, 0., 1., true, false));
        lower = lower != negdel;
        if (tnc.compare(LongDouble.of(1 - 1e-10)) > 0 && lower) Dpq.warning("full precision may not have been achieved in 'pnt{final}'\n");
        return Dpq.val(Math.min(tnc.toDouble(), 1.), lower, log);
    }

    public static double density(double x, double df, double ncp, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(df)) return x + df;
        if (df <= 0.0) return Double.NaN;
        if (ncp == 0.0) return StudentT.density(x, df, log);
        if (!Dpq.finite(x)) return Dpq.d0(log);
        if (!Dpq.finite(df) || df > 1e8) return Normal.density(x, ncp, 1., log);
        double u;
        if (Math.abs(x) > Math.sqrt(df * Dpq.DBL_EPSILON)) {
            u = Math.log(df) - Math.log(Math.abs(x))
                + Math.log(Math.abs(cdf(x * Math.sqrt((df + 2) / df), df + 2, ncp, true, false) - cdf(x, df, ncp, true, false)));
        } else {
            u = GammaFunctions.lgamma((df + 1) / 2) - GammaFunctions.lgamma(df / 2) - (M_LN_SQRT_PI + .5 * (Math.log(df) + ncp * ncp));
        }
        return log ? u : RMath.exp(u);
    }

    public static double quantile(double p, double df, double ncp, boolean lower, boolean log) {
        final double accu = 1e-13, eps = 1e-11;
        double ux, lx, nx, pp;
        if (Double.isNaN(p) || Double.isNaN(df) || Double.isNaN(ncp)) return p + df + ncp;
        if (df <= 0.0) return Double.NaN;
        if (ncp == 0.0 && df >= 1.0) return StudentT.quantile(p, df, lower, log);
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, lower, log);
        if (!Dpq.finite(df)) return Normal.quantile(p, ncp, 1., lower, log);
        p = Dpq.dtQIv(p, lower, log);
        if (p > 1 - Dpq.DBL_EPSILON) return Double.POSITIVE_INFINITY;
        pp = Math.min(1 - Dpq.DBL_EPSILON, p * (1 + eps));
        for (ux = Math.max(1., ncp); ux < Double.MAX_VALUE && cdf(ux, df, ncp, true, false) < pp; ux *= 2) { }
        pp = p * (1 - eps);
        for (lx = Math.min(-1., -ncp); lx > -Double.MAX_VALUE && cdf(lx, df, ncp, true, false) > pp; lx *= 2) { }
        do {
            nx = 0.5 * (lx + ux);
            if (cdf(nx, df, ncp, true, false) > p) ux = nx;
            else lx = nx;
        } while ((ux - lx) > accu * Math.max(Math.abs(lx), Math.abs(ux)));
        return 0.5 * (lx + ux);
    }
}
