package org.rlambda.nmath;

/**
 * The hypergeometric distribution: the algorithms of src/nmath/dhyper.c (Loader's binomial
 * saddle points), phyper.c (Morten Welinder's term ratio sum, in long double) and qhyper.c.
 */
public final class Hypergeometric {
    private Hypergeometric() { }

    public static double density(double x, double r, double b, double n, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(r) || Double.isNaN(b) || Double.isNaN(n)) return x + r + b + n;
        if (Dpq.negativeOrNonInteger(r) || Dpq.negativeOrNonInteger(b) || Dpq.negativeOrNonInteger(n) || n > r + b) return Double.NaN;
        if (x < 0) return Dpq.d0(log);
        if (Dpq.nonInteger(x)) {
            Dpq.warning("non-integer x = " + Dpq.fmtF(x));
            return Dpq.d0(log);
        }
        x = Math.rint(x);
        r = Math.rint(r);
        b = Math.rint(b);
        n = Math.rint(n);
        if (n < x || r < x || n - x > b) return Dpq.d0(log);
        if (n == 0) return (x == 0) ? Dpq.d1(log) : Dpq.d0(log);
        double p = n / (r + b);
        double q = (r + b - n) / (r + b);
        double p1 = Binomial.raw(x, r, p, q, log);
        double p2 = Binomial.raw(n - x, b, p, q, log);
        double p3 = Binomial.raw(n, r + b, p, q, log);
        return log ? p1 + p2 - p3 : p1 * p2 / p3;
    }

    private static double pdhyper(double x, double nr, double nb, double n, boolean log) {
        LongDouble sum = LongDouble.ZERO_VALUE;
        LongDouble term = LongDouble.of(1.0);
        LongDouble eps = LongDouble.of(Dpq.DBL_EPSILON);
        while (x > 0 && term.compare(eps.multiply(sum)) >= 0) {
            // the factor is computed in double, the product in long double (C's "term *= ...")
            term = term.multiply(x * (nb - n + x) / (n + 1 - x) / (nr + 1 - x));
            sum = sum.add(term);
            x--;
        }
        double ss = sum.toDouble();
        return log ? Math.log1p(ss) : 1 + ss;
    }

    public static double cdf(double x, double nr, double nb, double n, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(nr) || Double.isNaN(nb) || Double.isNaN(n)) return x + nr + nb + n;
        x = Math.floor(x + 1e-7);
        nr = Math.rint(nr);
        nb = Math.rint(nb);
        n = Math.rint(n);
        if (nr < 0 || nb < 0 || !Dpq.finite(nr + nb) || n < 0 || n > nr + nb) return Double.NaN;
        if (x * (nr + nb) > n * nr) {
            double oldNb = nb;
            nb = nr;
            nr = oldNb;
            x = n - x - 1;
            lower = !lower;
        }
        if (x < 0 || x < n - nb) return Dpq.dt0(lower, log);
        if (x >= nr || x >= n) return Dpq.dt1(lower, log);
        double d = density(x, nr, nb, n, log);
        if ((!log && d == 0.) || (log && d == Double.NEGATIVE_INFINITY)) return Dpq.dt0(lower, log);
        double pd = pdhyper(x, nr, nb, n, log);
        if (log) {
            double v = d + pd;
            return lower ? v : Dpq.log1Exp(v);
        }
        double v = d * pd;
        return lower ? v : 0.5 - v + 0.5;
    }

    public static double quantile(double p, double nr, double nb, double n, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(nr) || Double.isNaN(nb) || Double.isNaN(n)) return p + nr + nb + n;
        if (!Dpq.finite(p) || !Dpq.finite(nr) || !Dpq.finite(nb) || !Dpq.finite(n)) return Double.NaN;
        nr = Math.rint(nr);
        nb = Math.rint(nb);
        double bigN = nr + nb;
        n = Math.rint(n);
        if (nr < 0 || nb < 0 || n < 0 || n > bigN) return Double.NaN;
        double xstart = Math.max(0, n - nb), xend = Math.min(n, nr);
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, xstart, xend, lower, log);
        double xr = xstart, xb = n - xr;
        boolean smallN = bigN < 1000;
        double term = GammaFunctions.lfastchoose(nr, xr) + GammaFunctions.lfastchoose(nb, xb) - GammaFunctions.lfastchoose(bigN, n);
        if (smallN) term = RMath.exp(term);
        nr -= xr;
        nb -= xb;
        if (!lower || log) p = Dpq.dtQIv(p, lower, log);
        p *= 1 - 1000 * Dpq.DBL_EPSILON;
        double sum = smallN ? term : RMath.exp(term);
        while (sum < p && xr < xend) {
            xr++;
            nb++;
            if (smallN) term *= (nr / xr) * (xb / nb);
            else term += Math.log((nr / xr) * (xb / nb));
            sum += smallN ? term : RMath.exp(term);
            xb--;
            nr--;
        }
        return xr;
    }
}
