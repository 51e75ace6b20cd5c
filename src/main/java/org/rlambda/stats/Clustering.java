package org.rlambda.stats;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * Distances and hierarchical clustering: dist()'s six metrics with GNU R's NA rescaling
 * (src/library/stats/src/distance.c), the Lance-Williams agglomeration with nearest-neighbour
 * lists of F. Murtagh's HCLUST and the merge/order relabelling of HCASS2 (hclust.f), and
 * cutree's group numbering (hclust-utils.c).
 */
public final class Clustering {
    private Clustering() { }

    public static void register(Builtins b) {
        b.add(".dist", "x, method, p", (in, call, a, rho) -> {
            int[] dim = ((org.rlambda.sexp.Vector) a[0]).dim();
            double[] x = Interpolation.reals(in, a[0]);
            int nr = dim[0], nc = dim[1];
            int method = Optim.integer(in, a[1]);
            double p = Optim.real(in, a[2]);
            return new DoubleVector(distance(in, x, nr, nc, method, p));
        });
        b.add(".hclust", "n, method, diss, members", (in, call, a, rho) -> {
            int n = Optim.integer(in, a[0]);
            int method = Optim.integer(in, a[1]);
            double[] diss = Interpolation.reals(in, a[2]);
            double[] membr = Interpolation.reals(in, a[3]);
            return hclust(n, method, diss, membr);
        });
        b.add(".cutree", "merge, which", (in, call, a, rho) -> cutree(Optim.ints(in, a[0]), Optim.ints(in, a[1])));
    }

    private static final int EUCLIDEAN = 1, MAXIMUM = 2, MANHATTAN = 3, CANBERRA = 4, BINARY = 5, MINKOWSKI = 6;

    static double[] distance(Interpreter in, double[] x, int nr, int nc, int method, double p) {
        if (method < 1 || method > 6) throw in.errorInCurrentCall("distance(): invalid distance");
        if (method == MINKOWSKI && (!Double.isFinite(p) || p <= 0)) throw in.errorInCurrentCall("distance(): invalid p");
        double[] d = new double[(int) ((long) nr * (nr - 1) / 2)];
        boolean[] warned = {false};
        int ij = 0;
        for (int j = 0; j <= nr; j++) {
            for (int i = j + 1; i < nr; i++) d[ij++] = pair(in, x, nr, nc, i, j, method, p, warned);
        }
        return d;
    }

    private static double pair(Interpreter in, double[] x, int nr, int nc, int i1, int i2, int method, double p, boolean[] warned) {
        int count = 0, total = 0, ndiff = 0;
        double dist = method == MAXIMUM ? -Double.MAX_VALUE : 0;
        for (int j = 0; j < nc; j++, i1 += nr, i2 += nr) {
            double a = x[i1], b = x[i2];
            if (Double.isNaN(a) || Double.isNaN(b)) continue;
            switch (method) {
                case EUCLIDEAN: {
                    double dev = a - b;
                    if (!Double.isNaN(dev)) {
                        dist += dev * dev;
                        count++;
                    }
                    break;
                }
                case MAXIMUM: {
                    double dev = Math.abs(a - b);
                    if (!Double.isNaN(dev)) {
                        if (dev > dist) dist = dev;
                        count++;
                    }
                    break;
                }
                case MANHATTAN: {
                    double dev = Math.abs(a - b);
                    if (!Double.isNaN(dev)) {
                        dist += dev;
                        count++;
                    }
                    break;
                }
                case CANBERRA: {
                    double sum = Math.abs(a) + Math.abs(b), diff = Math.abs(a - b);
                    if (sum > Double.MIN_NORMAL || diff > Double.MIN_NORMAL) {
                        double dev = diff / sum;
                        if (Double.isNaN(dev) && !Double.isFinite(diff) && diff == sum) dev = 1.;
                        if (!Double.isNaN(dev)) {
                            dist += dev;
                            count++;
                        }
                    }
                    break;
                }
                case BINARY:
                    if (!Double.isFinite(a) || !Double.isFinite(b)) {
                        if (!warned[0]) in.warning(in.currentCall(), "treating non-finite values as NA");
                        warned[0] = true;
                    } else {
                        if (a != 0. || b != 0.) {
                            count++;
                            if (!(a != 0. && b != 0.)) ndiff++;
                        }
                        total++;
                    }
                    break;
                default: {
                    double dev = a - b;
                    if (!Double.isNaN(dev)) {
                        dist += Math.pow(Math.abs(dev), p);
                        count++;
                    }
                }
            }
        }
        if (method == BINARY) {
            if (total == 0) return DoubleVector.NA;
            if (count == 0) return 0;
            return (double) ndiff / count;
        }
        if (count == 0) return DoubleVector.NA;
        if (method != MAXIMUM && count != nc) dist /= ((double) count / nc);
        if (method == EUCLIDEAN) return Math.sqrt(dist);
        if (method == MINKOWSKI) return Math.pow(dist, 1.0 / p);
        return dist;
    }

