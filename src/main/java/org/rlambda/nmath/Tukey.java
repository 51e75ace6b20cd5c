package org.rlambda.nmath;

/**
 * The studentized range distribution: the algorithms of src/nmath/ptukey.c (Copenhaver and
 * Holland 1988: Gauss-Legendre quadrature of the range probability wprob over the chi density;
 * wprob's sums in long double) and qtukey.c (secant iterations from Odeh and Evans' start).
 */
public final class Tukey {
    private Tukey() { }

    private static final double[] XLEG = {
        0.981560634246719250690549090149, 0.904117256370474856678465866119, 0.769902674194304687036893833213,
        0.587317954286617447296702418941, 0.367831498998180193752691536644, 0.125233408511468915472441369464};
    private static final double[] ALEG = {
        0.047175336386511827194615961485, 0.106939325995318430960254718194, 0.160078328543346226334652529543,
        0.203167426723065921749064455810, 0.233492536538354808760849898925, 0.249147045813402785000562436043};
    private static final double[] XLEGQ = {
        0.989400934991649932596154173450, 0.944575023073232576077988415535, 0.865631202387831743880467897712,
        0.755404408355003033895101194847, 0.617876244402643748446671764049, 0.458016777657227386342419442984,
        0.281603550779258913230460501460, 0.950125098376374401853193354250e-1};
    private static final double[] ALEGQ = {
        0.271524594117540948517805724560e-1, 0.622535239386478928628438369944e-1, 0.951585116824927848099251076022e-1,
        0.124628971255533872052476282192, 0.149595988816576732081501730547, 0.169156519395002538189312079030,
        0.182603415044923588866763667969, 0.189450610455068496285396723208};

    private static double wprob(double w, double rr, double cc) {
        final int nleg = 12, ihalf = 6;
        final double c1 = -30., c2 = -50., c3 = 60., bb = 8., wlar = 3., wincr1 = 2., wincr2 = 3.;
        double qsqz = w * 0.5;
        if (qsqz >= bb) return 1.0;
        double prW = 2 * Normal.cdf(qsqz, 0., 1., true, false) - 1.;
        if (prW >= Math.exp(c2 / cc)) prW = Math.pow(prW, cc);
        else prW = 0.0;
        double wincr = w > wlar ? wincr1 : wincr2;
        LongDouble blb = LongDouble.of(qsqz);
        double binc = (bb - qsqz) / wincr;
        LongDouble bub = blb.add(binc);
        LongDouble einsum = LongDouble.ZERO_VALUE;
        double cc1 = cc - 1.0;
        for (double wi = 1; wi <= wincr; wi++) {
            LongDouble elsum = LongDouble.ZERO_VALUE;
            double a = bub.add(blb).multiply(0.5).toDouble();
            double b = bub.subtract(blb).multiply(0.5).toDouble();
            for (int jj = 1; jj <= nleg; jj++) {
                int j;
                double xx;
                if (ihalf < jj) {
                    j = (nleg - jj) + 1;
                    xx = XLEG[j - 1];
                } else {
                    j = jj;
                    xx = -XLEG[j - 1];
                }
                double c = b * xx;
                double ac = a + c;
                double qexpo = ac * ac;
                if (qexpo > c3) break;
                double pplus = 2 * Normal.cdf(ac, 0., 1., true, false);
                double pminus = 2 * Normal.cdf(ac, w, 1., true, false);
                double rinsum = (pplus * 0.5) - (pminus * 0.5);
                if (rinsum >= Math.exp(c1 / cc1)) {
                    rinsum = (ALEG[j - 1] * Math.exp(-(0.5 * qexpo))) * Math.pow(rinsum, cc1);
                    elsum = elsum.add(rinsum);
                }
            }
            elsum = elsum.multiply(((2.0 * b) * cc) * Normal.M_1_SQRT_2PI);
            einsum = einsum.add(elsum);
            blb = bub;
            bub = bub.add(binc);
        }
        prW += einsum.toDouble();
        if (prW <= Math.exp(c1 / rr)) return 0.;
        prW = Math.pow(prW, rr);
        if (prW >= 1.) return 1.;
        return prW;
    }

