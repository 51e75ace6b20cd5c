package org.rlambda.base;

import java.util.Arrays;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.BuiltinFunction;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.S3;
import org.rlambda.sexp.Attributes;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.DoubleVector;
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

/**
 * Attributes: length and {@code length<-}, names, attr, attributes, structure, class and
 * oldClass (with their replacement forms), unclass and inherits, with GNU R's validation of the
 * special attributes (names, dim, dimnames, class).
 */
public final class Attrib {
    private Attrib() { }

    public static void register(Builtins b) {
        b.addGeneric("length", (in, call, args, names, rho) -> {
            SEXP x = Types.one(in, call, args, "length");
            return IntVector.of(length(x));
        });
        b.addGeneric("length<-", (in, call, args, names, rho) -> setLength(in, call, args));
        b.addGeneric("names", (in, call, args, names, rho) -> names(Types.one(in, call, args, "names")));
        b.addGeneric("names<-", (in, call, args, names, rho) -> {
            if (args.length != 2) throw in.error(call, args.length + " arguments passed to 'names<-' which requires 2");
            return setNames(in, call, args[0], args[1]);
        });
        b.add("attr", (in, call, args, names, rho) -> attr(in, call, args, names));
        b.add("attr<-", "x, which, value", (in, call, a, rho) -> {
            SEXP x = a[0];
            String which = Scalars.string(a[1]);
            if (which == null || a[1].length() != 1) throw in.error(call, "'name' must be non-null character string");
            if (a[2] == null) throw in.error(call, "argument \"value\" is missing, with no default");
            return setAttr(in, call, target(in, call, x), which, a[2]);
        });
        b.add("attributes", (in, call, args, names, rho) -> attributes(Types.one(in, call, args, "attributes")));
        b.add("attributes<-", (in, call, args, names, rho) -> {
            if (args.length != 2) throw in.error(call, args.length + " arguments passed to 'attributes<-' which requires 2");
            return setAttributes(in, call, args[0], args[1]);
        });
        b.add("structure", ".Data, ...", Attrib::structure);
        b.markClosureLike("structure");
        b.add("class", (in, call, args, names, rho) -> S3Class.classOf(Types.one(in, call, args, "class")));
        b.add("oldClass", (in, call, args, names, rho) -> {
            SEXP c = Types.one(in, call, args, "oldClass").getAttribute("class");
            return c == null ? Null.NULL : c;
        });
        b.add("class<-", (in, call, args, names, rho) -> {
            if (args.length != 2) throw in.error(call, args.length + " arguments passed to 'class<-' which requires 2");
            return S3Class.setClass(in, call, target(in, call, args[0]), args[1]);
        });
        b.add("oldClass<-", (in, call, args, names, rho) -> {
            if (args.length != 2) throw in.error(call, args.length + " arguments passed to 'oldClass<-' which requires 2");
            SEXP x = target(in, call, args[0]);
            SEXP v = args[1];
            if (v != Null.NULL && !(v instanceof StringVector)) v = Coercion.to(in, v, SexpType.CHARACTER);
            x.setAttributeRaw("class", v.length() == 0 ? null : v);
            return x;
        });
        b.add("unclass", (in, call, args, names, rho) -> {
            SEXP x = Types.one(in, call, args, "unclass");
            if (x.getAttribute("class") == null) return x;
            if (x instanceof Environment) throw in.error(call, "cannot unclass an environment");
            SEXP r = copyOf(x);
            r.setAttributeRaw("class", null);
            return r;
        });
        b.add("inherits", "x, what, which", (in, call, a, rho) -> {
            SEXP x = Types.arg(in, a[0], "x");
            SEXP what = Types.arg(in, a[1], "what");
            if (!(what instanceof StringVector)) throw in.errorInCurrentCall("'what' must be a character vector or an object with a nameOfClass() method");
            boolean which = a[2] != null && Scalars.strictFlag(in, call, a[2], "which");
            StringVector klass = S3Class.classVector(x);
            StringVector w = (StringVector) what;
            if (which) {
                int[] r = new int[w.length()];
                for (int i = 0; i < r.length; i++) r[i] = indexOf(klass, w.get(i)) + 1;
                return new IntVector(r);
            }
            for (int i = 0; i < w.length(); i++) if (indexOf(klass, w.get(i)) >= 0) return LogicalVector.TRUE;
            return LogicalVector.FALSE;
        });
        b.markClosureLike("inherits");
    }

