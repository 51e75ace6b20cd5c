package org.rlambda.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
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
 * Sorting: sort (sort.default, sort.int), order (several keys, per-key decreasing, na.last),
 * rank (all deterministic ties methods) and is.unsorted. All sorts are stable; character
 * vectors sort in the C.UTF-8 collation (code points).
 */
public final class Sorting {
    private Sorting() { }

    public static void register(Builtins b) {
        b.add("sort.default", "x, decreasing, na.last, ...", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            boolean decreasing = a[1] != null && decreasingFlag(in, a[1]);
            int naLast = naLast(in, a[2], NA_REMOVE);
            if (x.isObject() && x instanceof Vector) {
                int[] o = order(in, new Vector[] {keyOf(in, (Vector) x)}, new boolean[] {decreasing}, naLast);
                return Elements.take(in, (Vector) x, o, rho);
            }
            if (x instanceof ListVector) {
                // GNU R's sort.default hands plain values to sort.int, whose error this is
                Call sortInt = new Call(Symbol.get("sort.int"), new SEXP[] {Symbol.get("x"), Symbol.get("na.last"),
                        Symbol.get("decreasing"), Symbol.DOTS}, new String[] {"", "na.last", "decreasing", ""});
                throw in.error(sortInt, "'x' must be atomic");
            }
            ListVector dots = Builtins.dots(a[3]);
            SEXP ir = dots.names() == null ? null : dotArg(dots, "index.return");
            SEXP method = dots.names() == null ? null : dotArg(dots, "method");
            return sortInt(in, x, decreasing, naLast, ir != null && Scalars.logical(ir) == 1, isRadix(method));
        });
        b.add("sort.int", "x, partial, na.last, decreasing, method, index.return", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            boolean decreasing = a[3] != null && decreasingFlag(in, a[3]);
            int naLast = naLast(in, a[2], NA_REMOVE);
            boolean indexReturn = a[5] != null && Scalars.logical(a[5]) == 1;
            return sortInt(in, x, decreasing, naLast, indexReturn, isRadix(a[4]));
        });
        b.add("order", "..., na.last, decreasing, method", Sorting::orderBuiltin);
        b.add("rank", "x, na.last, ties.method", Sorting::rank);
        b.add("is.unsorted", "x, na.rm, strictly", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            boolean naRm = a[1] != null && Scalars.logical(a[1]) == 1;
            boolean strictly = a[2] != null && Scalars.logical(a[2]) == 1;
            return isUnsorted(in, x, naRm, strictly);
        });
        b.add("xtfrm.default", "x", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            if (x instanceof IntVector || x instanceof DoubleVector || x instanceof LogicalVector) return Coercion.bare((Vector) x);
            return keyOf(in, (Vector) x);
        });
        b.markClosureLike("sort.default", "sort.int", "order", "rank", "is.unsorted", "xtfrm.default");
    }

    private static SEXP dotArg(ListVector dots, String name) {
        StringVector nm = dots.names();
        for (int i = 0; i < dots.length(); i++) if (name.equals(nm.get(i))) return dots.get(i);
        return null;
    }

    static final int NA_FIRST = 0, NA_LAST = 1, NA_REMOVE = 2, NA_KEEP = 3;

    private static int naLast(Interpreter in, SEXP v, int dflt) {
        if (v == null) return dflt;
        if (v instanceof StringVector && v.length() == 1 && "keep".equals(((StringVector) v).get(0))) return NA_KEEP;
        int b = Scalars.logical(v);
        if (b == LogicalVector.NA) return NA_REMOVE;
        return b == 1 ? NA_LAST : NA_FIRST;
    }

    private static boolean decreasingFlag(Interpreter in, SEXP v) {
        int b = Scalars.logical(v);
        if (b == LogicalVector.NA) throw in.errorInCurrentCall("'decreasing' elements must be TRUE or FALSE");
        return b == 1;
    }

    /** A sort key for an object: factors by their codes, other classed vectors without their class. */
    private static Vector keyOf(Interpreter in, Vector x) {
        if (x.inherits("factor")) return Coercion.bare(x);
        return Coercion.bare(x);
    }

    /** method = "radix": strings sort by code point (the C locale), not by collation. */
    private static boolean isRadix(SEXP method) {
        return method instanceof StringVector && method.length() >= 1 && "radix".equals(((StringVector) method).get(0));
    }

    private static SEXP sortInt(Interpreter in, SEXP x, boolean decreasing, int naLast, boolean indexReturn, boolean radix) {
        if (x == Null.NULL) return Null.NULL;
        if (!(x instanceof Vector) || x instanceof ListVector) throw in.errorInCurrentCall("'x' must be atomic");
        Vector v = (Vector) x;
        if (v.type() == SexpType.COMPLEX || v.type() == SexpType.RAW) {
            if (v.type() == SexpType.RAW) throw in.errorInCurrentCall("raw vectors cannot be sorted");
        }
        int[] o = order(in, new Vector[] {v}, new boolean[] {decreasing}, naLast, radix);
        Vector r = Elements.plain(v, o);
        // a 1-d array's names() are its dimnames, which sort.int carries over as names
        StringVector names = v.names() == null ? v.elementNames() : null;
        if (names != null) {
            String[] sorted = new String[o.length];
            for (int i = 0; i < o.length; i++) sorted[i] = names.get(o[i]);
            r.setAttributeRaw("names", new StringVector(sorted));
        } else if (v.names() == null) {
            r.setAttributeRaw("names", null);
        }
        if (indexReturn) {
            int[] ix = new int[o.length];
            for (int i = 0; i < ix.length; i++) ix[i] = o[i] + 1;
            ListVector l = ListVector.of(r, new IntVector(ix));
            l.setAttributeRaw("names", StringVector.of("x", "ix"));
            return l;
        }
        return r;
    }

    // ------------------------------------------------------------------ order

    private static SEXP orderBuiltin(Interpreter in, Call call, SEXP[] a, Environment rho) {
        ListVector dots = Builtins.dots(a[0]);
        int naLast = naLast(in, a[1], NA_LAST);
        if (dots.length() == 0) return new IntVector(0);
        Vector[] keys = new Vector[dots.length()];
        boolean radix = true;
        for (int k = 0; k < keys.length; k++) {
            SEXP v = dots.get(k);
            if (v == Null.NULL) { keys[k] = new LogicalVector(0); continue; }
            if (v instanceof ListVector) throw in.errorInCurrentCall("unimplemented type 'list' in 'orderVector1'\n");
            if (!(v instanceof Vector)) throw in.errorInCurrentCall("argument " + (k + 1) + " is not a vector");
            keys[k] = v.isObject() ? keyOf(in, (Vector) v) : (Vector) v;
            if (!(keys[k] instanceof IntVector || keys[k] instanceof DoubleVector || keys[k] instanceof LogicalVector)) radix = false;
            if (k > 0 && keys[k].length() != keys[0].length()) throw in.errorInCurrentCall("argument lengths differ");
        }
        String method = a[3] == null ? "auto" : Scalars.string(a[3]);
        if ("radix".equals(method)) radix = true;
        else if ("shell".equals(method)) radix = false;
        boolean[] decreasing;
        if (a[2] == null) decreasing = new boolean[] {false};
        else {
            Vector d = Coercion.to(in, a[2], SexpType.LOGICAL);
            decreasing = new boolean[d.length()];
            for (int i = 0; i < decreasing.length; i++) {
                int bv = ((LogicalVector) d).get(i);
                if (bv == LogicalVector.NA) throw in.errorInCurrentCall("'decreasing' elements must be TRUE or FALSE");
                decreasing[i] = bv == 1;
            }
        }
        if (decreasing.length > 1 && !radix) throw in.errorInCurrentCall("'decreasing' of length > 1 is only for method = \"radix\"");
        if (decreasing.length > 1 && decreasing.length != keys.length) {
            throw in.errorInCurrentCall("length(decreasing) must match the number of order arguments");
        }
        boolean[] perKey = new boolean[keys.length];
        for (int k = 0; k < keys.length; k++) perKey[k] = decreasing[decreasing.length == 1 ? 0 : k];
        int[] o = order(in, keys, perKey, naLast, "radix".equals(method));
        int[] r = new int[o.length];
        for (int i = 0; i < r.length; i++) r[i] = o[i] + 1;
        return new IntVector(r);
    }

    /**
     * The stable ordering permutation (0-based) of the rows of {@code keys}. NAs go last, first,
     * or are dropped (NA_REMOVE) whatever the direction.
     */
    static int[] order(Interpreter in, Vector[] keys, boolean[] decreasing, int naLast) {
        return order(in, keys, decreasing, naLast, false);
    }

    /** As above; {@code codePoints} compares strings by code point (the radix method's C-locale order). */
    static int[] order(Interpreter in, Vector[] keys, boolean[] decreasing, int naLast, boolean codePoints) {
        int n = keys[0].length();
        List<Integer> idx = new ArrayList<>(n);
        List<Integer> nas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean na = false;
            for (Vector k : keys) if (k.isNA(i)) { na = true; break; }
            if (na && naLast == NA_REMOVE) continue;
            idx.add(i);
        }
        Integer[] arr = idx.toArray(new Integer[0]);
        Arrays.sort(arr, (p, q) -> {
            in.checkLimits();   // a long sort must still end at the time limit
            for (int k = 0; k < keys.length; k++) {
                int c = compare(keys[k], p, q, naLast == NA_FIRST, codePoints);
                if (c != 0) {
                    boolean pn = keys[k].isNA(p), qn = keys[k].isNA(q);
                    if (pn || qn) return c;
                    return decreasing[k] ? -c : c;
                }
            }
            return Integer.compare(p, q);
        });
        int[] r = new int[arr.length];
        for (int i = 0; i < r.length; i++) r[i] = arr[i];
        return r;
    }

    /** Compares elements i and j of v; NA sorts after everything (before, when naFirst). */
    static int compare(Vector v, int i, int j, boolean naFirst) { return compare(v, i, j, naFirst, false); }

    static int compare(Vector v, int i, int j, boolean naFirst, boolean codePoints) {
        boolean ni = v.isNA(i), nj = v.isNA(j);
        if (ni || nj) {
            if (ni && nj) return 0;
            return ni == naFirst ? -1 : 1;
        }
        switch (v.type()) {
            case LOGICAL: return Integer.compare(((LogicalVector) v).get(i), ((LogicalVector) v).get(j));
            case INTEGER: return Integer.compare(((IntVector) v).get(i), ((IntVector) v).get(j));
            case DOUBLE: {
                double a = ((DoubleVector) v).get(i), b = ((DoubleVector) v).get(j);
                return a < b ? -1 : a > b ? 1 : 0;
            }
            case CHARACTER: {
                String a = ((StringVector) v).get(i), b = ((StringVector) v).get(j);
                return codePoints ? Collation.codePointCompare(a, b) : Collation.compare(a, b);
            }
            case COMPLEX: {
                org.rlambda.sexp.ComplexVector c = (org.rlambda.sexp.ComplexVector) v;
                int r = Double.compare(c.re(i), c.re(j));
                return r != 0 ? r : Double.compare(c.im(i), c.im(j));
            }
            default: return 0;
        }
    }

    // ------------------------------------------------------------------ rank

    private static SEXP rank(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = Types.arg(in, a[0], "x");
        int naLast = naLast(in, a[1], NA_LAST);
        String ties = "average";
        if (a[2] != null) {
            String t = Scalars.string(a[2]);
            String[] methods = {"average", "first", "last", "random", "max", "min"};
            String found = null;
            for (String m : methods) if (t != null && m.startsWith(t)) { if (found != null) { found = null; break; } found = m; }
            if (t == null || found == null) {
                throw in.errorInCurrentCall("'arg' should be one of \u201caverage\u201d, \u201cfirst\u201d, \u201clast\u201d, \u201crandom\u201d, \u201cmax\u201d, \u201cmin\u201d");
            }
            ties = found;
        }
        if (!(x instanceof Vector) || x instanceof ListVector) throw in.errorInCurrentCall("argument is not a vector");
        Vector v = x.isObject() ? keyOf(in, (Vector) x) : (Vector) x;
        int n = v.length();
        int[] o = order(in, new Vector[] {v}, new boolean[] {false}, naLast == NA_KEEP ? NA_LAST : naLast);
        boolean integerResult = !ties.equals("average");
        double[] rk = new double[n];
        boolean[] present = new boolean[n];
        int m = o.length;
        // ties.method = "random": one uniform per non-missing element, in element order (as
        // runif(sum(!nas)) draws them), breaks each tie
        double[] draw = null;
        if (ties.equals("random")) {
            org.rlambda.nmath.random.RandomState rng = org.rlambda.nmath.random.SessionRng.load(in);
            draw = new double[n];
            for (int i = 0; i < n; i++) if (!v.isNA(i)) draw[i] = rng.unifRand();
            org.rlambda.nmath.random.SessionRng.save(in, rng);
        }
        int start = 0;
        while (start < m) {
            int end = start + 1;
            boolean naGroup = v.isNA(o[start]);
            if (!naGroup) {
                while (end < m && !v.isNA(o[end]) && compare(v, o[start], o[end], false) == 0) end++;
            }
            if (draw != null && !naGroup && end - start > 1) {
                final double[] u = draw;
                Integer[] group = new Integer[end - start];
                for (int k = start; k < end; k++) group[k - start] = o[k];
                java.util.Arrays.sort(group, (p, q) -> Double.compare(u[p], u[q]));
                for (int k = start; k < end; k++) o[k] = group[k - start];
            }
            for (int k = start; k < end; k++) {
                double r;
                switch (ties) {
                    case "average": r = (start + end + 1) / 2.0; break;
                    case "max": r = end; break;
                    case "min": r = start + 1; break;
                    case "last": r = end - (k - start); break;
                    default: r = k + 1; break;
                }
                rk[o[k]] = r;
                present[o[k]] = true;
            }
            start = end;
        }
        Vector res;
        if (naLast == NA_REMOVE) {
            int[] keep = new int[m];
            for (int i = 0, k = 0; i < n; i++) if (present[i]) keep[k++] = i;
            double[] r2 = new double[m];
            for (int i = 0; i < m; i++) r2[i] = rk[keep[i]];
            res = integerResult ? toInt(r2) : new DoubleVector(r2);
            StringVector nm = v.names() != null ? v.names() : ((Vector) x).names();
            if (nm != null) {
                String[] s = new String[m];
                for (int i = 0; i < m; i++) s[i] = nm.get(keep[i]);
                res.setAttributeRaw("names", new StringVector(s));
            }
            return res;
        }
        if (naLast == NA_KEEP) for (int i = 0; i < n; i++) if (v.isNA(i)) rk[i] = DoubleVector.NA;
        res = integerResult ? toInt(rk) : new DoubleVector(rk);
        StringVector nm = ((Vector) x).names();
        if (nm != null) res.setAttributeRaw("names", nm);
        return res;
    }

    private static IntVector toInt(double[] d) {
        int[] r = new int[d.length];
        for (int i = 0; i < d.length; i++) r[i] = DoubleVector.isNA(d[i]) ? IntVector.NA : (int) d[i];
        return new IntVector(r);
    }

    private static SEXP isUnsorted(Interpreter in, SEXP x, boolean naRm, boolean strictly) {
        if (!(x instanceof Vector)) return LogicalVector.FALSE;
        Vector v = (Vector) x;
        if (v instanceof ListVector) throw in.errorInCurrentCall("only atomic vectors can be tested to be sorted");
        int n = v.length();
        if (n <= 1) return LogicalVector.FALSE;
        List<Integer> idx = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (v.isNA(i)) {
                if (!naRm) return LogicalVector.NA_VALUE;
                continue;
            }
            idx.add(i);
        }
        for (int k = 1; k < idx.size(); k++) {
            int c = compare(v, idx.get(k - 1), idx.get(k), false);
            if (c > 0 || (strictly && c == 0)) return LogicalVector.TRUE;
        }
        return LogicalVector.FALSE;
    }
}
