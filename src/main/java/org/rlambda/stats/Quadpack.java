package org.rlambda.stats;

import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * integrate()'s QUADPACK kernels: globally adaptive bisection with Wynn's epsilon
 * extrapolation over a finite range with the 21-point Gauss-Kronrod rule (dqagse), or over
 * an infinite range mapped onto (0,1] with the 15-point rule (dqagie), as in GNU R's
 * src/appl/integrate.c, including its return codes (dqagse's are not shifted down, dqagie's
 * are) which integrate.R turns into messages. The integrand is called once per rule with
 * all abscissae, as GNU R does.
 */
public final class Quadpack {
    private Quadpack() { }

    private static final double EPMACH = Math.ulp(1.0), UFLOW = Double.MIN_NORMAL, OFLOW = Double.MAX_VALUE;
    private static final Call F_CALL = Call.of("f", Symbol.get("x"));

    /** Evaluates the integrand in place at every element. */
    interface Integrand { void eval(double[] x); }

    public static void register(Builtins b) {
        b.add(".dqags", "f, lower, upper, abs.tol, rel.tol, limit", (in, call, a, rho) -> {
            if (a[1].length() > 1) throw in.errorInCurrentCall("'lower' must be of length one");
            if (a[2].length() > 1) throw in.errorInCurrentCall("'upper' must be of length one");
            Integrand f = integrand(in, rho, a[0]);
            double lo = Optim.real(in, a[1]), up = Optim.real(in, a[2]);
            Adaptive q = new Adaptive(new Kronrod21(f, lo, up), Optim.integer(in, a[5]), false);
            q.run(0.0, 1.0, Optim.real(in, a[3]), Optim.real(in, a[4]), Math.abs(up - lo) * .375);
            return q.result();
        });
        b.add(".dqagi", "f, bound, inf, abs.tol, rel.tol, limit", (in, call, a, rho) -> {
            if (a[1].length() > 1) throw in.errorInCurrentCall("'bound' must be of length one");
            Integrand f = integrand(in, rho, a[0]);
            int inf = Optim.integer(in, a[2]);
            double bound = inf == 2 ? 0.0 : Optim.real(in, a[1]);
            Adaptive q = new Adaptive(new Kronrod15Infinite(f, bound, inf), Optim.integer(in, a[5]), true);
            q.run(0.0, 1.0, Optim.real(in, a[3]), Optim.real(in, a[4]), .375);
            return q.result();
        });
    }

    private static Integrand integrand(Interpreter in, Environment rho, SEXP fn) {
        return x -> {
            SEXP r = in.callFunction(fn, new SEXP[] {new DoubleVector(x.clone())}, null, rho, F_CALL);
            if (r.length() != x.length) throw in.errorInCurrentCall("evaluation of function gave a result of wrong length");
            if (r.type() != SexpType.INTEGER && r.type() != SexpType.DOUBLE) {
                throw in.errorInCurrentCall("evaluation of function gave a result of wrong type");
            }
            double[] v = ((DoubleVector) Coercion.to(in, r, SexpType.DOUBLE)).values();
            for (int i = 0; i < x.length; i++) {
                x[i] = v[i];
                if (!Double.isFinite(x[i])) throw in.errorInCurrentCall("non-finite function value");
            }
        };
    }

    /** One Gauss-Kronrod rule over a subinterval: {result, abserr, resabs, resasc}. */
    interface Rule { double[] apply(double a, double b); }

    private static double[] finish(double resk, double resg, double reskh, double resabs, double resasc,
                                   double hlgth, double scale) {
        double result = resk * hlgth;
        resabs *= scale;
        resasc *= scale;
        double abserr = Math.abs((resk - resg) * hlgth);
        if (resasc != 0. && abserr != 0.) abserr = resasc * Math.min(1., Math.pow(abserr * 200. / resasc, 1.5));
        if (resabs > UFLOW / (EPMACH * 50.)) abserr = Math.max(EPMACH * 50. * resabs, abserr);
        return new double[] {result, abserr, resabs, resasc};
    }

