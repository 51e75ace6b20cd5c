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
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The replacement operators {@code [<-}, {@code [[<-} and {@code $<-}. A target with
 * {@code named == 0} (handed over by the evaluator's complex assignment when only one variable
 * refers to it) is modified in place when its type and length allow; otherwise it is copied.
 */
public final class SubAssign {
    private SubAssign() { }

    public static void register(Builtins b) {
        b.addGeneric("[<-", SubAssign::bracketAssign);
        b.addGeneric("[[<-", SubAssign::bracket2Assign);
        b.addSpecial("$<-", SubAssign::dollarAssign);
    }

    // ------------------------------------------------------------------ helpers

    /** The target made writable with at least type {@code t} and length {@code len}. */
    private static Vector writable(Vector x, SexpType t, int len) {
        Vector r;
        if (x.type() != t) {
            r = Coerce.coerce(x, t, null);
            if (r == x) r = x.copy();
            else r.copyAttributesFrom(x);
            if (t == SexpType.LIST && x.names() != null) r.setAttributeRaw("names", x.names());
        } else if (x.named > 0) {
            r = x.copy();
        } else {
            r = x;
        }
        if (len > r.length()) {
            // r is ours to modify here (x unshared, or a fresh copy): growing in place keeps
            // spare capacity, so x[length(x) + 1] <- v in a loop stays linear
            int old = r.length();
            if (!r.growInPlace(len)) {
                Vector g = r.resized(len);
                g.copyAttributesFrom(r);
                r = g;
            }
            StringVector nm = r.names();
            if (nm != null) {
                String[] n2 = java.util.Arrays.copyOf(nm.values(), len);
                java.util.Arrays.fill(n2, old, len, "");
                r.setAttributeRaw("names", new StringVector(n2));
            }
            // a vector that grows is no longer an array
            r.setAttributeRaw("dim", null);
            r.setAttributeRaw("dimnames", null);
        }
        return r;
    }

    static SexpType higher(SexpType a, SexpType b) {
        return Coerce.rank(a) >= Coerce.rank(b) ? a : b;
    }

    private static void setNewNames(Vector r, Subscript sub, int oldLength) {
        if (sub.newNames == null) return;
        StringVector nm = r.names();
        String[] n2 = new String[r.length()];
        for (int i = 0; i < n2.length; i++) n2[i] = nm != null && i < nm.length() ? nm.get(i) : "";
        for (int k = 0; k < sub.positions.length; k++) {
            if (sub.newNames[k] != null && sub.positions[k] >= oldLength) n2[sub.positions[k]] = sub.newNames[k];
        }
        r.setAttributeRaw("names", new StringVector(n2));
    }

    // ------------------------------------------------------------------ [<-

    /**
     * The loop cases {@code x[i] <- v} and {@code m[i, j] <- v} on an unshared vector with scalar
     * in-range subscripts and a scalar value that needs no change of the target's type: done in
     * place, without building subscripts. Null when the general path must run.
     */
    private static Vector inPlaceScalar(SEXP[] args, String[] names) {
        SEXP x = args[0], value = args[args.length - 1];
        if (!(x instanceof Vector) || x instanceof ListVector || value.attributes() != null || value.length() != 1
                || !(value instanceof Vector) || x.isObject()) return null;
        Vector v = (Vector) x;
        int off;
        if (args.length == 3) {
            if (!names[1].isEmpty()) return null;
            off = Subset.scalarIndex(args[1]);
            if (off < 0 || off >= v.length()) return null;
        } else {
            if (!names[1].isEmpty() || !names[2].isEmpty()) return null;
            SEXP d = x.getAttribute("dim");
            if (!(d instanceof IntVector) || d.length() != 2) return null;
            int nr = ((IntVector) d).get(0), nc = ((IntVector) d).get(1);
            int i = Subset.scalarIndex(args[1]), j = Subset.scalarIndex(args[2]);
            if (i < 0 || i >= nr || j < 0 || j >= nc) return null;
            off = i + j * nr;
        }
        Vector val = (Vector) value;
        if (val.type() == v.type()) {
            v.setFrom(off, val, 0);
            return v;
        }
        // integer or logical into double, logical into integer: no promotion of the target
        if (v instanceof org.rlambda.sexp.DoubleVector && (val instanceof IntVector || val instanceof org.rlambda.sexp.LogicalVector)) {
            ((org.rlambda.sexp.DoubleVector) v).set(off, Coerce.doubleElement(val, 0, null));
            return v;
        }
        if (v instanceof IntVector && val instanceof org.rlambda.sexp.LogicalVector) {
            ((IntVector) v).set(off, ((org.rlambda.sexp.LogicalVector) val).get(0));
            return v;
        }
        return null;
    }

    static SEXP bracketAssign(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length > 0 && args[0] instanceof Call) return onCall(in, call, args, names, rho, SubAssign::bracketAssign);
        if (names != null && args.length >= 3 && args.length <= 4 && args[0].named == 0 && "value".equals(names[args.length - 1])) {
            Vector done = inPlaceScalar(args, names);
            if (done != null) return done;
        }
        Subset.Args a = Subset.split(args, names, true);
        SEXP x = args[0];
        SEXP value = a.value == null ? Null.NULL : a.value;
        if (x == Null.NULL) {
            if (value == Null.NULL) return Null.NULL;
            x = value instanceof ListVector ? new ListVector(0) : Coerce.emptyOf(value.type());
        }
        if (x instanceof Environment || !(x instanceof Vector)) {
            throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
        }
        Vector v = (Vector) x;
        if (a.subs.size() >= 2) return ArrayAssign.assign(in, call, v, a.subs, value);
        SEXP s = a.subs.isEmpty() ? Symbol.MISSING_ARG : a.subs.get(0);
        if (s instanceof ListVector) throw in.error(call, "invalid subscript type 'list'");
        if (v.dim() != null && s instanceof Vector && ((Vector) s).dim() != null && ((Vector) s).dim().length == 2
                && ((Vector) s).dim()[1] == v.dim().length && !(s instanceof org.rlambda.sexp.LogicalVector)) {
            return ArrayAssign.matrixAssign(in, call, v, (Vector) s, value);
        }
        return vectorAssign(in, call, v, s, value);
    }

    static Vector vectorAssign(Interpreter in, Call call, Vector v, SEXP s, SEXP value) {
        int n = v.length();
        Subscript sub = Subscript.of(in, call, s, n, v.names(), true);
        int[] p = sub.positions;
        if (value == Null.NULL) {
            if (v instanceof ListVector) {
                // positions beyond the end first stretch the list (with NULLs), then go
                ListVector l = (ListVector) v;
                if (sub.stretch > n) l = (ListVector) writable(l, l.type(), sub.stretch);
                return deleteElements(l, p);
            }
            if (p.length == 0) return v;
            throw in.error(call, "replacement has length zero");
        }
        if (!(value instanceof Vector)) {
            if (v instanceof ListVector) value = new ListVector(new SEXP[] {value});
            else throw in.error(call, "incompatible types (from " + value.typeName() + " to " + v.typeName() + ") in subassignment type fix");
        }
        Vector val = (Vector) value;
        int m = p.length;
        if (m == 0) return v;
        int vlen = val.length();
        if (vlen == 0) throw in.error(call, "replacement has length zero");
        if (m % vlen != 0) in.warning(call, "number of items to replace is not a multiple of replacement length");
        SexpType t = higher(v.type(), val.type());
        if (v.type() == SexpType.EXPRESSION) t = SexpType.EXPRESSION;
        Vector r = t == SexpType.EXPRESSION ? (v.named > 0 ? v.copy() : v) : writable(v, t, sub.stretch);
        if (r.length() < sub.stretch) {
            Vector g = r.resized(sub.stretch);
            g.copyAttributesFrom(r);
            r = g;
        }
        boolean anyNA = false;
        for (int k = 0; k < m; k++) if (p[k] == Subscript.NA) { anyNA = true; break; }
        if (anyNA && vlen > 1) throw in.error(call, "NAs are not allowed in subscripted assignments");
        if (r instanceof ListVector) {
            ListVector l = (ListVector) r;
            for (int k = 0; k < m; k++) {
                if (p[k] == Subscript.NA) continue;
                SEXP e = val instanceof ListVector ? ((ListVector) val).get(k % vlen) : val.element(k % vlen);
                e.markShared();
                l.set(p[k], e);
            }
        } else {
            Vector cv = val.type() == r.type() ? val : Coerce.coerce(val, r.type(), null);
            for (int k = 0; k < m; k++) {
                if (p[k] == Subscript.NA) continue;
                r.setFrom(p[k], cv, k % vlen);
            }
        }
        setNewNames(r, sub, n);
        return r;
    }

    private static ListVector deleteElements(ListVector l, int[] p) {
        int n = l.length();
        boolean[] del = new boolean[n];
        int count = 0;
        for (int q : p) if (q >= 0 && q < n && !del[q]) { del[q] = true; count++; }
        if (count == 0) return l;
        SEXP[] out = new SEXP[n - count];
        StringVector nm = l.names();
        String[] on = nm == null ? null : new String[n - count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (del[i]) continue;
            if (on != null) on[k] = nm.get(i);
            out[k++] = l.get(i);
        }
        ListVector r = l instanceof org.rlambda.sexp.ExpressionVector ? new org.rlambda.sexp.ExpressionVector(out) : new ListVector(out);
        r.copyAttributesFrom(l);
        r.setAttributeRaw("dim", null);
        r.setAttributeRaw("dimnames", null);
        r.setAttributeRaw("names", on == null ? null : new StringVector(on));
        return r;
    }

    // ------------------------------------------------------------------ [[<-

    static SEXP bracket2Assign(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length > 0 && args[0] instanceof Call) return onCall(in, call, args, names, rho, SubAssign::bracket2Assign);
        Subset.Args a = Subset.split(args, names, true);
        SEXP x = args[0];
        SEXP value = a.value == null ? Null.NULL : a.value;
        if (x instanceof Environment) {
            if (a.subs.size() != 1 || !(a.subs.get(0) instanceof StringVector)) {
                throw in.error(call, "wrong args for environment subassignment");
            }
            EnvBuiltins.defineChecked(in, call, Symbol.get(((StringVector) a.subs.get(0)).get(0)), value, (Environment) x);
            return x;
        }
        if (a.subs.size() >= 2) {
            if (!(x instanceof Vector)) throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
            int[] dim = ((Vector) x).dim();
            if (dim == null || dim.length != a.subs.size()) throw in.error(call, "[[ ]] improper number of subscripts");
            if (value instanceof Vector && value.length() != 1) {
                throw in.error(call, "more elements supplied than there are to replace");
            }
            return ArrayAssign.assign(in, call, (Vector) x, a.subs, value);
        }
        if (a.subs.isEmpty()) throw in.error(call, "[[ ]] with missing subscript");
        SEXP s = a.subs.get(0);
        if (!(s instanceof Vector) || s instanceof ListVector) throw in.error(call, "invalid subscript type '" + s.typeName() + "'");
        if (s.length() == 0) throw in.error(call, "[[ ]] with missing subscript");
        if (s.length() > 1) {
            if (!(x instanceof ListVector)) throw in.error(call, "more elements supplied than there are to replace");
            return recursiveAssign(in, call, (ListVector) x, (Vector) s, 0, value);
        }
        if (x == Null.NULL) {
            if (value == Null.NULL) return Null.NULL;
            x = new ListVector(0); // NULL[[i]] <- v makes a list, whatever v is
        }
        if (!(x instanceof Vector)) throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
        Vector v = (Vector) x;
        int n = v.length();
        int k = position(in, call, v, (Vector) s);
        if (v instanceof ListVector) {
            if (value == Null.NULL) {
                if (k >= n || k < 0) return v;
                return deleteElements((ListVector) v, new int[] {k});
            }
            ListVector r = (ListVector) writable(v, v.type(), Math.max(n, k + 1));
            value.markShared();
            r.set(k, value);
            if (s instanceof StringVector && k >= n) setName(r, k, ((StringVector) s).get(0));
            return r;
        }
        if (value == Null.NULL) throw in.error(call, "replacement has length zero");
        if (!(value instanceof Vector) || value instanceof ListVector) {
            ListVector l = (ListVector) writable(v, SexpType.LIST, Math.max(n, k + 1));
            value.markShared();
            l.set(k, value);
            if (s instanceof StringVector && k >= n) setName(l, k, ((StringVector) s).get(0));
            return l;
        }
        Vector val = (Vector) value;
        if (val.length() == 0) throw in.error(call, "replacement has length zero");
        if (val.length() > 1) throw in.error(call, "more elements supplied than there are to replace");
        SexpType t = higher(v.type(), val.type());
        Vector r = writable(v, t, Math.max(n, k + 1));
        r.setFrom(k, val.type() == t ? val : Coerce.coerce(val, t, null), 0);
        if (s instanceof StringVector && k >= n) setName(r, k, ((StringVector) s).get(0));
        return r;
    }

    private static void setName(Vector r, int k, String name) {
        StringVector nm = r.names();
        String[] n2 = new String[r.length()];
        for (int i = 0; i < n2.length; i++) n2[i] = nm != null && i < nm.length() ? nm.get(i) : "";
        n2[k] = name;
        r.setAttributeRaw("names", new StringVector(n2));
    }

    /** The 0-based position a [[<- subscript designates (possibly one past the end or further). */
    private static int position(Interpreter in, Call call, Vector v, Vector s) {
        int n = v.length();
        if (s instanceof StringVector) {
            String key = ((StringVector) s).get(0);
            int k = Subset.nameIndex(v.names(), key, true, n);
            return k >= 0 ? k : n;
        }
        double d = Coerce.doubleElement(s, 0, null);
        if (Double.isNaN(d)) throw in.error(call, "[[ ]] subscript out of bounds");
        long k = (long) d;
        if (k <= 0) {
            if (k == 0) throw in.error(call, "[[ ]] with missing subscript");
            if (n == 2 && k >= -2) return k == -1 ? 1 : 0;
            throw in.error(call, "[[ ]] subscript out of bounds");
        }
        if (k > Integer.MAX_VALUE) throw in.error(call, "[[ ]] subscript out of bounds");
        return (int) (k - 1);
    }

    private static SEXP recursiveAssign(Interpreter in, Call call, ListVector x, Vector s, int depth, SEXP value) {
        Vector here = s.element(depth) instanceof Vector ? (Vector) s.element(depth) : s;
        int n = x.length();
        int k = position(in, call, x, here);
        if (depth == s.length() - 1) {
            return bracket2Assign(in, call, new SEXP[] {x, here, value}, new String[] {"", "", "value"}, null);
        }
        if (k >= n) throw in.error(call, "no such index at level " + (depth + 1));
        SEXP child = x.get(k);
        if (!(child instanceof ListVector)) {
            if (depth + 1 == s.length() - 1 && child instanceof Vector) {
                SEXP updated = bracket2Assign(in, call, new SEXP[] {child, s.element(depth + 1), value},
                        new String[] {"", "", "value"}, null);
                ListVector r = (ListVector) writable(x, SexpType.LIST, n);
                r.set(k, updated);
                return r;
            }
            throw in.error(call, "no such index at level " + (depth + 1));
        }
        child.markShared();
        SEXP updated = recursiveAssign(in, call, (ListVector) child, s, depth + 1, value);
        ListVector r = (ListVector) writable(x, SexpType.LIST, n);
        r.set(k, updated);
        return r;
    }

    // ------------------------------------------------------------------ $<-

    static SEXP dollarAssign(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length != 3) throw in.error(call, "invalid number of arguments to '$<-'");
        SEXP x = in.eval(args[0], rho);
        String name = Subset.memberName(in, call, args[1]);
        SEXP value = in.eval(args[2], rho);
        if (x.isObject()) {
            SEXP r = S3.tryDispatchInternal(in, "$<-", call, new SEXP[] {x, StringVector.of(name), value},
                    new String[] {"", "", "value"}, rho);
            if (r != null) return r;
        }
        in.visible = true;
        return dollarAssignDefault(in, call, x, name, value);
    }

    /** Calls are modified as the list of their function and arguments, then turned back into a call. */
    private static SEXP onCall(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho,
                               org.rlambda.eval.BuiltinFunction.Impl op) {
        SEXP[] a = args.clone();
        a[0] = Language.callToList((Call) args[0]);
        SEXP r = op.apply(in, call, a, names, rho);
        return r instanceof ListVector ? Language.listToCall(in, call, (ListVector) r) : r;
    }

    static SEXP dollarAssignDefault(Interpreter in, Call call, SEXP x, String name, SEXP value) {
        if (x instanceof Call) {
            SEXP r = dollarAssignDefault(in, call, Language.callToList((Call) x), name, value);
            return r instanceof ListVector ? Language.listToCall(in, call, (ListVector) r) : r;
        }
        if (x instanceof Environment) {
            EnvBuiltins.defineChecked(in, call, Symbol.get(name), value, (Environment) x);
            return x;
        }
        if (x == Null.NULL) {
            if (value == Null.NULL) return Null.NULL;
            x = new ListVector(0);
        }
        if (x instanceof org.rlambda.sexp.PairList) x = Language.pairlistToList((org.rlambda.sexp.PairList) x); // formals(f)$a <- v
        if (x instanceof Vector && !(x instanceof ListVector)) {
            in.warning(call, "Coercing LHS to a list");
            Vector v = (Vector) x;
            x = writable(v, SexpType.LIST, v.length());
        }
        if (!(x instanceof ListVector)) throw in.error(call, "invalid type/length (" + x.typeName() + "/" + x.length() + ") in vector allocation");
        ListVector l = (ListVector) x;
        int n = l.length();
        int k = Subset.nameIndex(l.names(), name, true, n);
        if (value == Null.NULL) {
            if (k < 0) return l;
            return deleteElements(l, new int[] {k});
        }
        ListVector r = (ListVector) writable(l, l.type(), k < 0 ? n + 1 : n);
        value.markShared();
        if (k < 0) {
            r.set(n, value);
            setName(r, n, name);
        } else {
            r.set(k, value);
        }
        return r;
    }

    static List<SEXP> list(SEXP... v) { return new ArrayList<>(List.of(v)); }

    static IntVector ints(int... v) { return new IntVector(v); }
}
