package org.rlambda.base;

import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * Reading scalar arguments of builtins the way GNU R's asLogical/asInteger/asChar do, and
 * as.character with S3 dispatch for objects (factors give their labels), as internal
 * string functions (paste, nchar, grepl ...) need.
 */
public final class RArgs {
    private RArgs() { }

    public static boolean isNull(SEXP s) { return s == null || s == Null.NULL; }

    /** asLogical of the first element; NA (or a non-vector) when it cannot be read. */
    public static int logical(SEXP v) {
        if (!(v instanceof Vector) || v.length() == 0 || v instanceof ListVector) return LogicalVector.NA;
        return Coerce.logicalElement((Vector) v, 0);
    }

    /** A TRUE/FALSE argument: missing gives {@code dflt}; NA or unreadable gives "invalid 'name' argument". */
    public static boolean flag(Interpreter in, Call call, SEXP v, boolean dflt, String name) {
        if (v == null) return dflt;
        int b = logical(v);
        if (b == LogicalVector.NA) throw in.error(call, "invalid '" + name + "' argument");
        return b != 0;
    }

    /** asInteger of the first element (NA when not readable), without a coercion warning. */
    public static int integer(SEXP v) {
        if (!(v instanceof Vector) || v.length() == 0 || v instanceof ListVector) return IntVector.NA;
        try {
            return Coerce.intElement((Vector) v, 0, new Coerce.Flag());
        } catch (Coerce.RErrorCoercion e) {
            return IntVector.NA;
        }
    }

    /** asInteger with GNU R's "NAs introduced by coercion" warning for non-numeric strings. */
    public static int integerWarn(Interpreter in, Call call, SEXP v) {
        if (!(v instanceof Vector) || v.length() == 0 || v instanceof ListVector) return IntVector.NA;
        Coerce.Flag f = new Coerce.Flag();
        int r = Coerce.intElement((Vector) v, 0, f);
        if (f.naIntroduced) in.warning(call, "NAs introduced by coercion");
        return r;
    }

    /** asChar of the first element: NA_character_ when empty or not atomic. */
    public static String string(SEXP v) {
        if (!(v instanceof Vector) || v.length() == 0 || v instanceof ListVector) {
            if (v instanceof Symbol) return ((Symbol) v).name;
            return StringVector.NA;
        }
        return Coerce.stringElement((Vector) v, 0);
    }

    /** The labels of a factor as a character vector (NA codes give NA). */
    public static StringVector factorLabels(Vector f) {
        SEXP lev = f.getAttribute("levels");
        String[] levels = lev instanceof StringVector ? ((StringVector) lev).values() : new String[0];
        int n = f.length();
        String[] r = new String[n];
        for (int i = 0; i < n; i++) {
            int c = Coerce.intElement(f, i, null);
            r[i] = c == IntVector.NA || c < 1 || c > levels.length ? StringVector.NA : levels[c - 1];
        }
        return new StringVector(r);
    }

    /**
     * as.character(x) as internal functions see it: factors give labels, other objects go
     * through the R function {@code as.character} (so S3 methods apply), plain vectors are
     * coerced element-wise. Symbols give their name. Attributes are dropped.
     */
    public static StringVector asCharacter(Interpreter in, SEXP x, Environment rho) {
        if (x instanceof StringVector && !x.hasAttributes()) return (StringVector) x;
        if (x == Null.NULL) return StringVector.EMPTY;
        if (x instanceof Symbol) return StringVector.of(((Symbol) x).name);
        if (x instanceof Vector && x.inherits("factor")) return factorLabels((Vector) x);
        if (x.isObject()) {
            SEXP f = in.findFunction(Symbol.get("as.character"), rho == null ? in.baseEnv : rho);
            if (f != null) {
                SEXP r = in.callFunction(f, new SEXP[] {x}, null, rho == null ? in.baseEnv : rho,
                        Call.of("as.character", Symbol.get("x")));
                if (r instanceof StringVector) return (StringVector) r;
                if (r instanceof Vector) x = r;
            }
        }
        if (x instanceof ListVector) return listAsCharacter(in, (ListVector) x);
        if (x instanceof Vector) {
            Vector v = (Vector) x;
            if (v instanceof StringVector) return new StringVector(((StringVector) v).values());
            return (StringVector) Coerce.coerce(v, org.rlambda.sexp.SexpType.CHARACTER, null);
        }
        return StringVector.of(in.deparseOneLine(x));
    }

    /** as.character of a list: length-one atomic elements as their value, others deparsed. */
    public static StringVector listAsCharacter(Interpreter in, ListVector l) {
        String[] r = new String[l.length()];
        for (int i = 0; i < r.length; i++) {
            SEXP e = l.get(i);
            String s = Coerce.stringElement(l, i);
            if (s == null) {
                if (e instanceof Vector && e.inherits("factor") && e.length() == 1) {
                    s = factorLabels((Vector) e).get(0);
                } else {
                    s = in.deparseOneLine(e);
                }
            }
            r[i] = s;
        }
        return new StringVector(r);
    }

    /** A character vector argument (coerced as as.character would); "invalid 'name' argument" otherwise. */
    public static StringVector strings(Interpreter in, Call call, SEXP v, String name) {
        if (v instanceof StringVector) return (StringVector) v;
        if (v instanceof Vector && !(v instanceof ListVector)) return asCharacter(in, v, null);
        throw in.error(call, "invalid '" + name + "' argument");
    }
}
