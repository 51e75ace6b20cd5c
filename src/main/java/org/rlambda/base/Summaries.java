package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The Summary group (sum, prod, max, min, range, all, any) and the summaries GNU R writes as
 * closures: mean, pmin/pmax, which, which.max/which.min, tabulate, diff.
 */
public final class Summaries {
    private Summaries() { }

    /** Arguments of a Summary function: the data and the na.rm flag. */
    private static final class Parts {
        final List<SEXP> values = new ArrayList<>();
        boolean naRm;
        boolean finite;
    }

    private static Parts parts(Interpreter in, Call call, SEXP[] args, String[] names, boolean allowFinite) {
        Parts p = new Parts();
        for (int i = 0; i < args.length; i++) {
            String n = names == null || names[i] == null ? "" : names[i];
            if (n.equals("na.rm")) { p.naRm = Scalars.logical(args[i]) == 1; continue; }
            if (allowFinite && n.equals("finite")) { p.finite = Scalars.logical(args[i]) == 1; continue; }
            if (args[i] == Symbol.MISSING_ARG) continue;
            p.values.add(args[i]);
        }
        return p;
    }

    public static void register(Builtins b) {
        b.addGroup("Summary", "sum", (in, call, args, names, rho) -> sum(in, call, parts(in, call, args, names, false)));
        b.addGroup("Summary", "prod", (in, call, args, names, rho) -> prod(in, call, parts(in, call, args, names, false)));
        b.addGroup("Summary", "max", (in, call, args, names, rho) -> extreme(in, call, parts(in, call, args, names, false), true));
        b.addGroup("Summary", "min", (in, call, args, names, rho) -> extreme(in, call, parts(in, call, args, names, false), false));
        b.addGroup("Summary", "range", (in, call, args, names, rho) -> range(in, call, parts(in, call, args, names, true)));
        b.addGroup("Summary", "all", (in, call, args, names, rho) -> allAny(in, call, parts(in, call, args, names, false), true));
        b.addGroup("Summary", "any", (in, call, args, names, rho) -> allAny(in, call, parts(in, call, args, names, false), false));

        b.add("mean.default", "x, trim, na.rm, ...", Summaries::mean);
        b.add("pmin", "..., na.rm", (in, call, a, rho) -> Parallel.pminmax(in, call, a, false));
        b.add("pmax", "..., na.rm", (in, call, a, rho) -> Parallel.pminmax(in, call, a, true));
        b.add("which", "x, arr.ind, useNames", Summaries::which);
        b.add("arrayInd", "ind, .dim, .dimnames, useNames", Summaries::arrayInd);
        b.add("which.max", "x", (in, call, a, rho) -> whichExtreme(in, Types.arg(in, a[0], "x"), true));
        b.add("which.min", "x", (in, call, a, rho) -> whichExtreme(in, Types.arg(in, a[0], "x"), false));
        b.add("tabulate", "bin, nbins", Summaries::tabulate);
        b.add("findInterval", "x, vec, rightmost.closed, all.inside, left.open", Summaries::findInterval);
        b.add("diff.default", "x, lag, differences, ...", Summaries::diff);
        b.markClosureLike("range", "mean.default", "pmin", "pmax", "which", "arrayInd", "which.max", "which.min", "tabulate", "findInterval", "diff.default");
    }

    // ------------------------------------------------------------------ sum, prod

