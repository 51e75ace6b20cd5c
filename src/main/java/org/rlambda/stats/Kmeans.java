package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * kmeans() kernels: Hartigan and Wong's AS 136 with its optimal-transfer and quick-transfer
 * stages (GNU R's src/library/stats/src/kmns.f, including the quick-transfer step limit and
 * trace lines), and the Lloyd/Forgy and MacQueen iterations of kmeans.c.
 */
public final class Kmeans {
    private Kmeans() { }

    /** Fortran's single-precision constant 1.E30 as the double it becomes. */
    private static final double BIG = (double) 1.0E30f;

    public static void register(Builtins b) {
        // .kmeans(x, centers, k, iter.max, method, trace, maxQtr): list(cluster, centers, iter, size, wss, ifault)
        b.add(".kmeans", "x, centers, k, iter, method, trace, maxQtr", (in, call, a, rho) -> {
            double[] x = Interpolation.reals(in, a[0]);
            int[] dim = ((org.rlambda.sexp.Vector) a[0]).dim();
            int m = dim[0], n = dim[1];
            double[] c = Interpolation.reals(in, a[1]);
            int k = Optim.integer(in, a[2]), iter = Optim.integer(in, a[3]), method = Optim.integer(in, a[4]);
            int trace = Optim.integer(in, a[5]), maxQtr = Optim.integer(in, a[6]);
            int[] cl = new int[m], nc = new int[k];
            double[] wss = new double[k];
            int[] out = {iter, 0};
            if (method == 1) {
                hartiganWong(in.out, x, m, n, c, k, cl, nc, wss, out, trace, maxQtr);
            } else if (method == 2) {
                lloyd(x, m, n, c, k, cl, nc, wss, out);
            } else {
                macQueen(x, m, n, c, k, cl, nc, wss, out);
            }
            ListVector l = ListVector.of(new IntVector(cl), new DoubleVector(c), IntVector.of(out[0]), new IntVector(nc),
                    new DoubleVector(wss), IntVector.of(out[1]));
            l.setAttributeRaw("names", StringVector.of("c1", "centers", "iter", "nc", "wss", "ifault"));
            return (SEXP) l;
        });
    }

    private static final class State {
        double[] a, c, an1, an2, d;
        int m, n, k;
        int[] ic1, ic2, nc, ncp, itran, live;
        int indx;

