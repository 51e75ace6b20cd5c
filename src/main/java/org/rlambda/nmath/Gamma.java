package org.rlambda.nmath;

/**
 * The gamma distribution (and so the central chi-squared): the algorithms of src/nmath/dgamma.c,
 * pgamma.c (Morten Welinder's series / continued fraction / asymptotic choice) and qgamma.c
 * (AS 91 start via qchisq_appr, then Newton steps on the log scale).
 */
public final class Gamma {
    private Gamma() { }

    private static final double SCALEFACTOR = 1.157920892373162e77; // 2^256
    private static final double M_CUTOFF = Dpq.LN2 * Double.MAX_EXPONENT / Dpq.DBL_EPSILON;

    public static double density(double x, double shape, double scale, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(shape) || Double.isNaN(scale)) return x + shape + scale;
        if (shape < 0 || scale <= 0) return Double.NaN;
        if (x < 0) return Dpq.d0(log);
        if (shape == 0) return (x == 0) ? Double.POSITIVE_INFINITY : Dpq.d0(log);
        if (x == 0) {
            if (shape < 1) return Double.POSITIVE_INFINITY;
            if (shape > 1) return Dpq.d0(log);
            return log ? -Math.log(scale) : 1 / scale;
        }
        double pr;
        if (shape < 1) {
            pr = Poisson.raw(shape, x / scale, log);
            return log ? pr + (Dpq.finite(shape / x) ? Math.log(shape / x) : Math.log(shape) - Math.log(x)) : pr * shape / x;
        }
        pr = Poisson.raw(shape - 1, x / scale, log);
        return log ? pr - Math.log(scale) : pr / scale;
    }

    private static double dpoisWrap(double xPlus1, double lambda, boolean log) {
        if (!Dpq.finite(lambda)) return Dpq.d0(log);
        if (xPlus1 > 1) return Poisson.raw(xPlus1 - 1, lambda, log);
        if (lambda > Math.abs(xPlus1 - 1) * M_CUTOFF) return Dpq.exp(-lambda - GammaFunctions.lgamma(xPlus1), log);
        double d = Poisson.raw(xPlus1, lambda, log);
        return log ? d + Math.log(xPlus1 / lambda) : d * (xPlus1 / lambda);
    }

    private static double smallX(double x, double alph, boolean lower, boolean log) {
        double sum = 0, c = alph, n = 0, term;
        do {
            n++;
            c *= -x / n;
            term = c / (alph + n);
            sum += term;
        } while (Math.abs(term) > Dpq.DBL_EPSILON * Math.abs(sum));
        if (lower) {
            double f1 = log ? Math.log1p(sum) : 1 + sum;
            double f2;
            if (alph > 1) {
                f2 = Poisson.raw(alph, x, log);
                f2 = log ? f2 + x : f2 * RMath.exp(x);
            } else if (log) {
                f2 = alph * Math.log(x) - GammaFunctions.lgamma1p(alph);
            } else {
                f2 = RMath.cpow(x, alph) / RMath.exp(GammaFunctions.lgamma1p(alph));
            }
            return log ? f1 + f2 : f1 * f2;
        }
        double lf2 = alph * Math.log(x) - GammaFunctions.lgamma1p(alph);
        if (log) return Dpq.log1Exp(Math.log1p(sum) + lf2);
        double f1m1 = sum;
        double f2m1 = Math.expm1(lf2);
        return -(f1m1 + f2m1 + f1m1 * f2m1);
    }

    private static double upperSeries(double x, double y, boolean log) {
        double term = x / y;
        double sum = term;
        do {
            y++;
            term *= x / y;
            sum += term;
        } while (term > sum * Dpq.DBL_EPSILON);
        return log ? Math.log(sum) : sum;
    }

    private static double lowerCf(double y, double d) {
        double f = 0.0, of, f0;
        final int maxIt = 200000;
        if (y == 0) return 0;
        f0 = y / d;
        if (Math.abs(y - 1) < Math.abs(d) * Dpq.DBL_EPSILON) return f0;
        if (f0 > 1.) f0 = 1.;
        double c2 = y, c4 = d;
        double a1 = 0, b1 = 1, a2 = y, b2 = d;
        while (b2 > SCALEFACTOR) {
            a1 /= SCALEFACTOR;
            b1 /= SCALEFACTOR;
            a2 /= SCALEFACTOR;
            b2 /= SCALEFACTOR;
        }
        double i = 0;
        of = -1.;
        while (i < maxIt) {
            i++; c2--; double c3 = i * c2; c4 += 2;
            a1 = c4 * a2 + c3 * a1;
            b1 = c4 * b2 + c3 * b1;
            i++; c2--; c3 = i * c2; c4 += 2;
            a2 = c4 * a1 + c3 * a2;
            b2 = c4 * b1 + c3 * b2;
            if (b2 > SCALEFACTOR) {
                a1 /= SCALEFACTOR;
                b1 /= SCALEFACTOR;
                a2 /= SCALEFACTOR;
                b2 /= SCALEFACTOR;
            }
            if (b2 != 0) {
                f = a2 / b2;
                if (Math.abs(f - of) <= Dpq.DBL_EPSILON * Math.max(f0, Math.abs(f))) return f;
                of = f;
            }
        }
        Dpq.warning(" ** NON-convergence in pgamma()'s pd_lower_cf() f= " + f + ".");
        return f;
    }

    private static double lowerSeries(double lambda, double y) {
        double term = 1, sum = 0;
        while (y >= 1 && term > sum * Dpq.DBL_EPSILON) {
            term *= y / lambda;
            sum += term;
            y--;
        }
        if (y != Math.floor(y)) {
            double f = lowerCf(y, lambda + 1 - y);
            sum += term * f;
        }
        return sum;
    }

    private static double dpnorm(double x, boolean lower, double lp) {
        if (x < 0) {
            x = -x;
            lower = !lower;
        }
        if (x > 10 && !lower) {
            double term = 1 / x;
            double sum = term;
            double x2 = x * x;
            double i = 1;
            do {
                term *= -i / x2;
                sum += term;
                i += 2;
            } while (Math.abs(term) > Dpq.DBL_EPSILON * sum);
            return 1 / sum;
        }
        double d = Normal.density(x, 0., 1., false);
        return d / RMath.exp(lp);
    }

    private static final double[] COEFS_A = {-1e99, 2 / 3., -4 / 135., 8 / 2835., 16 / 8505., -8992 / 12629925.,
        -334144 / 492567075., 698752 / 1477701225.};
    private static final double[] COEFS_B = {-1e99, 1 / 12., 1 / 288., -139 / 51840., -571 / 2488320.,
        163879 / 209018880., 5246819 / 75246796800., -534703531 / 902961561600.};

    private static double ppoisAsymp(double x, double lambda, boolean lower, boolean log) {
        double dfm = lambda - x;
        double pt = -RMath.log1pmx(dfm / x);
        double s2pt = Math.sqrt(2 * x * pt);
        if (dfm < 0) s2pt = -s2pt;
        double res12 = 0;
        double res1Term, res1Ig, res2Term, res2Ig;
        res1Ig = res1Term = Math.sqrt(x);
        res2Ig = res2Term = s2pt;
        for (int i = 1; i < 8; i++) {
            res12 += res1Ig * COEFS_A[i];
            res12 += res2Ig * COEFS_B[i];
            res1Term *= pt / i;
            res2Term *= 2 * pt / (2 * i + 1);
            res1Ig = res1Ig / x + res1Term;
            res2Ig = res2Ig / x + res2Term;
        }
        double elfb = x, elfbTerm = 1;
        for (int i = 1; i < 8; i++) {
            elfb += elfbTerm * COEFS_B[i];
            elfbTerm /= x;
        }
        if (!lower) elfb = -elfb;
        double f = res12 / elfb;
        double np = Normal.cdf(s2pt, 0.0, 1.0, !lower, log);
        if (log) {
            double ndOverP = dpnorm(s2pt, !lower, np);
            return np + Math.log1p(f * ndOverP);
        }
        double nd = Normal.density(s2pt, 0., 1., log);
        return np + f * nd;
    }

    /** P(X <= x) for X ~ Gamma(alph, 1), x and alph already checked. */
    public static double raw(double x, double alph, boolean lower, boolean log) {
        if (x <= 0.) return Dpq.dt0(lower, log);
        if (x >= Double.POSITIVE_INFINITY) return Dpq.dt1(lower, log);
        double res;
        if (x < 1) {
            res = smallX(x, alph, lower, log);
        } else if (x <= alph - 1 && x < 0.8 * (alph + 50)) {
            double sum = upperSeries(x, alph, log);
            double d = dpoisWrap(alph, x, log);
            if (!lower) res = log ? Dpq.log1Exp(d + sum) : 1 - d * sum;
            else res = log ? sum + d : sum * d;
        } else if (alph - 1 < x && alph < 0.8 * (x + 50)) {
            double sum;
            double d = dpoisWrap(alph, x, log);
            if (alph < 1) {
                if (x * Dpq.DBL_EPSILON > 1 - alph) {
                    sum = Dpq.d1(log);
                } else {
                    double f = lowerCf(alph, x - (alph - 1)) * x / alph;
                    sum = log ? Math.log(f) : f;
                }
            } else {
                sum = lowerSeries(x, alph - 1);
                sum = log ? Math.log1p(sum) : 1 + sum;
            }
            if (!lower) res = log ? sum + d : sum * d;
            else res = log ? Dpq.log1Exp(d + sum) : 1 - d * sum;
        } else {
            res = ppoisAsymp(alph - 1, x, !lower, log);
        }
        if (!log && res < Dpq.DBL_MIN / Dpq.DBL_EPSILON) return RMath.exp(raw(x, alph, lower, true));
        return res;
    }

    public static double cdf(double x, double alph, double scale, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(alph) || Double.isNaN(scale)) return x + alph + scale;
        if (alph < 0. || scale <= 0.) return Double.NaN;
        x /= scale;
        if (Double.isNaN(x)) return x;
        if (alph == 0.) return (x <= 0) ? Dpq.dt0(lower, log) : Dpq.dt1(lower, log);
        return raw(x, alph, lower, log);
    }

    /** The starting approximation of the chi-squared quantile (AS 91; nmath's qchisq_appr). */
    static double qchisqAppr(double p, double nu, double g, boolean lower, boolean log, double tol) {
        final double c7 = 4.67, c8 = 6.66, c9 = 6.73, c10 = 13.32;
        if (Double.isNaN(p) || Double.isNaN(nu)) return p + nu;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (nu <= 0) return Double.NaN;
        double alpha = 0.5 * nu;
        double c = alpha - 1;
        double ch, p1 = Dpq.dtLog(p, lower, log);
        if (nu < (-1.24) * p1) {
            double lgam1pa = (alpha < 0.5) ? GammaFunctions.lgamma1p(alpha) : (Math.log(alpha) + g);
            ch = RMath.exp((lgam1pa + p1) / alpha + Dpq.LN2);
        } else if (nu > 0.32) {
            double x = Normal.quantile(p, 0, 1, lower, log);
            p1 = 2. / (9 * nu);
            ch = nu * RMath.cpow(x * Math.sqrt(p1) + 1 - p1, 3);
            if (ch > 2.2 * nu + 6) ch = -2 * (Dpq.dtClog(p, lower, log) - c * Math.log(0.5 * ch) + g);
        } else {
            ch = 0.4;
            double a = Dpq.dtClog(p, lower, log) + g + c * Dpq.LN2;
            double q;
            do {
                q = ch;
                p1 = 1. / (1 + ch * (c7 + ch));
                double p2 = ch * (c9 + ch * (c8 + ch));
                double t = -0.5 + (c7 + 2 * ch) * p1 - (c9 + ch * (c10 + 3 * ch)) / p2;
                ch -= (1 - RMath.exp(a + 0.5 * ch) * p2 * p1) / t;
            } while (Math.abs(q - ch) > tol * Math.abs(ch));
        }
        return ch;
    }

    public static double quantile(double p, double alpha, double scale, boolean lower, boolean log) {
        final double eps1 = 1e-2, eps2 = 5e-7, epsN = 1e-15, pMin = 1e-100, pMax = (1 - 1e-14);
        final double i420 = 1. / 420., i2520 = 1. / 2520., i5040 = 1. / 5040;
        final int maxit = 1000;
        if (Double.isNaN(p) || Double.isNaN(alpha) || Double.isNaN(scale)) return p + alpha + scale;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0., Double.POSITIVE_INFINITY, lower, log);
        if (alpha < 0 || scale <= 0) return Double.NaN;
        if (alpha == 0) return 0.;
        int maxItNewton = 1;
        if (alpha < 1e-10) maxItNewton = 7;
        double pU = Dpq.dtQIv(p, lower, log);
        double g = GammaFunctions.lgamma(alpha);
        double ch = qchisqAppr(p, 2 * alpha, g, lower, log, eps1);
        newton:
        {
            if (!Dpq.finite(ch)) {
                maxItNewton = 0;
                break newton;
            }
            if (ch < eps2) {
                maxItNewton = 20;
                break newton;
            }
            if (pU > pMax || pU < pMin) {
                maxItNewton = 20;
                break newton;
            }
            double c = alpha - 1;
            double s6 = (120 + c * (346 + 127 * c)) * i5040;
            double ch0 = ch;
            double q = ch;
            for (int i = 1; i <= maxit; i++) {
                q = ch;
                double p1 = 0.5 * ch;
                double p2 = pU - raw(p1, alpha, true, false);
                if (!Dpq.finite(p2) || ch <= 0) {
                    ch = ch0;
                    maxItNewton = 27;
                    break newton;
                }
                double t = p2 * RMath.exp(alpha * Dpq.LN2 + g + p1 - c * Math.log(ch));
                double b = t / ch;
                double a = 0.5 * t - b * c;
                double s1 = (210 + a * (140 + a * (105 + a * (84 + a * (70 + 60 * a))))) * i420;
                double s2 = (420 + a * (735 + a * (966 + a * (1141 + 1278 * a)))) * i2520;
                double s3 = (210 + a * (462 + a * (707 + 932 * a))) * i2520;
                double s4 = (252 + a * (672 + 1182 * a) + c * (294 + a * (889 + 1740 * a))) * i5040;
                double s5 = (84 + 2264 * a + c * (1175 + 606 * a)) * i2520;
                ch += t * (1 + 0.5 * t * s1 - b * c * (s1 - b * (s2 - b * (s3 - b * (s4 - b * (s5 - b * s6))))));
                if (Math.abs(q - ch) < eps2 * ch) break newton;
                if (Math.abs(q - ch) > 0.1 * ch) {
                    if (ch < q) ch = 0.9 * q;
                    else ch = 1.1 * q;
                }
            }
            Dpq.warning("qgamma(" + p + ") not converged in " + maxit + " iterations; rel.ch=" + ch / Math.abs(q - ch));
        }
        double x = 0.5 * scale * ch;
        if (maxItNewton > 0) {
            if (!log) {
                p = Math.log(p);
                log = true;
            }
            if (x == 0) {
                final double onePlus = 1. + 1e-7, oneMinus = 1. - 1e-7;
                x = Dpq.DBL_MIN;
                pU = cdf(x, alpha, scale, lower, log);
                if ((lower && pU > p * onePlus) || (!lower && pU < p * oneMinus)) return 0.;
            } else {
                pU = cdf(x, alpha, scale, lower, log);
            }
            if (pU == Double.NEGATIVE_INFINITY) return 0;
            for (int i = 1; i <= maxItNewton; i++) {
                double p1 = pU - p;
                if (Math.abs(p1) < Math.abs(epsN * p)) break;
                if ((g = density(x, alpha, scale, log)) == Dpq.d0(log)) break;
                double t = log ? p1 * RMath.exp(pU - g) : p1 / g;
                t = lower ? x - t : x + t;
                pU = cdf(t, alpha, scale, lower, log);
                if (Math.abs(pU - p) > Math.abs(p1) || (i > 1 && Math.abs(pU - p) == Math.abs(p1))) break;
                x = t;
            }
        }
        return x;
    }
}