    private static SEXP sum(Interpreter in, Call call, Parts p) {
        boolean isDouble = false, isComplex = false;
        for (SEXP v : p.values) {
            if (v == Null.NULL) continue;
            switch (v.type()) {
                case LOGICAL: case INTEGER: break;
                case DOUBLE: isDouble = true; break;
                case COMPLEX: isComplex = true; break;
                default: throw in.error(call, "invalid 'type' (" + v.typeName() + ") of argument");
            }
        }
        if (isComplex) {
            // each argument sums in long double; the arguments' sums combine in double, as in GNU R
            double re = 0, im = 0;
            for (SEXP v : p.values) {
                if (v == Null.NULL) continue;
                ComplexVector c = (ComplexVector) Coercion.to(in, v, SexpType.COMPLEX);
                ExtendedSum sr = new ExtendedSum(), si = new ExtendedSum();
                for (int i = 0; i < c.length(); i++) {
                    if (p.naRm && c.isNA(i)) continue;
                    sr.add(c.re(i));
                    si.add(c.im(i));
                }
                re += sr.value();
                im += si.value();
            }
            ComplexVector r = new ComplexVector(1);
            r.set(0, re, im);
            return r;
        }
        if (isDouble) {
            double total = 0;
            boolean first = true;
            for (SEXP v : p.values) {
                if (v == Null.NULL) continue;
                ExtendedSum s = new ExtendedSum();
                addAll(s, (Vector) v, p.naRm);
                double part = s.value();
                total = first ? part : plus(total, part);
                first = false;
            }
            return DoubleVector.of(total);
        }
        long total = 0;
        for (SEXP v : p.values) {
            if (v == Null.NULL) continue;
            Vector x = (Vector) v;
            for (int i = 0, n = x.length(); i < n; i++) {
                int e = x instanceof IntVector ? ((IntVector) x).get(i) : ((LogicalVector) x).get(i);
                if (e == IntVector.NA) {
                    if (p.naRm) continue;
                    return IntVector.of(IntVector.NA);
                }
                total += e;
            }
        }
        if (total > Integer.MAX_VALUE || total <= Integer.MIN_VALUE) return DoubleVector.of((double) total);
        return IntVector.of((int) total);
    }

    /** Double addition where an NA operand wins over NaN whatever the order (as GNU R's sums give). */
    private static double plus(double a, double b) {
        if (DoubleVector.isNA(a)) return a;
        if (DoubleVector.isNA(b)) return b;
        return a + b;
    }

