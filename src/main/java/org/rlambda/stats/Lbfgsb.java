package org.rlambda.stats;

/**
 * optim(method = "L-BFGS-B"): the limited-memory BFGS method for bound constraints of Byrd,
 * Lu, Nocedal and Zhu (SIAM J. Sci. Comput. 16, 1995), following the algorithm of GNU R's
 * src/appl/lbfgsb.c (version 3.0 as shipped with R) and its driver lbfgsb() in
 * src/appl/optim.c: generalized Cauchy point along the projected gradient path, subspace
 * minimisation over the free variables with backtracking into the box, the More-Thuente
 * line search (dcsrch/dcstep, ftol 1e-3, gtol 0.9, xtol 0.1), the same stopping tests,
 * restarts, evaluation counts and task messages. The limited-memory matrix is held densely
 * (B = theta I updated by the stored correction pairs), which gives the same model as the
 * compact representation for the small problems optim() is used for.
 */
final class Lbfgsb {
    private static final double EPSMCH = Math.ulp(1.0);

    private final OptimObjective os;
    private final int n, m;
    private final double[] l, u;
    private final int[] nbd;
    private final int iprint, trace, nReport, maxit;

    // stored corrections, oldest first
    private final double[][] ws, wy;
    private int col;
    private double theta = 1;

    int fncount;
    int fail;
    double value;
    String message;

    Lbfgsb(OptimObjective os, int m, double[] l, double[] u, int[] nbd, int trace, int nReport, int maxit) {
        this.os = os;
        this.n = l.length;
        this.m = m;
        this.l = l;
        this.u = u;
        this.nbd = nbd;
        this.trace = trace;
        this.nReport = nReport;
        this.maxit = maxit;
        switch (trace) {
            case 2: iprint = 0; break;
            case 3: iprint = nReport; break;
            case 4: iprint = 99; break;
            case 5: iprint = 100; break;
            case 6: iprint = 101; break;
            default: iprint = -1;
        }
        ws = new double[Math.max(m, 0)][];
        wy = new double[Math.max(m, 0)][];
    }

    private void print(String s) {
        os.print(s);
    }

    private static String g(double x) {
        return OptimObjective.c("%g", x);
    }