    /** The 10-point Gauss, 21-point Kronrod pair (dqk21). */
    static final class Kronrod21 implements Rule {
        private static final double[] WG = {.066671344308688137593568809893332, .149451349150580593145776339657697,
            .219086362515982043995534934228163, .269266719309996355091226921569469, .295524224714752870173892994651338};
        private static final double[] XGK = {.995657163025808080735527280689003, .973906528517171720077964012084452,
            .930157491355708226001207180059508, .865063366688984510732096688423493, .780817726586416897063717578345042,
            .679409568299024406234327365114874, .562757134668604683339000099272694, .433395394129247190799265943165784,
            .294392862701460198131126603103866, .14887433898163121088482600112972, 0.};
        private static final double[] WGK = {.011694638867371874278064396062192, .03255816230796472747881897245939,
            .05475589657435199603138130024458, .07503967481091995276704314091619, .093125454583697605535065465083366,
            .109387158802297641899210590325805, .123491976262065851077958109831074, .134709217311473325928054001771707,
            .142775938577060080797094273138717, .147739104901338491374841515972068, .149445554002916905664936468389821};
        private final Integrand f;
        private final double lo, up;

        Kronrod21(Integrand f, double lo, double up) {
            this.f = f;
            this.lo = lo;
            this.up = up;
        }

        /** a, b as fractions of the original range would lose digits; Adaptive passes real end points. */
        @Override public double[] apply(double a, double b) {
            double centr = (a + b) * .5, hlgth = (b - a) * .5, dhlgth = Math.abs(hlgth);
            double[] v = new double[21];
            v[0] = centr;
            for (int j = 1; j <= 5; j++) {
                double absc = hlgth * XGK[2 * j - 1];
                v[2 * j - 1] = centr - absc;
                v[2 * j] = centr + absc;
            }
            for (int j = 1; j <= 5; j++) {
                double absc = hlgth * XGK[2 * j - 2];
                v[2 * j + 9] = centr - absc;
                v[2 * j + 10] = centr + absc;
            }
            f.eval(v);
            double fc = v[0], resg = 0., resk = WGK[10] * fc, resabs = Math.abs(resk);
            double[] fv1 = new double[10], fv2 = new double[10];
            for (int j = 1; j <= 5; j++) {
                int jtw = 2 * j;
                double f1 = v[2 * j - 1], f2 = v[2 * j];
                fv1[jtw - 1] = f1;
                fv2[jtw - 1] = f2;
                resg += WG[j - 1] * (f1 + f2);
                resk += WGK[jtw - 1] * (f1 + f2);
                resabs += WGK[jtw - 1] * (Math.abs(f1) + Math.abs(f2));
            }
            for (int j = 1; j <= 5; j++) {
                int jtwm1 = 2 * j - 1;
                double f1 = v[2 * j + 9], f2 = v[2 * j + 10];
                fv1[jtwm1 - 1] = f1;
                fv2[jtwm1 - 1] = f2;
                resk += WGK[jtwm1 - 1] * (f1 + f2);
                resabs += WGK[jtwm1 - 1] * (Math.abs(f1) + Math.abs(f2));
            }
            double reskh = resk * .5, resasc = WGK[10] * Math.abs(fc - reskh);
            for (int j = 0; j < 10; j++) resasc += WGK[j] * (Math.abs(fv1[j] - reskh) + Math.abs(fv2[j] - reskh));
            return finish(resk, resg, reskh, resabs, resasc, hlgth, dhlgth);
        }
    }