    private static int indexOf(StringVector v, String s) {
        for (int i = 0; i < v.length(); i++) if (v.get(i).equals(s)) return i;
        return -1;
    }

    /** The value a replacement function may modify: itself when unshared (named 0), else a copy. */
    static SEXP target(Interpreter in, Call call, SEXP x) {
        if (x == Null.NULL) return x;
        if (x.named == 0) return x;
        return copyOf(x);
    }

    static SEXP copyOf(SEXP x) {
        if (x instanceof Vector) return ((Vector) x).copy();
        if (x instanceof Call) {
            Call c = (Call) x;
            Call n = new Call(c.function, c.args().clone(), c.namesOrNull() == null ? null : c.namesOrNull().clone());
            n.copyAttributesFrom(c);
            return n;
        }
        if (x instanceof PairList) {
            PairList p = (PairList) x;
            PairList n = new PairList(p.tags().clone(), p.values().clone());
            n.copyAttributesFrom(p);
            return n;
        }
        if (x instanceof Closure) {
            Closure f = (Closure) x;
            Closure n = new Closure(f.formals, f.body, f.env);
            n.copyAttributesFrom(f);
            return n;
        }
        return x;
    }

    public static int length(SEXP x) {
        return x.length();
    }

    // ------------------------------------------------------------------ length<-

    private static SEXP setLength(Interpreter in, Call call, SEXP[] args) {
        if (args.length != 2) throw in.error(call, args.length + " arguments passed to 'length<-' which requires 2");
        SEXP x = args[0], value = args[1];
        if (!(value instanceof Vector) || value.length() != 1 || value instanceof ListVector) {
            throw in.error(call, "wrong length for 'value' argument");
        }
        Coercion.Problems p = new Coercion.Problems();
        double d = Coercion.doubleAt((Vector) value, 0, p);
        p.report(in);
        if (x == Null.NULL) {
            if (Double.isNaN(d)) throw in.error(call, "vector size cannot be NA/NaN");
            if (d > 0) in.warning(call, "length of NULL cannot be changed");
            return Null.NULL;
        }
        if (!(x instanceof Vector)) throw in.error(call, "invalid argument");
        if (Double.isNaN(d)) throw in.error(call, "vector size cannot be NA/NaN");
        if (d < 0) throw in.error(call, "invalid value");
        int n = (int) d;
        Vector v = (Vector) x;
        if (n == v.length() && !v.hasAttributes()) return v;
        Vector r = v.resized(n);
        if (v instanceof ListVector) for (SEXP e : ((ListVector) r).values()) e.markShared();
        StringVector nm = v.names();
        if (nm != null) {
            String[] s = Arrays.copyOf(nm.values(), n);
            for (int i = nm.length(); i < n; i++) s[i] = "";
            r.setAttributeRaw("names", new StringVector(s));
        }
        return r;
    }

    // ------------------------------------------------------------------ names

    public static SEXP names(SEXP x) {
        if (x instanceof Vector) {
            Vector v = (Vector) x;
            SEXP n = v.getAttribute("names");
            if (n != null) return n;
            int[] dim = v.dim();
            if (dim != null && dim.length == 1) {
                SEXP dn = v.getAttribute("dimnames");
                if (dn instanceof ListVector && dn.length() == 1) return ((ListVector) dn).get(0);
            }
            return Null.NULL;
        }
        if (x instanceof Call) {
            Call c = (Call) x;
            if (!c.hasNames()) return Null.NULL;
            String[] s = new String[c.argCount() + 1];
            s[0] = "";
            for (int i = 0; i < c.argCount(); i++) s[i + 1] = c.argName(i);
            return new StringVector(s);
        }
        if (x instanceof PairList) {
            PairList p = (PairList) x;
            String[] s = new String[p.length()];
            boolean any = false;
            for (int i = 0; i < s.length; i++) { s[i] = p.tag(i); if (!s[i].isEmpty()) any = true; }
            return any ? new StringVector(s) : Null.NULL;
        }
        if (x instanceof Environment) {
            java.util.List<String> all = new java.util.ArrayList<>();
            for (Symbol sym : ((Environment) x).symbols()) all.add(sym.name);
            String[] s = all.toArray(new String[0]);
            Arrays.sort(s, Collation::compare);
            return new StringVector(s);
        }
        return Null.NULL;
    }