    public static double cdf(double q, double rr, double cc, double df, boolean lower, boolean log) {
        final int nlegq = 16, ihalfq = 8;
        final double eps1 = -30.0, eps2 = 1.0e-14, dhaf = 100.0, dquar = 800.0, deigh = 5000.0, dlarg = 25000.0;
        if (Double.isNaN(q) || Double.isNaN(rr) || Double.isNaN(cc) || Double.isNaN(df)) return Double.NaN;
        if (q <= 0) return Dpq.dt0(lower, log);
        if (df < 2 || rr < 1 || cc < 2) return Double.NaN;
        if (!Dpq.finite(q)) return Dpq.dt1(lower, log);
        if (df > dlarg) return Dpq.val(wprob(q, rr, cc), lower, log);
        double f2 = df * 0.5;
        double f2lf = ((f2 * Math.log(df)) - (df * Dpq.LN2)) - GammaFunctions.lgamma(f2);
        double f21 = f2 - 1.0;
        double ff4 = df * 0.25;
        double ulen;
        if (df <= dhaf) ulen = 1.0;
        else if (df <= dquar) ulen = 0.5;
        else if (df <= deigh) ulen = 0.25;
        else ulen = 0.125;
        f2lf += Math.log(ulen);
        double ans = 0.0, otsum = 0.0;
        for (int i = 1; i <= 50; i++) {
            otsum = 0.0;
            double twa1 = (2 * i - 1) * ulen;
            for (int jj = 1; jj <= nlegq; jj++) {
                int j;
                double t1;
                if (ihalfq < jj) {
                    j = jj - ihalfq - 1;
                    t1 = (f2lf + (f21 * Math.log(twa1 + (XLEGQ[j] * ulen)))) - (((XLEGQ[j] * ulen) + twa1) * ff4);
                } else {
                    j = jj - 1;
                    t1 = (f2lf + (f21 * Math.log(twa1 - (XLEGQ[j] * ulen)))) + (((XLEGQ[j] * ulen) - twa1) * ff4);
                }
                if (t1 >= eps1) {
                    double qsqz;
                    if (ihalfq < jj) qsqz = q * Math.sqrt(((XLEGQ[j] * ulen) + twa1) * 0.5);
                    else qsqz = q * Math.sqrt(((-(XLEGQ[j] * ulen)) + twa1) * 0.5);
                    double wprb = wprob(qsqz, rr, cc);
                    otsum += (wprb * ALEGQ[j]) * Math.exp(t1);
                }
            }
            if (i * ulen >= 1.0 && otsum <= eps2) break;
            ans += otsum;
        }
        if (otsum > eps2) Dpq.warning("full precision may not have been achieved in 'ptukey'\n");
        if (ans > 1.) ans = 1.;
        return Dpq.val(ans, lower, log);
    }

    private static double qinv(double p, double c, double v) {
        final double p0 = 0.322232421088, q0 = 0.993484626060e-01, p1 = -1.0, q1 = 0.588581570495,
            p2 = -0.342242088547, q2 = 0.531103462366, p3 = -0.204231210125, q3 = 0.103537752850,
            p4 = -0.453642210148e-04, q4 = 0.38560700634e-02, c1 = 0.8832, c2 = 0.2368, c3 = 1.214,
            c4 = 1.208, c5 = 1.4142, vmax = 120.0;
        double ps = 0.5 - 0.5 * p;
        double yi = Math.sqrt(Math.log(1.0 / (ps * ps)));
        double t = yi + ((((yi * p4 + p3) * yi + p2) * yi + p1) * yi + p0) / ((((yi * q4 + q3) * yi + q2) * yi + q1) * yi + q0);
        if (v < vmax) t += (t * t * t + t) / v / 4.0;
        double q = c1 - c2 * t;
        if (v < vmax) q += -c3 / v + c4 * t / v;
        return t * (q * Math.log(c - 1.0) + c5);
    }

    public static double quantile(double p, double rr, double cc, double df, boolean lower, boolean log) {
        final double eps = 0.0001;
        final int maxiter = 50;
        double ans = 0.0, valx0, valx1, x0, x1;
        if (Double.isNaN(p) || Double.isNaN(rr) || Double.isNaN(cc) || Double.isNaN(df)) return p + rr + cc + df;
        if (df < 2 || rr < 1 || cc < 2) return Double.NaN;
        if (Dpq.outOfRange(p, log)) return Double.NaN;
        if (Dpq.atBoundary(p, log)) return Dpq.quantileBoundaries(p, 0, Double.POSITIVE_INFINITY, lower, log);
        p = Dpq.dtQIv(p, lower, log);
        x0 = qinv(p, cc, df);
        valx0 = cdf(x0, rr, cc, df, true, false) - p;
        if (valx0 > 0.0) x1 = Math.max(0.0, x0 - 1.0);
        else x1 = x0 + 1.0;
        valx1 = cdf(x1, rr, cc, df, true, false) - p;
        for (int iter = 1; iter < maxiter; iter++) {
            ans = x1 - ((valx1 * (x1 - x0)) / (valx1 - valx0));
            valx0 = valx1;
            x0 = x1;
            if (ans < 0.0) {
                ans = 0.0;
                valx1 = -p;
            }
            valx1 = cdf(ans, rr, cc, df, true, false) - p;
            x1 = ans;
            if (Math.abs(x1 - x0) < eps) return ans;
        }
        Dpq.warning("convergence failed in 'qtukey'\n");
        return ans;
    }
}
