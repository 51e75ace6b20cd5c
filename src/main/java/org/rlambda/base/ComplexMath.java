package org.rlambda.base;

/**
 * Elementary functions of a complex argument for the Math group (sqrt, exp, log, the
 * trigonometric and hyperbolic functions and their inverses), following the C99 complex
 * library GNU R calls: principal branches, and the inverse functions by the stable
 * Abramowitz and Stegun formulas. Each function returns {re, im}.
 */
final class ComplexMath {
    private ComplexMath() { }

    interface Fn { double[] apply(double re, double im); }

    /** The function called name, or null when GNU R has no complex version of it. */
    static Fn of(String name) {
        switch (name) {
            case "sqrt": return ComplexMath::sqrt;
            case "exp": return ComplexMath::exp;
            case "log": return ComplexMath::log;
            case "log10": return (x, y) -> { double[] l = log(x, y); return divide(l[0], l[1], Math.log(10), 0); };
            case "log2": return (x, y) -> { double[] l = log(x, y); return divide(l[0], l[1], Math.log(2), 0); };
            case "sin": return ComplexMath::sin;
            case "cos": return ComplexMath::cos;
            case "tan": return ComplexMath::tan;
            case "asin": return ComplexMath::asin;
            case "acos": return ComplexMath::acos;
            case "atan": return ComplexMath::atan;
            case "sinh": return (x, y) -> new double[] {Math.sinh(x) * Math.cos(y), Math.cosh(x) * Math.sin(y)};
            case "cosh": return (x, y) -> new double[] {Math.cosh(x) * Math.cos(y), Math.sinh(x) * Math.sin(y)};
            // GNU R's own definitions through i, multiplied out in full (0 * Inf gives NaN parts)
            case "tanh": return (x, y) -> { double[] t = times(x, y, 0, 1); t = tan(t[0], t[1]); return times(-0.0, -1, t[0], t[1]); };
            case "asinh": return (x, y) -> { double[] t = times(x, y, 0, 1); t = asin(t[0], t[1]); return times(-0.0, -1, t[0], t[1]); };
            case "atanh": return (x, y) -> { double[] t = times(x, y, 0, 1); t = atan(t[0], t[1]); return times(-0.0, -1, t[0], t[1]); };
            case "acosh": return (x, y) -> { double[] t = acos(x, y); return times(t[0], t[1], 0, 1); };
            default: return null;
        }
    }

    /** (a + bi)(c + di) multiplied out as C does, without special cases for infinities. */
    static double[] times(double a, double b, double c, double d) {
        return new double[] {a * c - b * d, a * d + b * c};
    }

    static double[] sqrt(double x, double y) {
        if (x == 0 && y == 0) return new double[] {0, y};
        if (Double.isInfinite(y)) return new double[] {Double.POSITIVE_INFINITY, y};
        double t = Math.sqrt((Math.abs(x) + Math.hypot(x, y)) / 2);
        if (x >= 0) return new double[] {t, y / (2 * t)};
        return new double[] {Math.abs(y) / (2 * t), Math.copySign(t, y)};
    }

    static double[] exp(double x, double y) {
        double e = Math.exp(x);
        if (y == 0) return new double[] {e, y};
        return new double[] {e * Math.cos(y), e * Math.sin(y)};
    }

    static double[] log(double x, double y) {
        return new double[] {Math.log(Math.hypot(x, y)), Math.atan2(y, x)};
    }

    static double[] sin(double x, double y) {
        return new double[] {Math.sin(x) * Math.cosh(y), Math.cos(x) * Math.sinh(y)};
    }

    static double[] cos(double x, double y) {
        return new double[] {Math.cos(x) * Math.cosh(y), -Math.sin(x) * Math.sinh(y)};
    }

    static double[] tan(double x, double y) {
        double x2 = 2 * x, y2 = 2 * y;
        double den = Math.cos(x2) + Math.cosh(y2);
        double re = Math.sin(x2) / den;
        // for a large imaginary part sinh/cosh overflow: the quotient tends to +-1
        double im = Math.abs(y) > 20 ? Math.signum(y) : Math.sinh(y2) / den;
        if (Double.isInfinite(den)) re = 0;
        return new double[] {re, im};
    }

    static double[] asin(double x, double y) {
        if (y == 0 && Math.abs(x) <= 1) return new double[] {Math.asin(x), y};
        if (Math.hypot(x, y) < 1e-4) {
            // z + z^3/6 + 3z^5/40: the closed form below cancels badly near zero
            double[] z2 = times(x, y, x, y), z3 = times(z2[0], z2[1], x, y), z5 = times(z3[0], z3[1], z2[0], z2[1]);
            return new double[] {x + z3[0] / 6 + 3 * z5[0] / 40, y + z3[1] / 6 + 3 * z5[1] / 40};
        }
        double t1 = 0.5 * Math.hypot(x + 1, y), t2 = 0.5 * Math.hypot(x - 1, y);
        double alpha = t1 + t2;
        double ri = Math.log(alpha + Math.sqrt(alpha * alpha - 1));
        // the branch cut: below the real axis, or on it to the right of 1, takes the other sign
        if (y < 0 || (y == 0 && x > 1)) ri = -ri;
        return new double[] {Math.asin(t1 - t2), ri};
    }

    static double[] acos(double x, double y) {
        double[] a = asin(x, y);
        return new double[] {Math.PI / 2 - a[0], -a[1]};
    }

    static double[] atan(double x, double y) {
        if (x == 0 && Math.abs(y) > 1) {
            double rr = y > 0 ? Math.PI / 2 : -Math.PI / 2;
            double ri = 0.25 * Math.log(((y + 1) * (y + 1)) / ((y - 1) * (y - 1)));
            return new double[] {rr, ri};
        }
        if (Math.hypot(x, y) < 1e-4) {
            // z - z^3/3 + z^5/5
            double[] z2 = times(x, y, x, y), z3 = times(z2[0], z2[1], x, y), z5 = times(z3[0], z3[1], z2[0], z2[1]);
            return new double[] {x - z3[0] / 3 + z5[0] / 5, y - z3[1] / 3 + z5[1] / 5};
        }
        double rr = 0.5 * Math.atan2(2 * x, 1 - x * x - y * y);
        double ri = 0.25 * Math.log((x * x + (y + 1) * (y + 1)) / (x * x + (y - 1) * (y - 1)));
        return new double[] {rr, ri};
    }

    /** a / b by Smith's scaling, as GNU R divides complex numbers. */
    static double[] divide(double ar, double ai, double br, double bi) {
        if (Math.abs(bi) <= Math.abs(br)) {
            double ratio = bi / br, den = br * (1 + ratio * ratio);
            return new double[] {(ar + ai * ratio) / den, (ai - ar * ratio) / den};
        }
        double ratio = br / bi, den = bi * (1 + ratio * ratio);
        return new double[] {(ar * ratio + ai) / den, (ai * ratio - ar) / den};
    }
}
