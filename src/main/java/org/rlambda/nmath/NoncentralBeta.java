package org.rlambda.nmath;

/**
 * The noncentral beta and F distributions: the algorithms of src/nmath/dnbeta.c, pnbeta.c
 * (AS 226 with R's refinements, long double sums emulated by {@link LongDouble}), qnbeta.c,
 * and dnf.c, pnf.c, qnf.c, which reduce F to beta (or to chi-squared for huge df2).
 */
public final class NoncentralBeta {
    private NoncentralBeta() { }

    public static double density(double x, double a, double b, double ncp, boolean log) {
        final double eps = 1.e-15;
        if (Double.isNaN(x) || Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(ncp)) return x + a + b + ncp;
        if (ncp < 0 || a <= 0 || b <= 0) return Double.NaN;
        if (!Dpq.finite(a) || !Dpq.finite(b) || !Dpq.finite(ncp)) return Double.NaN;
        if (x < 0 || x > 1) return Dpq.d0(log);
        if (ncp == 0) return Beta.density(x, a, b, log);
        double ncp2 = 0.5 * ncp, dx2 = ncp2 * x, d = (dx2 - a - 1) / 2, dd = d * d + dx2 * (a + b) - a;
        int kMax;
        if (dd <= 0) {
            kMax = 0;
        } else {
            dd = Math.ceil(d + Math.sqrt(dd));
            kMax = (dd > 0) ? (int) dd : 0;
        }
        double term0 = Beta.density(x, a + kMax, b, true);
        double pk0 = Poisson.raw(kMax, ncp2, true);
        if (x == 0. || !Dpq.finite(term0) || !Dpq.finite(pk0)) return Dpq.exp(LongDouble.of(pk0).add(term0).toDouble(), log);
        LongDouble pK = LongDouble.of(pk0).add(term0);
        LongDouble sum = LongDouble.of(1.), term = LongDouble.of(1.);
        double k = kMax;
        while (k > 0 && term.compare(sum.multiply(eps)) > 0) {
            k--;
            double q = (k + 1) * (k + a) / (k + a + b) / dx2;
            term = term.multiply(q);
            sum = sum.add(term);
        }
        term = LongDouble.of(1.);
        k = kMax;
        do {
            double q = dx2 * (k + a + b) / (k + a) / (k + 1);
            k++;
            term = term.multiply(q);
            sum = sum.add(term);
        } while (term.compare(sum.multiply(eps)) > 0);
        return Dpq.exp(pK.add(sum.log()).toDouble(), log);
    }

    /** P(X <= x) for X ~ noncentral beta, in long double; x and o_x = 1 - x given separately. */
    static LongDouble raw(double x, double oX, double a, double b, double ncp) {
        final double errmax = 1.0e-9;
        final int itrmax = 10000;
        if (ncp < 0. || a <= 0. || b <= 0.) return LongDouble.of(Double.NaN);
        if (x < 0. || oX > 1. || (x == 0. && oX == 1.)) return LongDouble.ZERO_VALUE;
        if (x > 1. || oX < 0. || (x == 1. && oX == 0.)) return LongDouble.of(1.);
        double c = ncp / 2.;
        double x0 = Math.floor(Math.max(c - 7. * Math.sqrt(c), 0.));
        double a0 = a + x0;
        double lBeta = GammaFunctions.lbeta(a0, b);
        Toms708.Result r = Toms708.bratio(a0, b, x, oX, false);
        double temp = r.w;
        LongDouble gx = LongDouble.of(RMath.exp(a0 * Math.log(x) + b * (x < .5 ? Math.log1p(-x) : Math.log(oX)) - lBeta - Math.log(a0)));
        LongDouble q;
        if (a0 > a) q = LongDouble.of(RMath.exp(-c + x0 * Math.log(c) - GammaFunctions.lgamma(x0 + 1.)));
        else q = LongDouble.of(RMath.exp(-c));
        LongDouble sumq = LongDouble.of(1.).subtract(q);
        LongDouble ax = q.multiply(temp);
        LongDouble ans = ax;
        double errbd;
        double j = Math.floor(x0);
        do {
            j++;
            temp -= gx.toDouble();
            gx = gx.multiply(x * (a + b + j - 1.) / (a + j));
            q = q.multiply(c / j);
            sumq = sumq.subtract(q);
            ax = q.multiply(temp);
            ans = ans.add(ax);
            errbd = LongDouble.of(temp).subtract(gx).multiply(sumq).toDouble();
        } while (errbd > errmax && j < itrmax + x0);
        if (errbd > errmax) Dpq.warning("full precision may not have been achieved in 'pnbeta'\n");
        if (j >= itrmax + x0) Dpq.warning("convergence failed in 'pnbeta'\n");
        return ans;
    }

