package org.rlambda.base;

import java.util.List;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.parse.Deparser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
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

/**
 * Coercion of whole values between R types as {@code as.vector()} and the {@code as.*}
 * primitives do it, with GNU R's warnings ("NAs introduced by coercion", "... to integer range")
 * raised once per call in the current closure's context. Results carry no attributes.
 */
public final class Coercion {
    private Coercion() { }

    /** Collects the problems one coercion met, so each warning is raised once. */
    static final class Problems {
        boolean na;
        boolean range;
        boolean imaginary;
        boolean raw;

        void report(Interpreter in) {
            if (na) in.warning(in.currentCall(), "NAs introduced by coercion");
            if (range) in.warning(in.currentCall(), "NAs introduced by coercion to integer range");
            if (imaginary) in.warning(in.currentCall(), "imaginary parts discarded in coercion");
            if (raw) in.warning(in.currentCall(), "out-of-range values treated as 0 in coercion to raw");
        }
    }

    /** {@code x} as an atomic vector or list of type {@code t}, without attributes. */
    public static Vector to(Interpreter in, SEXP x, SexpType t) {
        Problems p = new Problems();
        Vector r = to(in, x, t, p);
        p.report(in);
        return r;
    }

    static Vector to(Interpreter in, SEXP x, SexpType t, Problems p) {
        if (x == Null.NULL) return Coerce.emptyOf(t == SexpType.EXPRESSION ? SexpType.LIST : t);
        if (x instanceof Symbol) {
            if (t == SexpType.CHARACTER) return StringVector.of(((Symbol) x).name);
            if (t == SexpType.LIST) return ListVector.of(x);
            throw in.errorInCurrentCall("cannot coerce type 'symbol' to vector of type '" + t.rName + "'");
        }
        if (x instanceof Call) {
            Call c = (Call) x;
            SEXP[] parts = new SEXP[c.argCount() + 1];
            parts[0] = c.function;
            System.arraycopy(c.args(), 0, parts, 1, c.argCount());
            if (t == SexpType.LIST) {
                ListVector l = new ListVector(parts);
                if (c.hasNames()) {
                    String[] nm = new String[parts.length];
                    nm[0] = "";
                    for (int i = 0; i < c.argCount(); i++) nm[i + 1] = c.argName(i);
                    l.setAttributeRaw("names", new StringVector(nm));
                }
                return l;
            }
            if (t == SexpType.CHARACTER) {
                String[] s = new String[parts.length];
                for (int i = 0; i < parts.length; i++) s[i] = parts[i] instanceof Symbol ? ((Symbol) parts[i]).name : deparse(in, parts[i]);
                return new StringVector(s);
            }
            throw in.errorInCurrentCall("cannot coerce type 'language' to vector of type '" + t.rName + "'");
        }
        if (x instanceof PairList) {
            PairList pl = (PairList) x;
            ListVector l = new ListVector(pl.values().clone());
            boolean any = false;
            for (int i = 0; i < pl.length(); i++) if (!pl.tag(i).isEmpty()) any = true;
            if (any) {
                String[] nm = new String[pl.length()];
                for (int i = 0; i < nm.length; i++) nm[i] = pl.tag(i);
                l.setAttributeRaw("names", new StringVector(nm));
            }
            return t == SexpType.LIST ? l : to(in, l, t, p);
        }
        if (!(x instanceof Vector)) {
            throw in.errorInCurrentCall("cannot coerce type '" + x.typeName() + "' to vector of type '" + t.rName + "'");
        }
        Vector v = (Vector) x;
        if (v instanceof ListVector) return fromList(in, (ListVector) v, t, p);
        if (v.type() == t) {
            if (!v.hasAttributes()) return v;
            Vector c = v.copy();
            c.setAttributes(null);
            return c;
        }
        int n = v.length();
        switch (t) {
            case LOGICAL: {
                int[] r = new int[n];
                for (int i = 0; i < n; i++) r[i] = Coerce.logicalElement(v, i);
                return new LogicalVector(r);
            }
            case INTEGER: {
                int[] r = new int[n];
                for (int i = 0; i < n; i++) r[i] = intAt(v, i, p);
                return new IntVector(r);
            }
            case DOUBLE: {
                double[] r = new double[n];
                for (int i = 0; i < n; i++) r[i] = doubleAt(v, i, p);
                return new DoubleVector(r);
            }
            case COMPLEX: {
                ComplexVector c = new ComplexVector(n);
                for (int i = 0; i < n; i++) {
                    if (v instanceof StringVector) {
                        complexFromString(((StringVector) v).get(i), c, i, p);
                        continue;
                    }
                    double d = doubleAt(v, i, p);
                    if (DoubleVector.isNA(d)) c.setNA(i); else c.set(i, d, 0);
                }
                return c;
            }
            case CHARACTER: {
                String[] r = new String[n];
                for (int i = 0; i < n; i++) r[i] = Coerce.stringElement(v, i);
                return new StringVector(r);
            }
            case LIST:
            case EXPRESSION: {
                SEXP[] r = new SEXP[n];
                for (int i = 0; i < n; i++) r[i] = v.element(i);
                ListVector l = t == SexpType.LIST ? new ListVector(r) : new ExpressionVector(r);
                return l;
            }
            case RAW: {
                byte[] r = new byte[n];
                boolean out = false;
                for (int i = 0; i < n; i++) {
                    int k = intAt(v, i, p);
                    if (k == IntVector.NA || k < 0 || k > 255) { out = true; r[i] = 0; } else r[i] = (byte) k;
                }
                if (out) p.raw = true;
                return new RawVector(r);
            }
            default:
                throw in.errorInCurrentCall("cannot coerce type '" + v.typeName() + "' to vector of type '" + t.rName + "'");
        }
    }