    /** Minimises from x (scaled units, overwritten with the result). */
    void minimize(double[] x) {
        fail = 0;
        String task = null;
        if (n == 0) task = "ERROR: N .LE. 0";
        else if (m <= 0) task = "ERROR: M .LE. 0";
        double factr = factrValue;
        if (factr < 0) task = "ERROR: FACTR .LT. 0";
        int info = 0, kerr = 0;
        for (int i = 0; i < n; i++) {
            if (nbd[i] == 2 && l[i] > u[i]) {
                task = "ERROR: NO FEASIBLE SOLUTION";
                info = -7;
                kerr = i + 1;
            }
        }
        double f = 0;
        double[] gr = new double[n];
        int iter = 0, driverIter = 0, nintol = 0, nskip = 0, nact = 0;
        double sbgnrm = 0;
        if (task != null) {
            if (iprint >= 0 && info == -7) print("l(" + kerr + ") > u(" + kerr + ").  No feasible solution");
            finish(f, task, 52, driverIter);
            return;
        }
        double tol = factr * EPSMCH;
        if (iprint >= 0) print("N = " + n + ", M = " + m + " machine precision = " + g(EPSMCH) + "\n");
        // active(): project x into the box, classify the variables
        int[] iwhere = new int[n];
        boolean prjctd = false, cnstnd = false, boxed = true;
        int nbdd = 0;
        for (int i = 0; i < n; i++) {
            if (nbd[i] > 0) {
                if (nbd[i] <= 2 && x[i] <= l[i]) {
                    if (x[i] < l[i]) {
                        prjctd = true;
                        x[i] = l[i];
                    }
                    nbdd++;
                } else if (nbd[i] >= 2 && x[i] >= u[i]) {
                    if (x[i] > u[i]) {
                        prjctd = true;
                        x[i] = u[i];
                    }
                    nbdd++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (nbd[i] != 2) boxed = false;
            if (nbd[i] == 0) iwhere[i] = -1;
            else {
                cnstnd = true;
                iwhere[i] = nbd[i] == 2 && u[i] - l[i] <= 0 ? 3 : 0;
            }
        }
        if (iprint >= 0) {
            if (prjctd) print("The initial X is infeasible.  Restart with its projection.\n");
            if (!cnstnd) print("This problem is unconstrained.\n");
        }
        if (iprint > 0) print("At X0, " + nbdd + " variables are exactly at the bounds\n");

        f = evaluate(x, gr);
        nfgv = 1;
        sbgnrm = projectedGradientNorm(x, gr);
        if (iprint >= 1) print("At iterate " + OptimObjective.ci("%5d", iter) + "  f= " + OptimObjective.c("%12.5g", f)
                + "  |proj g|= " + OptimObjective.c("%12.5g", sbgnrm) + "\n");
        if (sbgnrm <= pgtol) {
            task = "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL";
            summary(task, iter, nfgv, nintol, nskip, nact, sbgnrm, f, info);
            finish(f, task, 0, driverIter);
            return;
        }
        double[] z = new double[n], d = new double[n], t = new double[n], r = new double[n];
        int nfree = n;
        boolean[] free = new boolean[n];
        java.util.Arrays.fill(free, true);
        double fold = 0;
        while (true) {
            // L222: search direction
            if (iprint >= 99) print("Iteration " + OptimObjective.ci("%5d", iter) + "\n");
            double[][] bmat = col > 0 ? denseB() : null;
            if (!cnstnd && col > 0) {
                System.arraycopy(x, 0, z, 0, n);
            } else {
                nintol += cauchy(x, gr, iwhere, sbgnrm, bmat, z);
                if (cnstnd) {
                    nfree = 0;
                    for (int i = 0; i < n; i++) {
                        free[i] = iwhere[i] <= 0;
                        if (free[i]) nfree++;
                    }
                }
                nact = n - nfree;
            }
            if (nfree != 0 && col != 0) {
                if (!subspaceMinimum(x, gr, z, free, nfree, bmat, cnstnd)) {
                    if (iprint >= 1) print("Singular triangular system detected;\n   refresh the lbfgs memory and restart the iteration.\n");
                    resetMemory();
                    continue;
                }
            }
            for (int i = 0; i < n; i++) d[i] = z[i] - x[i];
            // lnsrlb
            double dtd = dot(d, d), dnorm = Math.sqrt(dtd), stpmx = 1e10;
            if (cnstnd) {
                if (iter == 0) stpmx = 1;
                else {
                    for (int i = 0; i < n; i++) {
                        double a1 = d[i];
                        if (nbd[i] == 0) continue;
                        if (a1 < 0 && nbd[i] <= 2) {
                            double a2 = l[i] - x[i];
                            if (a2 >= 0) stpmx = 0;
                            else if (a1 * stpmx < a2) stpmx = a2 / a1;
                        } else if (a1 > 0 && nbd[i] >= 2) {
                            double a2 = u[i] - x[i];
                            if (a2 <= 0) stpmx = 0;
                            else if (a1 * stpmx > a2) stpmx = a2 / a1;
                        }
                    }
                }
            }
            double stp = iter == 0 && !boxed ? Math.min(1 / dnorm, stpmx) : 1;
            System.arraycopy(x, 0, t, 0, n);
            System.arraycopy(gr, 0, r, 0, n);
            fold = f;
            int ifun = 0, iback = 0;
            double gd = dot(gr, d), gdold = gd;
            LineSearch ls = null;
            boolean newX = false;
            if (gd >= 0) info = -4;
            else {
                ls = new LineSearch(f, gd, stp, stpmx);
                while (true) {
                    String s = ls.task;
                    if (s.startsWith("CONV") || s.startsWith("WARN")) {
                        newX = true;
                        break;
                    }
                    ifun++;
                    nfgv++;
                    iback = ifun - 1;
                    stp = ls.stp;
                    if (stp == 1) System.arraycopy(z, 0, x, 0, n);
                    else for (int i = 0; i < n; i++) x[i] = stp * d[i] + t[i];
                    if (iback >= 20) break;
                    f = evaluate(x, gr);
                    gd = dot(gr, d);
                    ls.next(f, gd);
                }
            }
            if (!newX) {
                System.arraycopy(t, 0, x, 0, n);
                System.arraycopy(r, 0, gr, 0, n);
                f = fold;
                if (col == 0) {
                    if (info == 0) {
                        info = -9;
                        nfgv--;
                    }
                    task = "ERROR: ABNORMAL_TERMINATION_IN_LNSRCH";
                    iter++;
                    summary(task, iter, nfgv, nintol, nskip, nact, sbgnrm, f, info);
                    finish(f, task, 52, driverIter);
                    return;
                }
                if (iprint >= 1) print("Bad direction in the line search;\n   refresh the lbfgs memory and restart the iteration.\n");
                if (info == 0) nfgv--;
                info = 0;
                resetMemory();
                continue;
            }
            iter++;
            sbgnrm = projectedGradientNorm(x, gr);
            if (iprint >= 99) print("LINE SEARCH " + iback + " times; norm of step = " + g(stp * dnorm) + "\n");
            else if (iprint > 0 && iter % iprint == 0) print("At iterate " + OptimObjective.ci("%5d", iter) + "  f = "
                    + OptimObjective.c("%12.5g", f) + "  |proj g|=  " + OptimObjective.c("%12.5g", sbgnrm) + "\n");
            // the driver sees NEW_X
            driverIter++;
            if (trace == 1 && driverIter % nReport == 0)
                print("iter " + OptimObjective.ci("%4d", driverIter) + " value " + OptimObjective.c("%f", f) + "\n");
            if (driverIter > maxit) {
                finish(f, "NEW_X", 1, driverIter);
                return;
            }
            // L777: stopping tests
            if (sbgnrm <= pgtol) {
                task = "CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL";
                summary(task, iter, nfgv, nintol, nskip, nact, sbgnrm, f, info);
                finish(f, task, 0, driverIter);
                return;
            }
            double ddum = Math.max(Math.max(Math.abs(fold), Math.abs(f)), 1);
            if (fold - f <= tol * ddum) {
                task = "CONVERGENCE: REL_REDUCTION_OF_F <= FACTR*EPSMCH";
                if (iback >= 10) info = -5;
                summary(task, iter, nfgv, nintol, nskip, nact, sbgnrm, f, info);
                finish(f, task, 0, driverIter);
                return;
            }
            for (int i = 0; i < n; i++) r[i] = gr[i] - r[i];
            double rr = dot(r, r), dr;
            if (stp == 1) {
                dr = gd - gdold;
                ddum = -gdold;
            } else {
                dr = (gd - gdold) * stp;
                for (int i = 0; i < n; i++) d[i] *= stp;
                ddum = -gdold * stp;
            }
            if (dr <= EPSMCH * ddum) {
                nskip++;
                if (iprint >= 1) print("ys=" + OptimObjective.c("%10.3e", dr) + "  -gs=" + OptimObjective.c("%10.3e", ddum)
                        + ", BFGS update SKIPPED\n");
                continue;
            }
            // matupd: keep the newest m pairs
            if (col < m) col++;
            else {
                System.arraycopy(ws, 1, ws, 0, m - 1);
                System.arraycopy(wy, 1, wy, 0, m - 1);
            }
            ws[col - 1] = d.clone();
            wy[col - 1] = r.clone();
            theta = rr / dr;
        }
    }

    double factrValue = 1e7, pgtol = 0;
    private int nfgv;

    private void resetMemory() {
        col = 0;
        theta = 1;
    }

    private void finish(double f, String task, int code, int driverIter) {
        fncount = nfgv;
        value = f;
        message = task;
        fail = code;
        if (trace != 0) {
            print("final  value " + OptimObjective.c("%f", f) + " \n");
            if (driverIter < maxit && fail == 0) print("converged\n");
            else print("stopped after " + driverIter + " iterations\n");
        }
    }

    private void summary(String task, int iter, int nfgv, int nintol, int nskip, int nact, double sbgnrm, double f, int info) {
        if (task.startsWith("CONV") && iprint >= 0) {
            print("\niterations " + iter + "\nfunction evaluations " + nfgv + "\nsegments explored during Cauchy searches "
                    + nintol + "\nBFGS updates skipped " + nskip + "\nactive bounds at final generalized Cauchy point "
                    + nact + "\nnorm of the final projected gradient " + g(sbgnrm) + "\nfinal function value " + g(f) + "\n\n");
        }
        if (task.startsWith("CONV") && iprint >= 1) print("F = " + g(f) + "\n");
        if (iprint >= 0) {
            if (info == -4) print("Derivative >= 0, backtracking line search impossible.");
            else if (info == -5) print("Warning:  more than 10 function and gradient evaluations\n   in the last line search\n");
            else if (info == -9) print("Line search cannot locate an adequate point after 20 function\nand gradient evaluations\n");
        }
    }

    private double evaluate(double[] x, double[] gr) {
        double f = os.value(x);
        if (!Double.isFinite(f)) throw os.in.errorInCurrentCall("L-BFGS-B needs finite values of 'fn'");
        os.gradient(x, gr);
        return f;
    }

    private double projectedGradientNorm(double[] x, double[] gr) {
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double gi = gr[i];
            if (nbd[i] != 0) {
                if (gi < 0) {
                    if (nbd[i] >= 2 && gi < x[i] - u[i]) gi = x[i] - u[i];
                } else if (nbd[i] <= 2 && gi > x[i] - l[i]) gi = x[i] - l[i];
            }
            norm = Math.max(norm, Math.abs(gi));
        }
        return norm;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** The BFGS matrix theta*I updated by the stored pairs, oldest first. */
    private double[][] denseB() {
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) b[i][i] = theta;
        double[] bs = new double[n];
        for (int k = 0; k < col; k++) {
            double[] s = ws[k], y = wy[k];
            mul(b, s, bs);
            double sbs = dot(s, bs), ys = dot(y, s);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) b[i][j] += y[i] * y[j] / ys - bs[i] * bs[j] / sbs;
            }
        }
        return b;
    }

    private static void mul(double[][] b, double[] v, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) s += b[i][j] * v[j];
            out[i] = s;
        }
    }

    /** d'B v, or theta d'v without corrections. */
    private double quad(double[][] b, double[] d, double[] v) {
        if (b == null) return theta * dot(d, v);
        double s = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] == 0) continue;
            double row = 0;
            for (int j = 0; j < n; j++) row += b[i][j] * v[j];
            s += d[i] * row;
        }
        return s;
    }

    /** The generalized Cauchy point xcp; returns the number of segments explored. */
    private int cauchy(double[] x, double[] gr, int[] iwhere, double sbgnrm, double[][] b, double[] xcp) {
        System.arraycopy(x, 0, xcp, 0, n);
        if (sbgnrm <= 0) {
            if (iprint >= 0) print("Subgnorm = 0.  GCP = X.\n");
            return 0;
        }
        double[] d = new double[n], tb = new double[n];
        int[] order = new int[n];
        int nbreak = 0, nUnbounded = 0;
        boolean bnded = true;
        double f1 = 0;
        for (int i = 0; i < n; i++) {
            double neggi = -gr[i], tl = 0, tu = 0;
            if (iwhere[i] != 3 && iwhere[i] != -1) {
                if (nbd[i] <= 2) tl = x[i] - l[i];
                if (nbd[i] >= 2) tu = u[i] - x[i];
                boolean xlower = nbd[i] <= 2 && tl <= 0, xupper = nbd[i] >= 2 && tu <= 0;
                iwhere[i] = 0;
                if (xlower) {
                    if (neggi <= 0) iwhere[i] = 1;
                } else if (xupper) {
                    if (neggi >= 0) iwhere[i] = 2;
                } else if (Math.abs(neggi) <= 0) iwhere[i] = -3;
            }
            if (iwhere[i] != 0 && iwhere[i] != -1) {
                d[i] = 0;
                continue;
            }
            d[i] = neggi;
            f1 -= neggi * neggi;
            if (nbd[i] <= 2 && nbd[i] != 0 && neggi < 0) {
                order[nbreak] = i;
                tb[nbreak++] = tl / -neggi;
            } else if (nbd[i] >= 2 && neggi > 0) {
                order[nbreak] = i;
                tb[nbreak++] = tu / neggi;
            } else {
                nUnbounded++;
                if (Math.abs(neggi) > 0) bnded = false;
            }
        }
        if (nbreak == 0 && nUnbounded == 0) return 0;
        double[] zc = new double[n];
        double f2 = quad(b, d, d), f2org = f2;
        double dtm = -f1 / f2, tsum = 0, tj = 0;
        int nint = 1;
        boolean[] used = new boolean[nbreak];
        int nleft = nbreak;
        boolean allFixed = false;
        while (nleft > 0) {
            int kmin = -1;
            for (int k = 0; k < nbreak; k++) {
                if (!used[k] && (kmin < 0 || tb[k] < tb[kmin])) kmin = k;
            }
            double tj0 = tj;
            tj = tb[kmin];
            double dt = tj - tj0;
            if (dtm < dt) break;
            used[kmin] = true;
            int ibp = order[kmin];
            tsum += dt;
            nleft--;
            double dibp = d[ibp];
            d[ibp] = 0;
            if (dibp > 0) {
                xcp[ibp] = u[ibp];
                iwhere[ibp] = 2;
            } else {
                xcp[ibp] = l[ibp];
                iwhere[ibp] = 1;
            }
            if (iprint >= 100) print("Variable  " + (ibp + 1) + "  is fixed.\n");
            if (nleft == 0 && nbreak == n) {
                dtm = dt;
                allFixed = true;
                break;
            }
            nint++;
            // derivatives of the model along the shortened direction from the breakpoint
            for (int i = 0; i < n; i++) zc[i] = d[i] != 0 ? tsum * d[i] : xcp[i] - x[i];
            f1 = dot(gr, d) + quad(b, d, zc);
            f2 = quad(b, d, d);
            f2 = Math.max(f2, EPSMCH * f2org);
            if (nleft > 0) dtm = -f1 / f2;
            else if (bnded) dtm = 0;
            else dtm = -f1 / f2;
        }
        if (!allFixed) {
            if (dtm <= 0) dtm = 0;
            tsum += dtm;
            for (int i = 0; i < n; i++) xcp[i] += tsum * d[i];
        }
        return nint;
    }

    /** Newton step of the model over the free variables from the Cauchy point z, backtracked into the box. */
    private boolean subspaceMinimum(double[] x, double[] gr, double[] z, boolean[] free, int nfree, double[][] b, boolean cnstnd) {
        int[] ind = new int[nfree];
        for (int i = 0, k = 0; i < n; i++) if (free[i]) ind[k++] = i;
        double[] zx = new double[n];
        for (int i = 0; i < n; i++) zx[i] = z[i] - x[i];
        double[] rhs = new double[nfree];
        for (int a = 0; a < nfree; a++) {
            int i = ind[a];
            double s = gr[i];
            if (cnstnd) for (int j = 0; j < n; j++) s += b[i][j] * zx[j];
            rhs[a] = -s;
        }
        // Cholesky of the free block
        double[][] c = new double[nfree][nfree];
        for (int a = 0; a < nfree; a++) {
            for (int e = 0; e <= a; e++) {
                double s = b[ind[a]][ind[e]];
                for (int k = 0; k < e; k++) s -= c[a][k] * c[e][k];
                if (a == e) {
                    if (!(s > 0)) return false;
                    c[a][a] = Math.sqrt(s);
                } else c[a][e] = s / c[e][e];
            }
        }
        double[] dd = new double[nfree];
        for (int a = 0; a < nfree; a++) {
            double s = rhs[a];
            for (int k = 0; k < a; k++) s -= c[a][k] * dd[k];
            dd[a] = s / c[a][a];
        }
        for (int a = nfree - 1; a >= 0; a--) {
            double s = dd[a];
            for (int k = a + 1; k < nfree; k++) s -= c[k][a] * dd[k];
            dd[a] = s / c[a][a];
        }
        double alpha = 1, temp1 = alpha;
        int ibd = -1;
        for (int a = 0; a < nfree; a++) {
            int k = ind[a];
            double dk = dd[a];
            if (nbd[k] == 0) continue;
            if (dk < 0 && nbd[k] <= 2) {
                double temp2 = l[k] - z[k];
                if (temp2 >= 0) temp1 = 0;
                else if (dk * alpha < temp2) temp1 = temp2 / dk;
            } else if (dk > 0 && nbd[k] >= 2) {
                double temp2 = u[k] - z[k];
                if (temp2 <= 0) temp1 = 0;
                else if (dk * alpha > temp2) temp1 = temp2 / dk;
            }
            if (temp1 < alpha) {
                alpha = temp1;
                ibd = a;
            }
        }
        if (alpha < 1) {
            double dk = dd[ibd];
            int k = ind[ibd];
            if (dk > 0) {
                z[k] = u[k];
                dd[ibd] = 0;
            } else if (dk < 0) {
                z[k] = l[k];
                dd[ibd] = 0;
            }
        }
        for (int a = 0; a < nfree; a++) z[ind[a]] += alpha * dd[a];
        return true;
    }

    /** The More-Thuente line search of MINPACK-2 (dcsrch with dcstep). */
    private static final class LineSearch {
        private static final double FTOL = 1e-3, GTOL = 0.9, XTOL = 0.1, STPMIN = 0;
        String task;
        double stp;
        private final double stpmax, finit, ginit, gtest;
        private boolean brackt;
        private int stage = 1;
        private double width, width1, stx, fx, gx, sty, fy, gy, stmin, stmax;

        LineSearch(double f, double g, double stp, double stpmax) {
            this.stp = stp;
            this.stpmax = stpmax;
            if (stp < STPMIN) task = "ERROR: STP .LT. STPMIN";
            if (stp > stpmax) task = "ERROR: STP .GT. STPMAX";
            finit = f;
            ginit = g;
            gtest = FTOL * ginit;
            width = stpmax - STPMIN;
            width1 = width / 0.5;
            stx = 0;
            fx = finit;
            gx = ginit;
            sty = 0;
            fy = finit;
            gy = ginit;
            stmin = 0;
            stmax = stp + 4 * stp;
            if (task == null) task = "FG";
            else task = "WARNING: " + task; // treated as a finished search by the caller
        }

        void next(double f, double g) {
            double ftest = finit + stp * gtest;
            if (stage == 1 && f <= ftest && g >= 0) stage = 2;
            String t = null;
            if (brackt && (stp <= stmin || stp >= stmax)) t = "WARNING: ROUNDING ERRORS PREVENT PROGRESS";
            if (brackt && stmax - stmin <= XTOL * stmax) t = "WARNING: XTOL TEST SATISFIED";
            if (stp == stpmax && f <= ftest && g <= gtest) t = "WARNING: STP = STPMAX";
            if (stp == STPMIN && (f > ftest || g >= gtest)) t = "WARNING: STP = STPMIN";
            if (f <= ftest && Math.abs(g) <= GTOL * -ginit) t = "CONVERGENCE";
            if (t != null) {
                task = t;
                return;
            }
            if (stage == 1 && f <= fx && f > ftest) {
                double[] s = {stx, fx - stx * gtest, gx - gtest, sty, fy - sty * gtest, gy - gtest};
                step(s, f - stp * gtest, g - gtest);
                stx = s[0];
                sty = s[3];
                fx = s[1] + stx * gtest;
                fy = s[4] + sty * gtest;
                gx = s[2] + gtest;
                gy = s[5] + gtest;
            } else {
                double[] s = {stx, fx, gx, sty, fy, gy};
                step(s, f, g);
                stx = s[0];
                fx = s[1];
                gx = s[2];
                sty = s[3];
                fy = s[4];
                gy = s[5];
            }
            if (brackt) {
                if (Math.abs(sty - stx) >= 0.66 * width1) stp = stx + 0.5 * (sty - stx);
                width1 = width;
                width = Math.abs(sty - stx);
            }
            if (brackt) {
                stmin = Math.min(stx, sty);
                stmax = Math.max(stx, sty);
            } else {
                stmin = stp + 1.1 * (stp - stx);
                stmax = stp + 4 * (stp - stx);
            }
            stp = Math.max(stp, STPMIN);
            stp = Math.min(stp, stpmax);
            if (brackt && (stp <= stmin || stp >= stmax) || brackt && stmax - stmin <= XTOL * stmax) stp = stx;
            task = "FG";
        }

        /** dcstep: s = {stx, fx, dx, sty, fy, dy}; a safeguarded trial step into stp. */
        private void step(double[] s, double fp, double dp) {
            double stx = s[0], fx = s[1], dx = s[2], sty = s[3], fy = s[4], dy = s[5];
            double sgnd = dp * (dx / Math.abs(dx)), stpf;
            if (fp > fx) {
                double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
                double sc = Math.max(Math.max(Math.abs(theta), Math.abs(dx)), Math.abs(dp));
                double gamm = sc * Math.sqrt((theta / sc) * (theta / sc) - (dx / sc) * (dp / sc));
                if (stp < stx) gamm = -gamm;
                double p = gamm - dx + theta, q = gamm - dx + gamm + dp, r = p / q;
                double stpc = stx + r * (stp - stx);
                double stpq = stx + dx / ((fx - fp) / (stp - stx) + dx) / 2 * (stp - stx);
                stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
                brackt = true;
            } else if (sgnd < 0) {
                double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
                double sc = Math.max(Math.max(Math.abs(theta), Math.abs(dx)), Math.abs(dp));
                double gamm = sc * Math.sqrt((theta / sc) * (theta / sc) - (dx / sc) * (dp / sc));
                if (stp > stx) gamm = -gamm;
                double p = gamm - dp + theta, q = gamm - dp + gamm + dx, r = p / q;
                double stpc = stp + r * (stx - stp);
                double stpq = stp + dp / (dp - dx) * (stx - stp);
                stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                brackt = true;
            } else if (Math.abs(dp) < Math.abs(dx)) {
                double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
                double sc = Math.max(Math.max(Math.abs(theta), Math.abs(dx)), Math.abs(dp));
                double disc = (theta / sc) * (theta / sc) - (dx / sc) * (dp / sc);
                double gamm = disc < 0 ? 0 : sc * Math.sqrt(disc);
                if (stp > stx) gamm = -gamm;
                double p = gamm - dp + theta, q = gamm + (dx - dp) + gamm, r = p / q;
                double stpc;
                if (r < 0 && gamm != 0) stpc = stp + r * (stx - stp);
                else if (stp > stx) stpc = stmax;
                else stpc = stmin;
                double stpq = stp + dp / (dp - dx) * (stx - stp);
                if (brackt) {
                    stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
                    double bound = stp + 0.66 * (sty - stp);
                    stpf = stp > stx ? Math.min(bound, stpf) : Math.max(bound, stpf);
                } else {
                    stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                    stpf = Math.min(stmax, stpf);
                    stpf = Math.max(stmin, stpf);
                }
            } else {
                if (brackt) {
                    double theta = 3 * (fp - fy) / (sty - stp) + dy + dp;
                    double sc = Math.max(Math.max(Math.abs(theta), Math.abs(dy)), Math.abs(dp));
                    double gamm = sc * Math.sqrt((theta / sc) * (theta / sc) - (dy / sc) * (dp / sc));
                    if (stp > sty) gamm = -gamm;
                    double p = gamm - dp + theta, q = gamm - dp + gamm + dy, r = p / q;
                    stpf = stp + r * (sty - stp);
                } else if (stp > stx) stpf = stmax;
                else stpf = stmin;
            }
            if (fp > fx) {
                sty = stp;
                fy = fp;
                dy = dp;
            } else {
                if (sgnd < 0) {
                    sty = stx;
                    fy = fx;
                    dy = dx;
                }
                stx = stp;
                fx = fp;
                dx = dp;
            }
            stp = stpf;
            s[0] = stx;
            s[1] = fx;
            s[2] = dx;
            s[3] = sty;
            s[4] = fy;
            s[5] = dy;
        }
    }
}
