package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.sexp.Attributes;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * identical(): same type, length, values and attributes (as a set). NA and NaN differ, NaN
 * equals NaN, 0 equals -0; environments, symbols and builtins compare by identity.
 */
public final class Identical {
    private Identical() { }

    public static void register(Builtins b) {
        b.add("identical", "x, y, num.eq, single.NA, attrib.as.set, ignore.bytecode, ignore.environment, ignore.srcref, extptr.as.ref",
                (in, call, a, rho) -> {
                    SEXP x = Types.arg(in, a[0], "x"), y = Types.arg(in, a[1], "y");
                    boolean numEq = a[2] == null || Scalars.logical(a[2]) == 1;
                    boolean singleNA = a[3] == null || Scalars.logical(a[3]) == 1;
                    boolean ignoreEnv = a[6] != null && Scalars.logical(a[6]) == 1;
                    return LogicalVector.valueOf(new Identical.Options(numEq, singleNA, ignoreEnv).same(x, y));
                });
        b.markClosureLike("identical");
    }

    public static boolean identical(SEXP x, SEXP y) { return new Options(true, true, false).same(x, y); }

    private static final class Options {
        final boolean numEq;
        final boolean singleNA;
        final boolean ignoreEnv;

        Options(boolean numEq, boolean singleNA, boolean ignoreEnv) {
            this.numEq = numEq;
            this.singleNA = singleNA;
            this.ignoreEnv = ignoreEnv;
        }

        boolean same(SEXP x, SEXP y) {
            if (x == y) return true;
            if (x.type() != y.type()) return false;
            if (x instanceof org.rlambda.sexp.ExpressionVector != y instanceof org.rlambda.sexp.ExpressionVector) return false;
            if (!sameAttributes(x.attributes(), y.attributes())) return false;
            switch (x.type()) {
                case LOGICAL: return java.util.Arrays.equals(((LogicalVector) x).values(), ((LogicalVector) y).values());
                case INTEGER: {
                    IntVector a = (IntVector) x, b = (IntVector) y;
                    if (a.length() != b.length()) return false;
                    for (int i = 0; i < a.length(); i++) if (a.get(i) != b.get(i)) return false;
                    return true;
                }
                case DOUBLE: {
                    double[] a = ((DoubleVector) x).values(), b = ((DoubleVector) y).values();
                    if (a.length != b.length) return false;
                    for (int i = 0; i < a.length; i++) if (!sameDouble(a[i], b[i])) return false;
                    return true;
                }
                case COMPLEX: {
                    ComplexVector a = (ComplexVector) x, b = (ComplexVector) y;
                    if (a.length() != b.length()) return false;
                    for (int i = 0; i < a.length(); i++) {
                        if (!sameDouble(a.re(i), b.re(i)) || !sameDouble(a.im(i), b.im(i))) return false;
                    }
                    return true;
                }
                case CHARACTER: {
                    StringVector a = (StringVector) x, b = (StringVector) y;
                    if (a.length() != b.length()) return false;
                    for (int i = 0; i < a.length(); i++) {
                        String s = a.get(i), t = b.get(i);
                        if ((s == StringVector.NA) != (t == StringVector.NA)) return false;
                        if (!s.equals(t)) return false;
                    }
                    return true;
                }
                case RAW: return java.util.Arrays.equals(((RawVector) x).values(), ((RawVector) y).values());
                case LIST:
                case EXPRESSION: {
                    ListVector a = (ListVector) x, b = (ListVector) y;
                    if (a.length() != b.length()) return false;
                    for (int i = 0; i < a.length(); i++) if (!same(a.get(i), b.get(i))) return false;
                    return true;
                }
                case LANGUAGE: {
                    Call a = (Call) x, b = (Call) y;
                    if (a.argCount() != b.argCount() || !same(a.function, b.function)) return false;
                    for (int i = 0; i < a.argCount(); i++) {
                        if (!a.argName(i).equals(b.argName(i)) || !same(a.arg(i), b.arg(i))) return false;
                    }
                    return true;
                }
                case PAIRLIST: {
                    PairList a = (PairList) x, b = (PairList) y;
                    if (a.length() != b.length()) return false;
                    for (int i = 0; i < a.length(); i++) {
                        if (!a.tag(i).equals(b.tag(i)) || !same(a.value(i), b.value(i))) return false;
                    }
                    return true;
                }
                case CLOSURE: {
                    Closure a = (Closure) x, b = (Closure) y;
                    return same(a.formals, b.formals) && same(a.body, b.body) && (ignoreEnv || a.env == b.env);
                }
                default:
                    return false;
            }
        }

        private boolean sameDouble(double a, double b) {
            if (a == b) return numEq || Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
            if (a != a && b != b) return !singleNA || DoubleVector.isNA(a) == DoubleVector.isNA(b);
            return false;
        }

        private boolean sameAttributes(Attributes a, Attributes b) {
            int na = a == null ? 0 : a.size(), nb = b == null ? 0 : b.size();
            if (na != nb) return false;
            for (int i = 0; i < na; i++) {
                SEXP v = b.get(a.name(i));
                if (v == null) return false;
                SEXP u = a.value(i);
                // row names compare as R returns them: the compact form c(NA, n) expanded
                if ("row.names".equals(a.name(i))) {
                    u = Attrib.expandRowNames(u);
                    v = Attrib.expandRowNames(v);
                }
                if (!same(u, v)) return false;
            }
            return true;
        }
    }

    /** A structural hash consistent with identical() (attributes ignored). */
    static int hash(SEXP x) {
        int h = x.type().ordinal();
        switch (x.type()) {
            case LOGICAL: return h * 31 + java.util.Arrays.hashCode(((LogicalVector) x).values());
            case INTEGER: {
                IntVector v = (IntVector) x;
                for (int i = 0; i < v.length(); i++) h = h * 31 + v.get(i);
                return h;
            }
            case DOUBLE: {
                for (double d : ((DoubleVector) x).values()) h = h * 31 + (d == 0 ? 0 : d != d ? (DoubleVector.isNA(d) ? 1954 : 7) : Double.hashCode(d));
                return h;
            }
            case CHARACTER: {
                for (String s : ((StringVector) x).values()) h = h * 31 + (s == StringVector.NA ? 1954 : s.hashCode());
                return h;
            }
            case LIST:
            case EXPRESSION: {
                ListVector l = (ListVector) x;
                for (int i = 0; i < l.length(); i++) h = h * 31 + hash(l.get(i));
                return h;
            }
            default:
                return h * 31 + x.length();
        }
    }
}
