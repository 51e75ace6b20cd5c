package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** pmin and pmax: element-wise extremes of recycled vectors; the result takes the first argument's attributes. */
final class Parallel {
    private Parallel() { }

    static SEXP pminmax(Interpreter in, Call call, SEXP[] a, boolean max) {
        ListVector dots = Builtins.dots(a[0]);
        boolean naRm = a[1] != null && Scalars.logical(a[1]) == 1;
        if (dots.length() == 0) throw in.errorInCurrentCall("no arguments");
        int rank = 0, len = 0;
        boolean zero = false;
        for (int k = 0; k < dots.length(); k++) {
            SEXP v = dots.get(k);
            if (v == Null.NULL) { zero = true; continue; }
            switch (v.type()) {
                case LOGICAL: case INTEGER: rank = Math.max(rank, 1); break;
                case DOUBLE: rank = Math.max(rank, 2); break;
                case CHARACTER: rank = 3; break;
                default: throw in.errorInCurrentCall("invalid input type");
            }
            if (v.length() == 0) zero = true;
            len = Math.max(len, v.length());
        }
        SexpType t = rank == 3 ? SexpType.CHARACTER : rank == 2 ? SexpType.DOUBLE : SexpType.INTEGER;
        if (zero) return Combine.allocate(t, 0);
        for (int k = 0; k < dots.length(); k++) {
            if (len % dots.get(k).length() != 0) {
                in.warning(in.currentCall(), "an argument will be fractionally recycled");
                break;
            }
        }
        Vector[] cols = new Vector[dots.length()];
        for (int k = 0; k < cols.length; k++) cols[k] = Coercion.to(in, dots.get(k), t);
        Vector r = Combine.allocate(t, len);
        for (int i = 0; i < len; i++) {
            int best = -1;
            Vector bestCol = null;
            boolean na = false;
            for (Vector c : cols) {
                int j = i % c.length();
                if (c.isNA(j)) {
                    if (!naRm) na = true;
                    continue;
                }
                if (best < 0 || better(c, j, bestCol, best, max)) { best = j; bestCol = c; }
            }
            if (na || best < 0) {
                if (na && t == SexpType.DOUBLE && !naRm) r.setFrom(i, lastMissing(cols, i), 0);
                else r.setNA(i);
            } else r.setFrom(i, bestCol, best);
        }
        Vector first = (Vector) dots.get(0);
        if (first.hasAttributes()) {
            org.rlambda.sexp.Attributes at = first.attributes();
            for (int k = 0; k < at.size(); k++) {
                String n = at.name(k);
                if ((n.equals("names") || n.equals("dim") || n.equals("dimnames")) && first.length() != len) continue;
                r.setAttributeRaw(n, at.value(k));
            }
        }
        return r;
    }

    private static boolean better(Vector c, int j, Vector bc, int b, boolean max) {
        int cmp;
        if (c instanceof StringVector) cmp = Collation.compare(((StringVector) c).get(j), ((StringVector) bc).get(b));
        else if (c instanceof DoubleVector) cmp = Double.compare(((DoubleVector) c).get(j), ((DoubleVector) bc).get(b));
        else cmp = Integer.compare(((IntVector) c).get(j), ((IntVector) bc).get(b));
        return max ? cmp > 0 : cmp < 0;
    }

    /** The NA or NaN that makes position i missing: the last one among the arguments, as in GNU R. */
    private static Vector lastMissing(Vector[] cols, int i) {
        double last = Double.NaN;
        for (Vector c : cols) {
            double d = ((DoubleVector) c).get(i % c.length());
            if (d != d) last = d;
        }
        return DoubleVector.of(last);
    }

}
