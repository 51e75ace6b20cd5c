package org.rlambda.nmath;

/**
 * The beta distribution: the algorithms of src/nmath/dbeta.c, pbeta.c (TOMS 708's bratio)
 * and qbeta.c (AS 109 with R's log-scale Newton iterations and tail swapping).
 */
public final class Beta {
    private Beta() { }

    public static double density(double x, double a, double b, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(a) || Double.isNaN(b)) return x + a + b;
        if (a < 0 || b < 0) return Double.NaN;
        if (x < 0 || x > 1) return Dpq.d0(log);
        if (a == 0 || b == 0 || !Dpq.finite(a) || !Dpq.finite(b)) {
            if (a == 0 && b == 0) return (x == 0 || x == 1) ? Double.POSITIVE_INFINITY : Dpq.d0(log);
            if (a == 0 || a / b == 0) return x == 0 ? Double.POSITIVE_INFINITY : Dpq.d0(log);
            if (b == 0 || b / a == 0) return x == 1 ? Double.POSITIVE_INFINITY : Dpq.d0(log);
            return x == 0.5 ? Double.POSITIVE_INFINITY : Dpq.d0(log);
        }
        if (x == 0) {
            if (a > 1) return Dpq.d0(log);
            if (a < 1) return Double.POSITIVE_INFINITY;
            return Dpq.dval(b, log);
        }
        if (x == 1) {
            if (b > 1) return Dpq.d0(log);
            if (b < 1) return Double.POSITIVE_INFINITY;
            return Dpq.dval(a, log);
        }
        double lval;
        if (a <= 2 || b <= 2) lval = (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - GammaFunctions.lbeta(a, b);
        else lval = Math.log(a + b - 1) + Binomial.raw(a - 1, a + b - 2, x, 1 - x, true);
        return Dpq.exp(lval, log);
    }

    /** pbeta for 0 < x (x >= 1 gives 1), a, b >= 0 checked. */
    public static double raw(double x, double a, double b, boolean lower, boolean log) {
        if (a == 0 || b == 0 || !Dpq.finite(a) || !Dpq.finite(b)) {
            if (a == 0 && b == 0) return log ? -Dpq.LN2 : 0.5;
            if (a == 0 || a / b == 0) return Dpq.dt1(lower, log);
            if (b == 0 || b / a == 0) return Dpq.dt0(lower, log);
            return x < 0.5 ? Dpq.dt0(lower, log) : Dpq.dt1(lower, log);
        }
        if (x >= 1) return Dpq.dt1(lower, log);
        double x1 = 0.5 - x + 0.5;
        Toms708.Result r = Toms708.bratio(a, b, x, x1, log);
        if (r.ierr != 0 && r.ierr != 11 && r.ierr != 14) {
            Dpq.warning(String.format("pbeta_raw(%s, a=%s, b=%s, lower=%d, log=%d) -> bratio() gave error code %d",
                Fmt.g(x), Fmt.g(a), Fmt.g(b), lower ? 1 : 0, log ? 1 : 0, r.ierr));
        }
        return lower ? r.w : r.w1;
    }

    public static double cdf(double x, double a, double b, boolean lower, boolean log) {
        if (Double.isNaN(x) || Double.isNaN(a) || Double.isNaN(b)) return x + a + b;
        if (a < 0 || b < 0) return Double.NaN;
        if (x <= 0) return Dpq.dt0(lower, log);
        return raw(x, a, b, lower, log);
    }

    public static double quantile(double alpha, double p, double q, boolean lower, boolean log) {
        if (Double.isNaN(p) || Double.isNaN(q) || Double.isNaN(alpha)) return p + q + alpha;
        if (p < 0. || q < 0.) return Double.NaN;
        return quantileRaw(alpha, p, q, lower, log, -1, -5., 4)[0];
    }

    private static final double DBL_VERY_MIN = Dpq.DBL_MIN / 4.;
    private static final double DBL_LOG_V_MIN = Dpq.LN2 * (Double.MIN_EXPONENT + 1 - 2);
    private static final double DBL_1_EPS = 0x1.fffffffffffffp-1;
    private static final double FPU = 3e-308, ACU_MIN = 1e-300, P_LO = FPU, P_HI = 1 - 2.22e-16;
    private static final double CONST1 = 2.30753, CONST2 = 0.27061, CONST3 = 0.99229, CONST4 = 0.04481;

