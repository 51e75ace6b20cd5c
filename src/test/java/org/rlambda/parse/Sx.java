package org.rlambda.parse;

import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * Renders a parsed expression as a Lisp-like tree, e.g. {@code (`+` `x` double:1)}; the same
 * rendering is produced in GNU R by the helper in the test comments, so expected strings are
 * GNU R's answers. Constants are rendered simply (enough for the test inputs).
 */
final class Sx {
    private Sx() {}

    static String of(SEXP e) {
        if (e == Symbol.MISSING_ARG) return "<M>";
        if (e == Null.NULL) return "NULL";
        if (e instanceof Symbol) return "`" + ((Symbol) e).name + "`";
        if (e instanceof Call) {
            Call c = (Call) e;
            StringBuilder sb = new StringBuilder("(").append(of(c.function));
            for (int i = 0; i < c.argCount(); i++) {
                sb.append(' ');
                if (!c.argName(i).isEmpty()) sb.append(c.argName(i)).append('=');
                sb.append(of(c.arg(i)));
            }
            return sb.append(')').toString();
        }
        if (e instanceof PairList) {
            PairList p = (PairList) e;
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < p.length(); i++) {
                if (i > 0) sb.append(' ');
                if (!p.tag(i).isEmpty()) sb.append(p.tag(i)).append('=');
                sb.append(of(p.value(i)));
            }
            return sb.append(']').toString();
        }
        if (e instanceof DoubleVector) {
            double d = ((DoubleVector) e).get(0);
            if (DoubleVector.isNA(d)) return "double:NA_real_";
            if (d == Math.rint(d) && Math.abs(d) < 1e5) return "double:" + (long) d;
            return "double:" + d;
        }
        if (e instanceof IntVector) {
            int v = ((IntVector) e).get(0);
            return v == IntVector.NA ? "integer:NA_integer_" : "integer:" + v + "L";
        }
        if (e instanceof LogicalVector) {
            int v = ((LogicalVector) e).get(0);
            return "logical:" + (v == LogicalVector.NA ? "NA" : v != 0 ? "TRUE" : "FALSE");
        }
        if (e instanceof StringVector) {
            String s = ((StringVector) e).get(0);
            return s == StringVector.NA ? "character:NA_character_" : "character:\"" + s + "\"";
        }
        return e.typeName() + ":?";
    }
}
