package org.rlambda.base;

import java.util.function.DoubleUnaryOperator;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The Math group (abs, sqrt, exp, log family, trigonometry, floor/ceiling/trunc, round and
 * signif, cumulative sums and products, gamma family) plus atan2, beta, choose. Results keep the
 * argument's attributes; "NaNs produced" is warned when a number turns into NaN.
 */
public final class MathFunctions {
    private MathFunctions() { }

    public static void register(Builtins b) {
        b.addGroup("Math", "abs", (in, call, args, names, rho) -> {
            Vector x = numericArg(in, call, args, "abs");
            if (x instanceof IntVector || x instanceof LogicalVector) {
                int n = x.length();
                int[] r = new int[n];
                for (int i = 0; i < n; i++) {
                    int v = x instanceof IntVector ? ((IntVector) x).get(i) : ((LogicalVector) x).get(i);
                    r[i] = v == IntVector.NA ? IntVector.NA : Math.abs(v);
                }
                return withAttributes(new IntVector(r), x);
            }
            if (x instanceof ComplexVector) {
                ComplexVector c = (ComplexVector) x;
                double[] r = new double[c.length()];
                for (int i = 0; i < r.length; i++) r[i] = c.isNA(i) ? DoubleVector.NA : Math.hypot(c.re(i), c.im(i));
                return withAttributes(new DoubleVector(r), x);
            }
            return apply(in, call, x, Math::abs);
        });
        math(b, "sqrt", Math::sqrt);
        math(b, "exp", Math::exp);
        math(b, "expm1", Math::expm1);
        math(b, "log1p", Math::log1p);
        // log2 and log10 are log(x, base) inside GNU R: their NaN warning does not name the call
        b.addGroup("Math", "log2", (in, call, args, names, rho) -> {
            Vector x = numericArg(in, call, args, "log2");
            if (x instanceof ComplexVector) return applyComplex(in, call, (ComplexVector) x, "log2");
            return apply(in, in.currentCall(), x, MathFunctions::log2);
        });
        b.addGroup("Math", "log10", (in, call, args, names, rho) -> {
            Vector x = numericArg(in, call, args, "log10");
            if (x instanceof ComplexVector) return applyComplex(in, call, (ComplexVector) x, "log10");
            return apply(in, in.currentCall(), x, Math::log10);
        });
        math(b, "sin", Math::sin);
        math(b, "cos", Math::cos);
        math(b, "tan", Math::tan);
        math(b, "asin", Math::asin);
        math(b, "acos", Math::acos);
        math(b, "atan", Math::atan);
        math(b, "sinh", Math::sinh);
        math(b, "cosh", Math::cosh);
        math(b, "tanh", Math::tanh);
        math(b, "asinh", v -> Double.isInfinite(v) ? v : (v < 0 ? -1 : 1) * Math.log(Math.abs(v) + Math.sqrt(v * v + 1)));
        math(b, "acosh", v -> Math.log(v + Math.sqrt(v * v - 1)));
        math(b, "atanh", v -> 0.5 * Math.log((1 + v) / (1 - v)));
        math(b, "sinpi", SpecialFunctions::sinpi);
        math(b, "cospi", SpecialFunctions::cospi);
        math(b, "tanpi", SpecialFunctions::tanpi);
        math(b, "floor", Math::floor);
        math(b, "ceiling", Math::ceil);
        math(b, "sign", Math::signum);
        math(b, "gamma", SpecialFunctions::gamma);
        math(b, "lgamma", SpecialFunctions::lgamma);
        math(b, "digamma", SpecialFunctions::digamma);
        math(b, "trigamma", SpecialFunctions::trigamma);
        b.addGroup("Math", "trunc", "x, ...", (in, call, a, rho) -> {
            Vector x = numericArg(in, call, new SEXP[] {a[0] == null ? Null.NULL : a[0]}, "trunc");
            return apply(in, call, x, v -> v < 0 ? Math.ceil(v) : Math.floor(v));
        });
        b.addGroup("Math", "log", "x, base", (in, call, a, rho) -> {
            if (a[0] == null) throw in.error(call, "argument \"x\" is missing, with no default");
            Vector x = numericArg(in, call, new SEXP[] {a[0]}, "log");
            if (a[1] == null) {
                if (x instanceof ComplexVector) return applyComplex(in, call, (ComplexVector) x, "log");
                return apply(in, call, x, Math::log);
            }
            SEXP base = a[1];
            if (!(base instanceof DoubleVector || base instanceof IntVector || base instanceof LogicalVector
                    || base instanceof ComplexVector) || base.length() == 0) {
                throw in.error(call, "non-numeric argument to mathematical function");
            }
            if (x instanceof ComplexVector || base instanceof ComplexVector) return logComplexBase(in, x, (Vector) base);
            // with a base GNU R warns without naming the call (log is special, the warning is the caller's)
            Vector withBase = logBase(in, x, base);
            return withBase;
        });
        b.addGroup("Math", "round", "x, digits, ...", (in, call, a, rho) -> roundOrSignif(in, call, a, true));

        b.addGroup("Math", "signif", "x, digits, ...", (in, call, a, rho) -> roundOrSignif(in, call, a, false));
        b.addGroup("Math", "cumsum", (in, call, args, names, rho) -> Cumulative.cumulate(in, call, args, "cumsum"));
        b.addGroup("Math", "cumprod", (in, call, args, names, rho) -> Cumulative.cumulate(in, call, args, "cumprod"));
        b.addGroup("Math", "cummax", (in, call, args, names, rho) -> Cumulative.cumulate(in, call, args, "cummax"));
        b.addGroup("Math", "cummin", (in, call, args, names, rho) -> Cumulative.cumulate(in, call, args, "cummin"));

        complexPart(b, "Re", (re, im) -> re);
        complexPart(b, "Im", (re, im) -> im);
        complexPart(b, "Mod", Math::hypot);
        complexPart(b, "Arg", (re, im) -> Math.atan2(im, re));
        b.addGroup("Complex", "Conj", (in, call, args, names, rho) -> {
            Vector x = numericArg(in, call, args, "Conj");
            if (!(x instanceof ComplexVector)) return x;
            ComplexVector c = (ComplexVector) x;
            ComplexVector r = new ComplexVector(c.length());
            for (int i = 0; i < c.length(); i++) {
                if (c.isNA(i)) r.setNA(i); else r.set(i, c.re(i), -c.im(i));
            }
            return withAttributes(r, x);
        });
        b.add("atan2", "y, x", (in, call, a, rho) -> binary(in, call, a, "y", "x", Math::atan2));
        b.add("beta", "a, b", (in, call, a, rho) -> binary(in, call, a, "a", "b", SpecialFunctions::beta));
        b.add("lbeta", "a, b", (in, call, a, rho) -> binary(in, call, a, "a", "b", SpecialFunctions::lbeta));
        b.add("choose", "n, k", (in, call, a, rho) -> binary(in, call, a, "n", "k", (n, k) -> SpecialFunctions.choose(n, roundK(in, k))));
        b.add("lchoose", "n, k", (in, call, a, rho) -> binary(in, call, a, "n", "k", (n, k) -> SpecialFunctions.lchoose(n, roundK(in, k))));
        // psigamma(x, deriv = 0L) is an R closure (in distributions.R) over this kernel
        b.add(".psigamma", "x, deriv", (in, call, a, rho) -> {
            SEXP[] args = {a[0], a[1] == null ? IntVector.of(0) : a[1]};
            return binary(in, in.currentCall(), args, "x", "deriv", (x, d) -> {
                double n = Math.rint(d);
                if (n > 100) {
                    in.warning(in.currentCall(), "deriv = " + (long) n + " > 100 (= n_max)");
                    return Double.NaN;
                }
                if (n < 0) return Double.NaN;
                if (n == 0) return SpecialFunctions.digamma(x);
                if (n == 1) return SpecialFunctions.trigamma(x);
                return SpecialFunctions.polygamma(x, (int) n);
            });
        });
        b.markClosureLike("atan2", "beta", "lbeta", "choose", "lchoose");
    }