    /** The 7-point Gauss, 15-point Kronrod pair on (0,1] after x = bound + sign (1-t)/t (dqk15i). */
    static final class Kronrod15Infinite implements Rule {
        private static final double[] WG = {0., .129484966168869693270611432679082, 0., .27970539148927666790146777142378,
            0., .381830050505118944950369775488975, 0., .417959183673469387755102040816327};
        private static final double[] XGK = {.991455371120812639206854697526329, .949107912342758524526189684047851,
            .864864423359769072789712788640926, .741531185599394439863864773280788, .58608723546769113029414483825873,
            .405845151377397166906606412076961, .207784955007898467600689403773245, 0.};
        private static final double[] WGK = {.02293532201052922496373200805897, .063092092629978553290700663189204,
            .104790010322250183839876322541518, .140653259715525918745189590510238, .16900472663926790282658342659855,
            .190350578064785409913256402421014, .204432940075298892414161999234649, .209482141084727828012999174891714};
        private final Integrand f;
        private final double boun;
        private final int inf;

        Kronrod15Infinite(Integrand f, double boun, int inf) {
            this.f = f;
            this.boun = boun;
            this.inf = inf;
        }

        @Override public double[] apply(double a, double b) {
            double dinf = Math.min(1, inf);
            double centr = (a + b) * .5, hlgth = (b - a) * .5;
            double[] v = new double[15], v2 = inf == 2 ? new double[15] : null;
            double[] absc1 = new double[8], absc2 = new double[8];
            v[0] = boun + dinf * (1. - centr) / centr;
            if (v2 != null) v2[0] = -v[0];
            for (int j = 1; j <= 7; j++) {
                double absc = hlgth * XGK[j - 1];
                absc1[j] = centr - absc;
                absc2[j] = centr + absc;
                v[2 * j - 1] = boun + dinf * (1. - absc1[j]) / absc1[j];
                v[2 * j] = boun + dinf * (1. - absc2[j]) / absc2[j];
                if (v2 != null) {
                    v2[2 * j - 1] = -v[2 * j - 1];
                    v2[2 * j] = -v[2 * j];
                }
            }
            f.eval(v);
            if (v2 != null) f.eval(v2);
            double fval = v[0];
            if (v2 != null) fval += v2[0];
            double fc = fval / centr / centr;
            double resg = WG[7] * fc, resk = WGK[7] * fc, resabs = Math.abs(resk);
            double[] fv1 = new double[7], fv2 = new double[7];
            for (int j = 1; j <= 7; j++) {
                double f1 = v[2 * j - 1], f2 = v[2 * j];
                if (v2 != null) {
                    f1 += v2[2 * j - 1];
                    f2 += v2[2 * j];
                }
                f1 = f1 / absc1[j] / absc1[j];
                f2 = f2 / absc2[j] / absc2[j];
                fv1[j - 1] = f1;
                fv2[j - 1] = f2;
                resg += WG[j - 1] * (f1 + f2);
                resk += WGK[j - 1] * (f1 + f2);
                resabs += WGK[j - 1] * (Math.abs(f1) + Math.abs(f2));
            }
            double reskh = resk * .5, resasc = WGK[7] * Math.abs(fc - reskh);
            for (int j = 0; j < 7; j++) resasc += WGK[j] * (Math.abs(fv1[j] - reskh) + Math.abs(fv2[j] - reskh));
            return finish(resk, resg, reskh, resabs, resasc, hlgth, hlgth);
        }
    }

    /** The adaptive driver shared by dqagse and dqagie (1-based lists as in QUADPACK). */
    static final class Adaptive {
        final Rule rule;
        final int limit;
        final boolean infinite;
        double result, abserr;
        int ier, last;
        final double[] alist, blist, rlist, elist;
        final int[] iord;

        Adaptive(Rule rule, int limit, boolean infinite) {
            this.rule = rule;
            this.limit = limit;
            this.infinite = infinite;
            int n = Math.max(limit, 1) + 2;
            alist = new double[n];
            blist = new double[n];
            rlist = new double[n];
            elist = new double[n];
            iord = new int[n];
        }

        SEXP result() {
            ListVector l = ListVector.of(DoubleVector.of(result), DoubleVector.of(abserr), IntVector.of(last), IntVector.of(ier));
            l.setAttributeRaw("names", StringVector.of("value", "abs.error", "subdivisions", "ierr"));
            return l;
        }

