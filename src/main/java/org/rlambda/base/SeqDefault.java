package org.rlambda.base;

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
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * seq.default: sequences from any three of from/to/by/length.out (or along.with). The result
 * type follows GNU R: integer when the inputs are integer (or logical) and the values fit,
 * otherwise double; {@code seq(n)} and {@code seq(from, to)} are {@code :} sequences.
 */
final class SeqDefault {
    private SeqDefault() { }

    private static final double INT_MAX = Integer.MAX_VALUE;
    private static final double EPS = Math.ulp(1.0);

    static SEXP seq(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP from = a[0], to = a[1], by = a[2], lout = a[3], along = a[4];
        ListVector dots = Builtins.dots(a[5]);
        int nargs = dots.length();
        for (int i = 0; i < 5; i++) if (a[i] != null) nargs++;
        boolean one = nargs == 1;
        if (one && from != null) {
            int lf = from.length();
            if ((from instanceof IntVector || from instanceof DoubleVector) && lf == 1) {
                double f = Scalars.real(from);
                if (!Double.isFinite(f)) throw in.errorInCurrentCall("'from' must be a finite number");
                return Sequences.colon(in, call, 1, f);
            }
            return lf > 0 ? IntVector.sequence(1, 1, lf) : new IntVector(0);
        }
        boolean hasLout = false;
        boolean intn1 = false;
        double n = 0;
        if (along != null) {
            hasLout = true;
            n = along.length();
            if (one) return IntVector.sequence(1, 1, (int) n);
            intn1 = true;
        } else if (lout != null && lout != Null.NULL) {
            hasLout = true;
            int len = lout.length();
            if (len == 0) throw in.errorInCurrentCall("argument 'length.out' must be of length 1");
            if (len > 1) in.warning(in.currentCall(), "first element used of 'length.out' argument");
            intn1 = logint(lout);
            n = Scalars.real(lout);
            if (!intn1) n = Math.ceil(n);
        }
        if (dots.length() > 0) chkDots(in, dots);
        if (from != null && from.length() != 1) throw in.errorInCurrentCall("'from' must be of length 1");
        if (to != null && to.length() != 1) throw in.errorInCurrentCall("'to' must be of length 1");
        if (from != null) {
            if (from instanceof StringVector) from = Coercion.to(in, from, org.rlambda.sexp.SexpType.DOUBLE);
            if (!Double.isFinite(Scalars.real(from))) throw in.errorInCurrentCall("'from' must be a finite number");
        }
        if (to != null) {
            if (to instanceof StringVector) to = Coercion.to(in, to, org.rlambda.sexp.SexpType.DOUBLE);
            if (!Double.isFinite(Scalars.real(to))) throw in.errorInCurrentCall("'to' must be a finite number");
        }
        if (!hasLout) {
            SEXP f = from == null ? DoubleVector.of(1) : from;
            SEXP t = to == null ? DoubleVector.of(1) : to;
            if (by == null) return Sequences.colon(in, call, Scalars.real(f), Scalars.real(t));
            return byStep(in, call, f, t, by);
        }
        if (Double.isNaN(n) || Double.isInfinite(n) || n < 0) throw in.errorInCurrentCall("'length.out' must be a non-negative number");
        if (n == 0) return new IntVector(0);
        if (one) return IntVector.sequence(1, 1, (int) n);
        if (by == null) return byLength(in, call, from, to, n, intn1);
        if (to == null) {
            SEXP f = from == null ? DoubleVector.of(1) : from;
            return countedFrom(in, call, f, by, (int) n, true);
        }
        if (from == null) return countedFrom(in, call, to, by, (int) n, false);
        throw in.errorInCurrentCall("too many arguments");
    }

    private static boolean logint(SEXP v) {
        return (v instanceof IntVector || v instanceof LogicalVector) && !v.isObject();
    }

