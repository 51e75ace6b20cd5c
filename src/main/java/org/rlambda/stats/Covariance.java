package org.rlambda.stats;

import org.rlambda.nmath.LongDouble;
import java.util.Arrays;
import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The computing kernel behind the R closures cov, cor and var (stats.R): GNU R's C_cov /
 * C_cor semantics for the five {@code use=} strategies, Pearson, Kendall and (through
 * ranks) Spearman, vectors and matrices column by column.
 */
public final class Covariance {
    private Covariance() { }

    static final String FACTOR_MSG = "Calling var(x) on a factor x is defunct.\n"
            + "  Use something like 'all(duplicated(x)[-1L])' to test for a constant vector.";

    /** use= codes, in GNU R's order. */
    static final int ALL_OBS = 1, COMPLETE = 2, PAIRWISE = 3, EVERYTHING = 4, NA_OR_COMPLETE = 5;

    private static final String[] USES = {"all.obs", "complete.obs", "pairwise.complete.obs", "everything", "na.or.complete"};

    public static void register(Builtins b) {
        // .pmatchUse(use): pmatch(use, <the five use= strategies>), NA when none or several match
        b.add(".pmatchUse", "use", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector) || a[0].length() < 1) return IntVector.of(IntVector.NA);
            return IntVector.of(matchUse(((StringVector) a[0]).get(0)));
        });
        // .covCor(x, y, na.method, method, cor): method is "pearson", "kendall" or "spearman"
        b.add(".covCor", "x, y, na.method, method, cor", (in, call, a, rho) -> {
            int naMethod = (int) ((DoubleVector) Coercion.to(in, a[2], SexpType.DOUBLE)).get(0);
            String method = ((StringVector) a[3]).get(0);
            boolean cor = ((IntVector) Coercion.to(in, a[4], SexpType.INTEGER)).get(0) == 1;
            return covCor(in, a[0], a[1] == null ? Null.NULL : a[1], naMethod, method, cor);
        });
    }

    static int matchUse(String u) {
        if (u == StringVector.NA || u.isEmpty()) return IntVector.NA;
        for (int i = 0; i < USES.length; i++) if (USES[i].equals(u)) return i + 1;
        int found = IntVector.NA;
        for (int i = 0; i < USES.length; i++) {
            if (USES[i].startsWith(u)) {
                if (found != IntVector.NA) return IntVector.NA;
                found = i + 1;
            }
        }
        return found;
    }

    /** The columns of a numeric vector or matrix, and its column names. */
    private static final class Data {
        double[][] cols;
        int n;
        boolean matrix;
        SEXP colnames = Null.NULL;
    }

    private static Data data(Interpreter in, SEXP v) {
        if (v == Null.NULL) throw in.errorInCurrentCall("'x' is NULL");
        if (v.inherits("factor")) throw in.errorInCurrentCall(FACTOR_MSG);
        Data d = new Data();
        int[] dim = v instanceof Vector ? ((Vector) v).dim() : null;
        double[] all = ((DoubleVector) Coercion.to(in, v, SexpType.DOUBLE)).values();
        d.matrix = dim != null && dim.length == 2;
        int nc = 1;
        if (d.matrix) {
            d.n = dim[0];
            nc = dim[1];
            SEXP dn = v.getAttribute("dimnames");
            if (dn instanceof ListVector && dn.length() >= 2) d.colnames = ((ListVector) dn).get(1);
        } else {
            d.n = all.length;
        }
        d.cols = new double[nc][];
        for (int j = 0; j < nc; j++) d.cols[j] = Arrays.copyOfRange(all, j * d.n, (j + 1) * d.n);
        return d;
    }

    static SEXP covCor(Interpreter in, SEXP xs, SEXP ys, int naMethod, String method, boolean cor) {
        Data x = data(in, xs);
        Data y = null;
        if (ys != Null.NULL) {
            if (ys.inherits("factor")) throw in.errorInCurrentCall(FACTOR_MSG);
            y = data(in, ys);
            if (y.n != x.n) throw in.errorInCurrentCall("incompatible dimensions");
        }
        boolean emptyErr = true;
        switch (naMethod) {
            case ALL_OBS: break;
            case COMPLETE:
                if (x.n * x.cols.length == 0) throw in.errorInCurrentCall("no complete element pairs");
                break;
            case PAIRWISE: break;
            case EVERYTHING: case NA_OR_COMPLETE: emptyErr = false; break;
            default: throw in.errorInCurrentCall("invalid 'use' (computational method)");
        }
        if (emptyErr && x.n * x.cols.length == 0) throw in.errorInCurrentCall("'x' is empty");
        boolean ansmat = x.matrix || y != null && y.matrix;
        boolean kendall = method.equals("kendall");
        Result r;
        if (!method.equals("pearson") && naMethod == PAIRWISE) {
            r = pairwiseRanked(in, x, y, kendall);
        } else {
            if (method.equals("spearman")) {
                if (naMethod == COMPLETE || naMethod == NA_OR_COMPLETE) dropIncomplete(x, y);
                rankColumns(x);
                if (y != null) rankColumns(y);
            }
            r = compute(in, x.cols, y == null ? null : y.cols, x.n, naMethod, kendall, cor);
        }
        DoubleVector ans = new DoubleVector(r.ans);
        if (ansmat) {
            int ncy = y == null ? x.cols.length : y.cols.length;
            ans.setAttributeRaw("dim", new IntVector(new int[] {x.cols.length, ncy}));
            if (y == null) {
                if (x.colnames != Null.NULL) ans.setAttributeRaw("dimnames", ListVector.of(x.colnames, x.colnames));
            } else if (x.colnames != Null.NULL || y.colnames != Null.NULL) {
                ans.setAttributeRaw("dimnames", ListVector.of(x.colnames, y.colnames));
            }
        }
        if (r.sdZero) in.warning(in.currentCall(), "the standard deviation is zero");
        return ans;
    }

    private static final class Result {
        double[] ans;
        boolean sdZero;
    }

    /** Drops the rows with a missing value in any column of x or y (na.omit before ranking). */
    private static void dropIncomplete(Data x, Data y) {
        boolean[] keep = new boolean[x.n];
        int m = 0;
        for (int k = 0; k < x.n; k++) {
            boolean ok = true;
            for (double[] c : x.cols) if (c[k] != c[k]) ok = false;
            if (y != null) for (double[] c : y.cols) if (c[k] != c[k]) ok = false;
            keep[k] = ok;
            if (ok) m++;
        }
        if (m == x.n) return;
        x.cols = select(x.cols, keep, m);
        x.n = m;
        if (y != null) {
            y.cols = select(y.cols, keep, m);
            y.n = m;
        }
    }

    private static double[][] select(double[][] cols, boolean[] keep, int m) {
        double[][] r = new double[cols.length][m];
        for (int j = 0; j < cols.length; j++) {
            for (int k = 0, i = 0; k < keep.length; k++) if (keep[k]) r[j][i++] = cols[j][k];
        }
        return r;
    }

    private static void rankColumns(Data d) {
        for (int j = 0; j < d.cols.length; j++) d.cols[j] = averageRanks(d.cols[j]);
    }

    /** rank(v, na.last = "keep") with ties averaged. */
    static double[] averageRanks(double[] v) {
        int n = v.length;
        Integer[] idx = new Integer[n];
        int m = 0;
        for (int i = 0; i < n; i++) if (v[i] == v[i]) idx[m++] = i;
        Integer[] ok = Arrays.copyOf(idx, m);
        Arrays.sort(ok, (p, q) -> Double.compare(v[p], v[q]));
        double[] r = new double[n];
        for (int i = 0; i < n; i++) if (v[i] != v[i]) r[i] = DoubleVector.NA;
        for (int i = 0; i < m; ) {
            int j = i;
            while (j + 1 < m && v[ok[j + 1]] == v[ok[i]]) j++;
            double rank = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) r[ok[k]] = rank;
            i = j + 1;
        }
        return r;
    }

    /** Rank correlations with use = "pairwise.complete.obs": each pair of columns separately. */
    private static Result pairwiseRanked(Interpreter in, Data x, Data y, boolean kendall) {
        if (y == null && x.cols.length == 0) throw in.errorInCurrentCall("'x' is empty");
        if (y != null && (x.n * x.cols.length == 0 || y.n * y.cols.length == 0)) {
            throw in.errorInCurrentCall("both 'x' and 'y' must be non-empty");
        }
        double[][] ycols = y == null ? x.cols : y.cols;
        int ncx = x.cols.length, ncy = ycols.length;
        Result res = new Result();
        res.ans = new double[ncx * ncy];
        for (int i = 0; i < ncx; i++) {
            for (int j = 0; j < ncy; j++) {
                if (y == null && j > i) continue;
                double[] a = x.cols[i], b = ycols[j];
                boolean[] keep = new boolean[x.n];
                int m = 0;
                for (int k = 0; k < x.n; k++) if (a[k] == a[k] && b[k] == b[k]) { keep[k] = true; m++; }
                double v;
                if (m == 0) {
                    v = DoubleVector.NA;
                } else {
                    double[][] two = select(new double[][] {a, b}, keep, m);
                    Result one = compute(in, new double[][] {averageRanks(two[0])}, new double[][] {averageRanks(two[1])},
                            m, ALL_OBS, kendall, true);
                    if (one.sdZero) in.warning(in.currentCall(), "the standard deviation is zero");
                    v = one.ans[0];
                }
                res.ans[i + j * ncx] = v;
                if (y == null) res.ans[j + i * ncx] = v;
            }
        }
        return res;
    }

    /** GNU R's corcov on plain columns (y null: x with itself, giving a symmetric result). */
    private static Result compute(Interpreter in, double[][] x, double[][] y, int n, int naMethod, boolean kendall, boolean cor) {
        int ncx = x.length, ncy = y == null ? ncx : y.length;
        Result r = new Result();
        r.ans = new double[ncx * ncy];
        if (naMethod == EVERYTHING) {
            everything(x, y, n, kendall, cor, r);
        } else if (naMethod == PAIRWISE) {
            double[][] yy = y == null ? x : y;
            for (int i = 0; i < ncx; i++) {
                for (int j = 0; j < ncy; j++) {
                    if (y == null && j > i) continue;
                    double v = pairwise(x[i], yy[j], n, kendall, cor, r);
                    r.ans[i + j * ncx] = v;
                    if (y == null) r.ans[j + i * ncx] = v;
                }
            }
        } else {
            boolean[] ind = new boolean[n];
            Arrays.fill(ind, true);
            markComplete(in, x, ind, naMethod == ALL_OBS);
            if (y != null) markComplete(in, y, ind, naMethod == ALL_OBS);
            complete(x, y, n, ind, kendall, cor, r);
            if (naMethod != NA_OR_COMPLETE) {
                boolean any = false;
                for (boolean b : ind) any |= b;
                if (!any) throw in.errorInCurrentCall("no complete element pairs");
            }
        }
        return r;
    }

    private static void markComplete(Interpreter in, double[][] cols, boolean[] ind, boolean naFail) {
        for (double[] c : cols) {
            for (int k = 0; k < c.length; k++) {
                if (c[k] != c[k]) {
                    if (naFail) throw in.errorInCurrentCall("missing observations in cov/cor");
                    ind[k] = false;
                }
            }
        }
    }

    private static double sign(double d) { return d > 0 ? 1 : d < 0 ? -1 : d == 0 ? 0 : d; }

    /** Sum over kept k and kept m of sign(a[k]-a[m]) * sign(b[k]-b[m]). */
    private static double kendallSum(double[] a, double[] b, boolean[] keep) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            if (keep != null && !keep[k]) continue;
            for (int m = 0; m < a.length; m++) {
                if (keep != null && !keep[m]) continue;
                s += sign(a[k] - a[m]) * sign(b[k] - b[m]);
            }
        }
        return s;
    }

    /** The sum over kept k of (a[k] - am) * (b[k] - bm), all in long double as GNU R 4.2 does. */
    private static LongDouble crossSum(double[] a, double am, double[] b, double bm, boolean[] keep) {
        LongDouble s = LongDouble.ZERO_VALUE;
        LongDouble lam = LongDouble.of(am), lbm = LongDouble.of(bm);
        for (int k = 0; k < a.length; k++) {
            if (keep != null && !keep[k]) continue;
            s = s.add(LongDouble.of(a[k]).subtract(lam).multiply(LongDouble.of(b[k]).subtract(lbm)));
        }
        return s;
    }

    /** GNU R's two-pass mean in long double over the kept values, rounded to double. */
    static double mean(double[] x, boolean[] keep, int nobs) {
        LongDouble s = LongDouble.ZERO_VALUE;
        for (int k = 0; k < x.length; k++) if (keep == null || keep[k]) s = s.add(LongDouble.of(x[k]));
        LongDouble n = LongDouble.of(nobs);
        LongDouble t = s.divide(n);
        if (Double.isFinite(t.toDouble())) {
            s = LongDouble.ZERO_VALUE;
            for (int k = 0; k < x.length; k++) if (keep == null || keep[k]) s = s.add(LongDouble.of(x[k]).subtract(t));
            t = t.add(s.divide(n));
        }
        return t.toDouble();
    }

    /** GNU R 4.2 caps correlations at 1 (rounding can overshoot); it leaves -1 - eps alone. */
    private static double clamp(double v) { return v > 1 ? 1 : v; }

    /** use = "all.obs", "complete.obs", "na.or.complete": rows with any missing value are dropped. */
    private static void complete(double[][] x, double[][] y, int n, boolean[] ind, boolean kendall, boolean cor, Result r) {
        int ncx = x.length, ncy = y == null ? ncx : y.length;
        int nobs = 0;
        for (boolean b : ind) if (b) nobs++;
        if (nobs <= 1) {
            Arrays.fill(r.ans, DoubleVector.NA);
            return;
        }
        double[] xm = new double[ncx], ym = new double[ncy];
        if (!kendall) {
            for (int i = 0; i < ncx; i++) xm[i] = mean(x[i], ind, nobs);
            if (y != null) for (int j = 0; j < ncy; j++) ym[j] = mean(y[j], ind, nobs);
        }
        int n1 = nobs - 1;
        double[][] yy = y == null ? x : y;
        double[] ymm = y == null ? xm : ym;
        for (int i = 0; i < ncx; i++) {
            for (int j = 0; j < ncy; j++) {
                if (y == null && j > i) continue;
                double v = kendall ? kendallSum(x[i], yy[j], ind) : crossSum(x[i], xm[i], yy[j], ymm[j], ind).divide(LongDouble.of(n1)).toDouble();
                r.ans[i + j * ncx] = v;
                if (y == null) r.ans[j + i * ncx] = v;
            }
        }
        if (!cor) return;
        if (y == null) {
            double[] sd = new double[ncx];
            for (int i = 0; i < ncx; i++) sd[i] = Math.sqrt(r.ans[i + i * ncx]);
            for (int i = 0; i < ncx; i++) {
                for (int j = 0; j < i; j++) {
                    double v;
                    if (sd[i] == 0 || sd[j] == 0) {
                        r.sdZero = true;
                        v = DoubleVector.NA;
                    } else {
                        v = clamp(r.ans[i + j * ncx] / (sd[i] * sd[j]));
                    }
                    r.ans[i + j * ncx] = r.ans[j + i * ncx] = v;
                }
                r.ans[i + i * ncx] = 1.0;
            }
            return;
        }
        double[] sx = columnSds(x, xm, ind, n1, kendall, null);
        double[] sy = columnSds(y, ym, ind, n1, kendall, null);
        for (int i = 0; i < ncx; i++) {
            for (int j = 0; j < ncy; j++) {
                if (sx[i] == 0 || sy[j] == 0) {
                    r.sdZero = true;
                    r.ans[i + j * ncx] = DoubleVector.NA;
                } else {
                    r.ans[i + j * ncx] = clamp(r.ans[i + j * ncx] / (sx[i] * sy[j]));
                }
            }
        }
    }

    /** Standard deviations (Kendall: square roots of the number of untied ordered pairs). */
    private static double[] columnSds(double[][] cols, double[] means, boolean[] ind, int n1, boolean kendall, boolean[] hasNa) {
        double[] sd = new double[cols.length];
        for (int i = 0; i < cols.length; i++) {
            if (hasNa != null && hasNa[i]) continue;
            double[] c = cols[i];
            if (kendall) {
                double s = 0;
                for (int k = 0; k < c.length; k++) {
                    if (ind != null && !ind[k]) continue;
                    for (int m = 0; m < c.length; m++) if ((ind == null || ind[m]) && c[k] != c[m]) s++;
                }
                sd[i] = LongDouble.of(s).sqrt().toDouble();
            } else {
                sd[i] = crossSum(c, means[i], c, means[i], ind).divide(LongDouble.of(n1)).sqrt().toDouble();
            }
        }
        return sd;
    }

    /** use = "everything": a column with a missing value gives NA wherever it takes part. */
    private static void everything(double[][] x, double[][] y, int n, boolean kendall, boolean cor, Result r) {
        int ncx = x.length, ncy = y == null ? ncx : y.length;
        if (n <= 1) {
            Arrays.fill(r.ans, DoubleVector.NA);
            return;
        }
        boolean[] naX = hasNa(x), naY = y == null ? naX : hasNa(y);
        double[] xm = new double[ncx], ym = new double[ncy];
        if (!kendall) {
            for (int i = 0; i < ncx; i++) xm[i] = naX[i] ? DoubleVector.NA : mean(x[i], null, n);
            if (y != null) for (int j = 0; j < ncy; j++) ym[j] = naY[j] ? DoubleVector.NA : mean(y[j], null, n);
        }
        int n1 = n - 1;
        double[][] yy = y == null ? x : y;
        double[] ymm = y == null ? xm : ym;
        for (int i = 0; i < ncx; i++) {
            for (int j = 0; j < ncy; j++) {
                if (y == null && j > i) continue;
                double v;
                if (naX[i] || naY[j]) v = DoubleVector.NA;
                else v = kendall ? kendallSum(x[i], yy[j], null) : crossSum(x[i], xm[i], yy[j], ymm[j], null).divide(LongDouble.of(n1)).toDouble();
                r.ans[i + j * ncx] = v;
                if (y == null) r.ans[j + i * ncx] = v;
            }
        }
        if (!cor) return;
        if (y == null) {
            double[] sd = new double[ncx];
            for (int i = 0; i < ncx; i++) sd[i] = naX[i] ? xm[i] : Math.sqrt(r.ans[i + i * ncx]);
            for (int i = 0; i < ncx; i++) {
                if (!naX[i]) {
                    for (int j = 0; j < i; j++) {
                        double v;
                        if (sd[i] == 0 || sd[j] == 0) {
                            r.sdZero = true;
                            v = DoubleVector.NA;
                        } else {
                            v = clamp(r.ans[i + j * ncx] / (sd[i] * sd[j]));
                        }
                        r.ans[i + j * ncx] = r.ans[j + i * ncx] = v;
                    }
                }
                r.ans[i + i * ncx] = 1.0;
            }
            return;
        }
        double[] sx = columnSds(x, xm, null, n1, kendall, naX);
        double[] sy = columnSds(y, ym, null, n1, kendall, naY);
        for (int i = 0; i < ncx; i++) {
            if (naX[i]) continue;
            for (int j = 0; j < ncy; j++) {
                if (naY[j]) continue;
                if (sx[i] == 0 || sy[j] == 0) {
                    r.sdZero = true;
                    r.ans[i + j * ncx] = DoubleVector.NA;
                } else {
                    r.ans[i + j * ncx] = clamp(r.ans[i + j * ncx] / (sx[i] * sy[j]));
                }
            }
        }
    }

    private static boolean[] hasNa(double[][] cols) {
        boolean[] r = new boolean[cols.length];
        for (int i = 0; i < cols.length; i++) for (double d : cols[i]) if (d != d) { r[i] = true; break; }
        return r;
    }

    /** use = "pairwise.complete.obs" (Pearson): each pair of columns on its own complete rows. */
    private static double pairwise(double[] a, double[] b, int n, boolean kendall, boolean cor, Result r) {
        int nobs = 0;
        LongDouble ma = LongDouble.ZERO_VALUE, mb = LongDouble.ZERO_VALUE;
        for (int k = 0; k < n; k++) {
            if (a[k] != a[k] || b[k] != b[k]) continue;
            nobs++;
            if (!kendall) {
                ma = ma.add(LongDouble.of(a[k]));
                mb = mb.add(LongDouble.of(b[k]));
            }
        }
        if (nobs < 2) return DoubleVector.NA;
        LongDouble sum = LongDouble.ZERO_VALUE, sdA = LongDouble.ZERO_VALUE, sdB = LongDouble.ZERO_VALUE;
        LongDouble n1 = LongDouble.of(nobs - 1);
        if (!kendall) {
            // one pass for the means here, unlike the complete-case strategies
            ma = ma.divide(LongDouble.of(nobs));
            mb = mb.divide(LongDouble.of(nobs));
            for (int k = 0; k < n; k++) {
                if (a[k] != a[k] || b[k] != b[k]) continue;
                LongDouble da = LongDouble.of(a[k]).subtract(ma), db = LongDouble.of(b[k]).subtract(mb);
                sum = sum.add(da.multiply(db));
                if (cor) {
                    sdA = sdA.add(da.multiply(da));
                    sdB = sdB.add(db.multiply(db));
                }
            }
        } else {
            for (int k = 0; k < n; k++) {
                if (a[k] != a[k] || b[k] != b[k]) continue;
                for (int m = 0; m < k; m++) {
                    if (a[m] != a[m] || b[m] != b[m]) continue;
                    double da = sign(a[k] - a[m]), db = sign(b[k] - b[m]);
                    sum = sum.add(LongDouble.of(da * db));
                    if (cor) {
                        sdA = sdA.add(LongDouble.of(da * da));
                        sdB = sdB.add(LongDouble.of(db * db));
                    }
                }
            }
        }
        if (cor) {
            if (sdA.isZero() || sdB.isZero()) {
                r.sdZero = true;
                return DoubleVector.NA;
            }
            if (!kendall) {
                sdA = sdA.divide(n1);
                sdB = sdB.divide(n1);
                sum = sum.divide(n1);
            }
            return clamp(sum.divide(sdA.sqrt().multiply(sdB.sqrt())).toDouble());
        }
        return kendall ? sum.toDouble() : sum.divide(n1).toDouble();
    }
}