        void run(double a0, double b0, double epsabs, double epsrel, double small0) {
            if (!infinite) {
                Kronrod21 k = (Kronrod21) rule;
                a0 = k.lo;
                b0 = k.up;
            }
            alist[1] = a0;
            blist[1] = b0;
            if (epsabs <= 0. && epsrel < Math.max(EPMACH * 50., 5e-29)) {
                ier = 6;
                return;
            }
            double[] r0 = rule.apply(a0, b0);
            result = r0[0];
            abserr = r0[1];
            double defabs = r0[2], resabs = r0[3];
            last = 1;
            rlist[1] = result;
            elist[1] = abserr;
            iord[1] = 1;
            double dres = Math.abs(result);
            double errbnd = Math.max(epsabs, epsrel * dres);
            if (abserr <= EPMACH * 100. * defabs && abserr > errbnd) ier = 2;
            if (limit == 1) ier = 1;
            if (ier != 0 || (abserr <= errbnd && abserr != resabs) || abserr == 0.) {
                done();
                return;
            }
            double[] rlist2 = new double[53];
            double[] res3la = new double[4];
            int[] nres = {0};
            rlist2[1] = result;
            double errmax = abserr;
            int[] maxerr = {1};
            double area = result, errsum = abserr;
            int[] nrmax = {1};
            int[] numrl2 = {2};
            int ktmin = 0, ierro = 0, iroff1 = 0, iroff2 = 0, iroff3 = 0;
            boolean extrap = false, noext = false;
            int ksgn = dres >= (1. - EPMACH * 50.) * defabs ? 1 : -1;
            double small = 0., erlarg = 0., ertest = 0., correc = 0.;
            double[] errmaxRef = {errmax};
            boolean sumUp = false;
            for (last = 2; last <= limit; last++) {
                int me = maxerr[0];
                double a1 = alist[me], b1 = (alist[me] + blist[me]) * .5, a2 = b1, b2 = blist[me];
                double erlast = errmaxRef[0];
                double[] r1 = rule.apply(a1, b1), r2 = rule.apply(a2, b2);
                double area1 = r1[0], error1 = r1[1], defab1 = r1[3];
                double area2 = r2[0], error2 = r2[1], defab2 = r2[3];
                double area12 = area1 + area2, erro12 = error1 + error2;
                errsum = errsum + erro12 - errmaxRef[0];
                area = area + area12 - rlist[me];
                if (!(defab1 == error1 || defab2 == error2)) {
                    if (Math.abs(rlist[me] - area12) <= Math.abs(area12) * 1e-5 && erro12 >= errmaxRef[0] * .99) {
                        if (extrap) iroff2++;
                        else iroff1++;
                    }
                    if (last > 10 && erro12 > errmaxRef[0]) iroff3++;
                }
                rlist[me] = area1;
                rlist[last] = area2;
                errbnd = Math.max(epsabs, epsrel * Math.abs(area));
                if (iroff1 + iroff2 >= 10 || iroff3 >= 20) ier = 2;
                if (iroff2 >= 5) ierro = 3;
                if (last == limit) ier = 1;
                if (Math.max(Math.abs(a1), Math.abs(b2)) <= (EPMACH * 100. + 1.) * (Math.abs(a2) + UFLOW * 1e3)) ier = 4;
                if (error2 > error1) {
                    alist[me] = a2;
                    alist[last] = a1;
                    blist[last] = b1;
                    rlist[me] = area2;
                    rlist[last] = area1;
                    elist[me] = error2;
                    elist[last] = error1;
                } else {
                    alist[last] = a2;
                    blist[me] = b1;
                    blist[last] = b2;
                    elist[me] = error1;
                    elist[last] = error2;
                }
                qpsrt(limit, last, maxerr, errmaxRef, elist, iord, nrmax);
                if (errsum <= errbnd) {
                    sumUp = true;
                    break;
                }
                if (ier != 0) break;
                if (last == 2) {
                    small = small0;
                    erlarg = errsum;
                    ertest = errbnd;
                    rlist2[2] = area;
                    continue;
                }
                if (noext) continue;
                erlarg -= erlast;
                if (Math.abs(b1 - a1) > small) erlarg += erro12;
                if (!extrap) {
                    if (Math.abs(blist[maxerr[0]] - alist[maxerr[0]]) > small) continue;
                    extrap = true;
                    nrmax[0] = 2;
                }
                boolean bisectLarge = false;
                if (ierro != 3 && erlarg > ertest) {
                    int id = nrmax[0], jupbnd = last > limit / 2 + 2 ? limit + 3 - last : last;
                    for (int k = id; k <= jupbnd; k++) {
                        maxerr[0] = iord[nrmax[0]];
                        errmaxRef[0] = elist[maxerr[0]];
                        if (Math.abs(blist[maxerr[0]] - alist[maxerr[0]]) > small) {
                            bisectLarge = true;
                            break;
                        }
                        nrmax[0]++;
                    }
                }
                if (bisectLarge) continue;
                numrl2[0]++;
                rlist2[numrl2[0]] = area;
                double[] ext = epsilonAlgorithm(numrl2, rlist2, res3la, nres);
                double reseps = ext[0], abseps = ext[1];
                ktmin++;
                if (ktmin > 5 && abserr < errsum * .001) ier = 5;
                if (abseps < abserr) {
                    ktmin = 0;
                    abserr = abseps;
                    result = reseps;
                    correc = erlarg;
                    ertest = Math.max(epsabs, epsrel * Math.abs(reseps));
                    if (abserr <= ertest) break;
                }
                if (numrl2[0] == 1) noext = true;
                if (ier == 5) break;
                maxerr[0] = iord[1];
                errmaxRef[0] = elist[maxerr[0]];
                nrmax[0] = 1;
                extrap = false;
                small *= .5;
                erlarg = errsum;
            }
            if (!sumUp) {
                // set the final result and error estimate (label L100 of QUADPACK)
                int code = finalCode(area, errsum, defabs, ksgn, ierro, correc);
                if (code == 0) {
                    done();
                    return;
                }
            }
            result = 0.;
            for (int k = 1; k <= last; k++) result += rlist[k];
            abserr = errsum;
            done();
        }