    private static void addAll(ExtendedSum s, Vector x, boolean naRm) {
        int n = x.length();
        if (x instanceof DoubleVector) {
            double[] d = ((DoubleVector) x).values();
            for (int i = 0; i < n; i++) {
                if (naRm && d[i] != d[i]) continue;
                s.add(d[i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            int e = x instanceof IntVector ? ((IntVector) x).get(i) : ((LogicalVector) x).get(i);
            if (e == IntVector.NA) {
                if (!naRm) s.add(DoubleVector.NA);
                continue;
            }
            s.add(e);
        }
    }

    private static SEXP prod(Interpreter in, Call call, Parts p) {
        boolean isComplex = false;
        for (SEXP v : p.values) {
            if (v == Null.NULL) continue;
            switch (v.type()) {
                case LOGICAL: case INTEGER: case DOUBLE: break;
                case COMPLEX: isComplex = true; break;
                default: throw in.error(call, "invalid 'type' (" + v.typeName() + ") of argument");
            }
        }
        if (isComplex) {
            double re = 1, im = 0;
            for (SEXP v : p.values) {
                if (v == Null.NULL) continue;
                ComplexVector c = (ComplexVector) Coercion.to(in, v, SexpType.COMPLEX);
                for (int i = 0; i < c.length(); i++) {
                    if (p.naRm && c.isNA(i)) continue;
                    double a = re * c.re(i) - im * c.im(i), b = re * c.im(i) + im * c.re(i);
                    re = a;
                    im = b;
                }
            }
            ComplexVector r = new ComplexVector(1);
            r.set(0, re, im);
            return r;
        }
        // each argument multiplies out in long double; the arguments' products combine in double
        double prod = 1;
        for (SEXP v : p.values) {
            if (v == Null.NULL) continue;
            Vector x = (Vector) v;
            org.rlambda.nmath.LongDouble part = ONE;
            for (int i = 0, n = x.length(); i < n; i++) {
                double d = Coercion.doubleAt(x, i, null);
                if (p.naRm && d != d) continue;
                part = part.multiply(org.rlambda.nmath.LongDouble.of(d));
            }
            double pd = part.toDouble();
            // across arguments the first NA or NaN met wins, as double arithmetic gives in GNU R
            prod = prod != prod ? prod : pd != pd ? pd : prod * pd;
        }
        return DoubleVector.of(prod);
    }

    /** The subtraction diff.default performs, as GNU R names it in an integer overflow warning. */
    private static final Call DIFF_CALL = (Call) org.rlambda.parse.Parser.parseAll(
            "r[i1] - r[-length(r):-(length(r) - lag + 1L)]").get(0);

    private static final org.rlambda.nmath.LongDouble ONE = org.rlambda.nmath.LongDouble.of(1.0);

    // ------------------------------------------------------------------ max, min

    private static SEXP extreme(Interpreter in, Call call, Parts p, boolean max) {
        String name = max ? "max" : "min";
        int rank = 0;
        for (SEXP v : p.values) {
            if (v == Null.NULL) continue;
            switch (v.type()) {
                case LOGICAL: case INTEGER: rank = Math.max(rank, 1); break;
                case DOUBLE: rank = Math.max(rank, 2); break;
                case CHARACTER: rank = 3; break;
                default: throw in.error(call, "invalid 'type' (" + v.typeName() + ") of argument");
            }
        }
        if (rank == 3) {
            String best = null;
            for (SEXP v : p.values) {
                if (v == Null.NULL) continue;
                StringVector s = (StringVector) Coercion.to(in, v, SexpType.CHARACTER);
                for (int i = 0; i < s.length(); i++) {
                    String e = s.get(i);
                    if (e == StringVector.NA) {
                        if (p.naRm) continue;
                        return StringVector.of(StringVector.NA);
                    }
                    if (best == null || (max ? Collation.compare(e, best) > 0 : Collation.compare(e, best) < 0)) best = e;
                }
            }
            if (best == null) {
                in.warning(call, "no non-missing arguments, returning NA");
                return StringVector.of(StringVector.NA);
            }
            return StringVector.of(best);
        }
        if (rank == 1) {
            boolean any = false;
            int best = 0;
            for (SEXP v : p.values) {
                if (v == Null.NULL) continue;
                Vector x = (Vector) v;
                for (int i = 0, n = x.length(); i < n; i++) {
                    int e = x instanceof IntVector ? ((IntVector) x).get(i) : ((LogicalVector) x).get(i);
                    if (e == IntVector.NA) {
                        if (p.naRm) continue;
                        return IntVector.of(IntVector.NA);
                    }
                    if (!any || (max ? e > best : e < best)) best = e;
                    any = true;
                }
            }
            if (any) return IntVector.of(best);
        } else {
            boolean any = false;
            double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            boolean sawNaN = false;
            for (SEXP v : p.values) {
                if (v == Null.NULL) continue;
                Vector x = (Vector) v;
                for (int i = 0, n = x.length(); i < n; i++) {
                    double e = Coercion.doubleAt(x, i, null);
                    if (e != e) {
                        if (p.naRm) continue;
                        if (DoubleVector.isNA(e)) return DoubleVector.of(DoubleVector.NA);
                        sawNaN = true;
                        any = true;
                        continue;
                    }
                    if (max ? e > best : e < best) best = e;
                    any = true;
                }
            }
            if (sawNaN) return DoubleVector.of(Double.NaN);
            if (any) return DoubleVector.of(best);
        }
        in.warning(call, "no non-missing arguments to " + name + "; returning " + (max ? "-Inf" : "Inf"));
        return DoubleVector.of(max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }

    /** range(): c(min(x), max(x)) over the combined arguments, as range.default computes it. */
    private static SEXP range(Interpreter in, Call call, Parts p) {
        SEXP all = Combine.combine(p.values.toArray(new SEXP[0]), null, true, false);
        if (all instanceof ListVector) throw in.error(call, "invalid 'type' (list) of argument");
        boolean numeric = all instanceof IntVector || all instanceof DoubleVector;
        Parts q = new Parts();
        Call minCall, maxCall;
        if (numeric) {
            Vector x = (Vector) all;
            if (p.finite || p.naRm) {
                List<Integer> keep = new ArrayList<>();
                for (int i = 0; i < x.length(); i++) {
                    double d = Coercion.doubleAt(x, i, null);
                    if (p.finite ? Double.isFinite(d) : d == d) keep.add(i);
                }
                int[] idx = keep.stream().mapToInt(Integer::intValue).toArray();
                x = Elements.plain(x, idx);
            }
            q.values.add(x);
            minCall = Call.of("min", Symbol.get("x"));
            maxCall = Call.of("max", Symbol.get("x"));
        } else {
            q.values.add(all);
            q.naRm = p.naRm || p.finite;
            minCall = new Call(Symbol.get("min"), new SEXP[] {Symbol.get("x"), Symbol.get("na.rm")}, new String[] {"", "na.rm"});
            maxCall = new Call(Symbol.get("max"), new SEXP[] {Symbol.get("x"), Symbol.get("na.rm")}, new String[] {"", "na.rm"});
        }
        SEXP lo = extreme(in, minCall, q, false);
        SEXP hi = extreme(in, maxCall, q, true);
        return Combine.combine(new SEXP[] {lo, hi}, null, false, false);
    }

    // ------------------------------------------------------------------ all, any

    private static SEXP allAny(Interpreter in, Call call, Parts p, boolean all) {
        boolean sawNA = false;
        for (SEXP v : p.values) {
            if (v == Null.NULL) continue;
            if (!(v instanceof Vector)) throw in.error(call, "invalid 'type' (" + v.typeName() + ") of argument");
            Vector x = (Vector) v;
            if (!(x instanceof LogicalVector) && !(x instanceof IntVector)) {
                in.warning(call, "coercing argument of type '" + x.typeName() + "' to logical");
            }
            for (int i = 0, n = x.length(); i < n; i++) {
                int b;
                if (x instanceof ListVector) {
                    SEXP e = ((ListVector) x).get(i);
                    b = e instanceof Vector && e.length() >= 1 && ((Vector) e).isAtomic() ? org.rlambda.eval.Coerce.logicalElement((Vector) e, 0) : LogicalVector.NA;
                } else {
                    b = org.rlambda.eval.Coerce.logicalElement(x, i);
                }
                if (b == LogicalVector.NA) { if (!p.naRm) sawNA = true; continue; }
                if (all && b == 0) return LogicalVector.FALSE;
                if (!all && b == 1) return LogicalVector.TRUE;
            }
        }
        if (sawNA) return LogicalVector.NA_VALUE;
        return all ? LogicalVector.TRUE : LogicalVector.FALSE;
    }

    // ------------------------------------------------------------------ mean

    private static SEXP mean(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = Types.arg(in, a[0], "x");
        boolean naRm = a[2] != null && Scalars.logical(a[2]) == 1;
        if (!(x instanceof IntVector || x instanceof DoubleVector || x instanceof LogicalVector || x instanceof ComplexVector)
                || x.inherits("factor")) {
            in.warning(in.currentCall(), "argument is not numeric or logical: returning NA");
            return DoubleVector.of(DoubleVector.NA);
        }
        Vector v = (Vector) x;
        if (naRm) {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < v.length(); i++) if (!v.isNA(i)) keep.add(i);
            if (keep.size() != v.length()) v = Elements.plain(v, keep.stream().mapToInt(Integer::intValue).toArray());
        }
        double trim = a[1] == null ? 0 : Scalars.real(a[1]);
        if (a[1] != null && a[1].length() != 1) throw in.errorInCurrentCall("'trim' must be numeric of length one");
        int n = v.length();
        if (v instanceof ComplexVector) {
            ExtendedSum re = new ExtendedSum(), im = new ExtendedSum();
            ComplexVector c = (ComplexVector) v;
            for (int i = 0; i < n; i++) { re.add(c.re(i)); im.add(c.im(i)); }
            ComplexVector r = new ComplexVector(1);
            r.set(0, re.mean(n), im.mean(n));
            return r;
        }
        if (trim > 0 && n > 0) {
            if (Types.anyNA(v, false)) return DoubleVector.of(DoubleVector.NA);
            if (trim >= 0.5) {
                // as mean.default: stats::median(x, na.rm = FALSE), called by name (base has no stats code)
                SEXP median = in.findFunction(Symbol.get("median"), in.baseEnv);
                return in.callFunction(median, new SEXP[] {v, LogicalVector.FALSE}, new String[] {null, "na.rm"},
                        in.baseEnv, in.currentCall());
            }
            int lo = (int) Math.floor(n * trim);
            double[] d = ((DoubleVector) Coercion.to(in, v, SexpType.DOUBLE)).values().clone();
            java.util.Arrays.sort(d);
            double[] kept = java.util.Arrays.copyOfRange(d, lo, n - lo);
            // the kept values keep their type: integers take the one-pass integer mean
            if (v instanceof DoubleVector) return DoubleVector.of(org.rlambda.nmath.LongDouble.mean(kept));
            ExtendedSum s = new ExtendedSum();
            for (double e : kept) s.add(e);
            return DoubleVector.of(s.mean(kept.length));
        }
        return DoubleVector.of(meanOf(v));
    }

    /** GNU R's mean of a numeric vector (NA propagates; empty gives NaN). */
    static double meanOf(Vector v) {
        int n = v.length();
        if (v instanceof DoubleVector && n > 0) return org.rlambda.nmath.LongDouble.mean(((DoubleVector) v).values()); // GNU R's long double two-pass mean
        ExtendedSum s = new ExtendedSum();
        if (v instanceof DoubleVector) {
            double[] d = ((DoubleVector) v).values();
            for (double e : d) s.add(e);
        } else {
            for (int i = 0; i < n; i++) {
                int e = v instanceof IntVector ? ((IntVector) v).get(i) : ((LogicalVector) v).get(i);
                if (e == IntVector.NA) return DoubleVector.NA;
                s.add(e);
            }
        }
        if (n == 0) return Double.NaN;
        return s.mean(n);
    }

    // ------------------------------------------------------------------ which

    private static SEXP which(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = Types.arg(in, a[0], "x");
        if (!(x instanceof LogicalVector)) throw in.errorInCurrentCall("argument to 'which' is not logical");
        LogicalVector l = (LogicalVector) x;
        int n = l.length(), count = 0;
        for (int i = 0; i < n; i++) if (l.get(i) == 1) count++;
        int[] r = new int[count];
        for (int i = 0, k = 0; i < n; i++) if (l.get(i) == 1) r[k++] = i + 1;
        IntVector res = new IntVector(r);
        boolean useNames = a[2] == null || Scalars.logical(a[2]) == 1;
        boolean arrInd = a[1] != null && Scalars.logical(a[1]) == 1;
        int[] dim = l.dim();
        if (arrInd && dim != null) {
            SEXP dn = l.getAttribute("dimnames");
            return arrayIndices(r, dim, dn instanceof ListVector ? (ListVector) dn : null, useNames);
        }
        StringVector nm = l.elementNames();
        if (nm != null) {
            String[] s = new String[count];
            for (int i = 0; i < count; i++) s[i] = nm.get(r[i] - 1);
            res.setAttributeRaw("names", new StringVector(s));
        }
        return res;
    }

    /**
     * which(arr.ind = TRUE) and arrayInd(): one row per hit, one column per dimension; with names,
     * the rows are named by the first dimension's names and the columns row/col (dim1, dim2... beyond 2-d).
     */
    private static SEXP arrayIndices(int[] hits, int[] dim, ListVector dimnames, boolean useNames) {
        int m = hits.length, k = dim.length;
        int[] r = new int[m * k];
        for (int i = 0; i < m; i++) {
            int off = hits[i] - 1;
            for (int j = 0; j < k; j++) {
                r[j * m + i] = off % dim[j] + 1;
                off /= dim[j];
            }
        }
        IntVector res = new IntVector(r);
        res.setAttributeRaw("dim", IntVector.of(m, k));
        if (!useNames) return res;
        String[] cn = new String[k];
        if (k == 2) { cn[0] = "row"; cn[1] = "col"; }
        else for (int j = 0; j < k; j++) cn[j] = "dim" + (j + 1);
        SEXP rn = Null.NULL;
        if (m > 0 && dimnames != null && dimnames.length() > 0 && dimnames.get(0) instanceof StringVector) {
            StringVector names = (StringVector) dimnames.get(0);
            String[] s = new String[m];
            for (int i = 0; i < m; i++) s[i] = names.get(r[i] - 1);
            rn = new StringVector(s);
        }
        res.setAttributeRaw("dimnames", ListVector.of(rn, new StringVector(cn)));
        return res;
    }

    private static SEXP arrayInd(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Vector ind = Coercion.to(in, Types.arg(in, a[0], "ind"), SexpType.INTEGER);
        Vector d = Coercion.to(in, Types.arg(in, a[1], ".dim"), SexpType.INTEGER);
        int[] hits = new int[ind.length()];
        for (int i = 0; i < hits.length; i++) hits[i] = ((IntVector) ind).get(i);
        int[] dim = new int[d.length()];
        for (int i = 0; i < dim.length; i++) dim[i] = ((IntVector) d).get(i);
        boolean useNames = a[3] != null && Scalars.logical(a[3]) == 1;
        ListVector dn = a[2] instanceof ListVector ? (ListVector) a[2] : null;
        return arrayIndices(hits, dim, dn, useNames);
    }

    // ------------------------------------------------------------------ findInterval

    /**
     * The index i of the interval vec[i] <= x < vec[i+1] holding each x (vec[i] < x <= vec[i+1] with
     * left.open); 0 left of vec[1], length(vec) right of the last break; ties with repeated breaks
     * go to the last of them.
     */
    private static SEXP findInterval(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Vector vec = Coercion.to(in, Types.arg(in, a[1], "vec"), SexpType.DOUBLE);
        int nv = vec.length();
        double[] v = new double[nv];
        for (int i = 0; i < nv; i++) {
            v[i] = Coerce.doubleElement(vec, i, null);
            if (Double.isNaN(v[i]) || (i > 0 && v[i] < v[i - 1])) {
                throw in.errorInCurrentCall("'vec' must be sorted non-decreasingly and not contain NAs");
            }
        }
        Vector xv = Coercion.to(in, Types.arg(in, a[0], "x"), SexpType.DOUBLE);
        boolean rightmostClosed = a[2] != null && Scalars.logical(a[2]) == 1;
        boolean allInside = a[3] != null && Scalars.logical(a[3]) == 1;
        boolean leftOpen = a[4] != null && Scalars.logical(a[4]) == 1;
        int n = xv.length();
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            double x = Coerce.doubleElement(xv, i, null);
            if (Double.isNaN(x)) { r[i] = IntVector.NA; continue; }
            // number of breaks <= x (< x when left-open), by binary search
            int lo = 0, hi = nv;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (leftOpen ? v[mid] < x : v[mid] <= x) lo = mid + 1; else hi = mid;
            }
            int k = lo;
            if (rightmostClosed && nv > 0) {
                if (!leftOpen && k == nv && x == v[nv - 1]) k = nv - 1;
                if (leftOpen && k == 0 && x == v[0]) k = 1;
            }
            if (allInside) {
                if (k == 0) k = 1;
                else if (k == nv) k = nv - 1;
            }
            r[i] = k;
        }
        return new IntVector(r);
    }

    private static SEXP whichExtreme(Interpreter in, SEXP x, boolean max) {
        Vector v;
        if (x instanceof DoubleVector || x instanceof IntVector || x instanceof LogicalVector) v = (Vector) x;
        else v = Coercion.to(in, x, SexpType.DOUBLE);
        int best = -1;
        double bv = 0;
        for (int i = 0; i < v.length(); i++) {
            double d = Coercion.doubleAt(v, i, null);
            if (d != d) continue;
            if (best < 0 || (max ? d > bv : d < bv)) { best = i; bv = d; }
        }
        if (best < 0) return new IntVector(0);
        IntVector r = IntVector.of(best + 1);
        StringVector nm = x instanceof Vector ? ((Vector) x).elementNames() : null;
        if (nm != null) r.setAttributeRaw("names", StringVector.of(nm.get(best)));
        return r;
    }

    private static SEXP tabulate(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP bin = Types.arg(in, a[0], "bin");
        Vector v;
        if (bin.inherits("factor")) v = Coercion.bare((Vector) bin);
        else if (bin instanceof IntVector || bin instanceof DoubleVector) v = Coercion.to(in, bin, SexpType.INTEGER);
        else throw in.errorInCurrentCall("'bin' must be numeric or a factor");
        IntVector iv = (IntVector) Coercion.to(in, v, SexpType.INTEGER);
        int nbins;
        if (a[1] == null) { // max(1L, bin, na.rm = TRUE), also for factors (their codes, not their levels)
            int m = 1;
            for (int i = 0; i < iv.length(); i++) if (iv.get(i) != IntVector.NA && iv.get(i) > m) m = iv.get(i);
            nbins = m;
        } else {
            nbins = Scalars.integer(a[1]);
            if (nbins == IntVector.NA || nbins < 0) throw in.errorInCurrentCall("invalid 'nbin' argument");
        }
        int[] r = new int[nbins];
        for (int i = 0; i < iv.length(); i++) {
            int k = iv.get(i);
            if (k != IntVector.NA && k >= 1 && k <= nbins) r[k - 1]++;
        }
        return new IntVector(r);
    }

    // ------------------------------------------------------------------ diff

    private static SEXP diff(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = Types.arg(in, a[0], "x");
        int lag = a[1] == null ? 1 : Scalars.integer(a[1]);
        int differences = a[2] == null ? 1 : Scalars.integer(a[2]);
        if ((a[1] != null && a[1].length() != 1) || (a[2] != null && a[2].length() != 1)
                || lag == IntVector.NA || differences == IntVector.NA || lag < 1 || differences < 1) {
            throw in.errorInCurrentCall("'lag' and 'differences' must be integers >= 1");
        }
        if (!(x instanceof Vector)) throw in.errorInCurrentCall("non-numeric argument to binary operator");
        Vector v = (Vector) x;
        int[] dim = v.dim();
        if (dim != null && dim.length == 2) return diffMatrix(in, call, v, dim, lag, differences);
        if ((long) lag * differences >= v.length()) {
            Vector r = Elements.plain(v, new int[0]);
            r.setAttributeRaw("names", null);
            return r;
        }
        SEXP klass = v.getAttribute("class");
        Vector r = Elements.plain(v, Elements.range(0, v.length()));
        for (int d = 0; d < differences; d++) {
            int n = r.length();
            Vector hi = Elements.plain(r, Elements.range(lag, n));
            Vector lo = Elements.plain(r, Elements.range(0, n - lag));
            lo.setAttributeRaw("names", null);
            r = (Vector) Arithmetic.arith(in, DIFF_CALL, "-", new SEXP[] {hi, lo});
        }
        if (klass != null) r.setAttributeRaw("class", klass);
        return r;
    }

    private static SEXP diffMatrix(Interpreter in, Call call, Vector v, int[] dim, int lag, int differences) {
        int nr = dim[0], nc = dim[1];
        Vector cur = Coercion.bare(v);
        int rows = nr;
        for (int d = 0; d < differences; d++) {
            int newRows = Math.max(0, rows - lag);
            int[] hiIdx = new int[newRows * nc], loIdx = new int[newRows * nc];
            for (int j = 0; j < nc; j++) {
                for (int i = 0; i < newRows; i++) {
                    hiIdx[j * newRows + i] = j * rows + i + lag;
                    loIdx[j * newRows + i] = j * rows + i;
                }
            }
            cur = (Vector) Arithmetic.arith(in, call, "-", new SEXP[] {Elements.plain(cur, hiIdx), Elements.plain(cur, loIdx)});
            rows = newRows;
        }
        cur.setAttributeRaw("dim", IntVector.of(rows, nc));
        SEXP dn = v.getAttribute("dimnames");
        if (dn instanceof ListVector && dn.length() == 2) {
            SEXP rn = ((ListVector) dn).get(0);
            SEXP newRn = Null.NULL;
            if (rn instanceof StringVector) newRn = Elements.plain((StringVector) rn, Elements.range(rn.length() - rows, rn.length()));
            ListVector nd = ListVector.of(newRn, ((ListVector) dn).get(1));
            if (((ListVector) dn).names() != null) nd.setAttributeRaw("names", ((ListVector) dn).names());
            cur.setAttributeRaw("dimnames", nd);
        }
        return cur;
    }
}
