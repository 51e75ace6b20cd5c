package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.BuiltinFunction;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.S3;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ExpressionVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** Types and modes: typeof/mode/storage.mode, vector constructors, the is.* predicates and as.* coercions. */
public final class Types {
    private Types() { }

    public static void register(Builtins b) {
        b.add("typeof", "x", (in, call, a, rho) -> StringVector.of(typeOf(arg(in, a[0], "x"))));
        b.add("mode", "x", (in, call, a, rho) -> StringVector.of(mode(arg(in, a[0], "x"))));
        b.add("storage.mode", "x", (in, call, a, rho) -> {
            SEXP x = arg(in, a[0], "x");
            String t = typeOf(x);
            return StringVector.of(x instanceof Closure || x instanceof BuiltinFunction ? "function" : t);
        });
        b.markClosureLike("typeof", "mode", "storage.mode");
        b.add("storage.mode<-", "x, value", Types::setStorageMode);

        b.add("vector", "mode, length", (in, call, a, rho) -> {
            String mode = a[0] == null ? "logical" : Scalars.string(a[0]);
            if (mode == null) throw in.errorInCurrentCall("vector: cannot make a vector of mode '" + "NA" + "'.");
            return makeVector(in, mode, a[1]);
        });
        for (String[] m : new String[][] {{"logical", "logical"}, {"integer", "integer"}, {"numeric", "double"},
                {"double", "double"}, {"character", "character"}}) {
            b.add(m[0], "length", (in, call, a, rho) -> makeVector(in, m[1], a[0]));
        }
        b.add("list", (in, call, args, names, rho) -> {
            SEXP[] v = new SEXP[args.length];
            for (int i = 0; i < args.length; i++) {
                SEXP e = args[i] == Symbol.MISSING_ARG ? Symbol.MISSING_ARG : args[i];
                e.markShared();
                v[i] = e;
            }
            ListVector l = new ListVector(v);
            if (names != null) {
                boolean any = false;
                for (String n : names) if (n != null && !n.isEmpty()) any = true;
                if (any) {
                    String[] nm = new String[names.length];
                    for (int i = 0; i < nm.length; i++) nm[i] = names[i] == null ? "" : names[i];
                    l.setAttributeRaw("names", new StringVector(nm));
                }
            }
            return l;
        });
        b.add("complex", "length.out, real, imaginary, modulus, argument", Types::complex);
        b.markClosureLike("vector", "logical", "integer", "numeric", "double", "character", "complex");

        registerPredicates(b);
        registerCoercions(b);
    }

    static SEXP arg(Interpreter in, SEXP v, String name) {
        if (v == null) throw in.errorInCurrentCall("argument \"" + name + "\" is missing, with no default");
        return v;
    }

    public static String typeOf(SEXP x) {
        return x.type().rName;
    }

    static String mode(SEXP x) {
        switch (x.type()) {
            case INTEGER: case DOUBLE: return "numeric";
            case CLOSURE: case BUILTIN: case SPECIAL: return "function";
            case SYMBOL: return "name";
            case LANGUAGE: {
                Call c = (Call) x;
                return c.isCallTo("(") ? "(" : "call";
            }
            default: return x.type().rName;
        }
    }

    private static SexpType modeType(String mode) {
        switch (mode) {
            case "logical": return SexpType.LOGICAL;
            case "integer": return SexpType.INTEGER;
            case "complex": return SexpType.COMPLEX;
            case "raw": return SexpType.RAW;
            default: return SexpType.DOUBLE;
        }
    }

    private static SEXP makeVector(Interpreter in, String mode, SEXP lengthArg) {
        int n;
        if (lengthArg == null) n = 0;
        else {
            if (!(lengthArg instanceof Vector) || lengthArg.length() != 1 || lengthArg instanceof ListVector
                    || lengthArg instanceof LogicalVector) {
                throw in.errorInCurrentCall("invalid 'length' argument");
            }
            double d = ((DoubleVector) Coercion.to(in, lengthArg, SexpType.DOUBLE)).get(0);
            if (Double.isNaN(d)) throw in.errorInCurrentCall("vector size cannot be NA/NaN");
            if (d < 0) throw in.errorInCurrentCall("invalid 'length' argument");
            n = org.rlambda.eval.Allocation.check(in, d, modeType(mode));
        }
        switch (mode) {
            case "logical": return new LogicalVector(n);
            case "integer": return new IntVector(n);
            case "numeric": case "double": return new DoubleVector(n);
            case "complex": return new ComplexVector(n);
            case "character": return new StringVector(n);
            case "list": return new ListVector(n);
            case "expression": return new ExpressionVector(new ListVector(n).values());
            case "raw": return new RawVector(new byte[n]);
            default: throw in.errorInCurrentCall("vector: cannot make a vector of mode '" + mode + "'.");
        }
    }

