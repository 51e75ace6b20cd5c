package org.rlambda.parse;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * Placeholder deparser (single-line, no width breaking) so the evaluator can name calls in
 * messages; the complete GNU R-exact deparser replaces this class.
 */
public final class Deparser {
    private Deparser() { }

    public static List<String> deparse(SEXP x, int widthCutoff) {
        List<String> l = new ArrayList<>();
        l.add(one(x));
        return l;
    }

    public static List<String> deparseFunction(Closure f) {
        List<String> l = new ArrayList<>();
        l.add("function (" + formals(f.formals) + ") ");
        l.add(one(f.body));
        return l;
    }

    private static String formals(PairList p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(p.tag(i));
            if (p.value(i) != Symbol.MISSING_ARG) sb.append(" = ").append(one(p.value(i)));
        }
        return sb.toString();
    }

    private static String one(SEXP x) {
        if (x == Null.NULL) return "NULL";
        if (x instanceof Symbol) return ((Symbol) x).name;
        if (x instanceof Call) return call((Call) x);
        if (x instanceof Vector && x.length() == 1) return scalar((Vector) x);
        if (x instanceof Vector) {
            StringBuilder sb = new StringBuilder(x instanceof ListVector ? "list(" : "c(");
            for (int i = 0; i < x.length(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(x instanceof ListVector ? one(((ListVector) x).get(i)) : scalar((Vector) ((Vector) x).element(i)));
            }
            return sb.append(')').toString();
        }
        return "<" + x.typeName() + ">";
    }

    private static String scalar(Vector v) {
        if (v instanceof StringVector) {
            String s = ((StringVector) v).get(0);
            return s == StringVector.NA ? "NA_character_" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
        if (v instanceof LogicalVector) {
            int b = ((LogicalVector) v).get(0);
            return b == LogicalVector.NA ? "NA" : b != 0 ? "TRUE" : "FALSE";
        }
        if (v instanceof IntVector) {
            int i = ((IntVector) v).get(0);
            return i == IntVector.NA ? "NA_integer_" : i + "L";
        }
        if (v instanceof DoubleVector) {
            double d = ((DoubleVector) v).get(0);
            if (DoubleVector.isNA(d)) return "NA_real_";
            return org.rlambda.format.AsCharacter.of(d);
        }
        if (v instanceof ListVector) return "list(" + one(((ListVector) v).get(0)) + ")";
        return "<" + v.typeName() + ">";
    }

    private static final java.util.Set<String> BINARY = java.util.Set.of("+", "-", "*", "/", "^", "==", "!=", "<", ">",
            "<=", ">=", "&", "|", "&&", "||", "<-", "<<-", "=", "~", "%%", "%/%", "%in%");

    private static String call(Call c) {
        String f = c.functionName();
        int n = c.argCount();
        if (f != null) {
            if (BINARY.contains(f) && n == 2) return one(c.arg(0)) + " " + f + " " + one(c.arg(1));
            if ((f.equals("-") || f.equals("+") || f.equals("!")) && n == 1) return f + one(c.arg(0));
            if (f.equals(":") && n == 2) return one(c.arg(0)) + ":" + one(c.arg(1));
            if (f.equals("$") && n == 2) return one(c.arg(0)) + "$" + one(c.arg(1));
            if (f.equals("(") && n == 1) return "(" + one(c.arg(0)) + ")";
            if (f.equals("[") || f.equals("[[")) {
                String close = f.equals("[") ? "]" : "]]";
                return one(c.arg(0)) + f + args(c, 1) + close;
            }
            if (f.equals("{")) {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < n; i++) sb.append(i == 0 ? " " : "; ").append(one(c.arg(i)));
                return sb.append(" }").toString();
            }
            if (f.equals("if")) return "if (" + one(c.arg(0)) + ") " + one(c.arg(1)) + (n > 2 ? " else " + one(c.arg(2)) : "");
            if (f.equals("function") && c.arg(0) instanceof PairList) {
                return "function(" + formals((PairList) c.arg(0)) + ") " + one(c.arg(1));
            }
        }
        return (f != null ? f : one(c.function)) + "(" + args(c, 0) + ")";
    }

    private static String args(Call c, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < c.argCount(); i++) {
            if (i > from) sb.append(", ");
            String nm = c.argName(i);
            if (!nm.isEmpty()) sb.append(nm).append(" = ");
            if (c.arg(i) != Symbol.MISSING_ARG) sb.append(one(c.arg(i)));
        }
        return sb.toString();
    }
}