    /** Re, Im, Mod, Arg: a real part of each complex element (numbers count as complex with zero imaginary part). */
    private static void complexPart(Builtins b, String name, D2 f) {
        b.addGroup("Complex", name, (in, call, args, names, rho) -> {
            Vector x = numericArg(in, call, args, name);
            int n = x.length();
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                if (x instanceof ComplexVector) {
                    ComplexVector c = (ComplexVector) x;
                    r[i] = c.isNA(i) ? DoubleVector.NA : f.f(c.re(i), c.im(i));
                } else {
                    double d = Coercion.doubleAt(x, i, null);
                    r[i] = d != d ? d : f.f(d, 0);
                }
            }
            return withAttributes(new DoubleVector(r), x);
        });
    }

    private static double roundK(Interpreter in, double k) {
        if (Double.isNaN(k)) return k;
        double r = Math.rint(k);
        if (Math.abs(k - r) > 1e-7) {
            in.warning(in.currentCall(), "'k' (" + String.format("%.2f", k) + ") must be integer, rounded to " + (long) r);
        }
        return r;
    }

    private static void math(Builtins b, String name, DoubleUnaryOperator f) {
        b.addGroup("Math", name, (in, call, args, names, rho) -> {
            Vector x = numericArg(in, call, args, name);
            if (x instanceof ComplexVector) return applyComplex(in, call, (ComplexVector) x, name);
            return apply(in, call, x, f);
        });
    }

    /** A Math function of complex numbers; "unimplemented complex function" where GNU R has none. */
    static Vector applyComplex(Interpreter in, Call call, ComplexVector x, String name) {
        ComplexMath.Fn f = ComplexMath.of(name);
        if (f == null) throw in.error(call, "unimplemented complex function");
        int n = x.length();
        ComplexVector r = new ComplexVector(n);
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            if (x.isNA(i)) { r.setNA(i); continue; }
            double re = x.re(i), im = x.im(i);
            double[] z = f.apply(re, im);
            if ((z[0] != z[0] || z[1] != z[1]) && re == re && im == im) nan = true;
            r.set(i, z[0], z[1]);
        }
        if (nan) in.warning(call, "NaNs produced in function \"" + name + "\"");
        return withAttributes(r, x);
    }

    /** The one argument of a Math function; it must be numeric (or logical). */
    static Vector numericArg(Interpreter in, Call call, SEXP[] args, String name) {
        if (args.length != 1) {
            throw in.error(call, args.length + " argument" + (args.length == 1 ? "" : "s") + " passed to '" + name + "' which requires 1");
        }
        SEXP x = args[0];
        if (!(x instanceof DoubleVector || x instanceof IntVector || x instanceof LogicalVector || x instanceof ComplexVector)) {
            throw in.error(call, "non-numeric argument to mathematical function");
        }
        return (Vector) x;
    }

    /** Applies {@code f} element-wise to doubles, warning "NaNs produced" as GNU R does. */
    static Vector apply(Interpreter in, Call call, Vector x, DoubleUnaryOperator f) {
        if (x instanceof ComplexVector) throw in.error(call, "unimplemented complex function");
        int n = x.length();
        double[] r = new double[n];
        boolean nan = false;
        if (x instanceof DoubleVector) {
            double[] d = ((DoubleVector) x).values();
            for (int i = 0; i < n; i++) {
                double v = d[i];
                if (v != v) { r[i] = v; continue; }
                double y = f.applyAsDouble(v);
                if (y != y) nan = true;
                r[i] = y;
            }
        } else {
            for (int i = 0; i < n; i++) {
                int v = x instanceof IntVector ? ((IntVector) x).get(i) : ((LogicalVector) x).get(i);
                if (v == IntVector.NA) { r[i] = DoubleVector.NA; continue; }
                double y = f.applyAsDouble(v);
                if (y != y) nan = true;
                r[i] = y;
            }
        }
        if (nan) in.warning(call, "NaNs produced");
        return withAttributes(new DoubleVector(r), x);
    }

    private static Vector logBase(Interpreter in, Vector x, SEXP base) {
        double bv = Scalars.real(base);
        double lb = Math.log(bv);
        DoubleUnaryOperator f = bv == 10 ? Math::log10 : bv == 2 ? MathFunctions::log2 : v -> Math.log(v) / lb;
        return apply(in, in.currentCall(), x, f);
    }

    /** log(x, base) with a complex x or base: log(x) / log(base), both complex. */
    private static Vector logComplexBase(Interpreter in, Vector x, Vector base) {
        ComplexVector cx = (ComplexVector) Coercion.to(in, x, SexpType.COMPLEX);
        ComplexVector cb = (ComplexVector) Coercion.to(in, base, SexpType.COMPLEX);
        double[] lb = ComplexMath.log(cb.re(0), cb.im(0));
        int n = cx.length();
        ComplexVector r = new ComplexVector(n);
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            if (cx.isNA(i) || cb.isNA(0)) { r.setNA(i); continue; }
            double[] l = ComplexMath.log(cx.re(i), cx.im(i));
            double[] z = ComplexMath.divide(l[0], l[1], lb[0], lb[1]);
            if (z[0] != z[0] || z[1] != z[1]) nan = true;
            r.set(i, z[0], z[1]);
        }
        if (nan) in.warning(in.currentCall(), "NaNs produced in function \"log\"");
        return withAttributes(r, x);
    }

    private static final double LOG2E_HI = 1.4426950408889634, LOG2E_LO = 2.0355273740931033e-17;

    /**
     * log2 close to C's correctly rounded one: exact for powers of two; otherwise the binary
     * exponent is split off, the mantissa centred on 1, and its logarithm scaled by 1/ln 2 in
     * double-double so that only the natural logarithm's own rounding remains.
     */
    static double log2(double v) {
        if (!(v > 0) || Double.isInfinite(v) || Math.getExponent(v) < Double.MIN_EXPONENT) return Math.log(v) / Math.log(2);
        int e = Math.getExponent(v);
        double m = Math.scalb(v, -e); // in [1, 2)
        if (m > Math.sqrt(2)) {
            m /= 2;
            e++;
        }
        if (m == 1) return e;
        double l = Math.log(m);
        double hi = l * LOG2E_HI;
        double err = Math.fma(l, LOG2E_HI, -hi) + l * LOG2E_LO;
        double s = e + hi;
        return s + (err + ((e - s) + hi));
    }

    static Vector withAttributes(Vector r, Vector x) {
        if (x.hasAttributes()) r.copyAttributesFrom(x);
        return r;
    }

    interface D2 { double f(double a, double b); }

    /** A recycled two-argument numeric function (atan2, beta, choose ...), attributes from the longer argument. */
    private static SEXP binary(Interpreter in, Call call, SEXP[] a, String n1, String n2, D2 f) {
        SEXP x = Types.arg(in, a[0], n1), y = Types.arg(in, a[1], n2);
        for (SEXP v : new SEXP[] {x, y}) {
            if (!(v instanceof DoubleVector || v instanceof IntVector || v instanceof LogicalVector)) {
                throw in.errorInCurrentCall("non-numeric argument to mathematical function");
            }
        }
        Vector u = (Vector) x, v = (Vector) y;
        int nu = u.length(), nv = v.length();
        if (nu == 0 || nv == 0) return new DoubleVector(0);
        int n = Math.max(nu, nv);
        double[] r = new double[n];
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double p = Coercion.doubleAt(u, i % nu, null), q = Coercion.doubleAt(v, i % nv, null);
            if (DoubleVector.isNA(p) || DoubleVector.isNA(q)) { r[i] = DoubleVector.NA; continue; }
            double z = f.f(p, q);
            if (z != z && p == p && q == q) nan = true;
            r[i] = z;
        }
        if (n % nu != 0 || n % nv != 0) {
            in.warning(in.currentCall(), "longer object length is not a multiple of shorter object length");
        }
        if (nan) in.warning(in.currentCall(), "NaNs produced");
        DoubleVector res = new DoubleVector(r);
        Vector src = nu == n ? u : v;
        if (src.hasAttributes()) res.copyAttributesFrom(src);
        return res;
    }

    // ------------------------------------------------------------------ round, signif

    private static SEXP roundOrSignif(Interpreter in, Call call, SEXP[] a, boolean round) {
        String name = round ? "round" : "signif";
        if (a[0] == null) throw in.error(call, "argument \"x\" is missing, with no default");
        Vector x = numericArg(in, call, new SEXP[] {a[0]}, name);
        SEXP d = a[1];
        double[] digits;
        if (d == null) digits = new double[] {round ? 0 : 6};
        else {
            if (!(d instanceof DoubleVector || d instanceof IntVector || d instanceof LogicalVector)) {
                throw in.error(call, "non-numeric argument to mathematical function");
            }
            digits = ((DoubleVector) Coercion.to(in, d, SexpType.DOUBLE)).values();
            if (digits.length == 0) throw in.error(call, "invalid second argument of length 0");
        }
        int n = x.length();
        if (x instanceof ComplexVector) return roundComplex((ComplexVector) x, digits, round);
        if (n == 0) return withAttributes(new DoubleVector(0), x);
        int m = Math.max(n, digits.length);
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            double v = Coercion.doubleAt(x, i % n, null);
            double dg = digits[i % digits.length];
            if (Double.isNaN(v) || Double.isNaN(dg)) { r[i] = Double.isNaN(v) ? v : (DoubleVector.isNA(dg) ? DoubleVector.NA : dg); continue; }
            r[i] = round ? roundDigits(v, dg) : signifDigits(v, dg);
        }
        Vector res = new DoubleVector(r);
        if (m == n) withAttributes(res, x);
        return res;
    }

    /**
     * round() rounds both parts to the digits; signif() keeps the digits significant in the
     * larger part and rounds both parts to that many decimals.
     */
    private static Vector roundComplex(ComplexVector x, double[] digits, boolean round) {
        int n = x.length();
        if (n == 0) return withAttributes(new ComplexVector(0), x);
        int m = Math.max(n, digits.length);
        ComplexVector r = new ComplexVector(m);
        for (int i = 0; i < m; i++) {
            double re = x.re(i % n), im = x.im(i % n), dg = digits[i % digits.length];
            if (x.isNA(i % n) || Double.isNaN(dg)) { r.setNA(i); continue; }
            if (round) {
                r.set(i, roundDigits(re, dg), roundDigits(im, dg));
                continue;
            }
            double big = Math.max(Math.abs(re), Math.abs(im));
            int dig = (int) Math.floor(dg + 0.5);
            if (dig > 22 || big == 0 || !Double.isFinite(big)) { r.set(i, re, im); continue; }
            if (dig < 1) dig = 1;
            int decimals = dig - (int) Math.floor(Math.log10(big)) - 1;
            if (decimals > 306) {
                double p10 = 1e4;
                r.set(i, roundDigits(p10 * re, decimals - 4) / p10, roundDigits(p10 * im, decimals - 4) / p10);
            } else {
                r.set(i, roundDigits(re, decimals), roundDigits(im, decimals));
            }
        }
        if (m == n) withAttributes(r, x);
        return r;
    }

    /**
     * R 4.x round(x, d): of the two candidates with d decimals below and above x, the closer one
     * (measured in double arithmetic), ties going to the even last digit.
     */
    static double roundDigits(double x, double digits) {
        if (Double.isInfinite(x)) return x;
        if (digits > 323) return x;
        int d = (int) Math.floor(digits + 0.5);
        if (digits == Double.POSITIVE_INFINITY) return x;
        if (digits == Double.NEGATIVE_INFINITY) return 0;
        if (d == 0) return Math.rint(x);
        if (x < 0) return -roundDigits(-x, digits);
        if (x == 0) return x;
        if (d > 0) {
            double l10 = Math.log10(x);
            if (d + Math.floor(l10) > 15) return x;
            double p10 = Math.pow(10, d);
            double x10 = p10 * x;
            if (Double.isInfinite(x10)) return x;
            double i10 = Math.floor(x10);
            double xd = i10 / p10, xu = Math.ceil(x10) / p10;
            double dd = x - xd, du = xu - x;
            if (dd < du) return xd;
            if (du < dd) return xu;
            return i10 % 2 == 0 ? xd : xu;
        }
        double p10 = Math.pow(10, -d);
        double x10 = x / p10;
        double i10 = Math.floor(x10);
        double xd = i10 * p10, xu = Math.ceil(x10) * p10;
        double dd = x - xd, du = xu - x;
        if (dd < du) return xd;
        if (du < dd) return xu;
        return i10 % 2 == 0 ? xd : xu;
    }

    /** signif(x, d): d significant digits (at least 1, at most 22), the last one rounded half-even. */
    static double signifDigits(double x, double digits) {
        if (Double.isInfinite(x) || x == 0) return x;
        int dig = (int) Math.floor(digits + 0.5);
        if (digits > 22) dig = 22;
        if (dig < 1) dig = 1;
        double sgn = x < 0 ? -1 : 1;
        x = Math.abs(x);
        double l10 = Math.log10(x);
        int e10 = dig - 1 - (int) Math.floor(l10);
        if (Math.abs(l10) < 308 - 2) {
            double p10 = 1.0;
            if (e10 > 308) {
                p10 = Math.pow(10, e10 - 308);
                e10 = 308;
            }
            if (e10 > 0) {
                double pow10 = Math.pow(10, e10);
                return sgn * (Math.rint(x * pow10 * p10) / pow10) / p10;
            }
            double pow10 = Math.pow(10, -e10);
            return sgn * (Math.rint(x / pow10) * pow10);
        }
        // extreme magnitudes: go through decimal text
        return sgn * new java.math.BigDecimal(x).round(new java.math.MathContext(dig, java.math.RoundingMode.HALF_EVEN)).doubleValue();
    }
}