    private static SEXP complex(Interpreter in, Call call, SEXP[] a, Environment rho) {
        int n = a[0] == null ? 0 : Scalars.integer(a[0]);
        if (n == IntVector.NA || n < 0) throw in.errorInCurrentCall("invalid length");
        boolean polar = a[3] != null || a[4] != null;
        Vector x = (Vector) Coercion.to(in, polar ? (a[3] == null ? DoubleVector.of(1) : a[3]) : (a[1] == null ? DoubleVector.EMPTY : a[1]), SexpType.DOUBLE);
        Vector y = (Vector) Coercion.to(in, polar ? (a[4] == null ? DoubleVector.of(0) : a[4]) : (a[2] == null ? DoubleVector.EMPTY : a[2]), SexpType.DOUBLE);
        int m = Math.max(n, Math.max(x.length(), y.length()));
        ComplexVector r = new ComplexVector(m);
        for (int i = 0; i < m; i++) {
            double u = x.length() == 0 ? 0 : ((DoubleVector) x).get(i % x.length());
            double v = y.length() == 0 ? 0 : ((DoubleVector) y).get(i % y.length());
            if (polar) r.set(i, u * Math.cos(v), u * Math.sin(v));
            else r.set(i, u, v);
        }
        return r;
    }

    private static SEXP setStorageMode(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0], value = a[1];
        String mode = Scalars.string(value);
        if (mode == null || value.length() != 1) throw in.error(call, "'value' must be non-null character string");
        SexpType t = mode.equals("numeric") ? SexpType.DOUBLE : Coercion.modeType(mode);
        if (t == null) throw in.error(call, "invalid value");
        if (x.inherits("factor")) throw in.error(call, "invalid to change the storage mode of a factor");
        if (x.type() == t) return x;
        Vector r = Coercion.to(in, x, t);
        if (r == x) r = ((Vector) x).copy();
        if (x.attributes() != null) r.copyAttributesFrom(x);
        return r;
    }

    // ------------------------------------------------------------------ is.*

    private static void registerPredicates(Builtins b) {
        pred(b, "is.null", x -> x == Null.NULL);
        pred(b, "is.logical", x -> x instanceof LogicalVector);
        pred(b, "is.integer", x -> x instanceof IntVector);
        pred(b, "is.double", x -> x instanceof DoubleVector);
        pred(b, "is.complex", x -> x instanceof ComplexVector);
        pred(b, "is.character", x -> x instanceof StringVector);
        pred(b, "is.raw", x -> x instanceof RawVector);
        pred(b, "is.symbol", x -> x instanceof Symbol);
        pred(b, "is.name", x -> x instanceof Symbol);
        pred(b, "is.environment", x -> x instanceof Environment);
        pred(b, "is.list", x -> (x instanceof ListVector && !(x instanceof ExpressionVector)) || x instanceof PairList);
        pred(b, "is.pairlist", x -> x instanceof PairList || x == Null.NULL);
        pred(b, "is.expression", x -> x instanceof ExpressionVector);
        pred(b, "is.function", Interpreter::isFunction);
        pred(b, "is.call", x -> x instanceof Call);
        pred(b, "is.language", x -> x instanceof Call || x instanceof Symbol || x instanceof ExpressionVector);
        pred(b, "is.object", SEXP::isObject);
        pred(b, "is.atomic", x -> x == Null.NULL || (x instanceof Vector && ((Vector) x).isAtomic()));
        pred(b, "is.array", x -> x instanceof Vector && x.getAttribute("dim") != null);
        pred(b, "is.matrix", x -> x instanceof Vector && ((Vector) x).dim() != null && ((Vector) x).dim().length == 2);
        b.add("is.primitive", "x", (in, call, a, rho) -> LogicalVector.valueOf(arg(in, a[0], "x") instanceof BuiltinFunction));
        b.markClosureLike("is.primitive");
        b.addGeneric("is.numeric", (in, call, args, names, rho) -> {
            SEXP x = one(in, call, args, "is.numeric");
            return LogicalVector.valueOf((x instanceof IntVector || x instanceof DoubleVector) && !x.inherits("factor"));
        });
        b.add("is.vector", "x, mode", (in, call, a, rho) -> {
            SEXP x = arg(in, a[0], "x");
            String mode = a[1] == null ? "any" : Scalars.string(a[1]);
            if (mode == null || (a[1] != null && a[1].length() != 1)) throw in.errorInCurrentCall("invalid 'mode' argument");
            return LogicalVector.valueOf(isVector(x, mode));
        });
        b.markClosureLike("is.vector");

        b.addGeneric("is.na", (in, call, args, names, rho) -> isNa(in, call, one(in, call, args, "is.na")));
        b.addGeneric("is.nan", (in, call, args, names, rho) -> isNan(in, call, one(in, call, args, "is.nan")));
        b.addGeneric("is.finite", (in, call, args, names, rho) -> finiteOrInfinite(in, call, one(in, call, args, "is.finite"), true));
        b.addGeneric("is.infinite", (in, call, args, names, rho) -> finiteOrInfinite(in, call, one(in, call, args, "is.infinite"), false));
        b.addGeneric("anyNA", "x, recursive", (in, call, a, rho) -> {
            SEXP x = a[0] == null ? Null.NULL : a[0];
            boolean rec = a[1] != null && Scalars.flag(in, call, a[1]);
            return LogicalVector.valueOf(anyNA(x, rec));
        });
    }

    interface Pred { boolean test(SEXP x); }

    private static void pred(Builtins b, String name, Pred p) {
        b.add(name, (in, call, args, names, rho) -> LogicalVector.valueOf(p.test(one(in, call, args, name))));
    }

    /** The single argument of a one-argument primitive, with GNU R's arity error. */
    static SEXP one(Interpreter in, Call call, SEXP[] args, String name) {
        if (args.length != 1) {
            throw in.error(call, args.length + " arguments passed to '" + name + "' which requires 1");
        }
        return args[0];
    }

    static boolean isVector(SEXP x, String mode) {
        if (x instanceof Vector) {
            Vector v = (Vector) x;
            if (v.hasAttributes()) {
                org.rlambda.sexp.Attributes at = v.attributes();
                for (int i = 0; i < at.size(); i++) if (!at.name(i).equals("names")) return false;
            }
        } else if (!(x instanceof Symbol) || !(mode.equals("symbol") || mode.equals("name"))) {
            return false;
        }
        switch (mode) {
            case "any": return x instanceof Vector;
            case "numeric": return x instanceof IntVector || x instanceof DoubleVector;
            case "list": return x instanceof ListVector && !(x instanceof ExpressionVector);
            case "symbol": case "name": return x instanceof Symbol;
            default: return x.type().rName.equals(mode);
        }
    }

    static SEXP isNa(Interpreter in, Call call, SEXP x) {
        if (x == Null.NULL) return LogicalVector.EMPTY;
        if (!(x instanceof Vector)) {
            in.warning(call, "is.na() applied to non-(list or vector) of type '" + x.typeName() + "'");
            return LogicalVector.FALSE;
        }
        Vector v = (Vector) x;
        int n = v.length();
        int[] r = new int[n];
        switch (v.type()) {
            case DOUBLE: {
                double[] d = ((DoubleVector) v).values();
                for (int i = 0; i < n; i++) r[i] = d[i] != d[i] ? 1 : 0;
                break;
            }
            case INTEGER: {
                IntVector iv = (IntVector) v;
                for (int i = 0; i < n; i++) r[i] = iv.get(i) == IntVector.NA ? 1 : 0;
                break;
            }
            default:
                for (int i = 0; i < n; i++) r[i] = v.isNA(i) ? 1 : 0;
        }
        LogicalVector res = new LogicalVector(r);
        copyStructure(v, res);
        return res;
    }

    /** Keeps names, dim and dimnames, as the element-wise predicates do. */
    static void copyStructure(Vector from, Vector to) {
        for (String k : new String[] {"names", "dim", "dimnames"}) {
            SEXP a = from.getAttribute(k);
            if (a != null) to.setAttributeRaw(k, a);
        }
    }

    private static SEXP isNan(Interpreter in, Call call, SEXP x) {
        if (x == Null.NULL) return LogicalVector.EMPTY;
        if (!(x instanceof Vector) || x instanceof ListVector || x instanceof StringVector || x instanceof RawVector) {
            throw in.error(call, "default method not implemented for type '" + x.typeName() + "'");
        }
        Vector v = (Vector) x;
        int n = v.length();
        int[] r = new int[n];
        if (v instanceof DoubleVector) {
            for (int i = 0; i < n; i++) {
                double d = ((DoubleVector) v).get(i);
                r[i] = d != d && !DoubleVector.isNA(d) ? 1 : 0;
            }
        } else if (v instanceof ComplexVector) {
            ComplexVector c = (ComplexVector) v;
            for (int i = 0; i < n; i++) {
                double re = c.re(i), im = c.im(i);
                r[i] = (re != re && !DoubleVector.isNA(re)) || (im != im && !DoubleVector.isNA(im)) ? 1 : 0;
            }
        }
        LogicalVector res = new LogicalVector(r);
        copyStructure(v, res);
        return res;
    }

    private static SEXP finiteOrInfinite(Interpreter in, Call call, SEXP x, boolean finite) {
        if (x == Null.NULL) return LogicalVector.EMPTY;
        if (!(x instanceof Vector) || x instanceof ListVector) {
            throw in.error(call, "default method not implemented for type '" + x.typeName() + "'");
        }
        Vector v = (Vector) x;
        int n = v.length();
        int[] r = new int[n];
        switch (v.type()) {
            case DOUBLE:
                for (int i = 0; i < n; i++) {
                    double d = ((DoubleVector) v).get(i);
                    r[i] = finite ? (Double.isFinite(d) ? 1 : 0) : (Double.isInfinite(d) ? 1 : 0);
                }
                break;
            case INTEGER:
            case LOGICAL:
                if (finite) for (int i = 0; i < n; i++) r[i] = v.isNA(i) ? 0 : 1;
                break;
            case COMPLEX: {
                ComplexVector c = (ComplexVector) v;
                for (int i = 0; i < n; i++) {
                    double re = c.re(i), im = c.im(i);
                    if (finite) r[i] = Double.isFinite(re) && Double.isFinite(im) ? 1 : 0;
                    else r[i] = (Double.isInfinite(re) || Double.isInfinite(im)) ? 1 : 0;
                }
                break;
            }
            default:
                break;
        }
        LogicalVector res = new LogicalVector(r);
        copyStructure(v, res);
        return res;
    }

    static boolean anyNA(SEXP x, boolean recursive) {
        if (!(x instanceof Vector)) return false;
        Vector v = (Vector) x;
        int n = v.length();
        if (v instanceof ListVector) {
            ListVector l = (ListVector) v;
            for (int i = 0; i < n; i++) {
                SEXP e = l.get(i);
                if (recursive) {
                    if (anyNA(e, true)) return true;
                } else if (e instanceof Vector && ((Vector) e).isAtomic() && e.length() == 1 && ((Vector) e).isNA(0)) {
                    return true;
                }
            }
            return false;
        }
        if (v instanceof DoubleVector) {
            double[] d = ((DoubleVector) v).values();
            for (double e : d) if (e != e) return true;
            return false;
        }
        for (int i = 0; i < n; i++) if (v.isNA(i)) return true;
        return false;
    }

    // ------------------------------------------------------------------ as.*

    private static void registerCoercions(Builtins b) {
        asType(b, "as.logical", SexpType.LOGICAL);
        asType(b, "as.integer", SexpType.INTEGER);
        asType(b, "as.double", SexpType.DOUBLE);
        asType(b, "as.numeric", SexpType.DOUBLE);
        asType(b, "as.complex", SexpType.COMPLEX);
        asType(b, "as.character", SexpType.CHARACTER);
        asType(b, "as.raw", SexpType.RAW);
        b.addGeneric("as.vector", "x, mode", (in, call, a, rho) -> {
            SEXP x = arg(in, a[0], "x");
            String mode = a[1] == null ? "any" : Scalars.string(a[1]);
            if (mode == null || (a[1] != null && a[1].length() != 1)) throw in.errorInCurrentCall("invalid 'mode' argument");
            return asVector(in, x, mode);
        });
        b.markClosureLike("as.vector");
        b.add("as.list.default", "x, ...", (in, call, a, rho) -> asList(in, arg(in, a[0], "x")));
        b.markClosureLike("as.list.default");
    }

    private static void asType(Builtins b, String name, SexpType t) {
        b.addGeneric(name, "x, ...", (in, call, a, rho) -> {
            SEXP x = a[0] == null ? Null.NULL : a[0];
            if (x instanceof Vector && x.type() == t && !x.hasAttributes()) return x;
            if (x instanceof Environment || x instanceof Closure || x instanceof BuiltinFunction) {
                throw in.error(call, "cannot coerce type '" + x.typeName() + "' to vector of type '" + t.rName + "'");
            }
            // a factor's logical values come from its labels, as in GNU R
            if (t == SexpType.LOGICAL && x.inherits("factor")) return Coercion.to(in, RArgs.factorLabels((Vector) x), t);
            return Coercion.to(in, x, t);
        });
    }

    static SEXP asVector(Interpreter in, SEXP x, String mode) {
        if (mode.equals("any")) {
            if (x instanceof ListVector) return x;
            if (x instanceof Vector) return Coercion.bare((Vector) x);
            if (x instanceof PairList) return Coercion.to(in, x, SexpType.LIST);
            return x;
        }
        if (mode.equals("symbol") || mode.equals("name")) {
            if (x instanceof Symbol) return x;
            Vector s = Coercion.to(in, x, SexpType.CHARACTER);
            if (s.length() == 0) throw in.errorInCurrentCall("invalid type/length (symbol/0) in vector allocation");
            return Symbol.get(((StringVector) s).get(0));
        }
        if (mode.equals("pairlist")) return x;
        if (mode.equals("function") || mode.equals("closure")) {
            if (Interpreter.isFunction(x)) return x;
        }
        SexpType t = Coercion.modeType(mode);
        if (t == null) throw in.errorInCurrentCall("invalid 'mode' argument");
        if (t == SexpType.LIST) {
            if (x instanceof ListVector && !(x instanceof ExpressionVector)) return x;
            Vector r = Coercion.to(in, x, SexpType.LIST);
            if (x instanceof Vector && ((Vector) x).isAtomic()) {
                StringVector nm = ((Vector) x).names();
                if (nm != null) r.setAttributeRaw("names", nm);
            }
            return r;
        }
        if (t == SexpType.EXPRESSION && x instanceof ExpressionVector) return x;
        return Coercion.to(in, x, t);
    }

    static SEXP asList(Interpreter in, SEXP x) {
        if (x instanceof ListVector && !(x instanceof ExpressionVector)) return x;
        if (x instanceof Environment) {
            throw in.errorInCurrentCall("as.list for environments is not available");
        }
        if (x instanceof Closure) {
            Closure f = (Closure) x;
            int n = f.formals.length();
            SEXP[] v = new SEXP[n + 1];
            String[] nm = new String[n + 1];
            for (int i = 0; i < n; i++) { v[i] = f.formals.value(i); nm[i] = f.formals.tag(i); }
            v[n] = f.body;
            nm[n] = "";
            ListVector l = new ListVector(v);
            l.setAttributeRaw("names", new StringVector(nm));
            return l;
        }
        if (x instanceof ExpressionVector) {
            ListVector l = new ListVector(((ExpressionVector) x).values().clone());
            StringVector nm = ((ExpressionVector) x).names();
            if (nm != null) l.setAttributeRaw("names", nm);
            return l;
        }
        if (x instanceof Symbol) return ListVector.of(x);
        return asVector(in, x, "list");
    }

}
