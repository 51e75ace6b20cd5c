package org.rlambda.base;

import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * Taking elements of a vector by position, as {@code x[i]} does for positive indices: names
 * follow their elements, other attributes are dropped. A classed object is handed to the R
 * function {@code `[`} instead, so its method (factor, Date ...) decides what survives.
 */
final class Elements {
    private Elements() { }

    /** Elements at 0-based positions {@code idx} (-1 gives NA). */
    static SEXP take(Interpreter in, Vector x, int[] idx, Environment rho) {
        if (x.isObject()) {
            int[] one = new int[idx.length];
            for (int i = 0; i < idx.length; i++) one[i] = idx[i] < 0 ? IntVector.NA : idx[i] + 1;
            SEXP fn = in.findFunction(Symbol.get("["), rho);
            if (fn != null) {
                IntVector iv = new IntVector(one);
                return in.callFunction(fn, new SEXP[] {x, iv}, null, rho, Call.of("[", Symbol.get("x"), Symbol.get("i")));
            }
        }
        return plain(x, idx);
    }

    /** The non-dispatching form of {@link #take}. */
    static Vector plain(Vector x, int[] idx) {
        Vector r = x.alloc(idx.length);
        for (int i = 0; i < idx.length; i++) {
            if (idx[i] >= 0) r.setFrom(i, x, idx[i]);
        }
        if (x instanceof ListVector) for (SEXP e : ((ListVector) r).values()) e.markShared();
        StringVector nm = x.names();
        if (nm != null) {
            String[] s = new String[idx.length];
            for (int i = 0; i < idx.length; i++) s[i] = idx[i] >= 0 ? nm.get(idx[i]) : StringVector.NA;
            r.setAttributeRaw("names", new StringVector(s));
        }
        return r;
    }

    /** Positions from..to-1 (0-based). */
    static int[] range(int from, int to) {
        int[] r = new int[Math.max(0, to - from)];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }
}
