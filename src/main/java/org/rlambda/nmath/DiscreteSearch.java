package org.rlambda.nmath;

/**
 * The quantile search of the discrete distributions (the algorithm of nmath's
 * qDiscrete_search.h): a Cornish-Fisher start, a left-continuity fuzz on p, then a walk in
 * steps of 1 (or, for large y, in shrinking steps) along the distribution function.
 */
final class DiscreteSearch {
    private DiscreteSearch() { }

    @FunctionalInterface
    interface Cdf {
        double at(double y, boolean lower, boolean log);
    }

    private static double search(double y, double[] z, double p, Cdf cdf, double maxY, double incr, boolean lower, boolean log) {
        boolean left = lower ? (z[0] >= p) : (z[0] < p);
        if (left) {
            while (true) {
                double newz = -1.;
                if (y > 0) newz = cdf.at(y - incr, lower, log);
                else if (y < 0) y = 0;
                if (y == 0 || Double.isNaN(newz) || (lower ? (newz < p) : (newz >= p))) return y;
                y = Math.max(0, y - incr);
                z[0] = newz;
            }
        }
        while (true) {
            y += incr;
            if (y < maxY) z[0] = cdf.at(y, lower, log);
            else if (y > maxY) y = maxY;
            if (y == maxY || Double.isNaN(z[0]) || (lower ? (z[0] >= p) : (z[0] < p))) return y;
        }
    }

    /** The body of q<discrete>() once p is a proper interior probability; maxY is +Inf when unbounded. */
    static double quantile(double p, double mu, double sigma, double gamma, Cdf cdf, double maxY, boolean lower, boolean log) {
        double z = Normal.quantile(p, 0., 1., lower, log);
        double y = Math.rint(mu + sigma * (z + gamma * (z * z - 1) / 6));
        if (y > maxY) y = maxY;
        else if (y < 0) y = 0.;
        double[] zz = {cdf.at(y, lower, log)};
        if (log) {
            double e = 2 * Dpq.DBL_EPSILON;
            if (lower && p > -Double.MAX_VALUE) p *= 1 + e;
            else p *= 1 - e;
        } else {
            double e = 8 * Dpq.DBL_EPSILON;
            if (lower) p *= 1 - e;
            else if (1 - p > 4 * e) p *= 1 + e;
        }
        if (y < 4096) return search(y, zz, p, cdf, maxY, 1, lower, log);
        double oldincr, incr = Math.floor(y * (1. / 64));
        do {
            oldincr = incr;
            y = search(y, zz, p, cdf, maxY, incr, lower, log);
            incr = Math.max(1, Math.floor(incr / 8));
        } while (oldincr > 1 && incr > y * 1e-15);
        return y;
    }
}