    static SEXP setNames(Interpreter in, Call call, SEXP x, SEXP value) {
        if (x == Null.NULL) {
            if (value == Null.NULL) return Null.NULL;
            throw in.error(call, "attempt to set an attribute on NULL");
        }
        x = target(in, call, x);
        if (x instanceof Call) return namedCall(in, call, (Call) x, value);
        if (value == Null.NULL) {
            x.setAttributeRaw("names", null);
            int[] dim = x instanceof Vector ? ((Vector) x).dim() : null;
            if (dim != null && dim.length == 1) x.setAttributeRaw("dimnames", null);
            return x;
        }
        StringVector nv = namesValue(in, value);
        int n = x.length();
        if (nv.length() > n) {
            throw in.error(call, "'names' attribute [" + nv.length() + "] must be the same length as the vector [" + n + "]");
        }
        if (nv.length() < n) {
            String[] s = Arrays.copyOf(nv.values(), n);
            for (int i = nv.length(); i < n; i++) s[i] = StringVector.NA;
            nv = new StringVector(s);
        } else if (nv == value || nv.hasAttributes()) {
            nv = new StringVector(nv.values().clone());
        }
        if (x instanceof Vector) {
            int[] dim = ((Vector) x).dim();
            if (dim != null && dim.length == 1) {
                x.setAttributeRaw("dimnames", ListVector.of(nv));
                return x;
            }
        }
        if (!(x instanceof Vector) && !(x instanceof PairList)) {
            throw in.error(call, "names() applied to a non-vector");
        }
        nv.markShared();
        x.setAttributeRaw("names", nv);
        return x;
    }

    /** A names value coerced to character (factors by their labels). */
    private static StringVector namesValue(Interpreter in, SEXP value) {
        if (value.inherits("factor") && value instanceof IntVector) {
            SEXP lev = value.getAttribute("levels");
            IntVector f = (IntVector) value;
            String[] s = new String[f.length()];
            for (int i = 0; i < s.length; i++) {
                int k = f.get(i);
                s[i] = k == IntVector.NA || !(lev instanceof StringVector) ? StringVector.NA : ((StringVector) lev).get(k - 1);
            }
            return new StringVector(s);
        }
        if (value instanceof StringVector) return (StringVector) value;
        return (StringVector) Coercion.to(in, value, SexpType.CHARACTER);
    }

    private static SEXP namedCall(Interpreter in, Call call, Call c, SEXP value) {
        String[] nm = new String[c.argCount()];
        Arrays.fill(nm, "");
        if (value != Null.NULL) {
            StringVector nv = namesValue(in, value);
            for (int i = 1; i < nv.length() && i <= nm.length; i++) {
                String s = nv.get(i);
                nm[i - 1] = s == StringVector.NA ? "NA" : s;
            }
        }
        Call r = new Call(c.function, c.args(), nm);
        r.copyAttributesFrom(c);
        return r;
    }

    // ------------------------------------------------------------------ attr

    private static SEXP attr(Interpreter in, Call call, SEXP[] args, String[] names) {
        SEXP[] a = new SEXP[3];
        String[] formals = {"x", "which", "exact"};
        int pos = 0;
        for (int i = 0; i < args.length; i++) {
            String nm = names == null ? "" : names[i];
            int k = -1;
            if (!nm.isEmpty()) {
                for (int f = 0; f < 3; f++) if (formals[f].equals(nm)) k = f;
                if (k < 0) for (int f = 0; f < 3; f++) if (formals[f].startsWith(nm) && a[f] == null) { k = f; break; }
            }
            if (k < 0) {
                while (pos < 3 && a[pos] != null) pos++;
                k = pos;
            }
            if (k >= 3 || a[k] != null) throw in.error(call, "either 2 or 3 arguments are required");
            a[k] = args[i];
        }
        if (a[0] == null || a[1] == null) throw in.error(call, "either 2 or 3 arguments are required");
        if (!(a[1] instanceof StringVector) || a[1].length() != 1) {
            throw in.error(call, "exactly one attribute 'which' must be given");
        }
        String which = ((StringVector) a[1]).get(0);
        boolean exact = a[2] != null && Scalars.logical(a[2]) == 1;
        return getAttr(a[0], which, exact);
    }

    /** attr(x, which, exact): exact match first, else a unique partial match. */
    static SEXP getAttr(SEXP x, String which, boolean exact) {
        if (which.equals("names")) return names(x);
        Attributes at = x.attributes();
        if (at == null) return partialNames(x, which, exact);
        SEXP v = at.get(which);
        if (v != null) return which.equals("row.names") ? expandRowNames(v) : v;
        if (exact) return Null.NULL;
        SEXP found = null;
        String foundName = null;
        int matches = 0;
        for (int i = 0; i < at.size(); i++) {
            if (at.name(i).startsWith(which)) { found = at.value(i); foundName = at.name(i); matches++; }
        }
        if ("names".startsWith(which) && names(x) != Null.NULL && at.get("names") == null) {
            matches++;
            found = names(x);
        }
        if (matches != 1) return Null.NULL;
        return "row.names".equals(foundName) ? expandRowNames(found) : found;
    }