    private static Vector fromList(Interpreter in, ListVector l, SexpType t, Problems p) {
        int n = l.length();
        if (t == SexpType.LIST) {
            if (l.getClass() == ListVector.class && !l.hasAttributes()) return l;
            ListVector r = new ListVector(l.values().clone());
            for (SEXP e : r.values()) e.markShared();
            return r;
        }
        if (t == SexpType.EXPRESSION) {
            ExpressionVector r = new ExpressionVector(l.values().clone());
            for (SEXP e : r.values()) e.markShared();
            return r;
        }
        if (t == SexpType.CHARACTER) {
            String[] s = new String[n];
            for (int i = 0; i < n; i++) {
                SEXP e = l.get(i);
                if (e instanceof StringVector && e.length() == 1) s[i] = ((StringVector) e).get(0);
                else if (e instanceof Symbol) s[i] = ((Symbol) e).name;
                else if (e instanceof Vector && ((Vector) e).isAtomic() && e.length() == 1 && !e.isObject()) {
                    s[i] = Coerce.stringElement((Vector) e, 0);
                } else s[i] = deparse(in, e);
            }
            return new StringVector(s);
        }
        Vector r = Combine.allocate(t, n);
        for (int i = 0; i < n; i++) {
            SEXP e = l.get(i);
            if (e instanceof Vector && ((Vector) e).isAtomic() && e.length() == 1) {
                Vector one = to(in, e, t, p);
                r.setFrom(i, one, 0);
            } else {
                throw in.errorInCurrentCall("'list' object cannot be coerced to type '" + t.rName + "'");
            }
        }
        return r;
    }

    static String deparse(Interpreter in, SEXP e) {
        List<String> lines = Deparser.deparse(e, 500);
        if (lines.size() == 1) return lines.get(0);
        return String.join("\n", lines);
    }

