package org.rlambda.nmath;

/**
 * The noncentral chi-squared distribution: the algorithms of src/nmath/dnchisq.c (sum of
 * Poisson-weighted densities from the mode outwards), pnchisq.c (Ding's series with R's
 * log-scale start and the Poisson mixture for small ncp) and qnchisq.c (bracketing and
 * bisection). Long double sums are emulated with {@link LongDouble}.
 */
public final class NoncentralChiSquared {
    private NoncentralChiSquared() { }

    private static final double DBL_MIN_EXP_LN = Dpq.LN2 * (Double.MIN_EXPONENT + 1);

    public static double density(double x, double df, double ncp, boolean log) {
        final double eps = 5e-15;
        if (Double.isNaN(x) || Double.isNaN(df) || Double.isNaN(ncp)) return x + df + ncp;
        if (!Dpq.finite(df) || !Dpq.finite(ncp) || ncp < 0 || df < 0) return Double.NaN;
        if (x < 0) return Dpq.d0(log);
        if (x == 0 && df < 2.) return Double.POSITIVE_INFINITY;
        if (ncp == 0) return (df > 0) ? Gamma.density(x, df / 2., 2., log) : Dpq.d0(log);
        if (x == Double.POSITIVE_INFINITY) return Dpq.d0(log);
        double ncp2 = 0.5 * ncp;
        double imax = Math.ceil((-(2 + df) + Math.sqrt((2 - df) * (2 - df) + 4 * ncp * x)) / 4);
        if (imax < 0) imax = 0;
        double dfmid = 0, mid;
        if (Dpq.finite(imax)) {
            dfmid = df + 2 * imax;
            mid = Poisson.raw(imax, ncp2, false) * Gamma.density(x, dfmid / 2., 2., false);
        } else {
            mid = 0;
        }
        if (mid == 0) {
            if (log || ncp > 1000.) {
                double nl = df + ncp, ic = nl / (nl + ncp);
                return Gamma.density(x * ic, nl * ic / 2., 2., log);
            }
            return Dpq.d0(log);
        }
        LongDouble sum = LongDouble.of(mid), term = LongDouble.of(mid);
        double d = dfmid, i = imax, q;
        double x2 = x * ncp2;
        do {
            i++;
            q = x2 / i / d;
            d += 2;
            term = term.multiply(q);
            sum = sum.add(term);
        } while (q >= 1 || term.multiply(q).compare(LongDouble.of((1 - q) * eps)) > 0
            || term.compare(sum.multiply(1e-10)) > 0);
        term = LongDouble.of(mid);
        d = dfmid;
        i = imax;
        while (i != 0) {
            d -= 2;
            q = i * d / x2;
            i--;
            term = term.multiply(q);
            sum = sum.add(term);
            if (q < 1 && term.multiply(q).compare(LongDouble.of((1 - q) * eps)) <= 0) break;
        }
        return Dpq.dval(sum.toDouble(), log);
    }