    private static SEXP partialNames(SEXP x, String which, boolean exact) {
        if (!exact && !which.isEmpty() && "names".startsWith(which)) return names(x);
        return Null.NULL;
    }

    /** Compact row names c(NA, -n) read back as 1:n. */
    static SEXP expandRowNames(SEXP v) {
        if (v instanceof IntVector && v.length() == 2 && ((IntVector) v).get(0) == IntVector.NA) {
            int n = Math.abs(((IntVector) v).get(1));
            return IntVector.sequence(1, 1, n);
        }
        return v;
    }

    static SEXP setAttr(Interpreter in, Call call, SEXP x, String which, SEXP value) {
        if (x == Null.NULL) {
            if (value == Null.NULL) return Null.NULL;
            throw in.error(call, "attempt to set an attribute on NULL");
        }
        switch (which) {
            case "names": return setNames(in, call, x, value);
            case "class": return S3Class.setClassAttr(in, call, x, value);
            case "dim": return setDim(in, call, x, value);
            case "dimnames": return setDimnames(in, call, x, value);
            case "row.names":
                value = DataFrames.rowNamesAttribute(value);
                if (value != Null.NULL) value.markShared();
                x.setAttributeRaw(which, value);
                return x;
            default:
                if (value != Null.NULL) value.markShared();
                x.setAttributeRaw(which, value);
                return x;
        }
    }

    static SEXP setDim(Interpreter in, Call call, SEXP x, SEXP value) {
        if (value == Null.NULL) {
            x.setAttributeRaw("dim", null);
            x.setAttributeRaw("dimnames", null);
            return x;
        }
        if (!(x instanceof Vector)) throw in.error(call, "invalid first argument, must be vector (list or atomic)");
        if (!(value instanceof Vector) || value instanceof ListVector) throw in.error(call, "invalid second argument, must be vector or NULL");
        if (value.length() == 0) throw in.error(call, "length-0 dimension vector is invalid");
        Vector d = Coercion.to(in, value, SexpType.INTEGER);
        long prod = 1;
        for (int i = 0; i < d.length(); i++) {
            int k = ((IntVector) d).get(i);
            if (k == IntVector.NA) throw in.error(call, "the dims contain missing or negative values");
            if (k < 0) throw in.error(call, "the dims contain negative values");
            prod *= k;
        }
        if (prod != x.length()) {
            throw in.error(call, "dims [product " + prod + "] do not match the length of object [" + x.length() + "]");
        }
        x.setAttributeRaw("names", null);
        x.setAttributeRaw("dimnames", null);
        d.markShared();
        x.setAttributeRaw("dim", d == value ? ((Vector) d).copy() : d);
        return x;
    }

    static SEXP setDimnames(Interpreter in, Call call, SEXP x, SEXP value) {
        if (value == Null.NULL) {
            x.setAttributeRaw("dimnames", null);
            return x;
        }
        int[] dim = x instanceof Vector ? ((Vector) x).dim() : null;
        if (dim == null) throw in.error(call, "'dimnames' applied to non-array");
        if (!(value instanceof ListVector)) throw in.error(call, "'dimnames' must be a list");
        ListVector l = (ListVector) value;
        if (l.length() != dim.length) {
            throw in.error(call, "length of 'dimnames' [" + l.length() + "] must match that of 'dims' [" + dim.length + "]");
        }
        SEXP[] e = new SEXP[l.length()];
        boolean allNull = true;
        for (int i = 0; i < e.length; i++) {
            SEXP v = l.get(i);
            if (v == Null.NULL) { e[i] = v; continue; }
            allNull = false;
            Vector s = v.inherits("factor") ? namesValue(in, v) : (v instanceof StringVector && !v.hasAttributes()) ? (Vector) v
                    : Coercion.to(in, v, SexpType.CHARACTER);
            if (v instanceof StringVector && v.getAttribute("names") != null) {
                s = new StringVector(((StringVector) v).values().clone());
            }
            if (s.length() != dim[i] && !(s.length() == 0)) {
                throw in.error(call, "length of 'dimnames' [" + (i + 1) + "] not equal to array extent");
            }
            e[i] = s.length() == 0 ? Null.NULL : s;
            if (e[i] == Null.NULL) continue;
            e[i].markShared();
        }
        if (allNull && l.names() == null) {
            x.setAttributeRaw("dimnames", null);
            return x;
        }
        ListVector dn = new ListVector(e);
        if (l.names() != null) dn.setAttributeRaw("names", l.names());
        x.setAttributeRaw("dimnames", dn);
        return x;
    }

