package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * gettext and ngettext. rlambda ships no message catalogues, so translation is the identity
 * (what GNU R does in a C/English locale); ngettext still picks the singular or plural form
 * and validates its arguments as GNU R does.
 */
public final class Translation {
    private Translation() { }

    public static void register(Builtins b) {
        b.add("ngettext", "n, msg1, msg2, domain", (in, call, a, rho) -> {
            int n = IntVector.NA;
            if (a[0] instanceof Vector && a[0].length() > 0 && (a[0] instanceof IntVector || a[0] instanceof DoubleVector)) {
                n = a[0] instanceof IntVector ? ((IntVector) a[0]).get(0) : doubleToCount(((DoubleVector) a[0]).get(0));
            }
            if (n == IntVector.NA || n < 0) throw in.error(call, "invalid 'n' argument");
            if (!(a[1] instanceof StringVector) || a[1].length() != 1) throw in.error(call, "'msg1' must be a character string");
            if (!(a[2] instanceof StringVector) || a[2].length() != 1) throw in.error(call, "'msg2' must be a character string");
            return n == 1 ? a[1] : a[2];
        });
        // gettext(...): the arguments as one character vector (names kept, as unlist gives them)
        b.add("gettext", "..., domain, trim", (in, call, a, rho) -> {
            SEXP dots = a[0];
            SEXP chars = in.callFunction(in.findFunction(Symbol.get("lapply"), rho), new SEXP[] {dots, in.findFunction(Symbol.get("as.character"), rho)},
                    null, rho, call);
            return in.callFunction(in.findFunction(Symbol.get("unlist"), rho), new SEXP[] {chars}, null, rho, call);
        });
    }

    private static int doubleToCount(double d) {
        if (Double.isNaN(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) return IntVector.NA;
        return (int) d;
    }
}