    private static int offset(int n, int i, int j) {
        return (int) (j + (long) (i - 1) * n - ((long) i * (i + 1)) / 2);
    }

    /** Returns list(merge = <n-1 x 2>, height, order) for methods 1..8 of hclust's METHODS. */
    static SEXP hclust(int n, int iopt, double[] diss0, double[] membr0) {
        final double inf = 1.0e300;
        double[] diss = new double[diss0.length + 1];
        System.arraycopy(diss0, 0, diss, 1, diss0.length);
        double[] membr = new double[n + 1];
        System.arraycopy(membr0, 0, membr, 1, n);
        int[] ia = new int[n + 1], ib = new int[n + 1], nn = new int[n + 1];
        double[] crit = new double[n + 1], disnn = new double[n + 1];
        boolean[] flag = new boolean[n + 1];
        java.util.Arrays.fill(flag, true);
        int im = 0, jj = 0, jm = 0, ncl = n;
        if (iopt == 8) for (int i = 1; i < diss.length; i++) diss[i] *= diss[i];
        for (int i = 1; i <= n - 1; i++) {
            double dmin = inf;
            for (int j = i + 1; j <= n; j++) {
                int ind = offset(n, i, j);
                if (dmin > diss[ind]) {
                    dmin = diss[ind];
                    jm = j;
                }
            }
            nn[i] = jm;
            disnn[i] = dmin;
        }
        boolean ward = iopt == 1 || iopt == 8;
        do {
            double dmin = inf;
            for (int i = 1; i <= n - 1; i++) {
                if (flag[i] && disnn[i] < dmin) {
                    dmin = disnn[i];
                    im = i;
                    jm = nn[i];
                }
            }
            ncl--;
            int i2 = Math.min(im, jm), j2 = Math.max(im, jm);
            ia[n - ncl] = i2;
            ib[n - ncl] = j2;
            if (iopt == 8) dmin = Math.sqrt(dmin);
            crit[n - ncl] = dmin;
            flag[j2] = false;
            dmin = inf;
            for (int k = 1; k <= n; k++) {
                if (!flag[k] || k == i2) continue;
                int ind1 = i2 < k ? offset(n, i2, k) : offset(n, k, i2);
                int ind2 = j2 < k ? offset(n, j2, k) : offset(n, k, j2);
                double d12 = diss[offset(n, i2, j2)];
                double mi = membr[i2], mj = membr[j2], mk = membr[k];
                switch (iopt) {
                    case 1: case 8:
                        diss[ind1] = (mi + mk) * diss[ind1] + (mj + mk) * diss[ind2] - mk * d12;
                        diss[ind1] = diss[ind1] / (mi + mj + mk);
                        break;
                    case 2: diss[ind1] = Math.min(diss[ind1], diss[ind2]); break;
                    case 3: diss[ind1] = Math.max(diss[ind1], diss[ind2]); break;
                    case 4: diss[ind1] = (mi * diss[ind1] + mj * diss[ind2]) / (mi + mj); break;
                    case 5: diss[ind1] = (diss[ind1] + diss[ind2]) / 2; break;
                    case 6: diss[ind1] = ((diss[ind1] + diss[ind2]) - d12 / 2) / 2; break;
                    case 7:
                        diss[ind1] = (mi * diss[ind1] + mj * diss[ind2] - mi * mj * d12 / (mi + mj)) / (mi + mj);
                        break;
                    default: break;
                }
                if (i2 < k) {
                    if (diss[ind1] < dmin) {
                        dmin = diss[ind1];
                        jj = k;
                    }
                } else if (diss[ind1] < disnn[k]) {
                    disnn[k] = diss[ind1];
                    nn[k] = i2;
                }
            }
            membr[i2] = membr[i2] + membr[j2];
            disnn[i2] = dmin;
            nn[i2] = jj;
            for (int i = 1; i <= n - 1; i++) {
                if (flag[i] && (nn[i] == i2 || nn[i] == j2)) {
                    dmin = inf;
                    for (int j = i + 1; j <= n; j++) {
                        if (flag[j]) {
                            int ind = offset(n, i, j);
                            if (diss[ind] < dmin) {
                                dmin = diss[ind];
                                jj = j;
                            }
                        }
                    }
                    nn[i] = jj;
                    disnn[i] = dmin;
                }
            }
        } while (ncl > 1);
        // HCASS2: cluster numbers for merges, then the plotting order
        int[] iia = new int[n + 1], iib = new int[n + 1], order = new int[n + 2];
        for (int i = 1; i <= n; i++) {
            iia[i] = ia[i];
            iib[i] = ib[i];
        }
        for (int i = 1; i <= n - 2; i++) {
            int k = Math.min(ia[i], ib[i]);
            for (int j = i + 1; j <= n - 1; j++) {
                if (ia[j] == k) iia[j] = -i;
                if (ib[j] == k) iib[j] = -i;
            }
        }
        for (int i = 1; i <= n - 1; i++) {
            iia[i] = -iia[i];
            iib[i] = -iib[i];
        }
        for (int i = 1; i <= n - 1; i++) {
            if (iia[i] > 0 && iib[i] < 0) {
                int k = iia[i];
                iia[i] = iib[i];
                iib[i] = k;
            }
            if (iia[i] > 0 && iib[i] > 0) {
                int k1 = Math.min(iia[i], iib[i]), k2 = Math.max(iia[i], iib[i]);
                iia[i] = k1;
                iib[i] = k2;
            }
        }
        order[1] = iia[n - 1];
        order[2] = iib[n - 1];
        int loc = 2;
        for (int i = n - 2; i >= 1; i--) {
            for (int j = 1; j <= loc; j++) {
                if (order[j] == i) {
                    order[j] = iia[i];
                    if (j == loc) {
                        loc++;
                        order[loc] = iib[i];
                    } else {
                        loc++;
                        for (int k = loc; k >= j + 2; k--) order[k] = order[k - 1];
                        order[j + 1] = iib[i];
                    }
                    break;
                }
            }
        }
        int[] merge = new int[2 * (n - 1)];
        double[] height = new double[n - 1];
        for (int i = 1; i <= n - 1; i++) {
            merge[i - 1] = iia[i];
            merge[n - 1 + i - 1] = iib[i];
            height[i - 1] = crit[i];
        }
        int[] ord = new int[n];
        for (int i = 1; i <= n; i++) ord[i - 1] = -order[i];
        IntVector m = new IntVector(merge);
        m.setAttributeRaw("dim", IntVector.of(n - 1, 2));
        ListVector l = ListVector.of(m, new DoubleVector(height), new IntVector(ord));
        l.setAttributeRaw("names", StringVector.of("merge", "height", "order"));
        return l;
    }