        /** Returns 1 when the sum over the subintervals should replace the extrapolated result. */
        private int finalCode(double area, double errsum, double defabs, int ksgn, int ierro, double correc) {
            if (abserr == OFLOW) return 1;
            if (ier + ierro != 0) {
                if (ierro == 3) abserr += correc;
                if (ier == 0) ier = 3;
                if (result == 0. || area == 0.) {
                    if (abserr > errsum) return 1;
                    if (area == 0.) return 0;
                } else if (abserr / Math.abs(result) > errsum / Math.abs(area)) {
                    return 1;
                }
            }
            if (ksgn == -1 && Math.max(Math.abs(result), Math.abs(area)) <= defabs * .01) return 0;
            if (.01 > result / area || result / area > 100. || errsum > Math.abs(area)) ier = infinite ? 6 : 5;
            return 0;
        }

        private void done() {
            if (infinite && ier > 2) ier--;
        }
    }

    /** Maintains the descending order of error estimates (dqpsrt). */
    static void qpsrt(int limit, int last, int[] maxerr, double[] ermax, double[] elist, int[] iord, int[] nrmax) {
        if (last <= 2) {
            iord[1] = 1;
            iord[2] = 2;
        } else {
            double errmax = elist[maxerr[0]];
            if (nrmax[0] > 1) {
                int ido = nrmax[0] - 1;
                for (int i = 1; i <= ido; i++) {
                    int isucc = iord[nrmax[0] - 1];
                    if (errmax <= elist[isucc]) break;
                    iord[nrmax[0]] = isucc;
                    nrmax[0]--;
                }
            }
            int jupbn = last > limit / 2 + 2 ? limit + 3 - last : last;
            double errmin = elist[last];
            int jbnd = jupbn - 1;
            boolean placed = false;
            outer:
            for (int i = nrmax[0] + 1; i <= jbnd; i++) {
                int isucc = iord[i];
                if (errmax >= elist[isucc]) {
                    iord[i - 1] = maxerr[0];
                    for (int k = jbnd; k >= i; k--) {
                        isucc = iord[k];
                        if (errmin < elist[isucc]) {
                            iord[k + 1] = last;
                            placed = true;
                            break outer;
                        }
                        iord[k + 1] = isucc;
                    }
                    iord[i] = last;
                    placed = true;
                    break;
                }
                iord[i - 1] = isucc;
            }
            if (!placed) {
                iord[jbnd] = maxerr[0];
                iord[jupbn] = last;
            }
        }
        maxerr[0] = iord[nrmax[0]];
        ermax[0] = elist[maxerr[0]];
    }

