package org.rlambda.engine;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Conversions between plain Java values and R values for the JSR-223 front door.
 *
 * <p>Java to R: null is NULL; Integer/Short/Byte are integer, Long/Float/Double (any other Number)
 * double, Boolean logical, String/Character character; primitive and String arrays become vectors;
 * a List or Object[] of scalars of one kind becomes an atomic vector (null elements become NA),
 * any other List a list; a Map becomes a named list. R values (SEXP) pass through unchanged.
 *
 * <p>R to Java: NULL is null; a length-one atomic vector without names is a boxed scalar (NA is
 * null); longer logical/integer/double/character vectors are Boolean[]/int[]/double[]/String[]
 * (integer NA stays Integer.MIN_VALUE, double NA stays NaN, other NAs are null); factors are their
 * labels; a named list is a LinkedHashMap, an unnamed one a List; anything else is the SEXP itself.
 */
public final class JavaValues {
    private JavaValues() { }

    public static SEXP toR(Object o) {
        if (o == null) return Null.NULL;
        if (o instanceof SEXP) return (SEXP) o;
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) return IntVector.of(((Number) o).intValue());
        if (o instanceof Number) return DoubleVector.of(((Number) o).doubleValue());
        if (o instanceof Boolean) return LogicalVector.of((Boolean) o);
        if (o instanceof CharSequence || o instanceof Character) return StringVector.of(o.toString());
        if (o instanceof int[]) return new IntVector(((int[]) o).clone());
        if (o instanceof double[]) return new DoubleVector(((double[]) o).clone());
        if (o instanceof long[]) return new DoubleVector(Arrays.stream((long[]) o).asDoubleStream().toArray());
        if (o instanceof float[] || o instanceof short[] || o instanceof byte[] || o instanceof boolean[] || o instanceof char[]) {
            List<Object> boxed = new ArrayList<>();
            for (int i = 0; i < Array.getLength(o); i++) boxed.add(Array.get(o, i));
            return fromCollection(boxed);
        }
        if (o instanceof Object[]) return fromCollection(Arrays.asList((Object[]) o));
        if (o instanceof Map) return fromMap((Map<?, ?>) o);
        if (o instanceof Collection) return fromCollection((Collection<?>) o);
        throw new IllegalArgumentException("cannot convert " + o.getClass().getName() + " to an R value");
    }

    private enum Kind { LOGICAL, INTEGER, DOUBLE, STRING, LIST }

    private static Kind scalarKind(Object o) {
        if (o instanceof Boolean) return Kind.LOGICAL;
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) return Kind.INTEGER;
        if (o instanceof Number) return Kind.DOUBLE;
        if (o instanceof CharSequence || o instanceof Character) return Kind.STRING;
        return Kind.LIST;
    }

    /** A collection of scalars of one kind (integers may mix with other numbers) is atomic, else a list. */
    private static SEXP fromCollection(Collection<?> c) {
        Kind kind = null;
        for (Object e : c) {
            if (e == null) continue;
            Kind k = scalarKind(e);
            if (kind == null) kind = k;
            else if (kind != k) kind = (numeric(kind) && numeric(k)) ? Kind.DOUBLE : Kind.LIST;
        }
        if (kind == null) kind = c.isEmpty() ? Kind.LIST : Kind.LOGICAL;
        int n = c.size();
        int i = 0;
        switch (kind) {
            case LOGICAL: {
                int[] v = new int[n];
                for (Object e : c) v[i++] = e == null ? LogicalVector.NA : ((Boolean) e) ? 1 : 0;
                return new LogicalVector(v);
            }
            case INTEGER: {
                int[] v = new int[n];
                for (Object e : c) v[i++] = e == null ? IntVector.NA : ((Number) e).intValue();
                return new IntVector(v);
            }
            case DOUBLE: {
                double[] v = new double[n];
                for (Object e : c) v[i++] = e == null ? DoubleVector.NA : ((Number) e).doubleValue();
                return new DoubleVector(v);
            }
            case STRING: {
                String[] v = new String[n];
                for (Object e : c) v[i++] = e == null ? StringVector.NA : e.toString();
                return new StringVector(v);
            }
            default: {
                SEXP[] v = new SEXP[n];
                for (Object e : c) {
                    v[i] = toR(e);
                    v[i++].markShared();
                }
                return new ListVector(v);
            }
        }
    }

    private static boolean numeric(Kind k) { return k == Kind.INTEGER || k == Kind.DOUBLE; }

    private static SEXP fromMap(Map<?, ?> m) {
        SEXP[] v = new SEXP[m.size()];
        String[] names = new String[m.size()];
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            names[i] = String.valueOf(e.getKey());
            v[i] = toR(e.getValue());
            v[i++].markShared();
        }
        ListVector l = new ListVector(v);
        l.setAttributeRaw("names", new StringVector(names));
        return l;
    }

    public static Object toJava(SEXP s) {
        if (s == null || s == Null.NULL) return null;
        if (s instanceof IntVector && s.inherits("factor")) return factorLabels((IntVector) s);
        if (s instanceof ListVector && s.getClass() == ListVector.class) return fromList((ListVector) s);
        boolean scalar = s.length() == 1 && s.getAttribute("names") == null;
        if (s instanceof LogicalVector) {
            LogicalVector l = (LogicalVector) s;
            Boolean[] out = new Boolean[l.length()];
            for (int i = 0; i < out.length; i++) out[i] = l.get(i) == LogicalVector.NA ? null : l.get(i) != 0;
            return scalar ? out[0] : out;
        }
        if (s instanceof IntVector) {
            IntVector v = (IntVector) s;
            if (scalar) return v.get(0) == IntVector.NA ? null : (Object) v.get(0);
            return v.toIntArray();
        }
        if (s instanceof DoubleVector) {
            DoubleVector v = (DoubleVector) s;
            if (scalar) return DoubleVector.isNA(v.get(0)) ? null : (Object) v.get(0);
            return v.values().clone();
        }
        if (s instanceof StringVector) {
            StringVector v = (StringVector) s;
            String[] out = new String[v.length()];
            for (int i = 0; i < out.length; i++) out[i] = v.get(i) == StringVector.NA ? null : v.get(i);
            return scalar ? out[0] : out;
        }
        return s;
    }

    private static String[] factorLabels(IntVector f) {
        SEXP lv = f.getAttribute("levels");
        String[] out = new String[f.length()];
        for (int i = 0; i < out.length; i++) {
            int code = f.get(i);
            out[i] = code == IntVector.NA || !(lv instanceof StringVector) ? null : ((StringVector) lv).get(code - 1);
        }
        return out;
    }

    private static Object fromList(ListVector l) {
        StringVector names = ((Vector) l).names();
        if (names == null) {
            List<Object> out = new ArrayList<>(l.length());
            for (int i = 0; i < l.length(); i++) out.add(toJava(l.get(i)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < l.length(); i++) out.put(names.get(i), toJava(l.get(i)));
        return out;
    }
}