    // ------------------------------------------------------------------ attributes

    static SEXP attributes(SEXP x) {
        Attributes at = x.attributes();
        // a pairlist's tags count as its names attribute; a call's do not (as GNU R's isList)
        SEXP callNames = x instanceof PairList ? names(x) : Null.NULL;
        int n = at == null ? 0 : at.size();
        if (n == 0 && callNames == Null.NULL) return Null.NULL;
        int extra = callNames == Null.NULL ? 0 : 1;
        SEXP[] v = new SEXP[n + extra];
        String[] nm = new String[n + extra];
        if (extra == 1) { v[0] = callNames; nm[0] = "names"; }
        for (int i = 0; i < n; i++) {
            nm[i + extra] = at.name(i);
            SEXP a = at.value(i);
            if (nm[i + extra].equals("row.names")) a = expandRowNames(a);
            a.markShared();
            v[i + extra] = a;
        }
        ListVector l = new ListVector(v);
        l.setAttributeRaw("names", new StringVector(nm));
        return l;
    }

    private static SEXP setAttributes(Interpreter in, Call call, SEXP x, SEXP value) {
        if (value != Null.NULL && !(value instanceof ListVector)) throw in.error(call, "attributes must be a list or NULL");
        ListVector l = value == Null.NULL ? ListVector.EMPTY : (ListVector) value;
        StringVector nm = l.names();
        if (l.length() > 0 && nm == null) throw in.error(call, "attributes must be named");
        if (x == Null.NULL) {
            if (l.length() == 0) return Null.NULL;
            x = new ListVector(0);
        }
        x = target(in, call, x);
        if (x instanceof Call) {
            ((Call) x).setAttributes(null);
        } else {
            x.setAttributes(null);
        }
        // dim goes first so that dimnames can be checked against it
        for (int i = 0; i < l.length(); i++) {
            if (nm.get(i).equals("dim")) setAttr(in, call, x, "dim", l.get(i));
        }
        for (int i = 0; i < l.length(); i++) {
            String name = nm.get(i);
            if (name == StringVector.NA || name.isEmpty()) {
                throw in.error(call, "all attributes must have names [" + (i + 1) + " does not]");
            }
            if (name.equals("dim")) continue;
            x = setAttr(in, call, x, name, l.get(i));
        }
        return x;
    }

    private static SEXP structure(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP data = Types.arg(in, a[0], ".Data");
        ListVector dots = Builtins.dots(a[1]);
        if (data == Null.NULL) {
            in.warning(in.currentCall(), "Calling 'structure(NULL, *)' is deprecated, as NULL cannot have attributes.\n"
                    + "  Consider 'structure(list(), *)' instead.");
            if (dots.length() == 0) return Null.NULL;
            data = new ListVector(0);
        }
        if (dots.length() == 0) return data;
        StringVector nm = dots.names();
        SEXP x = copyOf(data);
        boolean factor = false;
        for (int i = 0; i < dots.length(); i++) {
            String n = nm == null ? "" : nm.get(i);
            if (n.equals("class") && dots.get(i) instanceof StringVector) {
                StringVector c = (StringVector) dots.get(i);
                for (int k = 0; k < c.length(); k++) if ("factor".equals(c.get(k))) factor = true;
            }
        }
        if (factor && x instanceof DoubleVector) {
            Vector iv = Coercion.to(in, x, SexpType.INTEGER);
            iv.copyAttributesFrom(x);
            x = iv;
        }
        for (int i = 0; i < dots.length(); i++) {
            String n = nm == null ? "" : nm.get(i);
            if (n.isEmpty()) throw in.errorInCurrentCall("attributes must be named");
            switch (n) {
                case ".Dim": n = "dim"; break;
                case ".Dimnames": n = "dimnames"; break;
                case ".Names": n = "names"; break;
                case ".Tsp": n = "tsp"; break;
                case ".Label": n = "levels"; break;
                default: break;
            }
            x = setAttr(in, in.currentCall(), x, n, dots.get(i));
        }
        return x;
    }
}
