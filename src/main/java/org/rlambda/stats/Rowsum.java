package org.rlambda.stats;

import java.util.HashMap;
import java.util.Map;
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

/** The kernel of rowsum (stats.R): column sums of a numeric vector or matrix within groups. */
public final class Rowsum {
    private Rowsum() { }

    public static void register(Builtins b) {
        // .rowsum(x, group, ugroup, na.rm, snames): a length(ugroup) x ncol(x) matrix
        b.add(".rowsum", "x, group, ugroup, na.rm, snames", (in, call, a, rho) -> rowsum(in, (Vector) a[0], (Vector) a[1],
                (Vector) a[2], ((IntVector) Coercion.to(in, a[3], SexpType.INTEGER)).get(0) == 1, a[4]));
    }

    static SEXP rowsum(Interpreter in, Vector x, Vector group, Vector ugroup, boolean naRm, SEXP snames) {
        int[] dim = x.dim();
        int n = dim != null && dim.length == 2 ? dim[0] : x.length();
        int p = dim != null && dim.length == 2 ? dim[1] : 1;
        int[] where = groupIndex(in, group, ugroup);
        int ng = ugroup.length();
        Vector r;
        if (x instanceof IntVector || x.type() == SexpType.LOGICAL) {
            IntVector xv = (IntVector) Coercion.to(in, x, SexpType.INTEGER);
            long[] acc = new long[ng * p];
            boolean[] na = new boolean[ng * p];
            for (int j = 0; j < p; j++) {
                for (int i = 0; i < n; i++) {
                    int e = xv.get(i + j * n), cell = where[i] + j * ng;
                    if (e == IntVector.NA) {
                        if (!naRm) na[cell] = true;
                        continue;
                    }
                    acc[cell] += e;
                }
            }
            int[] out = new int[ng * p];
            for (int k = 0; k < out.length; k++) {
                // an overflowing sum is NA, silently, as in GNU R
                out[k] = na[k] || acc[k] > Integer.MAX_VALUE || acc[k] < -Integer.MAX_VALUE ? IntVector.NA : (int) acc[k];
            }
            r = new IntVector(out);
        } else {
            double[] xv = ((DoubleVector) Coercion.to(in, x, SexpType.DOUBLE)).values();
            double[] out = new double[ng * p];
            for (int j = 0; j < p; j++) {
                for (int i = 0; i < n; i++) {
                    double e = xv[i + j * n];
                    if (naRm && e != e) continue;
                    out[where[i] + j * ng] += e;
                }
            }
            r = new DoubleVector(out);
        }
        r.setAttributeRaw("dim", new IntVector(new int[] {ng, p}));
        SEXP colnames = Null.NULL;
        SEXP dn = x.getAttribute("dimnames");
        if (dn instanceof ListVector && dn.length() == 2) colnames = ((ListVector) dn).get(1);
        r.setAttributeRaw("dimnames", ListVector.of(snames, colnames));
        return r;
    }

    /** For each element of group, its position in ugroup (NA matching NA). */
    private static int[] groupIndex(Interpreter in, Vector group, Vector ugroup) {
        Vector g = group, u = ugroup;
        SexpType t = g.type();
        if (t != u.type() || !(t == SexpType.DOUBLE || t == SexpType.INTEGER || t == SexpType.CHARACTER)) {
            g = Coercion.to(in, g, SexpType.CHARACTER);
            u = Coercion.to(in, u, SexpType.CHARACTER);
        }
        Map<Object, Integer> pos = new HashMap<>();
        for (int i = 0; i < u.length(); i++) pos.putIfAbsent(key(u, i), i);
        int[] where = new int[g.length()];
        for (int i = 0; i < g.length(); i++) where[i] = pos.get(key(g, i));
        return where;
    }

    private static Object key(Vector v, int i) {
        if (v.isNA(i)) return "\u0000NA";
        switch (v.type()) {
            case DOUBLE: {
                double d = ((DoubleVector) v).get(i);
                return d == 0 ? 0.0 : d; // -0 and 0 are one group
            }
            case INTEGER: return ((IntVector) v).get(i);
            default: return ((StringVector) v).get(i);
        }
    }
}
