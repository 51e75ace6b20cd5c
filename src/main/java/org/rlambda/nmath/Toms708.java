package org.rlambda.nmath;

/**
 * The incomplete beta function ratio I_x(a, b) of Didonato and Morris (1992, ACM TOMS 18,
 * "Algorithm 708"), with the log-scale extensions R added: the algorithm of
 * src/nmath/toms708.c (bratio and its series, continued fraction, asymptotic expansion and
 * gamma/erf helpers).
 */
final class Toms708 {
    private Toms708() { }

    private static final double M_LN_SQRT_2PI = 0.918938533204672741780329736406;
    private static final double M_SQRT_PI = 1.772453850905516027298167483341;

    /** The result: w = I_x(a, b), w1 = 1 - w (log scale if asked), ierr = 0 when fine. */
    static final class Result {
        double w;
        double w1;
        int ierr;
    }

    private static double log1Exp(double x) { return x > -Dpq.LN2 ? Math.log(-rexpm1(x)) : Math.log1p(-RMath.exp(x)); }

    private static final int W_BPSER = 1, W1_BPSER = 2, BFRAC = 3, L140 = 4, END = 5, FROM_W = 6, FROM_W1 = 7, FROM_W1_LOG = 8;

    static Result bratio(double a, double b, double x, double y, boolean log) {
        Result res = new Result();
        double eps = Dpq.DBL_EPSILON;
        res.w = Dpq.d0(log);
        res.w1 = Dpq.d0(log);
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(a) || Double.isNaN(b)) { res.ierr = 9; return res; }
        if (a < 0. || b < 0.) { res.ierr = 1; return res; }
        if (a == 0. && b == 0.) { res.ierr = 2; return res; }
        if (x < 0. || x > 1.) { res.ierr = 3; return res; }
        if (y < 0. || y > 1.) { res.ierr = 4; return res; }
        double z = x + y - 0.5 - 0.5;
        if (Math.abs(z) > eps * 3.) { res.ierr = 5; return res; }
        res.ierr = 0;
        if (x == 0.) {
            if (a == 0.) { res.ierr = 6; return res; }
            res.w = Dpq.d0(log);
            res.w1 = Dpq.d1(log);
            return res;
        }
        if (y == 0.) {
            if (b == 0.) { res.ierr = 7; return res; }
            res.w = Dpq.d1(log);
            res.w1 = Dpq.d0(log);
            return res;
        }
        if (a == 0.) {
            res.w = Dpq.d1(log);
            res.w1 = Dpq.d0(log);
            return res;
        }
        if (b == 0.) {
            res.w = Dpq.d0(log);
            res.w1 = Dpq.d1(log);
            return res;
        }
        eps = Math.max(eps, 1e-15);
        boolean aLtB = a < b;
        if ((aLtB ? b : a) < eps * .001) {
            if (log) {
                if (aLtB) {
                    res.w = Math.log1p(-a / (a + b));
                    res.w1 = Math.log(a / (a + b));
                } else {
                    res.w = Math.log(b / (a + b));
                    res.w1 = Math.log1p(-b / (a + b));
                }
            } else {
                res.w = b / (a + b);
                res.w1 = a / (a + b);
            }
            return res;
        }
        boolean doSwap;
        double a0, b0, x0, y0, lambda = 0;
        int n = 0;
        int next;
        double[] w = new double[1];
        if (Math.min(a, b) <= 1.) {
            doSwap = x > 0.5;
            if (doSwap) { a0 = b; x0 = y; b0 = a; y0 = x; } else { a0 = a; x0 = x; b0 = b; y0 = y; }
            if (b0 < Math.min(eps, eps * a0)) {
                res.w = fpser(a0, b0, x0, eps, log);
                res.w1 = log ? log1Exp(res.w) : 0.5 - res.w + 0.5;
                next = END;
            } else if (a0 < Math.min(eps, eps * b0) && b0 * x0 <= 1.) {
                res.w1 = apser(a0, b0, x0, eps);
                next = FROM_W1;
            } else {
                boolean didBup = false;
                boolean toBgrat = false;
                next = 0;
                if (Math.max(a0, b0) > 1.) {
                    if (b0 <= 1.) next = W_BPSER;
                    else if (x0 >= 0.29) next = W1_BPSER;
                    else if (x0 < 0.1 && RMath.cpow(x0 * b0, a0) <= 0.7) next = W_BPSER;
                    else if (b0 > 15.) {
                        res.w1 = 0.;
                        toBgrat = true;
                    }
                } else {
                    if (a0 >= Math.min(0.2, b0)) next = W_BPSER;
                    else if (RMath.cpow(x0, a0) <= 0.9) next = W_BPSER;
                    else if (x0 >= 0.3) next = W1_BPSER;
                }
                if (next == 0) {
                    if (!toBgrat) {
                        n = 20;
                        res.w1 = bup(b0, a0, y0, x0, n, eps, false);
                        didBup = true;
                        b0 += n;
                    }
                    w[0] = res.w1;
                    int ierr1 = bgrat(b0, a0, y0, x0, w, 15 * eps, false);
                    res.w1 = w[0];
                    if (res.w1 == 0 || (0 < res.w1 && res.w1 < Dpq.DBL_MIN)) {
                        if (didBup) res.w1 = bup(b0 - n, a0, y0, x0, n, eps, true);
                        else res.w1 = Double.NEGATIVE_INFINITY;
                        w[0] = res.w1;
                        ierr1 = bgrat(b0, a0, y0, x0, w, 15 * eps, true);
                        res.w1 = w[0];
                        if (ierr1 != 0) res.ierr = 10 + ierr1;
                        next = FROM_W1_LOG;
                    } else {
                        if (ierr1 != 0) res.ierr = 10 + ierr1;
                        if (res.w1 < 0) Dpq.warning(String.format("bratio(a=%g, b=%g, x=%g): bgrat() -> w1 = %g", a, b, x, res.w1));
                        next = FROM_W1;
                    }
                }
            }
        } else {
            lambda = Dpq.finite(a + b) ? ((a > b) ? (a + b) * y - b : a - (a + b) * x) : a * y - b * x;
            doSwap = lambda < 0.;
            if (doSwap) {
                lambda = -lambda;
                a0 = b; x0 = y; b0 = a; y0 = x;
            } else {
                a0 = a; x0 = x; b0 = b; y0 = y;
            }
            if (b0 < 40.) {
                if (b0 * x0 <= 0.7 || (log && lambda > 650.)) next = W_BPSER;
                else next = L140;
            } else if (a0 > b0) {
                next = (b0 <= 100. || lambda > b0 * 0.03) ? BFRAC : 0;
            } else if (a0 <= 100.) {
                next = BFRAC;
            } else if (lambda > a0 * 0.03) {
                next = BFRAC;
            } else {
                next = 0;
            }
            if (next == 0) {
                res.w = basym(a0, b0, lambda, eps * 100., log);
                res.w1 = log ? log1Exp(res.w) : 0.5 - res.w + 0.5;
                next = END;
            }
        }
        if (next == L140) {
            n = (int) b0;
            b0 -= n;
            if (b0 == 0.) {
                --n;
                b0 = 1.;
            }
            res.w = bup(b0, a0, y0, x0, n, eps, false);
            if (res.w < Dpq.DBL_MIN && log) {
                b0 += n;
                next = W_BPSER;
            } else if (x0 <= 0.7) {
                res.w += bpser(a0, b0, x0, eps, false);
                next = FROM_W;
            } else {
                if (a0 <= 15.) {
                    n = 20;
                    res.w += bup(a0, b0, x0, y0, n, eps, false);
                    a0 += n;
                }
                w[0] = res.w;
                int ierr1 = bgrat(a0, b0, x0, y0, w, 15 * eps, false);
                res.w = w[0];
                if (ierr1 != 0) res.ierr = 10 + ierr1;
                next = FROM_W;
            }
        }
        switch (next) {
            case W_BPSER:
                res.w = bpser(a0, b0, x0, eps, log);
                res.w1 = log ? log1Exp(res.w) : 0.5 - res.w + 0.5;
                break;
            case W1_BPSER:
                res.w1 = bpser(b0, a0, y0, eps, log);
                res.w = log ? log1Exp(res.w1) : 0.5 - res.w1 + 0.5;
                break;
            case BFRAC:
                res.w = bfrac(a0, b0, x0, y0, lambda, eps * 15., log);
                res.w1 = log ? log1Exp(res.w) : 0.5 - res.w + 0.5;
                break;
            case FROM_W:
                if (log) {
                    res.w1 = Math.log1p(-res.w);
                    res.w = Math.log(res.w);
                } else {
                    res.w1 = 0.5 - res.w + 0.5;
                }
                break;
            case FROM_W1:
                if (log) {
                    res.w = Math.log1p(-res.w1);
                    res.w1 = Math.log(res.w1);
                } else {
                    res.w = 0.5 - res.w1 + 0.5;
                }
                break;
            case FROM_W1_LOG:
                if (log) {
                    res.w = log1Exp(res.w1);
                } else {
                    res.w = -Math.expm1(res.w1);
                    res.w1 = RMath.exp(res.w1);
                }
                break;
            default:
                break;
        }
        if (doSwap) {
            double t = res.w;
            res.w = res.w1;
            res.w1 = t;
        }
        return res;
    }

    private static double fpser(double a, double b, double x, double eps, boolean log) {
        double ans, c, s, t, an, tol;
        if (log) {
            ans = a * Math.log(x);
        } else if (a > eps * 0.001) {
            t = a * Math.log(x);
            if (t < exparg(1)) return 0.;
            ans = RMath.exp(t);
        } else {
            ans = 1.;
        }
        if (log) ans += Math.log(b) - Math.log(a);
        else ans *= b / a;
        tol = eps / a;
        an = a + 1.;
        t = x;
        s = t / an;
        do {
            an += 1.;
            t = x * t;
            c = t / an;
            s += c;
        } while (Math.abs(c) > tol);
        if (log) ans += Math.log1p(a * s);
        else ans *= a * s + 1.;
        return ans;
    }

    private static double apser(double a, double b, double x, double eps) {
        final double g = .577215664901533;
        double c, j, s, t, aj;
        double bx = b * x;
        t = x - bx;
        if (b * eps <= 0.02) c = Math.log(x) + psi(b) + g + t;
        else c = Math.log(bx) + g + t;
        double tol = eps * 5. * Math.abs(c);
        j = 1.;
        s = 0.;
        do {
            j += 1.;
            t *= x - bx / j;
            aj = t / j;
            s += aj;
        } while (Math.abs(aj) > tol);
        return -a * (c + s);
    }

    private static double bpser(double a, double b, double x, double eps, boolean log) {
        double ans, c, t, u, z, a0, b0, apb;
        if (x == 0.) return Dpq.d0(log);
        a0 = Math.min(a, b);
        if (a0 >= 1.) {
            z = a * Math.log(x) - betaln(a, b);
            ans = log ? z - Math.log(a) : RMath.exp(z) / a;
        } else {
            b0 = Math.max(a, b);
            if (b0 < 8.) {
                if (b0 <= 1.) {
                    if (log) {
                        ans = a * Math.log(x);
                    } else {
                        ans = RMath.cpow(x, a);
                        if (ans == 0.) return ans;
                    }
                    apb = a + b;
                    if (apb > 1.) {
                        u = a + b - 1.;
                        z = (gam1(u) + 1.) / apb;
                    } else {
                        z = gam1(apb) + 1.;
                    }
                    c = (gam1(a) + 1.) * (gam1(b) + 1.) / z;
                    if (log) ans += Math.log(c * (b / apb));
                    else ans *= c * (b / apb);
                } else {
                    u = gamln1(a0);
                    int m = (int) (b0 - 1.);
                    if (m >= 1) {
                        c = 1.;
                        for (int i = 1; i <= m; ++i) {
                            b0 += -1.;
                            c *= b0 / (a0 + b0);
                        }
                        u += Math.log(c);
                    }
                    z = a * Math.log(x) - u;
                    b0 += -1.;
                    apb = a0 + b0;
                    if (apb > 1.) {
                        u = a0 + b0 - 1.;
                        t = (gam1(u) + 1.) / apb;
                    } else {
                        t = gam1(apb) + 1.;
                    }
                    if (log) ans = z + Math.log(a0 / a) + Math.log1p(gam1(b0)) - Math.log(t);
                    else ans = RMath.exp(z) * (a0 / a) * (gam1(b0) + 1.) / t;
                }
            } else {
                u = gamln1(a0) + algdiv(a0, b0);
                z = a * Math.log(x) - u;
                if (log) ans = z + Math.log(a0 / a);
                else ans = a0 / a * RMath.exp(z);
            }
        }
        if (ans == Dpq.d0(log) || (!log && a <= eps * 0.1)) return ans;
        double tol = eps / a, n = 0., sum = 0., w;
        c = 1.;
        do {
            n += 1.;
            c *= (0.5 - b / n + 0.5) * x;
            w = c / (a + n);
            sum += w;
        } while (n < 1e7 && Math.abs(w) > tol);
        if (Math.abs(w) > tol) {
            if ((log && !(a * sum > -1. && Math.abs(Math.log1p(a * sum)) < eps * Math.abs(ans))) || (!log && Math.abs(a * sum + 1.) != 1.)) {
                Dpq.warning(String.format(" bpser(a=%g, b=%g, x=%g,...) did not converge (n=1e7, |w|/tol=%g > 1; A=%g)",
                    a, b, x, Math.abs(w) / tol, ans));
            }
        }
        if (log) {
            if (a * sum > -1.) {
                ans += Math.log1p(a * sum);
            } else {
                if (ans > Double.NEGATIVE_INFINITY) {
                    Dpq.warning(String.format("pbeta(*, log.p=TRUE) -> bpser(a=%g, b=%g, x=%g,...) underflow to -Inf", a, b, x));
                }
                ans = Double.NEGATIVE_INFINITY;
            }
        } else if (a * sum > -1.) {
            ans *= (a * sum + 1.);
        } else {
            ans = 0.;
        }
        return ans;
    }

    private static double bup(double a, double b, double x, double y, int n, double eps, boolean log) {
        double retVal;
        int k, mu;
        double d, l;
        double apb = a + b, ap1 = a + 1.;
        if (n > 1 && a >= 1. && apb >= ap1 * 1.1) {
            mu = (int) Math.abs(exparg(1));
            k = (int) exparg(0);
            if (mu > k) mu = k;
            d = RMath.exp(-(double) mu);
        } else {
            mu = 0;
            d = 1.;
        }
        retVal = log ? brcmp1(mu, a, b, x, y, true) - Math.log(a) : brcmp1(mu, a, b, x, y, false) / a;
        if (n == 1 || (log && retVal == Double.NEGATIVE_INFINITY) || (!log && retVal == 0.)) return retVal;
        int nm1 = n - 1;
        double w = d;
        k = 0;
        if (b > 1.) {
            if (y > 1e-4) {
                double r = (b - 1.) * x / y - a;
                if (r >= 1.) k = (r < nm1) ? (int) r : nm1;
            } else {
                k = nm1;
            }
            for (int i = 0; i < k; ++i) {
                l = (double) i;
                d *= (apb + l) / (ap1 + l) * x;
                w += d;
            }
        }
        for (int i = k; i < nm1; ++i) {
            l = (double) i;
            d *= (apb + l) / (ap1 + l) * x;
            w += d;
            if (d <= eps * w) break;
        }
        if (log) retVal += Math.log(w);
        else retVal *= w;
        return retVal;
    }

    private static double bfrac(double a, double b, double x, double y, double lambda, double eps, boolean log) {
        if (!Dpq.finite(lambda)) return Double.NaN;
        double brc = brcomp(a, b, x, y, log);
        if (Double.isNaN(brc)) return Double.NaN;
        if (!log && brc == 0.) return 0.;
        double c = lambda + 1., c0 = b / a, c1 = 1. / a + 1., yp1 = y + 1.;
        double n = 0., p = 1., s = a + 1., an = 0., bn = 1., anp1 = 1., bnp1 = c / c1, r = c1 / c, r0;
        double t, w, e, alpha, beta;
        do {
            n += 1.;
            t = n / a;
            w = n * (b - n) * x;
            e = a / s;
            alpha = p * (p + c0) * e * e * (w * x);
            e = (t + 1.) / (c1 + t + t);
            beta = n + w / s + e * (c + n * yp1);
            p = t + 1.;
            s += 2.;
            t = alpha * an + beta * anp1;
            an = anp1;
            anp1 = t;
            t = alpha * bn + beta * bnp1;
            bn = bnp1;
            bnp1 = t;
            r0 = r;
            r = anp1 / bnp1;
            if (Math.abs(r - r0) <= eps * r) break;
            an /= bnp1;
            bn /= bnp1;
            anp1 = r;
            bnp1 = 1.;
        } while (n < 10000);
        if (n >= 10000 && Math.abs(r - r0) > eps * r) {
            Dpq.warning(String.format(" bfrac(a=%g, b=%g, x=%g, y=%g, lambda=%g) did *not* converge (in 10000 steps)\n", a, b, x, y, lambda));
        }
        return log ? brc + Math.log(r) : brc * r;
    }

    private static double brcomp(double a, double b, double x, double y, boolean log) {
        final double const0 = .398942280401433;
        double c, e, u, v, z, a0, b0, apb;
        if (x == 0. || y == 0.) return Dpq.d0(log);
        a0 = Math.min(a, b);
        if (a0 < 8.) {
            double lnx, lny;
            if (x <= .375) {
                lnx = Math.log(x);
                lny = alnrel(-x);
            } else if (y > .375) {
                lnx = Math.log(x);
                lny = Math.log(y);
            } else {
                lnx = alnrel(-y);
                lny = Math.log(y);
            }
            z = a * lnx + b * lny;
            if (a0 >= 1.) {
                z -= betaln(a, b);
                return Dpq.exp(z, log);
            }
            b0 = Math.max(a, b);
            if (b0 >= 8.) {
                u = gamln1(a0) + algdiv(a0, b0);
                return log ? Math.log(a0) + (z - u) : a0 * RMath.exp(z - u);
            }
            if (b0 <= 1.) {
                double ez = Dpq.exp(z, log);
                if (!log && ez == 0.) return 0.;
                apb = a + b;
                if (apb > 1.) {
                    u = a + b - 1.;
                    z = (gam1(u) + 1.) / apb;
                } else {
                    z = gam1(apb) + 1.;
                }
                c = (gam1(a) + 1.) * (gam1(b) + 1.) / z;
                return log ? ez + Math.log(a0 * c) - Math.log1p(a0 / b0) : ez * (a0 * c) / (a0 / b0 + 1.);
            }
            u = gamln1(a0);
            int n = (int) (b0 - 1.);
            if (n >= 1) {
                c = 1.;
                for (int i = 1; i <= n; ++i) {
                    b0 += -1.;
                    c *= b0 / (a0 + b0);
                }
                u = Math.log(c) + u;
            }
            z -= u;
            b0 += -1.;
            apb = a0 + b0;
            double t;
            if (apb > 1.) {
                u = a0 + b0 - 1.;
                t = (gam1(u) + 1.) / apb;
            } else {
                t = gam1(apb) + 1.;
            }
            return log ? Math.log(a0) + z + Math.log1p(gam1(b0)) - Math.log(t) : a0 * RMath.exp(z) * (gam1(b0) + 1.) / t;
        }
        double h, x0, y0, lambda;
        if (a <= b) {
            h = a / b;
            x0 = h / (h + 1.);
            y0 = 1. / (h + 1.);
            lambda = a - (a + b) * x;
        } else {
            h = b / a;
            x0 = 1. / (h + 1.);
            y0 = h / (h + 1.);
            lambda = (a + b) * y - b;
        }
        e = -lambda / a;
        if (Math.abs(e) > .6) u = e - Math.log(x / x0);
        else u = rlog1(e);
        e = lambda / b;
        if (Math.abs(e) <= .6) v = rlog1(e);
        else v = e - Math.log(y / y0);
        z = log ? -(a * u + b * v) : RMath.exp(-(a * u + b * v));
        return log ? -M_LN_SQRT_2PI + .5 * Math.log(b * x0) + z - bcorr(a, b)
            : const0 * Math.sqrt(b * x0) * z * RMath.exp(-bcorr(a, b));
    }

    private static double brcmp1(int mu, double a, double b, double x, double y, boolean log) {
        final double const0 = .398942280401433;
        double c, t, u, v, z, a0, b0, apb;
        a0 = Math.min(a, b);
        if (a0 < 8.) {
            double lnx, lny;
            if (x <= .375) {
                lnx = Math.log(x);
                lny = alnrel(-x);
            } else if (y > .375) {
                lnx = Math.log(x);
                lny = Math.log(y);
            } else {
                lnx = alnrel(-y);
                lny = Math.log(y);
            }
            z = a * lnx + b * lny;
            if (a0 >= 1.) {
                z -= betaln(a, b);
                return esum(mu, z, log);
            }
            b0 = Math.max(a, b);
            if (b0 >= 8.) {
                u = gamln1(a0) + algdiv(a0, b0);
                return log ? Math.log(a0) + esum(mu, z - u, true) : a0 * esum(mu, z - u, false);
            } else if (b0 <= 1.) {
                double ans = esum(mu, z, log);
                if (ans == (log ? Double.NEGATIVE_INFINITY : 0.)) return ans;
                apb = a + b;
                if (apb > 1.) {
                    u = a + b - 1.;
                    z = (gam1(u) + 1.) / apb;
                } else {
                    z = gam1(apb) + 1.;
                }
                c = log ? Math.log1p(gam1(a)) + Math.log1p(gam1(b)) - Math.log(z) : (gam1(a) + 1.) * (gam1(b) + 1.) / z;
                return log ? ans + Math.log(a0) + c - Math.log1p(a0 / b0) : ans * (a0 * c) / (a0 / b0 + 1.);
            }
            u = gamln1(a0);
            int n = (int) (b0 - 1.);
            if (n >= 1) {
                c = 1.;
                for (int i = 1; i <= n; ++i) {
                    b0 += -1.;
                    c *= b0 / (a0 + b0);
                }
                u += Math.log(c);
            }
            z -= u;
            b0 += -1.;
            apb = a0 + b0;
            if (apb > 1.) t = (gam1(apb - 1.) + 1.) / apb;
            else t = gam1(apb) + 1.;
            return log ? Math.log(a0) + esum(mu, z, true) + Math.log1p(gam1(b0)) - Math.log(t)
                : a0 * esum(mu, z, false) * (gam1(b0) + 1.) / t;
        }
        double h, x0, y0, lambda;
        if (a > b) {
            h = b / a;
            x0 = 1. / (h + 1.);
            y0 = h / (h + 1.);
            lambda = (a + b) * y - b;
        } else {
            h = a / b;
            x0 = h / (h + 1.);
            y0 = 1. / (h + 1.);
            lambda = a - (a + b) * x;
        }
        double lx0 = -Math.log1p(b / a);
        double e = -lambda / a;
        if (Math.abs(e) > 0.6) u = e - Math.log(x / x0);
        else u = rlog1(e);
        e = lambda / b;
        if (Math.abs(e) > 0.6) v = e - Math.log(y / y0);
        else v = rlog1(e);
        z = esum(mu, -(a * u + b * v), log);
        return log ? Math.log(const0) + (Math.log(b) + lx0) / 2. + z - bcorr(a, b)
            : const0 * Math.sqrt(b * x0) * z * RMath.exp(-bcorr(a, b));
    }

    /** Returns ierr; w[0] is updated in place (log scale when logW). */
    private static int bgrat(double a, double b, double x, double y, double[] w, double eps, boolean logW) {
        final int nTerms = 30;
        double[] c = new double[nTerms], d = new double[nTerms];
        double bm1 = b - 0.5 - 0.5;
        double nu = a + bm1 * 0.5;
        double lnx = (y > 0.375) ? Math.log(x) : alnrel(-y);
        double z = -nu * lnx;
        if (b * z == 0.) {
            Dpq.warning(String.format("bgrat(a=%g, b=%g, x=%g, y=%g): z=%g, b*z == 0 underflow, hence inaccurate pbeta()", a, b, x, y, z));
            return 1;
        }
        double logR = Math.log(b) + Math.log1p(gam1(b)) + b * Math.log(z) + nu * lnx;
        double logU = logR - (algdiv(b, a) + b * Math.log(nu));
        double u = RMath.exp(logU);
        if (logU == Double.NEGATIVE_INFINITY) return 2;
        boolean u0 = u == 0.;
        double l = logW ? ((w[0] == Double.NEGATIVE_INFINITY) ? 0. : RMath.exp(w[0] - logU))
            : ((w[0] == 0.) ? 0. : RMath.exp(Math.log(w[0]) - logU));
        double qR = gratR(b, z, logR, eps);
        double v = 0.25 / (nu * nu), t2 = lnx * 0.25 * lnx, j = qR, sum = j, t = 1., cn = 1., n2 = 0.;
        int ierr = 0;
        for (int n = 1; n <= nTerms; ++n) {
            double bp2n = b + n2;
            j = (bp2n * (bp2n + 1.) * j + (z + bp2n + 1.) * t) * v;
            n2 += 2.;
            t *= t2;
            cn /= n2 * (n2 + 1.);
            int nm1 = n - 1;
            c[nm1] = cn;
            double s = 0.;
            if (n > 1) {
                double coef = b - n;
                for (int i = 1; i <= nm1; ++i) {
                    s += coef * c[i - 1] * d[nm1 - i];
                    coef += b;
                }
            }
            d[nm1] = bm1 * cn + s / n;
            double dj = d[nm1] * j;
            sum += dj;
            if (sum <= 0.) return 3;
            if (Math.abs(dj) <= eps * (sum + l)) {
                ierr = 0;
                break;
            } else if (n == nTerms) {
                ierr = 4;
                Dpq.warning(String.format("bgrat(a=%g, b=%g, x=%g) *no* convergence: NOTIFY R-core!\n dj=%g, rel.err=%g\n",
                    a, b, x, dj, Math.abs(dj) / (sum + l)));
            }
        }
        if (logW) w[0] = RMath.logspaceAdd(w[0], logU + Math.log(sum));
        else w[0] += (u0 ? RMath.exp(logU + Math.log(sum)) : u * sum);
        return ierr;
    }

    private static double gratR(double a, double x, double logR, double eps) {
        if (a * x == 0.) {
            if (x <= a) return RMath.exp(-logR);
            return 0.;
        } else if (a == 0.5) {
            if (x < 0.25) {
                double p = erf(Math.sqrt(x));
                return (0.5 - p + 0.5) * RMath.exp(-logR);
            }
            double sx = Math.sqrt(x);
            return erfc1(1, sx) / sx * M_SQRT_PI;
        } else if (x < 1.1) {
            double an = 3., c = x, sum = x / (a + 3.), tol = eps * 0.1 / (a + 1.), t;
            do {
                an += 1.;
                c *= -(x / an);
                t = c / (a + an);
                sum += t;
            } while (Math.abs(t) > tol);
            double j = a * x * ((sum / 6. - 0.5 / (a + 2.)) * x + 1. / (a + 1.));
            double z = a * Math.log(x), h = gam1(a), g = h + 1.;
            if ((x >= 0.25 && (a < x / 2.59)) || (z > -0.13394)) {
                double l = rexpm1(z);
                double q = ((l + 0.5 + 0.5) * j - l) * g - h;
                if (q <= 0.) return 0.;
                return q * RMath.exp(-logR);
            }
            double p = RMath.exp(z) * g * (0.5 - j + 0.5);
            return (0.5 - p + 0.5) * RMath.exp(-logR);
        }
        double a2n1 = 1., a2n = 1., b2n1 = x, b2n = x + (1. - a), c = 1., am0, an0;
        do {
            a2n1 = x * a2n + c * a2n1;
            b2n1 = x * b2n + c * b2n1;
            am0 = a2n1 / b2n1;
            c += 1.;
            double ca = c - a;
            a2n = a2n1 + ca * a2n;
            b2n = b2n1 + ca * b2n;
            an0 = a2n / b2n;
        } while (Math.abs(an0 - am0) >= eps * an0);
        return an0;
    }

    private static double basym(double a, double b, double lambda, double eps, boolean log) {
        final int numIt = 20;
        final double e0 = 1.12837916709551, e1 = .353553390593274, lnE0 = 0.120782237635245;
        double[] a0 = new double[numIt + 1], b0 = new double[numIt + 1], c = new double[numIt + 1], d = new double[numIt + 1];
        double f = a * rlog1(-lambda / a) + b * rlog1(lambda / b), t;
        if (log) {
            t = -f;
        } else {
            t = RMath.exp(-f);
            if (t == 0.) return 0;
        }
        double z0 = Math.sqrt(f), z = z0 / e1 * 0.5, z2 = f + f, h, r0, r1, w0;
        if (a < b) {
            h = a / b;
            r0 = 1. / (h + 1.);
            r1 = (b - a) / b;
            w0 = 1. / Math.sqrt(a * (h + 1.));
        } else {
            h = b / a;
            r0 = 1. / (h + 1.);
            r1 = (b - a) / a;
            w0 = 1. / Math.sqrt(b * (h + 1.));
        }
        a0[0] = r1 * .66666666666666663;
        c[0] = a0[0] * -0.5;
        d[0] = -c[0];
        double j0 = 0.5 / e0 * erfc1(1, z0), j1 = e1, sum = j0 + d[0] * w0 * j1;
        double s = 1., h2 = h * h, hn = 1., w = w0, znm1 = z, zn = z2;
        for (int n = 2; n <= numIt; n += 2) {
            hn *= h2;
            a0[n - 1] = r0 * 2. * (h * hn + 1.) / (n + 2.);
            int np1 = n + 1;
            s += hn;
            a0[np1 - 1] = r1 * 2. * s / (n + 3.);
            for (int i = n; i <= np1; ++i) {
                double r = (i + 1.) * -0.5;
                b0[0] = r * a0[0];
                for (int m = 2; m <= i; ++m) {
                    double bsum = 0.;
                    for (int jj = 1; jj <= m - 1; ++jj) {
                        int mmj = m - jj;
                        bsum += (jj * r - mmj) * a0[jj - 1] * b0[mmj - 1];
                    }
                    b0[m - 1] = r * a0[m - 1] + bsum / m;
                }
                c[i - 1] = b0[i - 1] / (i + 1.);
                double dsum = 0.;
                for (int jj = 1; jj <= i - 1; ++jj) dsum += d[i - jj - 1] * c[jj - 1];
                d[i - 1] = -(dsum + c[i - 1]);
            }
            j0 = e1 * znm1 + (n - 1.) * j0;
            j1 = e1 * zn + n * j1;
            znm1 = z2 * znm1;
            zn = z2 * zn;
            w *= w0;
            double t0 = d[n - 1] * w * j0;
            w *= w0;
            double t1 = d[np1 - 1] * w * j1;
            sum += t0 + t1;
            if (Math.abs(t0) + Math.abs(t1) <= eps * sum) break;
        }
        if (log) return lnE0 + t - bcorr(a, b) + Math.log(sum);
        double u = RMath.exp(-bcorr(a, b));
        return e0 * t * u * sum;
    }

    /** The largest |w| for which exp(w) does not overflow (l == 0) or underflow (l != 0). */
    private static double exparg(int l) {
        final double lnb = .69314718055995;
        int m = (l == 0) ? Double.MAX_EXPONENT + 1 : Double.MIN_EXPONENT + 1 - 1;
        return m * lnb * .99999;
    }

    private static double esum(int mu, double x, boolean log) {
        if (log) return x + (double) mu;
        double w;
        if (x > 0.) {
            if (mu > 0) return RMath.exp((double) mu) * RMath.exp(x);
            w = mu + x;
            if (w < 0.) return RMath.exp((double) mu) * RMath.exp(x);
        } else {
            if (mu < 0) return RMath.exp((double) mu) * RMath.exp(x);
            w = mu + x;
            if (w > 0.) return RMath.exp((double) mu) * RMath.exp(x);
        }
        return RMath.exp(w);
    }

    static double rexpm1(double x) {
        final double p1 = 9.14041914819518e-10, p2 = .0238082361044469, q1 = -.499999999085958,
            q2 = .107141568980644, q3 = -.0119041179760821, q4 = 5.95130811860248e-4;
        if (Math.abs(x) <= 0.15) return x * (((p2 * x + p1) * x + 1.) / ((((q4 * x + q3) * x + q2) * x + q1) * x + 1.));
        double w = RMath.exp(x);
        if (x > 0.) return w * (0.5 - 1. / w + 0.5);
        return w - 0.5 - 0.5;
    }

    private static double alnrel(double a) {
        if (Math.abs(a) > 0.375) return Math.log(1. + a);
        final double p1 = -1.29418923021993, p2 = .405303492862024, p3 = -.0178874546012214,
            q1 = -1.62752256355323, q2 = .747811014037616, q3 = -.0845104217945565;
        double t = a / (a + 2.), t2 = t * t;
        double w = (((p3 * t2 + p2) * t2 + p1) * t2 + 1.) / (((q3 * t2 + q2) * t2 + q1) * t2 + 1.);
        return t * 2. * w;
    }

    private static double rlog1(double x) {
        final double a = .0566749439387324, b = .0456512608815524, p0 = .333333333333333,
            p1 = -.224696413112536, p2 = .00620886815375787, q1 = -1.27408923933623, q2 = .354508718369557;
        double h, r, t, w, w1;
        if (x < -0.39 || x > 0.57) {
            w = x + 0.5 + 0.5;
            return x - Math.log(w);
        }
        if (x < -0.18) {
            h = x + .3;
            h /= .7;
            w1 = a - h * .3;
        } else if (x > 0.18) {
            h = x * .75 - .25;
            w1 = b + h / 3.;
        } else {
            h = x;
            w1 = 0.;
        }
        r = h / (h + 2.);
        t = r * r;
        w = ((p2 * t + p1) * t + p0) / ((q2 * t + q1) * t + 1.);
        return t * 2. * (1. / (1. - r) - r * w) + w1;
    }

    private static final double[] ERF_A = {7.7105849500132e-5, -.00133733772997339, .0323076579225834, .0479137145607681, .128379167095513};
    private static final double[] ERF_B = {.00301048631703895, .0538971687740286, .375795757275549};
    private static final double[] ERF_P = {-1.36864857382717e-7, .564195517478974, 7.21175825088309, 43.1622272220567,
        152.98928504694, 339.320816734344, 451.918953711873, 300.459261020162};
    private static final double[] ERF_Q = {1., 12.7827273196294, 77.0001529352295, 277.585444743988, 638.980264465631,
        931.35409485061, 790.950925327898, 300.459260956983};
    private static final double[] ERF_R = {2.10144126479064, 26.2370141675169, 21.3688200555087, 4.6580782871847, .282094791773523};
    private static final double[] ERF_S = {94.153775055546, 187.11481179959, 99.0191814623914, 18.0124575948747};

    private static double erf(double x) {
        final double c = .564189583547756;
        double[] a = ERF_A, b = ERF_B, p = ERF_P, q = ERF_Q, r = ERF_R, s = ERF_S;
        double t, x2, ax, bot, top;
        ax = Math.abs(x);
        if (ax <= 0.5) {
            t = x * x;
            top = (((a[0] * t + a[1]) * t + a[2]) * t + a[3]) * t + a[4] + 1.;
            bot = ((b[0] * t + b[1]) * t + b[2]) * t + 1.;
            return x * (top / bot);
        }
        if (ax <= 4.) {
            top = ((((((p[0] * ax + p[1]) * ax + p[2]) * ax + p[3]) * ax + p[4]) * ax + p[5]) * ax + p[6]) * ax + p[7];
            bot = ((((((q[0] * ax + q[1]) * ax + q[2]) * ax + q[3]) * ax + q[4]) * ax + q[5]) * ax + q[6]) * ax + q[7];
            double rr = 0.5 - RMath.exp(-x * x) * top / bot + 0.5;
            return (x < 0) ? -rr : rr;
        }
        if (ax >= 5.8) return x > 0 ? 1 : -1;
        x2 = x * x;
        t = 1. / x2;
        top = (((r[0] * t + r[1]) * t + r[2]) * t + r[3]) * t + r[4];
        bot = (((s[0] * t + s[1]) * t + s[2]) * t + s[3]) * t + 1.;
        t = (c - top / (x2 * bot)) / ax;
        double rr = 0.5 - RMath.exp(-x2) * t + 0.5;
        return (x < 0) ? -rr : rr;
    }

    private static double erfc1(int ind, double x) {
        final double c = .564189583547756;
        double[] a = ERF_A, b = ERF_B, p = ERF_P, q = ERF_Q, r = ERF_R, s = ERF_S;
        double retVal, e, t, w, bot, top;
        double ax = Math.abs(x);
        if (ax <= 0.5) {
            double tt = x * x;
            top = (((a[0] * tt + a[1]) * tt + a[2]) * tt + a[3]) * tt + a[4] + 1.;
            bot = ((b[0] * tt + b[1]) * tt + b[2]) * tt + 1.;
            retVal = 0.5 - x * (top / bot) + 0.5;
            if (ind != 0) retVal = RMath.exp(tt) * retVal;
            return retVal;
        }
        if (ax <= 4.) {
            top = ((((((p[0] * ax + p[1]) * ax + p[2]) * ax + p[3]) * ax + p[4]) * ax + p[5]) * ax + p[6]) * ax + p[7];
            bot = ((((((q[0] * ax + q[1]) * ax + q[2]) * ax + q[3]) * ax + q[4]) * ax + q[5]) * ax + q[6]) * ax + q[7];
            retVal = top / bot;
        } else {
            if (x <= -5.6) {
                retVal = 2.;
                if (ind != 0) retVal = RMath.exp(x * x) * 2.;
                return retVal;
            }
            if (ind == 0 && (x > 100. || x * x > -exparg(1))) return 0.;
            t = 1. / (x * x);
            top = (((r[0] * t + r[1]) * t + r[2]) * t + r[3]) * t + r[4];
            bot = (((s[0] * t + s[1]) * t + s[2]) * t + s[3]) * t + 1.;
            retVal = (c - t * top / bot) / ax;
        }
        if (ind != 0) {
            if (x < 0.) retVal = RMath.exp(x * x) * 2. - retVal;
        } else {
            w = x * x;
            t = w;
            e = w - t;
            retVal = (0.5 - e + 0.5) * RMath.exp(-t) * retVal;
            if (x < 0.) retVal = 2. - retVal;
        }
        return retVal;
    }

    private static double gam1(double a) {
        double d, t, w, bot, top;
        t = a;
        d = a - 0.5;
        if (d > 0.) t = d - 0.5;
        if (t < 0.) {
            final double[] r = {-.422784335098468, -.771330383816272, -.244757765222226, .118378989872749,
                9.30357293360349e-4, -.0118290993445146, .00223047661158249, 2.66505979058923e-4, -1.32674909766242e-4};
            final double s1 = .273076135303957, s2 = .0559398236957378;
            top = (((((((r[8] * t + r[7]) * t + r[6]) * t + r[5]) * t + r[4]) * t + r[3]) * t + r[2]) * t + r[1]) * t + r[0];
            bot = (s2 * t + s1) * t + 1.;
            w = top / bot;
            if (d > 0.) return t * w / a;
            return a * (w + 0.5 + 0.5);
        } else if (t == 0) {
            return 0.;
        }
        final double[] p = {.577215664901533, -.409078193005776, -.230975380857675, .0597275330452234,
            .0076696818164949, -.00514889771323592, 5.89597428611429e-4};
        final double[] q = {1., .427569613095214, .158451672430138, .0261132021441447, .00423244297896961};
        top = (((((p[6] * t + p[5]) * t + p[4]) * t + p[3]) * t + p[2]) * t + p[1]) * t + p[0];
        bot = (((q[4] * t + q[3]) * t + q[2]) * t + q[1]) * t + 1.;
        w = top / bot;
        if (d > 0.) return t / a * (w - 0.5 - 0.5);
        return a * w;
    }

    private static double gamln1(double a) {
        double w;
        if (a < 0.6) {
            final double p0 = .577215664901533, p1 = .844203922187225, p2 = -.168860593646662, p3 = -.780427615533591,
                p4 = -.402055799310489, p5 = -.0673562214325671, p6 = -.00271935708322958;
            final double q1 = 2.88743195473681, q2 = 3.12755088914843, q3 = 1.56875193295039, q4 = .361951990101499,
                q5 = .0325038868253937, q6 = 6.67465618796164e-4;
            w = ((((((p6 * a + p5) * a + p4) * a + p3) * a + p2) * a + p1) * a + p0)
                / ((((((q6 * a + q5) * a + q4) * a + q3) * a + q2) * a + q1) * a + 1.);
            return -(a) * w;
        }
        final double r0 = .422784335098467, r1 = .848044614534529, r2 = .565221050691933, r3 = .156513060486551,
            r4 = .017050248402265, r5 = 4.97958207639485e-4;
        final double s1 = 1.24313399877507, s2 = .548042109832463, s3 = .10155218743983, s4 = .00713309612391,
            s5 = 1.16165475989616e-4;
        double x = a - 0.5 - 0.5;
        w = (((((r5 * x + r4) * x + r3) * x + r2) * x + r1) * x + r0) / (((((s5 * x + s4) * x + s3) * x + s2) * x + s1) * x + 1.);
        return x * w;
    }

    private static double psi(double x) {
        final double piov4 = .785398163397448, dx0 = 1.461632144968362341262659542325721325;
        final double[] p1 = {.0089538502298197, 4.77762828042627, 142.441585084029, 1186.45200713425, 3633.51846806499,
            4138.10161269013, 1305.60269827897};
        final double[] q1 = {44.8452573429826, 520.752771467162, 2210.0079924783, 3641.27349079381, 1908.310765963,
            6.91091682714533e-6};
        final double[] p2 = {-2.12940445131011, -7.01677227766759, -4.48616543918019, -.648157123766197};
        final double[] q2 = {32.2703493791143, 89.2920700481861, 54.6117738103215, 7.77788548522962};
        int m, n, nq;
        double w, z, den, aug, sgn, xmx0, upper;
        double xmax1 = Integer.MAX_VALUE;
        double d2 = 0.5 / (Dpq.DBL_EPSILON / 2);
        if (xmax1 > d2) xmax1 = d2;
        final double xsmall = 1e-9;
        aug = 0.;
        if (x < 0.5) {
            if (Math.abs(x) <= xsmall) {
                if (x == 0.) return 0.;
                aug = -1. / x;
            } else {
                w = -x;
                sgn = piov4;
                if (w <= 0.) {
                    w = -w;
                    sgn = -sgn;
                }
                if (w >= xmax1) return 0.;
                nq = (int) w;
                w -= (double) nq;
                nq = (int) (w * 4.);
                w = (w - (double) nq * 0.25) * 4.;
                n = nq / 2;
                if (n + n != nq) w = 1. - w;
                z = piov4 * w;
                m = n / 2;
                if (m + m != n) sgn = -sgn;
                n = (nq + 1) / 2;
                m = n / 2;
                m += m;
                if (m == n) {
                    if (z == 0.) return 0.;
                    aug = sgn * (Math.cos(z) / Math.sin(z) * 4.);
                } else {
                    aug = sgn * (Math.sin(z) / Math.cos(z) * 4.);
                }
            }
            x = 1. - x;
        }
        if (x <= 3.) {
            den = x;
            upper = p1[0] * x;
            for (int i = 1; i <= 5; ++i) {
                den = (den + q1[i - 1]) * x;
                upper = (upper + p1[i]) * x;
            }
            den = (upper + p1[6]) / (den + q1[5]);
            xmx0 = x - dx0;
            return den * xmx0 + aug;
        }
        if (x < xmax1) {
            w = 1. / (x * x);
            den = w;
            upper = p2[0] * w;
            for (int i = 1; i <= 3; ++i) {
                den = (den + q2[i - 1]) * w;
                upper = (upper + p2[i]) * w;
            }
            aug = upper / (den + q2[3]) - 0.5 / x + aug;
        }
        return aug + Math.log(x);
    }

    private static double betaln(double a0, double b0) {
        final double e = .918938533204673;
        double a = Math.min(a0, b0), b = Math.max(a0, b0);
        if (a < 8.) {
            if (a < 1.) {
                if (b < 8.) return gamln(a) + (gamln(b) - gamln(a + b));
                return gamln(a) + algdiv(a, b);
            }
            double w;
            if (a < 2.) {
                if (b <= 2.) return gamln(a) + gamln(b) - gsumln(a, b);
                if (b < 8.) {
                    w = 0.;
                    return reduceB(w, a, b);
                }
                return gamln(a) + algdiv(a, b);
            }
            if (b <= 1e3) {
                int n = (int) (a - 1.);
                w = 1.;
                for (int i = 1; i <= n; ++i) {
                    a += -1.;
                    double h = a / b;
                    w *= h / (h + 1.);
                }
                w = Math.log(w);
                if (b >= 8.) return w + gamln(a) + algdiv(a, b);
                return reduceB(w, a, b);
            }
            int n = (int) (a - 1.);
            w = 1.;
            for (int i = 1; i <= n; ++i) {
                a += -1.;
                w *= a / (a / b + 1.);
            }
            return Math.log(w) - n * Math.log(b) + (gamln(a) + algdiv(a, b));
        }
        double w = bcorr(a, b), h = a / b, u = -(a - 0.5) * Math.log(h / (h + 1.)), v = b * alnrel(h);
        if (u > v) return Math.log(b) * -0.5 + e + w - v - u;
        return Math.log(b) * -0.5 + e + w - u - v;
    }

    /** betaln's step L40: 1 < a <= b < 8, reduction of b. */
    private static double reduceB(double w, double a, double b) {
        int n = (int) (b - 1.);
        double z = 1.;
        for (int i = 1; i <= n; ++i) {
            b += -1.;
            z *= b / (a + b);
        }
        return w + Math.log(z) + (gamln(a) + (gamln(b) - gsumln(a, b)));
    }

    private static double gsumln(double a, double b) {
        double x = a + b - 2.;
        if (x <= 0.25) return gamln1(x + 1.);
        if (x <= 1.25) return gamln1(x) + alnrel(x);
        return gamln1(x - 1.) + Math.log(x * (x + 1.));
    }

    private static final double C0 = .0833333333333333, C1 = -.00277777777760991, C2 = 7.9365066682539e-4,
        C3 = -5.9520293135187e-4, C4 = 8.37308034031215e-4, C5 = -.00165322962780713;

    private static double bcorr(double a0, double b0) {
        double a = Math.min(a0, b0), b = Math.max(a0, b0);
        double h = a / b, c = h / (h + 1.), x = 1. / (h + 1.), x2 = x * x;
        double s3 = x + x2 + 1., s5 = x + x2 * s3 + 1., s7 = x + x2 * s5 + 1., s9 = x + x2 * s7 + 1., s11 = x + x2 * s9 + 1.;
        double r1 = 1. / b, t = r1 * r1;
        double w = ((((C5 * s11 * t + C4 * s9) * t + C3 * s7) * t + C2 * s5) * t + C1 * s3) * t + C0;
        w *= c / b;
        r1 = 1. / a;
        t = r1 * r1;
        return (((((C5 * t + C4) * t + C3) * t + C2) * t + C1) * t + C0) / a + w;
    }

    private static double algdiv(double a, double b) {
        double c, d, h, x;
        if (a > b) {
            h = b / a;
            c = 1. / (h + 1.);
            x = h / (h + 1.);
            d = a + (b - 0.5);
        } else {
            h = a / b;
            c = h / (h + 1.);
            x = 1. / (h + 1.);
            d = b + (a - 0.5);
        }
        double x2 = x * x;
        double s3 = x + x2 + 1., s5 = x + x2 * s3 + 1., s7 = x + x2 * s5 + 1., s9 = x + x2 * s7 + 1., s11 = x + x2 * s9 + 1.;
        double t = 1. / (b * b);
        double w = ((((C5 * s11 * t + C4 * s9) * t + C3 * s7) * t + C2 * s5) * t + C1 * s3) * t + C0;
        w *= c / b;
        double u = d * alnrel(a / b), v = a * (Math.log(b) - 1.);
        if (u > v) return w - v - u;
        return w - u - v;
    }

    private static double gamln(double a) {
        final double d = .418938533204673;
        if (a <= 0.8) return gamln1(a) - Math.log(a);
        if (a <= 2.25) return gamln1(a - 0.5 - 0.5);
        if (a < 10.) {
            int n = (int) (a - 1.25);
            double t = a, w = 1.;
            for (int i = 1; i <= n; ++i) {
                t += -1.;
                w *= t;
            }
            return gamln1(t - 1.) + Math.log(w);
        }
        double t = 1. / (a * a);
        double w = (((((C5 * t + C4) * t + C3) * t + C2) * t + C1) * t + C0) / a;
        return d + w + (a - 0.5) * (Math.log(a) - 1.);
    }
}