    static SEXP cutree(int[] merge, int[] which) {
        int n = merge.length / 2 + 1;
        boolean[] sing = new boolean[n + 1];
        int[] mnr = new int[n + 1], z = new int[n + 1];
        int[] ans = new int[n * which.length];
        java.util.Arrays.fill(sing, true);
        int mm = 0;
        for (int k = 1; k <= n - 1; k++) {
            int m1 = merge[k - 1], m2 = merge[n - 1 + k - 1];
            if (m1 < 0 && m2 < 0) {
                mnr[-m1] = mnr[-m2] = k;
                sing[-m1] = sing[-m2] = false;
            } else if (m1 < 0 || m2 < 0) {
                int j;
                if (m1 < 0) {
                    j = -m1;
                    m1 = m2;
                } else {
                    j = -m2;
                }
                for (int l = 1; l <= n; l++) if (mnr[l] == m1) mnr[l] = k;
                mnr[j] = k;
                sing[j] = false;
            } else {
                for (int l = 1; l <= n; l++) if (mnr[l] == m1 || mnr[l] == m2) mnr[l] = k;
            }
            boolean found = false;
            for (int j = 0; j < which.length; j++) {
                if (which[j] != n - k) continue;
                if (!found) {
                    found = true;
                    java.util.Arrays.fill(z, 0);
                    int nclust = 0;
                    mm = j * n;
                    for (int l = 1, p = mm; l <= n; l++, p++) {
                        if (sing[l]) {
                            ans[p] = ++nclust;
                        } else {
                            if (z[mnr[l]] == 0) z[mnr[l]] = ++nclust;
                            ans[p] = z[mnr[l]];
                        }
                    }
                } else {
                    System.arraycopy(ans, mm, ans, j * n, n);
                }
            }
        }
        for (int j = 0; j < which.length; j++) {
            if (which[j] == n) for (int l = 1; l <= n; l++) ans[j * n + l - 1] = l;
        }
        IntVector r = new IntVector(ans);
        r.setAttributeRaw("dim", IntVector.of(n, which.length));
        return r;
    }
}
