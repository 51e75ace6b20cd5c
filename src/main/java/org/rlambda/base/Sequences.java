package org.rlambda.base;

import java.util.ArrayList;
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

/** Sequences and repetition: {@code :}, seq (seq.default), seq_len, seq_along, rep, rep_len, rep.int, rev, append, head, tail. */
public final class Sequences {
    private Sequences() { }

    private static final double INT_MAX = Integer.MAX_VALUE;

    public static void register(Builtins b) {
        b.add(":", (in, call, args, names, rho) -> {
            if (args.length != 2) throw in.error(call, "operator needs two arguments");
            double from = colonArg(in, call, args[0]);
            double to = colonArg(in, call, args[1]);
            return colon(in, call, from, to);
        });
        b.add("seq_len", "length.out", (in, call, a, rho) -> {
            SEXP v = a[0];
            if (v == null) throw in.error(call, "argument \"length.out\" is missing, with no default");
            if (v.length() != 1) {
                if (v.length() == 0) throw in.error(call, "argument of length 0");
                in.warning(call, "first element used of 'length.out' argument");
            }
            double d = Scalars.real(v);
            if (Double.isNaN(d) || d < 0 || d > INT_MAX) throw in.error(call, "argument must be coercible to non-negative integer");
            return IntVector.sequence(1, 1, (int) d);
        });
        b.add("seq_along", "along.with", (in, call, a, rho) -> {
            SEXP v = Types.arg(in, a[0], "along.with");
            return IntVector.sequence(1, 1, v.length());
        });
        b.add("seq.default", "from, to, by, length.out, along.with, ...", SeqDefault::seq);
        b.markClosureLike("seq.default");
        b.add("seq.int", "from, to, by, length.out, along.with, ...", SeqDefault::seq);
        b.addGeneric("rep", "x, ...", Sequences::rep);
        b.add("rep_len", "x, length.out", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            int n = Scalars.integer(Types.arg(in, a[1], "length.out"));
            if (a[1].length() != 1 || n == IntVector.NA || n < 0) throw in.errorInCurrentCall("invalid 'length.out' value");
            if (x == Null.NULL) return Null.NULL;
            if (!(x instanceof Vector)) throw in.errorInCurrentCall("attempt to replicate non-vector");
            Vector r = repeat(in, call, (Vector) x, null, 1, n, false);
            r.setAttributeRaw("names", null);
            return r;
        });
        b.add("rep.int", "x, times", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            SEXP times = Types.arg(in, a[1], "times");
            if (x == Null.NULL) return Null.NULL;
            if (!(x instanceof Vector)) throw in.errorInCurrentCall("attempt to replicate an object of type '" + x.typeName() + "'");
            return repeat(in, call, (Vector) x, times, 1, -1, false);
        });
        b.markClosureLike("rep_len", "rep.int");
        b.add("rev.default", "x", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            if (x.length() == 0 || !(x instanceof Vector)) return x;
            int n = x.length();
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) idx[i] = n - 1 - i;
            if (x.getAttribute("dim") != null && x.getAttribute("dim").length() == 1) {
                // x[n:1] of a 1-d array keeps it an array with its dimnames (and a table a table)
                for (int i = 0; i < n; i++) idx[i]++;
                SEXP subset = in.findFunction(Symbol.get("["), in.baseEnv);
                return in.callFunction(subset, new SEXP[] {x, new IntVector(idx)}, null, rho, call);
            }
            return Elements.take(in, (Vector) x, idx, rho);
        });
        b.add("append", "x, values, after", Sequences::append);
        b.add("head.default", "x, n, ...", (in, call, a, rho) -> headTail(in, call, a, rho, true));
        b.add("tail.default", "x, n, keepnums, addrownums, ...", (in, call, a, rho) -> headTail(in, call, a, rho, false));
        b.markClosureLike("rev.default", "append", "head.default", "tail.default");
    }

    private static double colonArg(Interpreter in, Call call, SEXP v) {
        if (v == Null.NULL || v.length() == 0) throw in.error(call, "argument of length 0");
        if (!(v instanceof Vector) || v instanceof ListVector) throw in.error(call, "NA/NaN argument");
        if (v.length() > 1) {
            in.warning(call, "numerical expression has " + v.length() + " elements: only the first used");
        }
        double d;
        if (v instanceof StringVector) {
            d = NumberText.parse(((StringVector) v).get(0));
            if (NumberText.isInvalid(d)) {
                in.warning(in.currentCall(), "NAs introduced by coercion");
                d = DoubleVector.NA;
            }
        } else {
            d = Scalars.real(v);
        }
        if (Double.isNaN(d)) throw in.error(call, "NA/NaN argument");
        return d;
    }

    /** from:to — an integer (compact) sequence when from is integer-valued and the end fits, else double. */
    static Vector colon(Interpreter in, Call call, double from, double to) {
        double span = Math.abs(to - from);
        if (span >= Integer.MAX_VALUE) throw in.error(call, "result would be too long a vector");
        int n = (int) (span + 1 + 1e-10);
        boolean useInt = from <= INT_MAX && from >= Integer.MIN_VALUE && from == Math.rint(from);
        if (useInt) {
            double last = from <= to ? from + (n - 1) : from - (n - 1);
            if (last <= Integer.MIN_VALUE || last > INT_MAX) useInt = false;
        }
        if (useInt) return IntVector.sequence((int) from, from <= to ? 1 : -1, n);
        double[] r = new double[n];
        if (from <= to) for (int i = 0; i < n; i++) r[i] = from + i;
        else for (int i = 0; i < n; i++) r[i] = from - i;
        return new DoubleVector(r);
    }

    // ------------------------------------------------------------------ rep

    private static SEXP rep(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        ListVector dots = Builtins.dots(a[1]);
        SEXP times = null, lengthOut = null, each = null;
        // rep is primitive: its optional arguments are matched to times, length.out, each (partially, then by position)
        String[] formals = {"times", "length.out", "each"};
        SEXP[] slot = new SEXP[3];
        StringVector nm = dots.names();
        boolean[] used = new boolean[dots.length()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < dots.length(); i++) {
                String n = nm == null ? "" : nm.get(i);
                if (used[i] || n.isEmpty()) continue;
                int hit = -1;
                for (int f = 0; f < 3; f++) {
                    if (pass == 0 ? formals[f].equals(n) : formals[f].startsWith(n) && slot[f] == null) { hit = f; break; }
                }
                if (hit >= 0) { slot[hit] = dots.get(i); used[i] = true; }
            }
        }
        int pos = 0;
        for (int i = 0; i < dots.length(); i++) {
            if (used[i]) continue;
            String n = nm == null ? "" : nm.get(i);
            if (!n.isEmpty()) throw in.error(call, "unused argument (" + n + " = " + in.deparseOneLine(dots.get(i)) + ")");
            while (pos < 3 && slot[pos] != null) pos++;
            if (pos >= 3) throw in.error(call, "unused argument (" + in.deparseOneLine(dots.get(i)) + ")");
            slot[pos] = dots.get(i);
        }
        times = slot[0];
        lengthOut = slot[1];
        each = slot[2];
        if (x == Null.NULL) return Null.NULL;
        if (!(x instanceof Vector)) throw in.error(call, "attempt to replicate an object of type '" + x.typeName() + "'");
        int lout = -1;
        if (lengthOut != null && lengthOut != Null.NULL) {
            if (lengthOut.length() != 1) {
                if (lengthOut.length() == 0) throw in.error(call, "invalid 'length.out' argument");
                in.warning(call, "first element used of 'length.out' argument");
            }
            double d = Scalars.real(lengthOut);
            if (!Double.isNaN(d)) {
                if (d < 0 || Double.isInfinite(d)) throw in.error(call, "invalid 'length.out' argument");
                lout = (int) d;
            }
        }
        int e = 1;
        if (each != null && each != Null.NULL) {
            if (each.length() != 1) {
                if (each.length() == 0) throw in.error(call, "invalid 'each' argument");
                in.warning(call, "first element used of 'each' argument");
            }
            double d = Scalars.real(each);
            if (Double.isNaN(d) || d < 0) throw in.error(call, "invalid 'each' argument");
            e = (int) d;
        }
        SEXP r = repeat(in, call, (Vector) x, lout >= 0 ? null : times, e, lout, true);
        return r;
    }

    /**
     * Core of rep: each element {@code each} times, then the whole (or per element) {@code times},
     * or cycled to {@code lengthOut} when that is >= 0. Names follow the elements.
     */
    static Vector repeat(Interpreter in, Call call, Vector x, SEXP times, int each, int lengthOut, boolean primitive) {
        int n = x.length();
        int[] base;
        if (each != 1) {
            base = new int[n * each];
            for (int i = 0, k = 0; i < n; i++) for (int j = 0; j < each; j++) base[k++] = i;
        } else {
            base = null;
        }
        int m = base == null ? n : base.length;
        int[] idx;
        if (lengthOut >= 0) {
            if (m == 0 && lengthOut > 0) {
                idx = new int[lengthOut];
                java.util.Arrays.fill(idx, -1);
            } else {
                idx = new int[lengthOut];
                for (int i = 0; i < lengthOut; i++) idx[i] = base == null ? i % m : base[i % m];
            }
        } else if (times == null || times == Null.NULL) {
            idx = base == null ? Elements.range(0, n) : base;
        } else {
            String bad = "invalid 'times' argument";
            if (!(times instanceof Vector) || times instanceof ListVector && !(times.length() == 1)) throw err(in, call, bad, primitive);
            Vector t = Coercion.to(in, times, SexpType.DOUBLE);
            int nt = t.length();
            if (nt == 1) {
                double d = ((DoubleVector) t).get(0);
                if (Double.isNaN(d) || d < 0) throw err(in, call, bad, primitive);
                int k = (int) d;
                if ((long) k * m > Integer.MAX_VALUE) throw err(in, call, "invalid 'times' value", primitive);
                idx = new int[k * m];
                for (int r = 0, p = 0; r < k; r++) for (int i = 0; i < m; i++) idx[p++] = base == null ? i : base[i];
            } else {
                if (nt != m) throw err(in, call, bad, primitive);
                long total = 0;
                for (int i = 0; i < nt; i++) {
                    double d = ((DoubleVector) t).get(i);
                    if (Double.isNaN(d) || d < 0) throw err(in, call, bad, primitive);
                    total += (long) d;
                }
                idx = new int[(int) total];
                for (int i = 0, p = 0; i < nt; i++) {
                    int k = (int) ((DoubleVector) t).get(i);
                    for (int j = 0; j < k; j++) idx[p++] = base == null ? i : base[i];
                }
            }
        }
        Vector r = Elements.plain(x, idx);
        if (x instanceof IntVector && x.isObject() && x.inherits("factor")) {
            r.setAttributeRaw("levels", x.getAttribute("levels"));
            r.setAttributeRaw("class", x.getAttribute("class"));
        }
        return r;
    }

    private static RuntimeException err(Interpreter in, Call call, String msg, boolean primitive) {
        return primitive ? in.error(call, msg) : in.errorInCurrentCall(msg);
    }

    // ------------------------------------------------------------------ append, head, tail

    private static SEXP append(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = Types.arg(in, a[0], "x");
        SEXP values = Types.arg(in, a[1], "values");
        int len = x.length();
        int after = a[2] == null ? len : Scalars.integer(a[2]);
        if (after == IntVector.NA) throw in.errorInCurrentCall("missing value where TRUE/FALSE needed");
        if (after < 0) {
            // GNU R's append indexes x[1L:after], which a negative 'after' makes invalid
            Call sub = new Call(Symbol.get("["), new SEXP[] {Symbol.get("x"), Call.of(":", IntVector.of(1), Symbol.get("after"))}, null);
            throw in.error(sub, "only 0's may be mixed with negative subscripts");
        }
        if (after == 0) return combine(in, rho, values, x);
        if (after >= len) return combine(in, rho, x, values);
        Vector v = (Vector) x;
        SEXP head = Elements.take(in, v, Elements.range(0, after), rho);
        SEXP tail = Elements.take(in, v, Elements.range(after, len), rho);
        return combine(in, rho, head, values, tail);
    }

    /** c(...) of the pieces; objects go through c() itself so that methods such as c.factor apply. */
    private static SEXP combine(Interpreter in, Environment rho, SEXP... parts) {
        for (SEXP p : parts) {
            if (p.isObject()) return in.callFunction(in.findFunction(Symbol.get("c"), in.baseEnv), parts, null, rho, Call.of("c"));
        }
        String[] tags = new String[parts.length];
        java.util.Arrays.fill(tags, "");
        return Combine.combine(parts, tags, false, true);
    }

    private static SEXP headTail(Interpreter in, Call call, SEXP[] a, Environment rho, boolean head) {
        SEXP x = Types.arg(in, a[0], "x");
        if (x.getAttribute("dim") != null) return headTailArray(in, call, a, rho, head);
        int n = 6;
        if (a[1] != null && (a[1].length() != 1 || Scalars.integer(a[1]) == IntVector.NA)) {
            // GNU R validates n in utils' checkHT(), which its error messages name
            Call check = Call.of("checkHT", Symbol.get("n"), Call.of("<-", Symbol.get("dx"), Call.of("dim", Symbol.get("x"))));
            in.callFunction(in.findFunction(Symbol.get("checkHT"), in.baseEnv), new SEXP[] {a[1], Null.NULL}, null, rho, check);
        }
        if (a[1] != null) {
            if (a[1].length() != 1) throw in.errorInCurrentCall("invalid 'n' - must have length one when dim(x) is NULL, got " + a[1].length());
            n = Scalars.integer(a[1]);
            if (n == IntVector.NA) throw in.errorInCurrentCall("invalid 'n' - must be numeric, possibly NA.");
        }
        if (x == Null.NULL) return x;
        if (!(x instanceof Vector)) {
            if (x instanceof org.rlambda.sexp.Closure) return x;
            throw in.errorInCurrentCall("no applicable method");
        }
        int len = x.length();
        int k = n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
        int[] idx = head ? Elements.range(0, k) : Elements.range(len - k, len);
        return Elements.take(in, (Vector) x, idx, rho);
    }

    /** Arrays and tables with no method of their own (a 1-d table) keep their shape: the R-level array method. */
    private static SEXP headTailArray(Interpreter in, Call call, SEXP[] a, Environment rho, boolean head) {
        List<SEXP> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        values.add(a[0]);
        names.add("");
        if (a[1] != null) {
            values.add(a[1]);
            names.add("n");
        }
        if (a[2] instanceof ListVector) {
            ListVector dots = (ListVector) a[2];
            StringVector dn = dots.names();
            for (int i = 0; i < dots.length(); i++) {
                values.add(dots.get(i));
                names.add(dn == null ? "" : dn.get(i));
            }
        }
        SEXP method = in.findFunction(Symbol.get(head ? "head.array" : "tail.array"), in.baseEnv);
        return in.callFunction(method, values.toArray(new SEXP[0]), names.toArray(new String[0]), rho, call);
    }
}