    private static double[] q0(boolean giveLogQ) {
        return giveLogQ ? new double[] {Double.NEGATIVE_INFINITY, 0} : new double[] {0, 1};
    }

    private static double[] q1(boolean giveLogQ) {
        return giveLogQ ? new double[] {0, Double.NEGATIVE_INFINITY} : new double[] {1, 0};
    }

    private static double[] qHalf(boolean giveLogQ) {
        return giveLogQ ? new double[] {-Dpq.LN2, -Dpq.LN2} : new double[] {0.5, 0.5};
    }

    /** {qbeta, 1 - qbeta}; swap01 is 1 / 0 / -1 (the algorithm chooses). */
    static double[] quantileRaw(double alpha, double p, double q, boolean lower, boolean log, int swap01, double logQCut, int nN) {
        boolean swapChoose = swap01 == -1;
        boolean giveLogQ = logQCut == Double.POSITIVE_INFINITY;
        boolean useLogX = giveLogQ, warned = false, addNStep = true;
        double a = 0, la = 0, logbeta, g, h, pp = 0, pU, qq = 0, r, s, t, w, y = -1.;
        double u = 0, xinbta = 0;
        if (alpha == Dpq.dt0(lower, log)) return q0(giveLogQ);
        if (alpha == Dpq.dt1(lower, log)) return q1(giveLogQ);
        if ((log && alpha > 0) || (!log && (alpha < 0 || alpha > 1))) return new double[] {Double.NaN, Double.NaN};
        if (p == 0 || q == 0 || !Dpq.finite(p) || !Dpq.finite(q)) {
            if (p == 0 && q == 0) {
                double half = log ? -Dpq.LN2 : 0.5;
                if (alpha < half) return q0(giveLogQ);
                if (alpha > half) return q1(giveLogQ);
                return qHalf(giveLogQ);
            } else if (p == 0 || p / q == 0) {
                return q0(giveLogQ);
            } else if (q == 0 || q / p == 0) {
                return q1(giveLogQ);
            }
            return qHalf(giveLogQ);
        }
        pU = Dpq.dtQIv(alpha, lower, log);
        logbeta = GammaFunctions.lbeta(p, q);
        boolean swapTail = swapChoose ? (pU > 0.5) : swap01 == 1;
        int nMaybeSwaps = 0;
        final double logEpsC = Dpq.LN2 * (1. - 53);
        double tx, uN;
        double rr = 0, tt = 0;
        maybeSwap:
        while (true) {
            if (swapTail) {
                a = Dpq.dtCIv(alpha, lower, log);
                la = Dpq.dtClog(alpha, lower, log);
                pp = q;
                qq = p;
            } else {
                a = pU;
                la = Dpq.dtLog(alpha, lower, log);
                pp = p;
                qq = q;
            }
            nMaybeSwaps++;
            double acu = Math.max(ACU_MIN, RMath.cpow(10., -13. - 2.5 / (pp * pp) - 0.5 / (a * a)));
            double u0 = (la + Math.log(pp) + logbeta) / pp;
            double rp = pp * (1. - qq) / (pp + 1.);
            t = 0.2;
            boolean u0Maybe = Dpq.LN2 * (Double.MIN_EXPONENT + 1) < u0 && u0 < -0.01;
            uN = 1.;
            tx = 0;
            boolean toReturn = false;
            if (u0Maybe && u0 < (t * logEpsC - Math.log(Math.abs(pp * (1. - qq) * (2. - qq) / (2. * (pp + 2.))))) / 2.) {
                rp = rp * RMath.exp(u0);
                if (rp > -1.) u = u0 - Math.log1p(rp) / pp;
                else u = u0;
                tx = xinbta = RMath.exp(u);
                useLogX = true;
            } else {
                r = Math.sqrt(-2 * la);
                y = r - (CONST1 + CONST2 * r) / (1. + (CONST3 + CONST4 * r) * r);
                if (pp > 1 && qq > 1) {
                    r = (y * y - 3.) / 6.;
                    s = 1. / (pp + pp - 1.);
                    t = 1. / (qq + qq - 1.);
                    h = 2. / (s + t);
                    w = y * Math.sqrt(h + r) / h - (t - s) * (r + 5. / 6. - 2. / (3. * h));
                    if (w > 300) {
                        t = w + w + Math.log(qq) - Math.log(pp);
                        u = (t <= 18) ? -Math.log1p(RMath.exp(t)) : -t - RMath.exp(-t);
                        xinbta = RMath.exp(u);
                    } else {
                        xinbta = pp / (pp + qq * RMath.exp(w + w));
                        u = -Math.log1p(qq / pp * RMath.exp(w + w));
                    }
                } else {
                    r = qq + qq;
                    t = 1. / (3. * Math.sqrt(qq));
                    t = r * RMath.powDi(1. + t * (-t + y), 3);
                    s = 4. * pp + r - 2.;
                    if (t == 0 || (t < 0. && s >= t)) {
                        double l1ma = swapTail ? Dpq.dtLog(alpha, lower, log) : Dpq.dtClog(alpha, lower, log);
                        double xx = (l1ma + Math.log(qq) + logbeta) / qq;
                        if (xx <= 0.) {
                            xinbta = -Math.expm1(xx);
                            u = Dpq.log1Exp(xx);
                        } else {
                            double r2 = rp * RMath.exp(u0);
                            if (r2 > -1.) u = u0 - Math.log1p(r2) / pp;
                            else u = u0;
                            xinbta = RMath.exp(u);
                        }
                    } else {
                        t = s / t;
                        if (t <= 1.) {
                            u = u0;
                            xinbta = RMath.exp(u);
                        } else {
                            xinbta = 1. - 2. / (t + 1.);
                            u = Math.log1p(-2. / (t + 1.));
                        }
                    }
                }
                if (swapChoose && ((swapTail && u >= -RMath.exp(logQCut)) || (!swapTail && u >= -RMath.exp(4 * logQCut) && pp / qq < 1000.))) {
                    swapTail = !swapTail;
                    if (swapTail) {
                        a = Dpq.dtCIv(alpha, lower, log);
                        la = Dpq.dtClog(alpha, lower, log);
                        pp = q;
                        qq = p;
                    } else {
                        a = pU;
                        la = Dpq.dtLog(alpha, lower, log);
                        pp = p;
                        qq = q;
                    }
                    u = Dpq.log1Exp(u);
                    xinbta = RMath.exp(u);
                }
                if (!useLogX) useLogX = u < logQCut;
                boolean badU = !Dpq.finite(u);
                boolean badInit = badU || xinbta > P_HI;
                tx = xinbta;
                if (badU || u < logQCut) {
                    w = raw(DBL_VERY_MIN, pp, qq, true, log);
                    if (w > (log ? la : a)) {
                        if (log || Math.abs(w - a) < Math.abs(0 - a)) {
                            tx = DBL_VERY_MIN;
                            uN = DBL_LOG_V_MIN;
                        } else {
                            tx = 0.;
                            uN = Double.NEGATIVE_INFINITY;
                        }
                        useLogX = log;
                        addNStep = false;
                        toReturn = true;
                    } else if (u < DBL_LOG_V_MIN) {
                        u = DBL_LOG_V_MIN;
                        xinbta = DBL_VERY_MIN;
                    }
                }
                if (!toReturn && badInit && !(useLogX && tx > 0)) {
                    if (u == Double.NEGATIVE_INFINITY) {
                        u = Dpq.LN2 * (Double.MIN_EXPONENT + 1);
                        xinbta = Dpq.DBL_MIN;
                    } else {
                        xinbta = (xinbta > 1.1) ? 0.5 : ((xinbta < P_LO) ? RMath.exp(u) : P_HI);
                        if (badU) u = Math.log(xinbta);
                    }
                }
            }
            rr = 1 - pp;
            tt = 1 - qq;
            if (!toReturn) {
                // L_Newton
                r = rr;
                t = tt;
                double wprev = 0., prev = 1., adj = 1.;
                boolean converged = false;
                if (useLogX) {
                    for (int iPb = 0; iPb < 1000; iPb++) {
                        y = raw(xinbta, pp, qq, true, true);
                        w = (y == Double.NEGATIVE_INFINITY) ? 0. : (y - la) * RMath.exp(y - u + logbeta + r * u + t * Dpq.log1Exp(u));
                        if (!Dpq.finite(w)) {
                            if (nMaybeSwaps <= 1) continue maybeSwap;
                            return new double[] {Double.NaN, Double.NaN};
                        }
                        if (iPb >= nN && w * wprev <= 0.) prev = Math.max(Math.abs(adj), FPU);
                        g = 1;
                        for (int iInn = 0; iInn < 1000; iInn++) {
                            adj = g * w;
                            if (Math.abs(adj) < prev) {
                                uN = u - adj;
                                if (uN <= 0.) {
                                    if (prev <= acu || Math.abs(w) <= acu) {
                                        converged = true;
                                        break;
                                    }
                                    break;
                                }
                            }
                            g /= 3;
                        }
                        if (converged) break;
                        double d = Math.min(Math.abs(adj), Math.abs(uN - u));
                        if (d <= 4e-16 * Math.abs(uN + u)) {
                            converged = true;
                            break;
                        }
                        u = uN;
                        xinbta = RMath.exp(u);
                        wprev = w;
                    }
                } else {
                    for (int iPb = 0; iPb < 1000; iPb++) {
                        y = raw(xinbta, pp, qq, true, log);
                        w = log ? (y - la) * RMath.exp(y + logbeta + r * Math.log(xinbta) + t * Math.log1p(-xinbta))
                            : (y - a) * RMath.exp(logbeta + r * Math.log(xinbta) + t * Math.log1p(-xinbta));
                        if (!Dpq.finite(w)) {
                            if (nMaybeSwaps <= 2) {
                                if (!log && nMaybeSwaps == 2) useLogX = true;
                                if (!log || nMaybeSwaps <= 1) continue maybeSwap;
                            }
                            return new double[] {Double.NaN, Double.NaN};
                        }
                        if (iPb >= nN && w * wprev <= 0.) prev = Math.max(Math.abs(adj), FPU);
                        g = 1;
                        for (int iInn = 0; iInn < 1000; iInn++) {
                            adj = g * w;
                            if (iPb < nN || Math.abs(adj) < prev) {
                                tx = xinbta - adj;
                                if (0. <= tx && tx <= 1.) {
                                    if (prev <= acu || Math.abs(w) <= acu) {
                                        converged = true;
                                        break;
                                    }
                                    if (tx != 0. && tx != 1) break;
                                }
                            }
                            g /= 3;
                        }
                        if (converged) break;
                        if (Math.abs(tx - xinbta) <= 4e-16 * (tx + xinbta)) {
                            converged = true;
                            break;
                        }
                        xinbta = tx;
                        if (tx == 0) break;
                        wprev = w;
                    }
                }
                if (!converged) {
                    warned = true;
                    Dpq.warning("full precision may not have been achieved in 'qbeta'\n");
                }
                // L_converged
                boolean logScale = log || useLogX;
                if ((logScale && y == Double.NEGATIVE_INFINITY) || (!logScale && y == 0)) {
                    w = raw(DBL_VERY_MIN, pp, qq, true, logScale);
                    if (logScale || Math.abs(w - a) <= Math.abs(y - a)) {
                        tx = DBL_VERY_MIN;
                        uN = DBL_LOG_V_MIN;
                    }
                    addNStep = false;
                } else if (!warned && (logScale ? Math.abs(y - la) > 3 : Math.abs(y - a) > 1e-4)) {
                    if (!(logScale && y == Double.NEGATIVE_INFINITY && raw(DBL_1_EPS, pp, qq, true, true) > la + 2)) {
                        Dpq.warning(String.format("qbeta(a, *) =: x0 with |pbeta(x0,*%s) - alpha| = %s is not accurate",
                            logScale ? ", log_" : "", Fmt.g(Math.abs(y - (logScale ? la : a)), 5)));
                    }
                }
            }
            break;
        }
        // L_return
        if (giveLogQ) {
            double rl = Dpq.log1Exp(uN);
            return swapTail ? new double[] {rl, uN} : new double[] {uN, rl};
        }
        if (useLogX) {
            if (addNStep) {
                if (uN != 1.) xinbta = RMath.exp(uN);
                y = raw(xinbta, pp, qq, true, log);
                w = log ? (y - la) * RMath.exp(y + logbeta + rr * Math.log(xinbta) + tt * Math.log1p(-xinbta))
                    : (y - a) * RMath.exp(logbeta + rr * Math.log(xinbta) + tt * Math.log1p(-xinbta));
                tx = Dpq.finite(w) ? xinbta - w : xinbta;
            } else {
                return swapTail ? new double[] {-Math.expm1(uN), RMath.exp(uN)} : new double[] {RMath.exp(uN), -Math.expm1(uN)};
            }
        }
        return swapTail ? new double[] {1 - tx, tx} : new double[] {tx, 1 - tx};
    }
}
