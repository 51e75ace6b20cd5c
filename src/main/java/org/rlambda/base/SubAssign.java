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
import org.rlambda.sexp.PairList;
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
            StringVector nm = Subset.namesOf(r);
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
        if (s instanceof StringVector && v.names() == null && Subset.namesOf(v) != null) {
            // x["a"] <- v on a one-dimensional array: it becomes a plain named vector
            StringVector nm = Subset.namesOf(v);
            v = v.named > 0 ? v.copy() : v;
            v.setAttributeRaw("dim", null);
            v.setAttributeRaw("dimnames", null);
            v.setAttributeRaw("names", nm);
        }
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
        boolean anyNA = false;
        for (int k = 0; k < m; k++) if (p[k] == Subscript.NA) { anyNA = true; break; }
        if (anyNA && vlen > 1) throw in.error(call, "NAs are not allowed in subscripted assignments");
        if (m % vlen != 0) in.warning(call, "number of items to replace is not a multiple of replacement length");
        SexpType t = higher(v.type(), val.type());
        if (v.type() == SexpType.EXPRESSION) t = SexpType.EXPRESSION;
        Vector r = t == SexpType.EXPRESSION ? (v.named > 0 ? v.copy() : v) : writable(v, t, sub.stretch);
        if (r.length() < sub.stretch) {
            Vector g = r.resized(sub.stretch);
            g.copyAttributesFrom(r);
            r = g;
        }
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
        if (x == Null.NULL) {
            if (value == Null.NULL) return Null.NULL;
            x = new ListVector(0); // NULL[[i]] <- v makes a list, whatever v is
        }
        if (x instanceof Environment) {
            SEXP s = a.subs.isEmpty() ? null : a.subs.get(0);
            if (a.subs.size() != 1 || !(s instanceof StringVector) || s.length() != 1) {
                throw in.error(call, "wrong args for environment subassignment");
            }
            EnvBuiltins.defineChecked(in, call, Symbol.get(((StringVector) s).get(0)), value, (Environment) x);
            return x;
        }
        if (x instanceof PairList) x = Language.pairlistToList((PairList) x);
        if (!(x instanceof Vector)) throw in.error(call, "object of type '" + x.typeName() + "' is not subsettable");
        Vector v = (Vector) x;
        if (a.subs.size() == 1 && a.subs.get(0).length() > 1) {
            SEXP s = a.subs.get(0);
            return recursiveAssign(in, call, v, s, 0, s.length() - 1, value);
        }
        return assignOne(in, call, v, a.subs, value, -1);
    }

    /**
     * {@code x[[s]] <- value} at one level ({@code pos}: the element of a recursive subscript to use,
     * -1 for a plain one), following GNU R's do_subassign2_dflt.
     */
    private static Vector assignOne(Interpreter in, Call call, Vector v, List<SEXP> subs, SEXP value, int pos) {
        boolean isList = v instanceof ListVector;
        if (!isList && value.length() == 0) throw in.error(call, "replacement has length zero");
        if (!isList && value.length() > 1) throw in.error(call, "more elements supplied than there are to replace");
        if (subs.isEmpty() || subs.get(0) == Symbol.MISSING_ARG) throw in.error(call, "[[ ]] with missing subscript");
        int n = v.length();
        int offset;
        String newName = null;
        if (subs.size() == 1) {
            SEXP s = subs.get(0);
            offset = oneIndex(in, call, v, s, pos);
            if (s instanceof StringVector) newName = ((StringVector) s).get(pos < 0 ? 0 : pos);
            else if (s instanceof Symbol) newName = ((Symbol) s).name;
            if (isList && value == Null.NULL) {
                if (offset < 0 || offset >= n) return v;
                return deleteElements((ListVector) v, new int[] {offset});
            }
            if (offset < 0) throw in.error(call, "[[ ]] subscript out of bounds");
        } else {
            int[] dim = v.dim();
            if (dim == null || dim.length != subs.size()) throw in.error(call, "[[ ]] improper number of subscripts");
            SEXP dn = v.getAttribute("dimnames");
            offset = 0;
            int mult = 1;
            for (int d = 0; d < dim.length; d++) {
                StringVector dnames = dn instanceof ListVector && ((ListVector) dn).get(d) instanceof StringVector
                        ? (StringVector) ((ListVector) dn).get(d) : null;
                int k = Subset.get1index(in, call, subs.get(d), dnames, dim[d], 0, -1);
                if (k < 0 || k >= dim[d]) throw in.error(call, "[[ ]] subscript out of bounds");
                offset += k * mult;
                mult *= dim[d];
            }
            if (isList && value == Null.NULL) {
                ListVector r = (ListVector) writable(v, v.type(), n);
                r.set(offset, Null.NULL);
                return r;
            }
        }
        int stretch = offset >= n ? offset + 1 : n;
        Vector r;
        if (isList) {
            r = writable(v, v.type(), stretch);
            value.markShared();
            ((ListVector) r).set(offset, value);
        } else if (!(value instanceof Vector) || !((Vector) value).isAtomic()) {
            r = writable(v, SexpType.LIST, stretch);
            value.markShared();
            ((ListVector) r).set(offset, value);
        } else {
            Vector val = (Vector) value;
            if ((v.type() == SexpType.RAW) != (val.type() == SexpType.RAW)) {
                throw in.error(call, "incompatible types (from " + val.typeName() + " to " + v.typeName() + ") in [[ assignment");
            }
            SexpType t = higher(v.type(), val.type());
            r = writable(v, t, stretch);
            r.setFrom(offset, val.type() == t ? val : Coerce.coerce(val, t, null), 0);
        }
        if (stretch > n) {
            if (newName != null) setName(r, offset, newName);
        }
        return r;
    }

    private static void setName(Vector r, int k, String name) {
        StringVector nm = r.names();
        String[] n2 = new String[r.length()];
        for (int i = 0; i < n2.length; i++) n2[i] = nm != null && i < nm.length() ? nm.get(i) : "";
        n2[k] = name;
        r.setAttributeRaw("names", new StringVector(n2));
    }

    /** GNU R's OneIndex: the position [[<- designates; an unmatched name is one past the end. */
    private static int oneIndex(Interpreter in, Call call, Vector v, SEXP s, int pos) {
        int slen = s.length();
        if (pos < 0 && slen > 1) throw in.error(call, "attempt to select more than one element in OneIndex");
        if (pos < 0 && slen < 1) throw in.error(call, "attempt to select less than one element in OneIndex");
        if (pos < 0) pos = 0;
        int nx = v.length();
        switch (s.type()) {
            case LOGICAL: case INTEGER: {
                int i = s instanceof IntVector ? ((IntVector) s).get(pos) : ((org.rlambda.sexp.LogicalVector) s).get(pos);
                if (i > 0) return i - 1;
                if (i == 0 || nx < 2) throw in.error(call, "attempt to select less than one element in integerOneIndex");
                if (nx == 2 && i > -3) return 2 + i;
                throw in.error(call, "attempt to select more than one element in integerOneIndex");
            }
            case DOUBLE: {
                double d = ((org.rlambda.sexp.DoubleVector) s).get(pos);
                if (Double.isNaN(d)) return -1;
                if (d >= 1) {
                    if (d - 1 >= Integer.MAX_VALUE) throw in.error(call, "[[ ]] subscript out of bounds");
                    return (int) (d - 1);
                }
                if (d > -1 || nx < 2) throw in.error(call, "attempt to select less than one element in OneIndex <real>");
                if (nx == 2 && d > -3) return 2 + (int) d;
                throw in.error(call, "attempt to select more than one element in OneIndex <real>");
            }
            case CHARACTER: {
                String key = ((StringVector) s).get(pos);
                StringVector nm = Subset.namesOf(v);
                if (nm != null && key != StringVector.NA) {
                    for (int i = 0; i < nx; i++) {
                        String name = nm.get(i);
                        if (!name.isEmpty() && name != StringVector.NA && name.equals(key)) return i;
                    }
                }
                return nx;
            }
            case SYMBOL: {
                StringVector nm = v.names();
                String key = ((Symbol) s).name;
                if (nm != null) for (int i = 0; i < nx; i++) if (key.equals(nm.get(i))) return i;
                return nx;
            }
            default:
                throw in.error(call, "invalid subscript type '" + s.typeName() + "'");
        }
    }

    /**
     * {@code x[[c(i, j, ...)]] <- value}: descends through lists to the container of the last
     * subscript, assigns there, and rebuilds the path (copying only shared levels).
     */
    private static Vector recursiveAssign(Interpreter in, Call call, Vector x, SEXP s, int level, int last, SEXP value) {
        if (level == last) return assignOne(in, call, x, List.of(s), value, last);
        Call tmp = tmpCall(call, value);
        if (level == last - 1) oneIndex(in, call, x, s, level);
        if (!(x instanceof ListVector)) {
            if (level > 0) throw in.error(tmp, "recursive indexing failed at level " + (level + 1) + "\n");
            throw in.error(tmp, "attempt to select more than one element in vectorIndex");
        }
        int k = Subset.get1index(in, tmp, s, Subset.namesOf(x), x.length(), 1, level);
        if (k < 0 || k >= x.length()) throw in.error(tmp, "no such index at level " + (level + 1) + "\n");
        SEXP child = ((ListVector) x).get(k);
        SEXP childValue = child;
        if (child instanceof Call) childValue = Language.callToList((Call) child);
        else if (child instanceof PairList) childValue = Language.pairlistToList((PairList) child);
        if (!(childValue instanceof Vector)) {
            if (level + 1 < last) throw in.error(tmp, "recursive indexing failed at level " + (level + 2) + "\n");
            throw in.error(call, "object of type '" + child.typeName() + "' is not subsettable");
        }
        // the child may be modified in place only if this list is unshared and the child is not shared elsewhere
        Vector cv = (Vector) childValue;
        if (x.named > 0 && cv == child) cv.markShared();
        Vector updated = recursiveAssign(in, call, cv, s, level + 1, last, value);
        SEXP back = child instanceof Call ? Language.listToCall(in, call, (ListVector) updated) : updated;
        ListVector r = (ListVector) writable(x, x.type(), x.length());
        r.set(k, back);
        return r;
    }

    /** The call GNU R reports for errors inside a complex assignment: {@code `[[<-`(`*tmp*`, i, value = v)}. */
    private static Call tmpCall(Call call, SEXP value) {
        if (call == null || !(call.isCallTo("<-") || call.isCallTo("=") || call.isCallTo("<<-")) || call.argCount() != 2
                || !(call.arg(0) instanceof Call)) {
            return call;
        }
        Call lhs = (Call) call.arg(0);
        int n = lhs.argCount();
        SEXP[] args = new SEXP[n + 1];
        String[] names = new String[n + 1];
        args[0] = Symbol.get("*tmp*");
        names[0] = "";
        for (int i = 1; i < n; i++) {
            args[i] = lhs.arg(i);
            names[i] = lhs.argName(i);
        }
        args[n] = value;
        names[n] = "value";
        SEXP fn = lhs.function instanceof Symbol ? ((Symbol) lhs.function).replacementSymbol() : lhs.function;
        return new Call(fn, args, names);
    }

    // ------------------------------------------------------------------ $<-

    static SEXP dollarAssign(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho) {
        if (args.length != 3) throw in.error(call, "invalid number of arguments to '$<-'");
        SEXP x = in.eval(args[0], rho);
        String name = Subset.memberName(in, call, args[1]);
        SEXP value = in.eval(args[2], rho);
        if (x.isObject()) {
            // a method sees the replacement call GNU R builds: `$<-`(`*tmp*`, name, value = v)
            Call dcall = call != null && (call.isCallTo("<-") || call.isCallTo("=") || call.isCallTo("<<-"))
                    ? new Call(Symbol.get("$<-"), args.clone(), new String[] {"", "", "value"}) : call;
            SEXP r = S3.tryDispatchInternal(in, "$<-", dcall, new SEXP[] {x, StringVector.of(name), value},
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
}