    /** Wynn's epsilon algorithm on epstab[1..n] (dqelg); returns {result, abserr}. */
    static double[] epsilonAlgorithm(int[] nRef, double[] epstab, double[] res3la, int[] nres) {
        int n = nRef[0];
        nres[0]++;
        double abserr = OFLOW, result = epstab[n];
        if (n < 3) return new double[] {result, Math.max(abserr, EPMACH * 5. * Math.abs(result))};
        final int limexp = 50;
        epstab[n + 2] = epstab[n];
        int newelm = (n - 1) / 2;
        epstab[n] = OFLOW;
        int num = n, k1 = n;
        for (int i = 1; i <= newelm; i++) {
            int k2 = k1 - 1, k3 = k1 - 2;
            double res = epstab[k1 + 2], e0 = epstab[k3], e1 = epstab[k2], e2 = res;
            double e1abs = Math.abs(e1), delta2 = e2 - e1, err2 = Math.abs(delta2);
            double tol2 = Math.max(Math.abs(e2), e1abs) * EPMACH;
            double delta3 = e1 - e0, err3 = Math.abs(delta3), tol3 = Math.max(e1abs, Math.abs(e0)) * EPMACH;
            if (err2 <= tol2 && err3 <= tol3) {
                // convergence to within machine accuracy
                nRef[0] = n;
                return new double[] {res, Math.max(err2 + err3, EPMACH * 5. * Math.abs(res))};
            }
            double e3 = epstab[k1];
            epstab[k1] = e1;
            double delta1 = e1 - e3, err1 = Math.abs(delta1), tol1 = Math.max(e1abs, Math.abs(e3)) * EPMACH;
            double ss = 0;
            boolean irregular = true;
            if (err1 > tol1 && err2 > tol2 && err3 > tol3) {
                ss = 1. / delta1 + 1. / delta2 - 1. / delta3;
                if (Math.abs(ss * e1) > 1e-4) irregular = false;
            }
            if (irregular) {
                n = i + i - 1;
                break;
            }
            res = e1 + 1. / ss;
            epstab[k1] = res;
            k1 -= 2;
            double errA = err2 + Math.abs(res - e2) + err3;
            if (errA <= abserr) {
                abserr = errA;
                result = res;
            }
        }
        if (n == limexp) n = (limexp / 2 << 1) - 1;
        int ib = (num / 2 << 1) == num ? 2 : 1;
        int ie = newelm + 1;
        for (int i = 1; i <= ie; i++) {
            int ib2 = ib + 2;
            epstab[ib] = epstab[ib2];
            ib = ib2;
        }
        if (num != n) {
            int indx = num - n + 1;
            for (int i = 1; i <= n; i++) {
                epstab[i] = epstab[indx];
                indx++;
            }
        }
        if (nres[0] >= 4) {
            abserr = Math.abs(result - res3la[3]) + Math.abs(result - res3la[2]) + Math.abs(result - res3la[1]);
            res3la[1] = res3la[2];
            res3la[2] = res3la[3];
            res3la[3] = result;
        } else {
            res3la[nres[0]] = result;
            abserr = OFLOW;
        }
        nRef[0] = n;
        return new double[] {result, Math.max(abserr, EPMACH * 5. * Math.abs(result))};
    }
}
