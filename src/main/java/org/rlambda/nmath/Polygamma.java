package org.rlambda.nmath;

/**
 * digamma, trigamma and psigamma: the algorithm of src/nmath/polygamma.c (Amos' dpsifn, ACM
 * TOMS 610: asymptotic expansion after an upward shift, recurrence back, and reflection with
 * the derivatives of cot for negative x), specialised to one derivative at a time.
 */
public final class Polygamma {
    private Polygamma() { }

    public static final int N_MAX = 100;

    private static final double[] BVALUES = {
        1.00000000000000000e+00, -5.00000000000000000e-01, 1.66666666666666667e-01, -3.33333333333333333e-02,
        2.38095238095238095e-02, -3.33333333333333333e-02, 7.57575757575757576e-02, -2.53113553113553114e-01,
        1.16666666666666667e+00, -7.09215686274509804e+00, 5.49711779448621554e+01, -5.29124242424242424e+02,
        6.19212318840579710e+03, -8.65802531135531136e+04, 1.42551716666666667e+06, -2.72982310678160920e+07,
        6.01580873900642368e+08, -1.51163157670921569e+10, 4.29614643061166667e+11, -1.37116552050883328e+13,
        4.88332318973593167e+14, -1.92965793419400681e+16
    };

    private static double dNCot(double x, int n) {
        switch (n) {
            case 0: return Math.cos(x) / Math.sin(x);
            case 1: return -1 / RMath.powDi(Math.sin(x), 2);
            case 2: return 2 * Math.cos(x) / RMath.powDi(Math.sin(x), 3);
            case 3: {
                double sin2 = RMath.powDi(Math.sin(x), 2);
                return -2 * (3 - 2 * sin2) / RMath.powDi(sin2, 2);
            }
            case 4: {
                double co = Math.cos(x);
                return 8 * co * (RMath.powDi(co, 2) + 2) / RMath.powDi(Math.sin(x), 5);
            }
            case 5: {
                double co2 = RMath.powDi(Math.cos(x), 2);
                return -8 * (2 * RMath.powDi(co2, 2) + 11 * co2 + 2) / RMath.powDi(Math.sin(x), 6);
            }
            default: return Double.NaN;
        }
    }