    public static double cdf(double x, double df, double ncp, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(df) || Double.isNaN(ncp)) return x + df + ncp;
        if (!Dpq.finite(df) || !Dpq.finite(ncp)) return Double.NaN;
        if (df < 0. || ncp < 0.) return Double.NaN;
        double ans = raw(x, df, ncp, 1e-12, 8 * Dpq.DBL_EPSILON, 1000000, lower, log);
        if (x <= 0. || x == Double.POSITIVE_INFINITY) return ans;
        if (ncp >= 80) {
            if (lower) {
                ans = Math.min(ans, Dpq.d1(log));
            } else {
                if (ans < (log ? (-10. * Math.log(10)) : 1e-10)) Dpq.warning("full precision may not have been achieved in 'pnchisq'\n");
                if (!log && ans < 0.) ans = 0.;
            }
        }
        if (!log || ans < -1e-8) return ans;
        ans = raw(x, df, ncp, 1e-12, 8 * Dpq.DBL_EPSILON, 1000000, !lower, false);
        return Math.log1p(-ans);
    }

    static double raw(double x, double f, double theta, double errmax, double reltol, int itrmax, boolean lower, boolean log) {
        if (x <= 0.) {
            if (x == 0. && f == 0.) {
                double l = -0.5 * theta;
                return lower ? Dpq.exp(l, log) : (log ? Dpq.log1Exp(l) : -Math.expm1(l));
            }
            return Dpq.dt0(lower, log);
        }
        if (!Dpq.finite(x)) return Dpq.dt1(lower, log);
        if (theta < 80) {
            if (lower && f > 0. && Math.log(x) < Dpq.LN2 + 2 / f * (GammaFunctions.lgamma(f / 2. + 1) + DBL_MIN_EXP_LN)) {
                double lambda = 0.5 * theta;
                double sum = Double.NEGATIVE_INFINITY, sum2 = Double.NEGATIVE_INFINITY, pr = -lambda, logLam = Math.log(lambda);
                for (int i = 0; i < 110; pr += logLam - Math.log(++i)) {
                    sum2 = RMath.logspaceAdd(sum2, pr);
                    sum = RMath.logspaceAdd(sum, pr + Gamma.cdf(x, (f + 2 * i) / 2., 2., lower, true));
                    if (sum2 >= -1e-15) break;
                }
                LongDouble ans = LongDouble.of(sum - sum2);
                return log ? ans.toDouble() : ans.exp().toDouble();
            }
            LongDouble lambda = LongDouble.of(0.5 * theta);
            LongDouble sum = LongDouble.ZERO_VALUE, sum2 = LongDouble.ZERO_VALUE, pr = lambda.negate().exp();
            LongDouble limit = LongDouble.of(1 - 1e-15);
            for (int i = 0; i < 110; ) {
                sum2 = sum2.add(pr);
                sum = sum.add(pr.multiply(Gamma.cdf(x, (f + 2 * i) / 2., 2., lower, false)));
                if (sum2.compare(limit) >= 0) break;
                pr = pr.multiply(lambda.divide(LongDouble.of((double) ++i)));
            }
            LongDouble ans = sum.divide(sum2);
            return log ? ans.log().toDouble() : ans.toDouble();
        }
        double lam = .5 * theta;
        boolean lamSml = -lam < DBL_MIN_EXP_LN;
        double lLam = -1., lX = -1.;
        LongDouble u, v, t, lt, lu = LongDouble.of(-1.);
        if (lamSml) {
            u = LongDouble.ZERO_VALUE;
            lu = LongDouble.of(-lam);
            lLam = Math.log(lam);
        } else {
            u = LongDouble.of(RMath.exp(-lam));
        }
        v = u;
        double x2 = .5 * x, f2 = .5 * f, fx2n = f - x;
        LongDouble tt = LongDouble.of(x2 - f2);
        if (f2 * Dpq.DBL_EPSILON > 0.125 && Math.abs(tt.toDouble()) < Math.sqrt(Dpq.DBL_EPSILON) * f2) {
            t = tt;
            // lt = (1 - t)*(2 - t/(f2 + 1)) - M_LN_SQRT_2PI - 0.5 * log(f2 + 1), in long double
            LongDouble one = LongDouble.of(1.0);
            lt = one.subtract(t).multiply(LongDouble.of(2.0).subtract(t.divide(f2 + 1)))
                .subtract(GammaFunctions.LN_SQRT_2PI).subtract(0.5 * Math.log(f2 + 1));
        } else {
            t = tt;
            lt = LongDouble.of(f2 * Math.log(x2) - x2 - GammaFunctions.lgamma(f2 + 1));
        }
        boolean tSml = lt.toDouble() < DBL_MIN_EXP_LN;
        LongDouble ans;
        double term;
        if (tSml) {
            if (x > f + theta + 5 * Math.sqrt(2 * (f + 2 * theta))) return Dpq.dt1(lower, log);
            lX = Math.log(x);
            ans = LongDouble.ZERO_VALUE;
            term = 0.;
            t = LongDouble.ZERO_VALUE;
        } else {
            t = lt.exp();
            term = v.multiply(t).toDouble();
            ans = LongDouble.of(term);
        }
        int n;
        double f2n, bound;
        for (n = 1, f2n = f + 2., fx2n += 2.; n <= itrmax; n++, f2n += 2, fx2n += 2) {
            if (fx2n > 0) {
                bound = t.multiply(x).divide(fx2n).toDouble();
                if (bound <= errmax && term <= reltol * ans.toDouble()) break;
            }
            if (lamSml) {
                lu = lu.add(lLam - Math.log(n));
                if (lu.toDouble() >= DBL_MIN_EXP_LN) {
                    v = u = lu.exp();
                    lamSml = false;
                }
            } else {
                u = u.multiply(lam / n);
                v = v.add(u);
            }
            if (tSml) {
                lt = lt.add(lX - Math.log(f2n));
                if (lt.toDouble() >= DBL_MIN_EXP_LN) {
                    t = lt.exp();
                    tSml = false;
                }
            } else {
                t = t.multiply(x / f2n);
            }
            if (!lamSml && !tSml) {
                term = v.multiply(t).toDouble();
                ans = ans.add(term);
            }
        }
        if (n > itrmax) {
            Dpq.warning(String.format("pnchisq(x=%s, f=%s, theta=%s, ..): not converged in %d iter.", Fmt.g(x), Fmt.g(f), Fmt.g(theta), itrmax));
        }
        double dans = ans.toDouble();
        return Dpq.val(dans, lower, log);
    }

    public static double quantile(double p, double df, double ncp, boolean lower, boolean log) {
        final double accu = 1e-13, racc = 4 * Dpq.DBL_EPSILON, eps = 1e-11, rEps = 1e-10;
        double ux, lx, ux0, nx, pp;
        if (Double.isNaN(p) || Double.isNaN(df) || Double.isNaN(ncp)) return p + df + ncp;
        if (!Dpq.finite(df)) return Double.NaN;
        if (df < 0 || ncp < 0) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        pp = log ? RMath.exp(p) : p;
        if (pp > 1 - Dpq.DBL_EPSILON) return lower ? Double.POSITIVE_INFINITY : 0.0;
        double b = (ncp * ncp) / (df + 3 * ncp), c = (df + 3 * ncp) / (df + 2 * ncp), ff = (df + 2 * ncp) / (c * c);
        ux = b + c * Gamma.quantile(p, 0.5 * ff, 2.0, lower, log);
        if (ux <= 0.) ux = 1;
        ux0 = ux;
        if (!lower && ncp >= 80) {
            if (pp < 1e-10) Dpq.warning("full precision may not have been achieved in 'qnchisq'\n");
            p = log ? -Math.expm1(p) : (0.5 - (p) + 0.5);
            lower = true;
        } else {
            p = pp;
        }
        pp = Math.min(1 - Dpq.DBL_EPSILON, p * (1 + eps));
        if (lower) {
            for (; ux < Double.MAX_VALUE && raw(ux, df, ncp, eps, rEps, 10000, true, false) < pp; ux *= 2) { }
            pp = p * (1 - eps);
            for (lx = Math.min(ux0, Double.MAX_VALUE); lx > Dpq.DBL_MIN && raw(lx, df, ncp, eps, rEps, 10000, true, false) > pp; lx *= 0.5) { }
            do {
                nx = 0.5 * (lx + ux);
                if (raw(nx, df, ncp, accu, racc, 100000, true, false) > p) ux = nx;
                else lx = nx;
            } while ((ux - lx) / nx > accu);
        } else {
            for (; ux < Double.MAX_VALUE && raw(ux, df, ncp, eps, rEps, 10000, false, false) > pp; ux *= 2) { }
            pp = p * (1 - eps);
            for (lx = Math.min(ux0, Double.MAX_VALUE); lx > Dpq.DBL_MIN && raw(lx, df, ncp, eps, rEps, 10000, false, false) < pp; lx *= 0.5) { }
            do {
                nx = 0.5 * (lx + ux);
                if (raw(nx, df, ncp, accu, racc, 100000, false, false) < p) ux = nx;
                else lx = nx;
            } while ((ux - lx) / nx > accu);
        }
        return 0.5 * (ux + lx);
    }
}
