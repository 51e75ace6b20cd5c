package org.rlambda.base;

import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Factor helpers shared by builtins that accept factors where GNU R converts them to their labels. */
final class FactorLevels {
    private FactorLevels() { }

    static SEXP asCharacter(SEXP f) {
        SEXP lev = f.getAttribute("levels");
        Vector v = (Vector) f;
        String[] out = new String[v.length()];
        for (int i = 0; i < out.length; i++) {
            int c = v instanceof IntVector ? ((IntVector) v).get(i) : IntVector.NA;
            out[i] = c == IntVector.NA || !(lev instanceof StringVector) ? StringVector.NA : ((StringVector) lev).get(c - 1);
        }
        StringVector r = new StringVector(out);
        if (v.names() != null) r.setAttributeRaw("names", v.names());
        return r;
    }
}