    static int intAt(Vector v, int i, Problems p) {
        switch (v.type()) {
            case LOGICAL: return ((LogicalVector) v).get(i);
            case INTEGER: return ((IntVector) v).get(i);
            case DOUBLE: return doubleToInt(((DoubleVector) v).get(i), p);
            case COMPLEX: {
                ComplexVector c = (ComplexVector) v;
                if (c.isNA(i)) return IntVector.NA;
                if (c.im(i) != 0) p.imaginary = true;
                return doubleToInt(c.re(i), p);
            }
            case CHARACTER: {
                String s = ((StringVector) v).get(i);
                if (s == StringVector.NA) return IntVector.NA;
                double d = NumberText.parse(s);
                if (NumberText.isInvalid(d)) { p.na = true; return IntVector.NA; }
                return doubleToInt(d, p);
            }
            case RAW: return ((RawVector) v).get(i) & 0xFF;
            default: return IntVector.NA;
        }
    }

    static int doubleToInt(double d, Problems p) {
        if (Double.isNaN(d)) return IntVector.NA;
        if (d >= 2147483648.0 || d <= -2147483648.0) {
            p.range = true;
            return IntVector.NA;
        }
        return (int) d;
    }

    static double doubleAt(Vector v, int i, Problems p) {
        switch (v.type()) {
            case LOGICAL: { int x = ((LogicalVector) v).get(i); return x == LogicalVector.NA ? DoubleVector.NA : x; }
            case INTEGER: { int x = ((IntVector) v).get(i); return x == IntVector.NA ? DoubleVector.NA : x; }
            case DOUBLE: return ((DoubleVector) v).get(i);
            case COMPLEX: {
                ComplexVector c = (ComplexVector) v;
                if (c.isNA(i)) return DoubleVector.NA;
                if (c.im(i) != 0) p.imaginary = true;
                return c.re(i);
            }
            case CHARACTER: {
                double d = NumberText.parse(((StringVector) v).get(i));
                if (NumberText.isInvalid(d)) { p.na = true; return DoubleVector.NA; }
                return d;
            }
            case RAW: return ((RawVector) v).get(i) & 0xFF;
            default: return DoubleVector.NA;
        }
    }

    /** Parses "a+bi", "a-bi", "bi" or a real number into a complex element. */
    private static void complexFromString(String s, ComplexVector c, int i, Problems p) {
        if (s == StringVector.NA) { c.setNA(i); return; }
        double d = NumberText.parse(s);
        if (!NumberText.isInvalid(d)) {
            if (DoubleVector.isNA(d)) c.setNA(i); else c.set(i, d, 0);
            return;
        }
        String t = s.strip();
        if (t.endsWith("i")) {
            String body = t.substring(0, t.length() - 1);
            for (int k = body.length() - 1; k > 0; k--) {
                char ch = body.charAt(k);
                if ((ch == '+' || ch == '-') && body.charAt(k - 1) != 'e' && body.charAt(k - 1) != 'E') {
                    double re = NumberText.parse(body.substring(0, k));
                    double im = NumberText.parse(body.substring(k));
                    if (!NumberText.isInvalid(re) && !NumberText.isInvalid(im)) { c.set(i, re, im); return; }
                    break;
                }
            }
        }
        p.na = true;
        c.setNA(i);
    }

    /** Maps a mode name as {@code vector()}/{@code as.vector()} accept it to a type, or null. */
    static SexpType modeType(String mode) {
        switch (mode) {
            case "logical": return SexpType.LOGICAL;
            case "integer": return SexpType.INTEGER;
            case "numeric": case "double": return SexpType.DOUBLE;
            case "complex": return SexpType.COMPLEX;
            case "character": return SexpType.CHARACTER;
            case "list": return SexpType.LIST;
            case "expression": return SexpType.EXPRESSION;
            case "raw": return SexpType.RAW;
            default: return null;
        }
    }

    /** Drops attributes, returning {@code v} itself when it has none. */
    static Vector bare(Vector v) {
        if (!v.hasAttributes()) return v;
        Vector c = v.copy();
        c.setAttributes(null);
        return c;
    }

    static Call currentOr(Interpreter in, Call call) {
        Call c = in.currentCall();
        return c == null ? call : c;
    }
}
