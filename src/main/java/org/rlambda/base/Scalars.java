package org.rlambda.base;

import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Reading scalar arguments (flags, counts, modes) the way GNU R's asLogical/asInteger/asReal do. */
final class Scalars {
    private Scalars() { }

    /** First element as R logical (TRUE/FALSE/NA), NA for non-vectors and empty vectors. */
    static int logical(SEXP v) {
        if (!(v instanceof Vector) || v.length() == 0) return LogicalVector.NA;
        if (v instanceof ListVector) return LogicalVector.NA;
        return Coerce.logicalElement((Vector) v, 0);
    }

    /** A lenient flag: TRUE only when the first element is TRUE (NA and junk count as FALSE). */
    static boolean flag(Interpreter in, Call call, SEXP v) {
        return logical(v) == 1;
    }

    /** A flag that must be TRUE or FALSE; otherwise GNU R's "invalid 'name' argument". */
    static boolean strictFlag(Interpreter in, Call call, SEXP v, String name) {
        int b = logical(v);
        if (b == LogicalVector.NA) throw in.error(call, "invalid '" + name + "' argument");
        return b == 1;
    }

    /** First element as an R integer (NA when absent or not representable). */
    static int integer(SEXP v) {
        if (!(v instanceof Vector) || v.length() == 0 || v instanceof ListVector) return IntVector.NA;
        Vector x = (Vector) v;
        if (x instanceof StringVector) {
            double d = Coerce.stringToDouble(((StringVector) x).get(0), null);
            return Coerce.doubleToInt(d, null);
        }
        return Coerce.intElement(x, 0, null);
    }

    /** First element as a double (NA when absent). */
    static double real(SEXP v) {
        if (!(v instanceof Vector) || v.length() == 0 || v instanceof ListVector) return DoubleVector.NA;
        return Coerce.doubleElement((Vector) v, 0, null);
    }

    /** First element as a string, or null when not a character vector of length >= 1. */
    static String string(SEXP v) {
        if (!(v instanceof StringVector) || v.length() == 0) return null;
        return ((StringVector) v).get(0);
    }

    static boolean isNumberLike(SEXP v) {
        return v instanceof DoubleVector || v instanceof IntVector || v instanceof LogicalVector;
    }
}