    /** dpsifn with kode = 1, m = 1: (-1)^(n+1)/n! psi^(n)(x); NaN for nmath's error codes. */
    static double dpsifn(double x, int n) {
        if (n < 0) return Double.NaN;
        if (x <= 0.) {
            if (x == Math.rint(x)) return (n % 2) != 0 ? Double.POSITIVE_INFINITY : Double.NaN;
            double ans = dpsifn(1. - x, n);
            if (n > 5) return Double.NaN;
            x *= Math.PI;
            double t1 = 1., t2 = 1., s = 1.;
            for (int k = 0, j = k - n; j < 1; k++, j++, s = -s) {
                t1 *= Math.PI;
                if (k >= 2) t2 *= k;
                if (j >= 0) ans = s * (ans + t1 / t2 * dNCot(x, k));
            }
            return ans;
        }
        double xln = Math.log(x);
        double lrg = 1 / (2. * Dpq.DBL_EPSILON);
        if (n == 0 && x * xln > lrg) return -xln;
        else if (n >= 1 && x > n * lrg) return Math.exp(-n * xln) / n;
        int nx = Math.min(1021, 1024);
        final double r1m5 = 0.30102999566398119521, r1m4 = Dpq.DBL_EPSILON * 0.5;
        final double wdtol = Math.max(r1m4, 0.5e-18);
        double elim = 2.302 * (nx * r1m5 - 3.0);
        final double rln = Math.min(r1m5 * 53, 18.06);
        double fln = Math.max(rln, 3.0) - 3.0;
        final double yint = 3.50 + 0.40 * fln, slope = 0.21 + fln * (0.0006038 * fln + 0.008677);
        int nn = n, fn = nn;
        double t = (fn + 1) * xln, t1, t2, s, xm, xmin, xdmy, xdmln, xinc, tk;
        boolean direct = false;
        if (Math.abs(t) > elim) {
            if (t <= 0.0) return Double.NaN;
            return 0.;
        }
        if (x < wdtol) return RMath.powDi(x, -n - 1);
        xm = yint + slope * fn;
        int mx = (int) xm + 1;
        xmin = mx;
        if (n != 0) {
            xm = -2.302 * rln - Math.min(0.0, xln);
            double arg = Math.min(0., xm / n);
            double eps = Math.exp(arg);
            xm = (Math.abs(arg) < 1.0e-3) ? -arg : 1. - eps;
            fln = x * xm / eps;
            xm = xmin - x;
            if (xm > 7.0 && fln < 15.0) direct = true;
        }
        xdmy = x;
        xdmln = xln;
        xinc = 0.0;
        if (!direct) {
            if (x < xmin) {
                nx = (int) x;
                xinc = xmin - nx;
                xdmy = x + xinc;
                xdmln = Math.log(xdmy);
            }
            t = fn * xdmln;
            t1 = xdmln + xdmln;
            t2 = t + xdmln;
            tk = Math.max(Math.abs(t), Math.max(Math.abs(t1), Math.abs(t2)));
            if (tk > elim) return 0.;
        }
        if (direct) {
            nn = (int) fln + 1;
            int np = n + 1;
            t1 = (n + 1) * xln;
            t = Math.exp(-t1);
            s = t;
            double den = x;
            for (int i = 1; i <= nn; i++) {
                den += 1.;
                s += Math.pow(den, (double) -np);
            }
            return s;
        }
        double tss = Math.exp(-t);
        double tt = 0.5 / xdmy;
        t1 = tt;
        double tst = wdtol * tt;
        if (nn != 0) t1 = tt + 1.0 / fn;
        double rxsq = 1.0 / (xdmy * xdmy);
        double ta = 0.5 * rxsq;
        t = (fn + 1) * ta;
        s = t * BVALUES[2];
        if (Math.abs(s) >= tst) {
            tk = 2.0;
            for (int k = 4; k <= 22; k++) {
                t = t * ((tk + fn + 1) / (tk + 1.0)) * ((tk + fn) / (tk + 2.0)) * rxsq;
                double trm = t * BVALUES[k - 1];
                if (Math.abs(trm) < tst) break;
                s += trm;
                tk += 2.;
            }
        }
        s = (s + t1) * tss;
        if (xinc != 0.0) {
            nx = (int) xinc;
            int np = nn + 1;
            if (nx > N_MAX) return Double.NaN;
            if (nn == 0) {
                for (int i = 1; i <= nx; i++) s += 1. / (x + (nx - i));
                return s - xdmln;
            }
            xm = xinc - 1.0;
            double fx = x + xm;
            for (int i = 1; i <= nx; i++) {
                s += Math.pow(fx, (double) -np);
                xm -= 1.;
                fx = x + xm;
            }
        }
        if (fn == 0) return s - xdmln;
        return s;
    }

    public static double psigamma(double x, double deriv) {
        if (Double.isNaN(x)) return x;
        deriv = Math.rint(deriv);
        int n = (int) deriv;
        if (n > N_MAX) {
            Dpq.warning(String.format("deriv = %d > %d (= n_max)\n", n, N_MAX));
            return Double.NaN;
        }
        double ans = dpsifn(x, n);
        if (Double.isNaN(ans)) return Double.NaN;
        ans = -ans;
        for (int k = 1; k <= n; k++) ans *= (-k);
        return ans;
    }

    public static double digamma(double x) {
        if (Double.isNaN(x)) return x;
        double ans = dpsifn(x, 0);
        return Double.isNaN(ans) ? Double.NaN : -ans;
    }

    public static double trigamma(double x) {
        if (Double.isNaN(x)) return x;
        return dpsifn(x, 1);
    }
}
