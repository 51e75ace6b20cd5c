package org.rlambda.nmath;

/**
 * The normal distribution as GNU R's nmath computes it: the density with Welinder's split of x
 * for |x| >= 5, Cody's rational Chebyshev approximations for the distribution function
 * (W. J. Cody, 1993, ACM TOMS 19, "Algorithm 715"), and Wichura's AS 241 for the quantile.
 * A NaN result means "NaNs produced"; callers warn.
 */
public final class Normal {
    private Normal() { }

    public static final double M_1_SQRT_2PI = 0.398942280401432677939946059934;
    public static final double M_LN_SQRT_2PI = 0.918938533204672741780329736406;
    private static final double M_SQRT_32 = 5.656854249492380195206754896838;
    private static final double M_SQRT2 = 1.41421356237309504880168872421;

    public static double density(double x, double mu, double sigma, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(mu) || Double.isNaN(sigma)) return x + mu + sigma;
        if (sigma < 0) return Double.NaN;
        if (Double.isInfinite(sigma)) return log ? Double.NEGATIVE_INFINITY : 0.0;
        if (Double.isInfinite(x) && mu == x) return Double.NaN;
        if (sigma == 0) return x == mu ? Double.POSITIVE_INFINITY : (log ? Double.NEGATIVE_INFINITY : 0.0);
        double z = (x - mu) / sigma;
        if (Double.isInfinite(z)) return log ? Double.NEGATIVE_INFINITY : 0.0;
        z = Math.abs(z);
        if (z >= 2 * Math.sqrt(Double.MAX_VALUE)) return log ? Double.NEGATIVE_INFINITY : 0.0;
        if (log) return -(M_LN_SQRT_2PI + 0.5 * z * z + Math.log(sigma));
        if (z < 5) return M_1_SQRT_2PI * RMath.exp(-0.5 * z * z) / sigma;
        // beyond this exp underflows even with denormals
        if (z > Math.sqrt(-2 * Math.log(2) * (-1021 + 1 - 53))) return 0.0;
        // z*z loses accuracy for large z: split z = z1 + z2 with z1 a multiple of 2^-16
        double z1 = Math.scalb(Math.rint(Math.scalb(z, 16)), -16);
        double z2 = z - z1;
        return M_1_SQRT_2PI / sigma * (RMath.exp(-0.5 * z1 * z1) * RMath.exp((-0.5 * z2 - z1) * z2));
    }

    public static double cdf(double x, double mu, double sigma, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(mu) || Double.isNaN(sigma)) return x + mu + sigma;
        if (Double.isInfinite(x) && mu == x) return Double.NaN;
        if (sigma <= 0) {
            if (sigma < 0) return Double.NaN;
            return x < mu ? Dpq.dt0(lower, log) : Dpq.dt1(lower, log);
        }
        double p = (x - mu) / sigma;
        if (!Dpq.finite(p)) return x < mu ? Dpq.dt0(lower, log) : Dpq.dt1(lower, log);
        double[] both = both(p, lower ? 0 : 1, log);
        return lower ? both[0] : both[1];
    }

    private static final double[] A = {2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582,
        18154.981253343561249, 0.065682337918207449113};
    private static final double[] B = {47.20258190468824187, 976.09855173777669322, 10260.932208618978205,
        45507.789335026729956};
    private static final double[] C = {0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979,
        597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124,
        9842.7148383839780218, 1.0765576773720192317e-8};
    private static final double[] D = {22.266688044328115691, 235.38790178262499861, 1519.377599407554805,
        6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
        19685.429676859990727};
    private static final double[] P = {0.21589853405795699, 0.1274011611602473639, 0.022235277870649807,
        0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303};
    private static final double[] Q = {1.28426009614491121, 0.468238212480865118, 0.0659881378689285515,
        0.00378239633202758244, 7.29751555083966205e-5};

    /**
     * Lower and upper tail of the standard normal at x: {cum, ccum}. tail 0 = lower wanted,
     * 1 = upper, 2 = both (log applies to the wanted tails).
     */
    public static double[] both(double x, int tail, boolean log) {
        double cum = Double.NaN, ccum = Double.NaN;
        if (Double.isNaN(x)) return new double[] {x, x};
        double eps = Math.ulp(1.0) * 0.5;
        boolean lower = tail != 1, upper = tail != 0;
        double y = Math.abs(x);
        if (y <= 0.67448975) {
            double xnum, xden;
            if (y > eps) {
                double xsq = x * x;
                xnum = A[4] * xsq;
                xden = xsq;
                for (int i = 0; i < 3; i++) {
                    xnum = (xnum + A[i]) * xsq;
                    xden = (xden + B[i]) * xsq;
                }
            } else {
                xnum = 0.0;
                xden = 0.0;
            }
            double temp = x * (xnum + A[3]) / (xden + B[3]);
            if (lower) cum = 0.5 + temp;
            if (upper) ccum = 0.5 - temp;
            if (log) {
                if (lower) cum = Math.log(cum);
                if (upper) ccum = Math.log(ccum);
            }
            return new double[] {cum, ccum};
        }
        double temp;
        double at;
        if (y <= M_SQRT_32) {
            double xnum = C[8] * y, xden = y;
            for (int i = 0; i < 7; i++) {
                xnum = (xnum + C[i]) * y;
                xden = (xden + D[i]) * y;
            }
            temp = (xnum + C[7]) / (xden + D[7]);
            at = y;
        } else if ((log && y < 1e170) || (lower && -37.5193 < x && x < 8.2924) || (upper && -8.2924 < x && x < 37.5193)) {
            double xsq = 1.0 / (x * x);
            double xnum = P[5] * xsq, xden = xsq;
            for (int i = 0; i < 4; i++) {
                xnum = (xnum + P[i]) * xsq;
                xden = (xden + Q[i]) * xsq;
            }
            temp = xsq * (xnum + P[4]) / (xden + Q[4]);
            temp = (M_1_SQRT_2PI - temp) / y;
            at = x;
        } else {
            double one = log ? 0.0 : 1.0, zero = log ? Double.NEGATIVE_INFINITY : 0.0;
            return x > 0 ? new double[] {one, zero} : new double[] {zero, one};
        }
        // exp(-X^2/2) computed as exp(-xsq^2/2) * exp(-del/2) with xsq = X rounded to 1/16
        double xsq = Math.scalb((double) (long) Math.scalb(at, 4), -4);
        double del = (at - xsq) * (at + xsq);
        if (log) {
            cum = (-xsq * (xsq * 0.5)) - del * 0.5 + Math.log(temp);
            if ((lower && x > 0.0) || (upper && x <= 0.0)) {
                ccum = Math.log1p(-RMath.exp(-xsq * (xsq * 0.5)) * RMath.exp(-del * 0.5) * temp);
            }
        } else {
            cum = RMath.exp(-xsq * (xsq * 0.5)) * RMath.exp(-del * 0.5) * temp;
            ccum = 1.0 - cum;
        }
        if (x > 0.0) { // the series gave the upper tail
            double t = cum;
            if (lower) cum = ccum;
            ccum = t;
        }
        return new double[] {cum, ccum};
    }

    /** Wichura's AS 241 (1988), accurate to about 1 part in 10^16. */
    public static double quantile(double p, double mu, double sigma, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(mu) || Double.isNaN(sigma)) return p + mu + sigma;
        double b = Dpq.quantileBoundaries(p, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, lower, log);
        if (!Double.isNaN(b) || Dpq.outOfRange(p, log)) return b;
        if (sigma < 0) return Double.NaN;
        if (sigma == 0) return mu;
        double pLower = Dpq.dtQIv(p, lower, log);
        double q = pLower - 0.5;
        double r, val;
        if (Math.abs(q) <= .425) {
            r = .180625 - q * q;
            val = q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                    + 133.14166789178437745) * r + 3.387132872796366608)
                / (((((((r * 5226.495278852854561 + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                    + 42.313330701600911252) * r + 1.);
            return mu + sigma * val;
        }
        if (log && ((lower && q <= 0) || (!lower && q > 0))) {
            r = p;
        } else {
            r = Math.log(q > 0 ? Dpq.dtCIv(p, lower, log) : pLower);
        }
        r = Math.sqrt(-r);
        if (r <= 5.) {
            r += -1.6;
            val = (((((((r * 7.7454501427834140764e-4 + .0227238449892691845833) * r + .24178072517745061177) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                    + 4.6303378461565452959) * r + 1.42343711074968357734)
                / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + .0151986665636164571966) * r
                    + .14810397642748007459) * r + .68976733498510000455) * r + 1.6763848301838038494) * r
                    + 2.05319162663775882187) * r + 1.);
        } else if (r >= 816) {
            val = r * M_SQRT2;
        } else {
            r += -5.;
            val = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + .0012426609473880784386) * r
                    + .026532189526576123093) * r + .29656057182850489123) * r + 1.7848265399172913358) * r
                    + 5.4637849111641143699) * r + 6.6579046435011037772)
                / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                    + 7.868691311456132591e-4) * r + .0148753612908506148525) * r + .13692988092273580531) * r
                    + .59983220655588793769) * r + 1.);
        }
        if (q < 0.0) val = -val;
        return mu + sigma * val;
    }
}
