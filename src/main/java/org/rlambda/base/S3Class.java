package org.rlambda.base;

import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** class(), the implicit class of unclassed values, and GNU R's checks in {@code class<-}. */
final class S3Class {
    private S3Class() { }

    /** class(x): the class attribute, else the implicit class (matrix/array, or by type). */
    static StringVector classOf(SEXP x) {
        StringVector c = x.classAttribute();
        if (c != null) return c;
        if (x instanceof Vector) {
            int[] dim = ((Vector) x).dim();
            if (dim != null) return dim.length == 2 ? StringVector.of("matrix", "array") : StringVector.of("array");
        }
        switch (x.type()) {
            case INTEGER: return StringVector.of("integer");
            case DOUBLE: return StringVector.of("numeric");
            case CLOSURE: case BUILTIN: case SPECIAL: return StringVector.of("function");
            case SYMBOL: return StringVector.of("name");
            case LANGUAGE: {
                String f = ((Call) x).functionName();
                if (f != null) {
                    switch (f) {
                        case "if": case "for": case "while": case "(": case "{": case "<-": case "=": return StringVector.of(f);
                        default: break;
                    }
                }
                return StringVector.of("call");
            }
            default: return StringVector.of(x.type().rName);
        }
    }

    /** The class vector inherits() consults: the same as class(). */
    static StringVector classVector(SEXP x) { return classOf(x); }

    /** {@code class(x) <- value}: "numeric", "matrix", "array" and "function" are checked rather than stored. */
    static SEXP setClass(Interpreter in, Call call, SEXP x, SEXP value) {
        if (value == Null.NULL || value.length() == 0) {
            if (x != Null.NULL) x.setAttributeRaw("class", null);
            return x;
        }
        StringVector v = value instanceof StringVector ? (StringVector) value : (StringVector) Coercion.to(in, value, SexpType.CHARACTER);
        if (v.length() == 1) {
            String c = v.get(0);
            int[] dim = x instanceof Vector ? ((Vector) x).dim() : null;
            switch (c) {
                case "numeric":
                    x.setAttributeRaw("class", null);
                    if (x instanceof IntVector || x instanceof DoubleVector) return x;
                    Vector d = Coercion.to(in, x, SexpType.DOUBLE);
                    d.copyAttributesFrom(x);
                    return d;
                case "matrix":
                    if (dim == null || dim.length != 2) {
                        throw in.error(call, "invalid to set the class to matrix unless the dimension attribute is of length 2 (was "
                                + (dim == null ? 0 : dim.length) + ")");
                    }
                    x.setAttributeRaw("class", null);
                    return x;
                case "array":
                    if (dim == null) throw in.error(call, "cannot set class to \"array\" unless the dimension attribute has length > 0");
                    x.setAttributeRaw("class", null);
                    return x;
                case "function":
                    if (org.rlambda.eval.Interpreter.isFunction(x)) { x.setAttributeRaw("class", null); return x; }
                    break;
                default:
                    SexpType t = Coercion.modeType(c);
                    if (t != null && !c.equals("numeric") && x instanceof Vector) {
                        x.setAttributeRaw("class", null);
                        if (x.type() == t) return x;
                        Vector r = Coercion.to(in, x, t);
                        if (r == x) return x;
                        r.copyAttributesFrom(x);
                        return r;
                    }
            }
        }
        return setClassAttr(in, call, x, v);
    }

    /** Stores a class attribute (attr(x, "class") <- value and oldClass semantics with the factor check). */
    static SEXP setClassAttr(Interpreter in, Call call, SEXP x, SEXP value) {
        if (x == Null.NULL) throw in.error(call, "attempt to set an attribute on NULL");
        if (value == Null.NULL || value.length() == 0) {
            x.setAttributeRaw("class", null);
            return x;
        }
        StringVector v = value instanceof StringVector ? (StringVector) value : (StringVector) Coercion.to(in, value, SexpType.CHARACTER);
        for (int i = 0; i < v.length(); i++) {
            if ("factor".equals(v.get(i)) && !(x instanceof IntVector)) {
                throw in.error(call, "adding class \"factor\" to an invalid object");
            }
        }
        if (v.hasAttributes()) {
            // GNU R keeps the class vector's names (noquote(right = TRUE) relies on them), nothing else
            SEXP nm = v.getAttribute("names");
            v = new StringVector(v.values().clone());
            if (nm != null) v.setAttributeRaw("names", nm);
        }
        v.markShared();
        x.setAttributeRaw("class", v);
        return x;
    }
}