    static double cdf2(double x, double oX, double a, double b, double ncp, boolean lower, boolean log) {
        LongDouble ans = raw(x, oX, a, b, ncp);
        if (Double.isNaN(ans.toDouble())) return Double.NaN;
        if (lower) return log ? ans.log().toDouble() : ans.toDouble();
        if (ans.compare(LongDouble.of(1. - 1e-10)) > 0) Dpq.warning("full precision may not have been achieved in 'pnbeta'\n");
        if (ans.compare(LongDouble.of(1.0)) > 0) ans = LongDouble.of(1.0);
        LongDouble oneMinus = LongDouble.of(1.).subtract(ans);
        return log ? ans.negate().log1p().toDouble() : oneMinus.toDouble();
    }

    public static double cdf(double x, double a, double b, double ncp, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(ncp)) return x + a + b + ncp;
        if (x <= 0.) return Dpq.dt0(lower, log);
        if (x >= 1.) return Dpq.dt1(lower, log);
        return cdf2(x, 1 - x, a, b, ncp, lower, log);
    }

    public static double quantile(double p, double a, double b, double ncp, boolean lower, boolean log) {
        final double accu = 1e-15, eps = 1e-14;
        double ux, lx, nx, pp;
        if (Double.isNaN(p) || Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(ncp)) return p + a + b + ncp;
        if (!Dpq.finite(a)) return Double.NaN;
        if (ncp < 0. || a <= 0. || b <= 0.) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, 1, lower, log);
        p = Dpq.dtQIv(p, lower, log);
        if (p > 1 - Dpq.DBL_EPSILON) return 1.0;
        pp = Math.min(1 - Dpq.DBL_EPSILON, p * (1 + eps));
        for (ux = 0.5; ux < 1 - Dpq.DBL_EPSILON && cdf(ux, a, b, ncp, true, false) < pp; ux = 0.5 * (1 + ux)) { }
        pp = p * (1 - eps);
        for (lx = 0.5; lx > Dpq.DBL_MIN && cdf(lx, a, b, ncp, true, false) > pp; lx *= 0.5) { }
        do {
            nx = 0.5 * (lx + ux);
            if (cdf(nx, a, b, ncp, true, false) > p) ux = nx;
            else lx = nx;
        } while ((ux - lx) / nx > accu);
        return 0.5 * (ux + lx);
    }

    public static double densityF(double x, double df1, double df2, double ncp, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(df1) || Double.isNaN(df2) || Double.isNaN(ncp)) return x + df2 + df1 + ncp;
        if (df1 <= 0. || df2 <= 0. || ncp < 0) return Double.NaN;
        if (x < 0.) return Dpq.d0(log);
        if (!Dpq.finite(ncp)) return Double.NaN;
        if (!Dpq.finite(df1) && !Dpq.finite(df2)) return x == 1. ? Double.POSITIVE_INFINITY : Dpq.d0(log);
        if (!Dpq.finite(df2)) return df1 * NoncentralChiSquared.density(x * df1, df1, ncp, log);
        if (df1 > 1e14 && ncp < 1e7) {
            double f = 1 + ncp / df1;
            double z = Gamma.density(1. / x / f, df2 / 2, 2. / df2, log);
            return log ? z - 2 * Math.log(x) - Math.log(f) : z / (x * x) / f;
        }
        double y = (df1 / df2) * x;
        double z = density(y / (1 + y), df1 / 2., df2 / 2., ncp, log);
        return log ? z + Math.log(df1) - Math.log(df2) - 2 * Math.log1p(y) : z * (df1 / df2) / (1 + y) / (1 + y);
    }

    public static double cdfF(double x, double df1, double df2, double ncp, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(df1) || Double.isNaN(df2) || Double.isNaN(ncp)) return x + df2 + df1 + ncp;
        if (df1 <= 0. || df2 <= 0. || ncp < 0) return Double.NaN;
        if (!Dpq.finite(ncp)) return Double.NaN;
        if (!Dpq.finite(df1) && !Dpq.finite(df2)) return Double.NaN;
        if (x <= 0.) return Dpq.dt0(lower, log);
        if (x >= Double.POSITIVE_INFINITY) return Dpq.dt1(lower, log);
        if (df2 > 1e8) return NoncentralChiSquared.cdf(x * df1, df1, ncp, lower, log);
        double y = (df1 / df2) * x;
        return cdf2(y / (1. + y), 1. / (1. + y), df1 / 2., df2 / 2., ncp, lower, log);
    }

    public static double quantileF(double p, double df1, double df2, double ncp, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(df1) || Double.isNaN(df2) || Double.isNaN(ncp)) return p + df1 + df2 + ncp;
        if (df1 <= 0. || df2 <= 0. || ncp < 0) return Double.NaN;
        if (!Dpq.finite(ncp)) return Double.NaN;
        if (!Dpq.finite(df1) && !Dpq.finite(df2)) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        if (df2 > 1e8) return NoncentralChiSquared.quantile(p, df1, ncp, lower, log) / df1;
        double y = quantile(p, df1 / 2., df2 / 2., ncp, lower, log);
        return y / (1 - y) * (df2 / df1);
    }
}
