package org.rlambda.nmath;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * e^x rounded the way the C library under GNU R rounds it (glibc 2.28+ on x86-64: 2^(k/128)
 * from a table of value and tail, a degree-5 polynomial for the remainder, evaluated with fused
 * multiply-adds), so that nmath's results come out bit for bit. Java's Math.exp differs from it
 * in a few cases per thousand.
 */
final class GlibcExp {
    private GlibcExp() { }

    private static final int N = 128;
    private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
    private static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
    private static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    private static final double SHIFT = 0x1.8p52;
    private static final double C2 = 0x1.ffffffffffdbdp-2, C3 = 0x1.555555555543cp-3,
        C4 = 0x1.55555cf172b91p-5, C5 = 0x1.1111167a4d017p-7;
    private static final long[] TAB = new long[2 * N];

    static {
        MathContext mc = new MathContext(50);
        BigDecimal ln2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680");
        for (int i = 0; i < N; i++) {
            // 2^(i/N) = e^(i ln2 / N) by its series
            BigDecimal y = ln2.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(N), mc);
            BigDecimal sum = BigDecimal.ONE, term = BigDecimal.ONE;
            for (int k = 1; k < 60; k++) {
                term = term.multiply(y, mc).divide(BigDecimal.valueOf(k), mc);
                sum = sum.add(term, mc);
            }
            double t = sum.doubleValue();
            double tail = sum.subtract(new BigDecimal(t), mc).divide(new BigDecimal(t), mc).doubleValue();
            TAB[2 * i] = Double.doubleToRawLongBits(tail);
            TAB[2 * i + 1] = Double.doubleToRawLongBits(t) - ((long) i << 45);
        }
    }

    private static int top12(double x) { return (int) (Double.doubleToRawLongBits(x) >>> 52); }

    static double exp(double x) {
        int abstop = top12(x) & 0x7ff;
        // unsigned comparisons, as the C code's uint32_t arithmetic
        if (Integer.compareUnsigned(abstop - top12(0x1p-54), top12(512.0) - top12(0x1p-54)) >= 0) {
            if (Integer.compareUnsigned(abstop - top12(0x1p-54), 0x80000000) >= 0) return 1.0 + x; // tiny
            if (abstop >= top12(1024.0)) {
                if (x == Double.NEGATIVE_INFINITY) return 0.0;
                if (abstop >= top12(Double.POSITIVE_INFINITY)) return 1.0 + x;
                return x < 0 ? Math.exp(x) : Double.POSITIVE_INFINITY;
            }
            abstop = 0; // large |x|: the scale may over- or underflow, handled below
        }
        double z = INV_LN2_N * x;
        double kd = z + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        int idx = (int) (2 * (ki % N < 0 ? ki % N + N : ki % N));
        long top = ki << (52 - 7);
        double tail = Double.longBitsToDouble(TAB[idx]);
        long sbits = TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        if (abstop == 0) return specialcase(tmp, sbits, ki);
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    private static double specialcase(double tmp, long sbits, long ki) {
        double scale, y;
        if ((ki & 0x80000000L) == 0) {
            sbits -= 1009L << 52;
            scale = Double.longBitsToDouble(sbits);
            return 0x1p1009 * Math.fma(scale, tmp, scale);
        }
        sbits += 1022L << 52;
        scale = Double.longBitsToDouble(sbits);
        double st = scale * tmp; // computed once in C (it is reused below), so not fused
        y = scale + st;
        if (y < 1.0) {
            double lo = scale - y + st;
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0) y = 0.0;
        }
        return 0x1p-1022 * y;
    }
}
