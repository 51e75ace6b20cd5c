package org.rlambda.nmath;

/**
 * Unevaluated sums hi + lo of two doubles (about 106 significant bits), used to evaluate the
 * logarithm of an emulated long double ({@link LongDouble#log}) more accurately than logl needs.
 */
final class DoubleDouble {
    final double hi;
    final double lo;

    DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    private static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return quick(s, err);
    }

    private static DoubleDouble quick(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    DoubleDouble add(DoubleDouble o) {
        DoubleDouble s = twoSum(hi, o.hi);
        DoubleDouble t = twoSum(lo, o.lo);
        DoubleDouble u = quick(s.hi, s.lo + t.hi);
        return quick(u.hi, u.lo + t.lo);
    }

    DoubleDouble negate() { return new DoubleDouble(-hi, -lo); }

    DoubleDouble mul(DoubleDouble o) {
        double p = hi * o.hi;
        double e = Math.fma(hi, o.hi, -p);
        e += hi * o.lo + lo * o.hi;
        return quick(p, e);
    }

    DoubleDouble div(DoubleDouble o) {
        double q1 = hi / o.hi;
        DoubleDouble r = add(o.mul(new DoubleDouble(q1, 0)).negate());
        double q2 = r.hi / o.hi;
        r = r.add(o.mul(new DoubleDouble(q2, 0)).negate());
        double q3 = r.hi / o.hi;
        DoubleDouble q = quick(q1, q2);
        return q.add(new DoubleDouble(q3, 0));
    }

    private static final DoubleDouble LN2 = new DoubleDouble(0.6931471805599453, 2.3190468138462996e-17);
    private static final double SQRT2 = 1.4142135623730951;

    /** log(hi + lo) for a positive finite value. */
    DoubleDouble log() {
        int e = Math.getExponent(hi);
        double scale = Math.scalb(1.0, -e);
        return new DoubleDouble(hi * scale, lo * scale).logWithExponent(e);
    }

    /** log((hi + lo) * 2^e) for hi + lo in [1, 2). */
    DoubleDouble logWithExponent(int e) {
        double m = hi, ml = lo;
        if (m > SQRT2) {
            m *= 0.5;
            ml *= 0.5;
            e++;
        }
        DoubleDouble num = twoSum(m - 1, ml);
        DoubleDouble den = twoSum(m, 1).add(new DoubleDouble(ml, 0));
        DoubleDouble s = num.div(den);
        DoubleDouble s2 = s.mul(s);
        DoubleDouble sum = s, t = s;
        for (int k = 1; k < 60; k++) {
            t = t.mul(s2);
            DoubleDouble term = t.div(new DoubleDouble(2 * k + 1, 0));
            sum = sum.add(term);
            if (Math.abs(term.hi) < 1e-34 * Math.abs(sum.hi)) break;
        }
        DoubleDouble r = sum.add(sum);
        return r.add(LN2.mul(new DoubleDouble(e, 0)));
    }

    /** exp(hi + lo) for a finite argument whose result is a normal double (or nearly). */
    DoubleDouble exp() {
        double n = Math.rint(hi / LN2.hi);
        DoubleDouble r = add(LN2.mul(new DoubleDouble(n, 0)).negate());
        // exp(r) = (exp(r / 2^8))^(2^8), the inner by Taylor series
        final int k = 8;
        DoubleDouble x = new DoubleDouble(Math.scalb(r.hi, -k), Math.scalb(r.lo, -k));
        DoubleDouble sum = new DoubleDouble(1, 0), term = new DoubleDouble(1, 0);
        for (int i = 1; i < 30; i++) {
            term = term.mul(x).div(new DoubleDouble(i, 0));
            sum = sum.add(term);
            if (Math.abs(term.hi) < 1e-36) break;
        }
        for (int i = 0; i < k; i++) sum = sum.mul(sum);
        return new DoubleDouble(Math.scalb(sum.hi, (int) n), Math.scalb(sum.lo, (int) n));
    }
}
