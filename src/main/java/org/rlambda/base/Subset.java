package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.S3;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** The extraction operators {@code [}, {@code [[} and {@code $} for vectors, lists, arrays, environments and calls. */
public final class Subset {
    private Subset() { }

    public static void register(Builtins b) {
        b.addGeneric("[", Subset::bracket);
        b.addGeneric("[[", Subset::bracket2);
        b.addSpecial("$", Subset::dollar);
        b.addSpecial("@", (in, call, args, names, rho) -> {
            SEXP x = in.eval(args[0], rho);
            String slot = args[1] instanceof Symbol ? ((Symbol) args[1]).name : Coerce.stringElement((Vector) args[1], 0);
            SEXP v = x.getAttribute(slot);
            if (v == null) {
                throw in.error(call, "no applicable method for `@` applied to an object of class \"" + S3.dispatchClass(x).get(0) + "\"");
            }
            return v;
        });
    }

    /** The subscripts of a call to [ or [[ (without drop= and exact=), and those two options. */
    static final class Args {
        final List<SEXP> subs = new ArrayList<>();
        SEXP drop;
        SEXP exact;
        SEXP value;
    }

    static Args split(SEXP[] args, String[] names, boolean withValue) {
        Args a = new Args();
        for (int i = 1; i < args.length; i++) {
            String nm = names == null || names[i] == null ? "" : names[i];
            if (nm.equals("drop")) a.drop = args[i];
            else if (nm.equals("exact")) a.exact = args[i];
            else if (withValue && nm.equals("value")) a.value = args[i];
            else a.subs.add(args[i]);
        }
        if (withValue && a.value == null && !a.subs.isEmpty()) a.value = a.subs.remove(a.subs.size() - 1);
        return a;
    }

    // ------------------------------------------------------------------ [

    static SEXP bracket(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length == 0) return Null.NULL;
        SEXP x = args[0];
        if (args.length == 2 && names == null && x.attributes() == null && x instanceof Vector && !(x instanceof ListVector)) {
            int k = scalarIndex(args[1]);
            if (k >= 0 && k < x.length()) return ((Vector) x).element(k);
        }
        if (args.length == 3 && names == null && x instanceof Vector && !(x instanceof ListVector) && x.getAttribute("dimnames") == null) {
            // m[i, j] with scalar subscripts on a matrix without dimnames: one element, no attributes
            SEXP d = x.getAttribute("dim");
            if (d instanceof IntVector && d.length() == 2) {
                int nr = ((IntVector) d).get(0), nc = ((IntVector) d).get(1);
                int i = scalarIndex(args[1]), j = scalarIndex(args[2]);
                if (i >= 0 && i < nr && j >= 0 && j < nc) return ((Vector) x).element(i + j * nr);
            }
        }
        Args a = split(args, names, false);
        boolean drop = a.drop == null || a.drop == Symbol.MISSING_ARG || in.asCondition(a.drop, call, "[");
        if (x == Null.NULL) return Null.NULL;
        if (x instanceof Call) {
            ListVector l = Language.callToList((Call) x);
            SEXP r = bracket(in, call, withFirst(l, args), names, rho);
            return r instanceof ListVector ? Language.listToCall(in, call, (ListVector) r) : r;
        }
        if (x instanceof PairList) x = Language.pairlistToList((PairList) x);
        if (!(x instanceof Vector)) throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
        Vector v = (Vector) x;
        List<SEXP> subs = a.subs;
        if (subs.isEmpty() || (subs.size() == 1 && subs.get(0) == Symbol.MISSING_ARG)) return v; // x[] is x, attributes and all
        int[] dim = v.dim();
        if (subs.size() == 1) {
            SEXP s = subs.get(0);
            if (dim != null && s instanceof Vector && ((Vector) s).dim() != null && ((Vector) s).dim().length == 2
                    && ((Vector) s).dim()[1] == dim.length && (s.type() == SexpType.INTEGER || s.type() == SexpType.DOUBLE)) {
                return Arrays.matrixIndex(in, call, v, (Vector) s, dim);
            }
            return vectorIndex(in, call, v, s);
        }
        if (dim == null || dim.length != subs.size()) throw in.error(call, "incorrect number of dimensions");
        return Arrays.arrayIndex(in, call, v, dim, subs, drop);
    }

    /** A plain positive scalar subscript as a 0-based index, or -1 (the caller takes the general path). */
    static int scalarIndex(SEXP s) {
        if (s.attributes() != null || s.length() != 1) return -1;
        if (s instanceof org.rlambda.sexp.DoubleVector) {
            double d = ((org.rlambda.sexp.DoubleVector) s).get(0);
            return d >= 1 && d < 2147483647.0 ? (int) d - 1 : -1;
        }
        if (s instanceof IntVector) {
            int i = ((IntVector) s).get(0);
            return i >= 1 ? i - 1 : -1;
        }
        return -1;
    }

    private static SEXP[] withFirst(SEXP first, SEXP[] args) {
        SEXP[] c = args.clone();
        c[0] = first;
        return c;
    }

    /** x[i] for one subscript: names kept, other attributes dropped, out-of-range reads NA. */
    static Vector vectorIndex(Interpreter in, Call call, Vector v, SEXP s) {
        int n = v.length();
        StringVector names = v.names();
        if (s instanceof ListVector) throw in.error(call, "invalid subscript type 'list'");
        Subscript sub = Subscript.of(in, call, s, n, names, false);
        int[] p = sub.positions;
        Vector r = v.alloc(p.length);
        String[] nn = names == null ? null : new String[p.length];
        for (int k = 0; k < p.length; k++) {
            int pos = p[k];
            if (pos >= 0 && pos < n) {
                r.setFrom(k, v, pos);
                if (nn != null) nn[k] = names.get(pos);
            } else if (nn != null) {
                nn[k] = StringVector.NA;
            }
        }
        if (r instanceof ListVector) for (SEXP e : ((ListVector) r).values()) e.markShared();
        if (nn != null) r.setAttributeRaw("names", new StringVector(nn));
        if (v.inherits("factor")) {
            r.setAttributeRaw("levels", v.getAttribute("levels"));
            r.setAttributeRaw("class", v.getAttribute("class"));
        }
        return r;
    }

    // ------------------------------------------------------------------ [[

    static SEXP bracket2(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length == 0) return Null.NULL;
        SEXP x = args[0];
        Args a = split(args, names, false);
        int exactFlag = a.exact == null || a.exact == Symbol.MISSING_ARG ? 1 : Coerce.logicalElement((Vector) a.exact, 0);
        boolean exact = exactFlag == 1;
        if (x instanceof Environment) {
            if (a.subs.size() != 1 || !(a.subs.get(0) instanceof StringVector)) {
                throw in.error(call, "wrong args for environment subassignment");
            }
            SEXP v = EnvBuiltins.bindingValue(in, (Environment) x, Symbol.get(((StringVector) a.subs.get(0)).get(0)));
            return v == null ? Null.NULL : v;
        }
        if (x == Null.NULL) return Null.NULL;
        if (x instanceof Call) x = Language.callToList((Call) x);
        if (x instanceof PairList) x = Language.pairlistToList((PairList) x);
        if (!(x instanceof Vector)) throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
        Vector v = (Vector) x;
        if (a.subs.isEmpty()) throw in.error(call, "invalid subscript type 'symbol'");
        if (a.subs.size() > 1) {
            int[] dim = v.dim();
            if (dim == null || dim.length != a.subs.size()) throw in.error(call, "incorrect number of subscripts");
            int offset = 0, mult = 1;
            for (int d = 0; d < dim.length; d++) {
                int k = single(in, call, a.subs.get(d), dim[d], dimNames(v, d), exact);
                if (k < 0 || k >= dim[d]) throw in.error(call, "subscript out of bounds");
                offset += k * mult;
                mult *= dim[d];
            }
            return element(v, offset);
        }
        SEXP s = a.subs.get(0);
        if (!(s instanceof Vector) || s instanceof ListVector) {
            throw in.error(call, "invalid subscript type '" + s.typeName() + "'");
        }
        Vector sv = (Vector) s;
        if (sv.length() == 0) throw in.error(call, "subscript of length 0");
        if (sv.length() > 1) {
            if (!(v instanceof ListVector)) {
                if (sv.length() > 2 || v.length() < 1) throw in.error(call, "attempt to select more than one element in vectorIndex");
                throw in.error(call, "attempt to select more than one element in vectorIndex");
            }
            SEXP cur = v;
            for (int i = 0; i < sv.length(); i++) {
                if (!(cur instanceof ListVector) && i < sv.length() - 1) throw in.error(call, "subscript out of bounds");
                SEXP next = bracket2(in, call, new SEXP[] {cur, sv.element(i)}, null, rho);
                cur = next;
            }
            return cur;
        }
        int n = v.length();
        if (sv instanceof StringVector) {
            String key = ((StringVector) sv).get(0);
            int k = nameIndex(v.names(), key, exact, n);
            if (k >= 0 && exactFlag == LogicalVector.NA && !key.equals(v.names().get(k))) {
                in.warning(call, "partial match of '" + key + "' to '" + v.names().get(k) + "'");
            }
            if (k < 0) {
                if (v instanceof ListVector) return Null.NULL;
                throw in.error(call, "subscript out of bounds");
            }
            return element(v, k);
        }
        double d = Coerce.doubleElement(sv, 0, null);
        if (Double.isNaN(d)) {
            if (v instanceof ListVector) return Null.NULL;
            throw in.error(call, "subscript out of bounds");
        }
        long k = (long) d;
        if (k < 0) {
            if (n == 2 && (k == -1 || k == -2)) return element(v, k == -1 ? 1 : 0);
            throw in.error(call, "invalid negative subscript in get1index <real>");
        }
        if (k == 0) throw in.error(call, "attempt to select less than one element in get1index" + (sv instanceof IntVector ? "" : " <real>"));
        if (k > n) throw in.error(call, "subscript out of bounds");
        return element(v, (int) (k - 1));
    }

    private static StringVector dimNames(Vector v, int d) {
        SEXP dn = v.getAttribute("dimnames");
        if (dn instanceof ListVector && ((ListVector) dn).get(d) instanceof StringVector) return (StringVector) ((ListVector) dn).get(d);
        return null;
    }

    private static int single(Interpreter in, Call call, SEXP s, int n, StringVector names, boolean exact) {
        if (s instanceof StringVector) return nameIndex(names, ((StringVector) s).get(0), exact, n);
        double d = Coerce.doubleElement((Vector) s, 0, null);
        return Double.isNaN(d) ? -1 : (int) d - 1;
    }

    /** Exact name match, else (when not exact) a unique partial match; -1 when none. */
    static int nameIndex(StringVector names, String key, boolean exact, int n) {
        if (names == null || key == StringVector.NA) return -1;
        for (int i = 0; i < n; i++) if (key.equals(names.get(i))) return i;
        if (exact) return -1;
        int found = -1;
        for (int i = 0; i < n; i++) {
            String nm = names.get(i);
            if (nm != StringVector.NA && nm.startsWith(key)) {
                if (found >= 0) return -1;
                found = i;
            }
        }
        return found;
    }

    static SEXP element(Vector v, int k) {
        if (v instanceof ListVector) {
            SEXP e = ((ListVector) v).get(k);
            e.markShared();
            return e;
        }
        return v.element(k);
    }

    // ------------------------------------------------------------------ $

    static SEXP dollar(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length != 2) throw in.error(call, args.length + " arguments passed to '$' which requires 2");
        SEXP x = in.eval(args[0], rho);
        String name = memberName(in, call, args[1]);
        if (x.isObject()) {
            SEXP r = S3.tryDispatchInternal(in, "$", call, new SEXP[] {x, StringVector.of(name)}, null, rho);
            if (r != null) return r;
        }
        in.visible = true;
        return dollarDefault(in, call, x, name);
    }

    static String memberName(Interpreter in, Call call, SEXP nameArg) {
        if (nameArg instanceof Symbol) return ((Symbol) nameArg).name;
        if (nameArg instanceof StringVector && nameArg.length() >= 1) return ((StringVector) nameArg).get(0);
        if (nameArg instanceof Call && ((Call) nameArg).isCallTo("quote")) return memberName(in, call, ((Call) nameArg).arg(0));
        throw in.error(call, "invalid subscript type '" + nameArg.typeName() + "'");
    }

    static SEXP dollarDefault(Interpreter in, Call call, SEXP x, String name) {
        if (x instanceof Environment) {
            SEXP v = EnvBuiltins.bindingValue(in, (Environment) x, Symbol.get(name));
            return v == null ? Null.NULL : v;
        }
        if (x == Null.NULL) return Null.NULL;
        if (x instanceof Call) x = Language.callToList((Call) x);
        if (x instanceof PairList) x = Language.pairlistToList((PairList) x);
        if (x instanceof ListVector) {
            ListVector l = (ListVector) x;
            int k = nameIndex(l.names(), name, false, l.length());
            if (k < 0) return Null.NULL;
            SEXP e = l.get(k);
            e.markShared();
            return e;
        }
        if (x instanceof Vector) throw in.error(call, "$ operator is invalid for atomic vectors");
        throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
    }
}
