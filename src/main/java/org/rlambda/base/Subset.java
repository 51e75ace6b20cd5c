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
            Vector r = vectorIndex(in, call, v, s);
            if (dim != null && dim.length == 1) keepOneDimensional(v, r, drop);
            return r;
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

    static SEXP[] withFirst(SEXP first, SEXP[] args) {
        SEXP[] c = args.clone();
        c[0] = first;
        return c;
    }

    /** The names of x for indexing: its names, or for a one-dimensional array its dimnames[[1]]. */
    static StringVector namesOf(Vector v) { return v.elementNames(); }

    /** x[i] on a one-dimensional array stays one (names as dimnames), unless dropped to one element. */
    private static void keepOneDimensional(Vector x, Vector r, boolean drop) {
        if (drop && r.length() == 1) return;
        StringVector nm = r.names();
        r.setAttributeRaw("names", null);
        r.setAttributeRaw("dim", new IntVector(new int[] {r.length()}));
        SEXP dn = x.getAttribute("dimnames");
        if (nm != null && dn instanceof ListVector) {
            ListVector rdn = new ListVector(new SEXP[] {nm});
            if (((ListVector) dn).names() != null) rdn.setAttributeRaw("names", ((ListVector) dn).names());
            r.setAttributeRaw("dimnames", rdn);
        }
    }

    static Vector vectorIndex(Interpreter in, Call call, Vector v, SEXP s) {
        int n = v.length();
        StringVector names = namesOf(v);
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

    /** exact= as GNU R reads it: 1 (TRUE, the default), 0 (FALSE: partial ok), -1 (NA: partial ok, with a warning). */
    static int exactArg(Interpreter in, SEXP exact) {
        if (exact == null || exact == Symbol.MISSING_ARG || !(exact instanceof Vector) || exact.length() == 0) return 1;
        int e = Coerce.logicalElement((Vector) exact, 0);
        return e == LogicalVector.NA ? -1 : e != 0 ? 1 : 0;
    }

    static SEXP bracket2(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length == 0) return Null.NULL;
        SEXP x = args[0];
        Args a = split(args, names, false);
        int exact = exactArg(in, a.exact);
        int pok = exact == -1 ? -1 : exact == 1 ? 0 : 1;
        List<SEXP> subs = a.subs;
        if (subs.isEmpty()) throw in.error(call, "no index specified");
        if (x == Null.NULL) return Null.NULL;
        if (x instanceof Environment) {
            SEXP s = subs.get(0);
            if (subs.size() != 1 || !(s instanceof StringVector) || s.length() != 1) {
                throw in.error(call, "wrong arguments for subsetting an environment");
            }
            SEXP v = EnvBuiltins.bindingValue(in, (Environment) x, Symbol.get(((StringVector) s).get(0)));
            if (v == null) return Null.NULL;
            v.markShared();
            return v;
        }
        if (x instanceof Call) x = Language.callToList((Call) x);
        if (x instanceof PairList) x = Language.pairlistToList((PairList) x);
        if (!(x instanceof Vector)) throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
        Vector v = (Vector) x;
        int[] dim = v.dim();
        if (subs.size() > 1 && (dim == null || subs.size() != dim.length)) throw in.error(call, "incorrect number of subscripts");
        if (subs.size() == 1) {
            SEXP s = subs.get(0);
            if (s == Symbol.MISSING_ARG) throw in.error(call, "invalid subscript type 'symbol'");
            int len = s.length();
            if (len > 1) v = descend(in, call, v, s, len - 1, pok);
            int k = get1index(in, call, s, namesOf(v), v.length(), pok, len > 1 ? len - 1 : -1);
            if (k < 0 || k >= v.length()) {
                if (k < 0 && v instanceof ListVector) return Null.NULL;
                throw in.error(call, "subscript out of bounds");
            }
            return element(v, k);
        }
        SEXP dn = v.getAttribute("dimnames");
        int offset = 0, mult = 1;
        for (int d = 0; d < dim.length; d++) {
            StringVector dnames = dn instanceof ListVector && ((ListVector) dn).get(d) instanceof StringVector
                    ? (StringVector) ((ListVector) dn).get(d) : null;
            int k = get1index(in, call, subs.get(d), dnames, dim[d], pok, -1);
            if (k < 0 || k >= dim[d]) throw in.error(call, "subscript out of bounds");
            offset += k * mult;
            mult *= dim[d];
        }
        return element(v, offset);
    }

    /**
     * Recursive indexing {@code x[[c(i, j, k)]]}: follows the first {@code levels} subscripts
     * through nested lists (GNU R's vectorIndex), returning the innermost container.
     */
    static Vector descend(Interpreter in, Call call, Vector x, SEXP s, int levels, int pok) {
        for (int i = 0; i < levels; i++) {
            if (!(x instanceof ListVector)) {
                if (i > 0) throw in.error(call, "recursive indexing failed at level " + (i + 1) + "\n");
                throw in.error(call, "attempt to select more than one element in vectorIndex");
            }
            int k = get1index(in, call, s, x instanceof Vector ? namesOf((Vector) x) : null, x.length(), pok, i);
            if (k < 0 || k >= x.length()) throw in.error(call, "no such index at level " + (i + 1) + "\n");
            SEXP e = ((ListVector) x).get(k);
            if (e instanceof Call) e = Language.callToList((Call) e);
            else if (e instanceof PairList) e = Language.pairlistToList((PairList) e);
            if (!(e instanceof Vector)) {
                if (i + 1 < levels) throw in.error(call, "recursive indexing failed at level " + (i + 2) + "\n");
                throw in.error(call, "object of type '" + e.typeName() + "' is not subsettable");
            }
            x = (Vector) e;
        }
        return x;
    }

    /**
     * The single 0-based position a {@code [[} subscript selects (GNU R's get1index), or -1 for no
     * match; {@code pos} is the element of {@code s} to use (-1: {@code s} must have length one).
     * {@code pok}: 0 exact names only, 1 partial matching, -1 partial matching with a warning.
     */
    static int get1index(Interpreter in, Call call, SEXP s, StringVector names, int len, int pok, int pos) {
        int slen = s.length();
        if (pos < 0 && slen != 1) {
            throw in.error(call, "attempt to select " + (slen > 1 ? "more" : "less") + " than one element in get1index");
        }
        if (pos < 0) pos = 0;
        switch (s.type()) {
            case LOGICAL: case INTEGER: {
                int i = s instanceof IntVector ? ((IntVector) s).get(pos) : ((LogicalVector) s).get(pos);
                return i == IntVector.NA ? -1 : integerOneIndex(in, call, i, len);
            }
            case DOUBLE: {
                double d = ((org.rlambda.sexp.DoubleVector) s).get(pos);
                if (Double.isNaN(d)) return -1;
                if (d >= 1) return Double.isInfinite(d) ? -1 : d - 1 >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) (d - 1);
                if (d > -1 || len < 2) {
                    throw in.error(call, (d <= -1 ? "invalid negative subscript in" : "attempt to select less than one element in")
                            + " get1index <real>");
                }
                if (len == 2 && d > -3) return 2 + (int) d;
                throw in.error(call, (d <= -1 ? "invalid negative subscript in" : "attempt to select more than one element in")
                        + " get1index <real>");
            }
            case CHARACTER: {
                String key = ((StringVector) s).get(pos);
                if (key == StringVector.NA || key.isEmpty() || names == null) return -1;
                int n = names.length();
                for (int i = 0; i < n; i++) if (key.equals(names.get(i))) return i;
                if (pok == 0) return -1;
                int found = -1;
                for (int i = 0; i < n; i++) {
                    String nm = names.get(i);
                    if (nm != StringVector.NA && nm.startsWith(key)) {
                        if (found >= 0) return -2;
                        found = i;
                        if (pok == -1) in.warning(call, "partial match of '" + key + "' to '" + nm + "'");
                    }
                }
                return found;
            }
            case SYMBOL: {
                String key = ((Symbol) s).name;
                if (names != null) for (int i = 0; i < names.length(); i++) if (key.equals(names.get(i))) return i;
                return -1;
            }
            default:
                throw in.error(call, "invalid subscript type '" + s.typeName() + "'");
        }
    }

    private static int integerOneIndex(Interpreter in, Call call, int i, int len) {
        if (i > 0) return i - 1;
        if (i == 0 || len < 2) throw in.error(call, "attempt to select less than one element in integerOneIndex");
        if (len == 2 && i > -3) return 2 + i;
        throw in.error(call, "attempt to select more than one element in integerOneIndex");
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
            int k = nameIndex(namesOf(l), name, false, l.length());
            if (k < 0) return Null.NULL;
            SEXP e = l.get(k);
            e.markShared();
            return e;
        }
        if (x instanceof Vector) throw in.error(call, "$ operator is invalid for atomic vectors");
        throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
    }
}