    private static void chkDots(Interpreter in, ListVector dots) {
        StringVector nm = dots.names();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dots.length(); i++) {
            if (i > 0) sb.append(", ");
            sb.append('\u2018').append(nm == null ? "" : nm.get(i)).append('\u2019');
        }
        in.warning(null, (dots.length() == 1 ? "extra argument " : "extra arguments ") + sb + " will be disregarded");
    }

    /** seq(from, to, by = step). */
    private static SEXP byStep(Interpreter in, Call call, SEXP from, SEXP to, SEXP by) {
        boolean isInt = logint(from) && logint(to);
        double f = Scalars.real(from), t = Scalars.real(to);
        double del = t - f;
        if (del == 0 && t == 0) return to;
        if (by.length() != 1) throw in.errorInCurrentCall("'by' must be of length 1");
        if (!logint(by)) isInt = false;
        double b = Scalars.real(by);
        boolean finiteDel = Double.isFinite(del);
        double n = finiteDel ? del / b : t / b - f / b;
        if (!Double.isFinite(n)) {
            if (!Double.isNaN(b) && b == 0 && del == 0) return from;
            throw in.errorInCurrentCall("invalid '(to - from)/by'");
        }
        if (n < 0) throw in.errorInCurrentCall("wrong sign in 'by' argument");
        if (n > INT_MAX) throw in.errorInCurrentCall("'by' argument is much too small");
        if (finiteDel && Math.abs(del) / Math.max(Math.abs(t), Math.abs(f)) < 100 * EPS) return from;
        if (isInt) {
            int k = (int) n;
            int fi = (int) f, bi = (int) b;
            int[] r = new int[k + 1];
            for (int i = 0; i <= k; i++) r[i] = fi + i * bi;
            return new IntVector(r);
        }
        int k = (int) (n + 1e-10);
        double[] r = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            double x = finiteDel ? f + i * b : (f / 4 + i * (b / 4)) * 4;
            r[i] = b > 0 ? Math.min(x, t) : Math.max(x, t);
        }
        return new DoubleVector(r);
    }

    /** seq(from, to, length.out = n) with either end possibly missing. */
    private static SEXP byLength(Interpreter in, Call call, SEXP from, SEXP to, double n, boolean intn1) {
        boolean intdel;
        SEXP f = from, t = to;
        if (t == null) {
            if (f == null) f = DoubleVector.of(1);
            double tv = Scalars.real(f) + (n - 1);
            intdel = intn1 && logint(f) && tv <= INT_MAX;
            t = intdel ? IntVector.of((int) tv) : DoubleVector.of(tv);
        } else {
            intdel = logint(t);
        }
        if (f == null) {
            double fv = Scalars.real(t) - (n - 1);
            if (intdel) intdel = intn1 && fv >= -INT_MAX;
            f = intdel ? IntVector.of((int) fv) : DoubleVector.of(fv);
        } else if (intdel) {
            intdel = logint(f);
        }
        int len = (int) n;
        double fv = Scalars.real(f), tv = Scalars.real(t);
        if (len > 2) {
            if (fv == tv) {
                return Sequences.repeat(in, call, Coercion.bare((Vector) f), IntVector.of(len), 1, -1, false);
            }
            int n1 = len - 1;
            if (intdel && intn1 && Math.floorMod((long) fv, n1) == Math.floorMod((long) tv, n1)) {
                long step = Math.floorDiv((long) tv, n1) - Math.floorDiv((long) fv, n1);
                int[] r = new int[len];
                for (int i = 0; i < len; i++) r[i] = (int) (fv + i * step);
                return new IntVector(r);
            }
            double del = tv - fv;
            double[] r = new double[len];
            if (Double.isFinite(del)) {
                r[0] = fv;
                for (int i = 1; i < len - 1; i++) r[i] = fv + i * (del / n1);
                r[len - 1] = tv;
            } else {
                double f4 = fv / 4, t4 = tv / 4;
                r[0] = f4 * 4;
                for (int i = 1; i < len - 1; i++) r[i] = (f4 + i * ((t4 - f4) / n1)) * 4;
                r[len - 1] = t4 * 4;
            }
            return new DoubleVector(r);
        }
        Vector both = (Vector) Combine.combine(new SEXP[] {Coercion.bare((Vector) f), Coercion.bare((Vector) t)}, null, false, false);
        return Elements.plain(both, Elements.range(0, len));
    }

    /** seq(from, by =, length.out =) (forward) or seq(to =, by =, length.out =) (backward from to). */
    private static SEXP countedFrom(Interpreter in, Call call, SEXP anchor, SEXP by, int n, boolean forward) {
        boolean intby = logint(by);
        int nby = by.length();
        boolean naby = nby > 0 && ((Vector) by).isNA(0);
        double a = Scalars.real(anchor);
        boolean isInt = intby && logint(anchor);
        if (isInt && nby > 0 && !naby) {
            double end = forward ? a + (n - 1) * Scalars.real(by) : a - (n - 1) * Scalars.real(by);
            isInt = end <= INT_MAX && end >= -INT_MAX;
        }
        if (isInt && n > 2 && nby == 1 && !naby) {
            int b = (int) Scalars.real(by);
            int[] r = new int[n];
            long start = forward ? (long) a : (long) a - (long) (n - 1) * b;
            for (int i = 0; i < n; i++) r[i] = (int) (start + (long) i * b);
            return new IntVector(r);
        }
        SEXP step = by;
        if (intby && !(isInt || anchor.isObject())) step = Coercion.to(in, by, org.rlambda.sexp.SexpType.DOUBLE);
        Vector counts = forward ? IntVector.sequence(0, 1, n) : IntVector.sequence(n - 1, -1, n);
        SEXP prod = Arithmetic.arith(in, call, "*", new SEXP[] {counts, step});
        return Arithmetic.arith(in, call, forward ? "+" : "-", new SEXP[] {anchor, prod});
    }
}