        double dist2(int i, int l) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                double t = a[i + j * m] - c[l + j * k];
                s += t * t;
            }
            return s;
        }

        void transfer(int i, int l1, int l2) {
            double al1 = nc[l1], alw = al1 - 1, al2 = nc[l2], alt = al2 + 1;
            for (int j = 0; j < n; j++) {
                c[l1 + j * k] = (c[l1 + j * k] * al1 - a[i + j * m]) / alw;
                c[l2 + j * k] = (c[l2 + j * k] * al2 + a[i + j * m]) / alt;
            }
            nc[l1]--;
            nc[l2]++;
            an2[l1] = alw / al1;
            an1[l1] = alw > 1 ? alw / (alw - 1) : BIG;
            an1[l2] = alt / al2;
            an2[l2] = alt / (alt + 1);
            ic1[i] = l2;
            ic2[i] = l1;
        }
    }

    static void hartiganWong(java.io.PrintStream out, double[] a, int m, int n, double[] c, int k, int[] cl, int[] ncOut,
                             double[] wss, int[] iterFault, int trace, int maxQtr) {
        iterFault[1] = 3;
        if (k <= 1 || k >= m) return;
        iterFault[1] = 0;
        State s = new State();
        s.a = a;
        s.c = c;
        s.m = m;
        s.n = n;
        s.k = k;
        s.ic1 = new int[m];
        s.ic2 = new int[m];
        s.nc = ncOut;
        s.ncp = new int[k];
        s.itran = new int[k];
        s.live = new int[k];
        s.an1 = new double[k];
        s.an2 = new double[k];
        s.d = new double[m];
        for (int i = 0; i < m; i++) {
            s.ic1[i] = 0;
            s.ic2[i] = 1;
            double[] dt = {s.dist2(i, 0), s.dist2(i, 1)};
            if (dt[0] > dt[1]) {
                s.ic1[i] = 1;
                s.ic2[i] = 0;
                double t = dt[0];
                dt[0] = dt[1];
                dt[1] = t;
            }
            for (int l = 2; l < k; l++) {
                double db = 0;
                boolean far = false;
                for (int j = 0; j < n; j++) {
                    double dc = a[i + j * m] - c[l + j * k];
                    db += dc * dc;
                    if (db >= dt[1]) {
                        far = true;
                        break;
                    }
                }
                if (far) continue;
                if (db >= dt[0]) {
                    dt[1] = db;
                    s.ic2[i] = l;
                } else {
                    dt[1] = dt[0];
                    s.ic2[i] = s.ic1[i];
                    dt[0] = db;
                    s.ic1[i] = l;
                }
            }
        }
        centres(s);
        for (int l = 0; l < k; l++) {
            if (s.nc[l] == 0) {
                iterFault[1] = 1;
                return;
            }
            double aa = s.nc[l];
            s.an2[l] = aa / (aa + 1);
            s.an1[l] = aa > 1 ? aa / (aa - 1) : BIG;
            s.itran[l] = 1;
            s.ncp[l] = -1;
        }
        s.indx = 0;
        int iter = iterFault[0], ij;
        int[] qtr = {maxQtr};
        boolean done = false;
        for (ij = 1; ij <= iter; ij++) {
            optra(s);
            if (trace > 0) out.print("KMNS(*, k=" + k + "): iter=" + OptimObjective.ci("%3d", ij) + ", indx=" + s.indx + "\n");
            if (s.indx == m) {
                done = true;
                break;
            }
            qtran(s, out, trace, qtr);
            if (qtr[0] < 0) {
                iterFault[1] = 4;
                done = true;
                break;
            }
            if (k == 2) {
                done = true;
                break;
            }
            java.util.Arrays.fill(s.ncp, 0);
        }
        if (!done) iterFault[1] = 2;
        iterFault[0] = ij;
        java.util.Arrays.fill(wss, 0);
        java.util.Arrays.fill(c, 0);
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) c[s.ic1[i] + j * k] += a[i + j * m];
        for (int j = 0; j < n; j++) {
            for (int l = 0; l < k; l++) c[l + j * k] /= s.nc[l];
            for (int i = 0; i < m; i++) {
                int ii = s.ic1[i];
                double da = a[i + j * m] - c[ii + j * k];
                wss[ii] += da * da;
            }
        }
        for (int i = 0; i < m; i++) cl[i] = s.ic1[i] + 1;
    }

    private static void centres(State s) {
        java.util.Arrays.fill(s.nc, 0);
        java.util.Arrays.fill(s.c, 0);
        for (int i = 0; i < s.m; i++) {
            int l = s.ic1[i];
            s.nc[l]++;
            for (int j = 0; j < s.n; j++) s.c[l + j * s.k] += s.a[i + j * s.m];
        }
        for (int l = 0; l < s.k; l++) {
            if (s.nc[l] == 0) continue;
            for (int j = 0; j < s.n; j++) s.c[l + j * s.k] /= s.nc[l];
        }
    }

    /** The optimal-transfer stage; live sets and indices are 1-based as in AS 136. */
    private static void optra(State s) {
        int m = s.m, k = s.k;
        for (int l = 0; l < k; l++) if (s.itran[l] == 1) s.live[l] = m + 1;
        for (int i = 0; i < m; i++) {
            int i1 = i + 1;
            s.indx++;
            int l1 = s.ic1[i], l2 = s.ic2[i], ll = l2;
            if (s.nc[l1] != 1) {
                if (s.ncp[l1] != 0) s.d[i] = s.dist2(i, l1) * s.an1[l1];
                double r2 = s.dist2(i, l2) * s.an2[l2];
                for (int l = 0; l < k; l++) {
                    if ((i1 >= s.live[l1] && i1 >= s.live[l]) || l == l1 || l == ll) continue;
                    double rr = r2 / s.an2[l], dc = 0;
                    boolean far = false;
                    for (int j = 0; j < s.n; j++) {
                        double dd = s.a[i + j * m] - s.c[l + j * k];
                        dc += dd * dd;
                        if (dc >= rr) {
                            far = true;
                            break;
                        }
                    }
                    if (far) continue;
                    r2 = dc * s.an2[l];
                    l2 = l;
                }
                if (r2 >= s.d[i]) {
                    s.ic2[i] = l2;
                } else {
                    s.indx = 0;
                    s.live[l1] = m + i1;
                    s.live[l2] = m + i1;
                    s.ncp[l1] = i1;
                    s.ncp[l2] = i1;
                    s.transfer(i, l1, l2);
                }
            }
            if (s.indx == m) return;
        }
        for (int l = 0; l < k; l++) {
            s.itran[l] = 0;
            s.live[l] -= m;
        }
    }

    private static void qtran(State s, java.io.PrintStream out, int trace, int[] maxQtr) {
        int m = s.m, k = s.k, icoun = 0, istep = 0;
        for (;;) {
            for (int i = 0; i < m; i++) {
                if (trace > 0 && istep >= 1 && i == 0) {
                    StringBuilder sb = new StringBuilder(" QTRAN(): istep=" + istep + ", icoun=" + icoun);
                    if (trace >= 2) {
                        sb.append(", NCP[1:").append(k).append("]=");
                        for (int l = 0; l < k; l++) sb.append(' ').append(s.ncp[l]);
                    }
                    out.print(sb.append('\n').toString());
                }
                icoun++;
                istep++;
                if (istep >= maxQtr[0]) {
                    maxQtr[0] = -1;
                    return;
                }
                int l1 = s.ic1[i], l2 = s.ic2[i];
                if (s.nc[l1] != 1) {
                    if (istep <= s.ncp[l1]) s.d[i] = s.dist2(i, l1) * s.an1[l1];
                    if (istep < s.ncp[l1] || istep < s.ncp[l2]) {
                        double r2 = s.d[i] / s.an2[l2], dd = 0;
                        boolean far = false;
                        for (int j = 0; j < s.n; j++) {
                            double de = s.a[i + j * m] - s.c[l2 + j * k];
                            dd += de * de;
                            if (dd >= r2) {
                                far = true;
                                break;
                            }
                        }
                        if (!far) {
                            icoun = 0;
                            s.indx = 0;
                            s.itran[l1] = 1;
                            s.itran[l2] = 1;
                            s.ncp[l1] = istep + m;
                            s.ncp[l2] = istep + m;
                            s.transfer(i, l1, l2);
                        }
                    }
                }
                if (icoun == m) return;
            }
        }
    }

    static void lloyd(double[] x, int n, int p, double[] cen, int k, int[] cl, int[] nc, double[] wss, int[] iterFault) {
        int maxiter = iterFault[0], iter;
        java.util.Arrays.fill(cl, -1);
        for (iter = 0; iter < maxiter; iter++) {
            boolean updated = false;
            for (int i = 0; i < n; i++) {
                int inew = nearest(x, n, p, cen, k, i) + 1;
                if (cl[i] != inew) {
                    updated = true;
                    cl[i] = inew;
                }
            }
            if (!updated) break;
            java.util.Arrays.fill(cen, 0);
            java.util.Arrays.fill(nc, 0);
            for (int i = 0; i < n; i++) {
                int it = cl[i] - 1;
                nc[it]++;
                for (int c = 0; c < p; c++) cen[it + c * k] += x[i + c * n];
            }
            for (int j = 0; j < k * p; j++) cen[j] /= nc[j % k];
        }
        iterFault[0] = iter + 1;
        withinss(x, n, p, cen, k, cl, wss);
    }

    static void macQueen(double[] x, int n, int p, double[] cen, int k, int[] cl, int[] nc, double[] wss, int[] iterFault) {
        int maxiter = iterFault[0], iter;
        for (int i = 0; i < n; i++) cl[i] = nearest(x, n, p, cen, k, i) + 1;
        java.util.Arrays.fill(cen, 0);
        java.util.Arrays.fill(nc, 0);
        for (int i = 0; i < n; i++) {
            int it = cl[i] - 1;
            nc[it]++;
            for (int c = 0; c < p; c++) cen[it + c * k] += x[i + c * n];
        }
        for (int j = 0; j < k * p; j++) cen[j] /= nc[j % k];
        for (iter = 0; iter < maxiter; iter++) {
            boolean updated = false;
            for (int i = 0; i < n; i++) {
                int inew = nearest(x, n, p, cen, k, i), iold = cl[i] - 1;
                if (iold != inew) {
                    updated = true;
                    cl[i] = inew + 1;
                    nc[iold]--;
                    nc[inew]++;
                    for (int c = 0; c < p; c++) {
                        cen[iold + k * c] += (cen[iold + k * c] - x[i + n * c]) / nc[iold];
                        cen[inew + k * c] += (x[i + n * c] - cen[inew + k * c]) / nc[inew];
                    }
                }
            }
            if (!updated) break;
        }
        iterFault[0] = iter + 1;
        withinss(x, n, p, cen, k, cl, wss);
    }

    private static int nearest(double[] x, int n, int p, double[] cen, int k, int i) {
        double best = Double.POSITIVE_INFINITY;
        int inew = 0;
        for (int j = 0; j < k; j++) {
            double dd = 0.0;
            for (int c = 0; c < p; c++) {
                double t = x[i + n * c] - cen[j + k * c];
                dd += t * t;
            }
            if (dd < best) {
                best = dd;
                inew = j;
            }
        }
        return inew;
    }

    private static void withinss(double[] x, int n, int p, double[] cen, int k, int[] cl, double[] wss) {
        java.util.Arrays.fill(wss, 0);
        for (int i = 0; i < n; i++) {
            int it = cl[i] - 1;
            for (int c = 0; c < p; c++) {
                double t = x[i + n * c] - cen[it + k * c];
                wss[it] += t * t;
            }
        }
    }
}
