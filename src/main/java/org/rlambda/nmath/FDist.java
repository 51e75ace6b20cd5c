package org.rlambda.nmath;

/** The (central) F distribution: the algorithms of src/nmath/df.c, pf.c and qf.c. */
public final class FDist {
    private FDist() { }

    public static double density(double x, double m, double n, boolean log) {
        double p, q, f, dens;
        if (Double.isNaN(x) || Double.isNaN(m) || Double.isNaN(n)) return x + m + n;
        if (m <= 0 || n <= 0) return Double.NaN;
        if (x < 0.) return Dpq.d0(log);
        if (x == 0.) return m > 2 ? Dpq.d0(log) : (m == 2 ? Dpq.d1(log) : Double.POSITIVE_INFINITY);
        if (!Dpq.finite(m) && !Dpq.finite(n)) return x == 1. ? Double.POSITIVE_INFINITY : Dpq.d0(log);
        if (!Dpq.finite(n)) return Gamma.density(x, m / 2, 2. / m, log);
        if (m > 1e14) {
            dens = Gamma.density(1. / x, n / 2, 2. / n, log);
            return log ? dens - 2 * Math.log(x) : dens / (x * x);
        }
        f = 1. / (n + x * m);
        q = n * f;
        p = x * m * f;
        if (m >= 2) {
            f = m * q / 2;
            dens = Binomial.raw((m - 2) / 2, (m + n - 2) / 2, p, q, log);
        } else {
            f = m * m * q / (2 * p * (m + n));
            dens = Binomial.raw(m / 2, (m + n) / 2, p, q, log);
        }
        return log ? Math.log(f) + dens : f * dens;
    }

    public static double cdf(double x, double df1, double df2, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(df1) || Double.isNaN(df2)) return x + df2 + df1;
        if (df1 <= 0. || df2 <= 0.) return Double.NaN;
        if (x <= 0.) return Dpq.dt0(lower, log);
        if (x >= Double.POSITIVE_INFINITY) return Dpq.dt1(lower, log);
        if (df2 == Double.POSITIVE_INFINITY) {
            if (df1 == Double.POSITIVE_INFINITY) {
                if (x < 1.) return Dpq.dt0(lower, log);
                if (x == 1.) return log ? -Dpq.LN2 : 0.5;
                return Dpq.dt1(lower, log);
            }
            return Gamma.cdf(x * df1, df1 / 2., 2., lower, log);
        }
        if (df1 == Double.POSITIVE_INFINITY) return Gamma.cdf(df2 / x, df2 / 2., 2., !lower, log);
        if (df1 * x > df2) x = Beta.cdf(df2 / (df2 + df1 * x), df2 / 2., df1 / 2., !lower, log);
        else x = Beta.cdf(df1 * x / (df2 + df1 * x), df1 / 2., df2 / 2., lower, log);
        return Double.isNaN(x) ? Double.NaN : x;
    }

    public static double quantile(double p, double df1, double df2, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(df1) || Double.isNaN(df2)) return p + df1 + df2;
        if (df1 <= 0. || df2 <= 0.) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        if (df1 <= df2 && df2 > 4e5) {
            if (!Dpq.finite(df1)) return 1.;
            return Gamma.quantile(p, 0.5 * df1, 2.0, lower, log) / df1;
        } else if (df1 > 4e5) {
            return df2 / Gamma.quantile(p, 0.5 * df2, 2.0, !lower, log);
        }
        p = (1. / Beta.quantile(p, df2 / 2, df1 / 2, !lower, log) - 1.) * (df2 / df1);
        return Double.isNaN(p) ? Double.NaN : p;
    }
}
