package org.rlambda.nmath;

import java.math.BigInteger;
import org.rlambda.sexp.DoubleVector;

/**
 * The x87 80-bit extended format that GNU R's C code uses as {@code long double} (64-bit
 * significand, round to nearest even), emulated exactly so that variances, covariances and
 * correlations accumulate with the very roundings GNU R performs. Immutable.
 *
 * <p>A finite non-zero value is {@code mant * 2^(exp - 63)} with the top bit of the unsigned
 * {@code mant} set, i.e. it lies in [2^exp, 2^(exp+1)). The exponent is an int: the emulated
 * range is wider than x87's, which only matters far beyond what doubles can feed it.
 */
public final class LongDouble {
    private static final int FINITE = 0, ZERO = 1, INF = 2, NAN = 3;
    private static final long TOP = 0x8000000000000000L;

    public static final LongDouble ZERO_VALUE = new LongDouble(ZERO, false, 0, 0, 0);

    private final int kind;
    private final boolean neg;
    private final long mant;
    private final int exp;
    private final double nan; // the NaN payload (NA or NaN) when kind == NAN

    private LongDouble(int kind, boolean neg, long mant, int exp, double nan) {
        this.kind = kind;
        this.neg = neg;
        this.mant = mant;
        this.exp = exp;
        this.nan = nan;
    }

    private static LongDouble finite(boolean neg, long mant, int exp) { return new LongDouble(FINITE, neg, mant, exp, 0); }

    private static LongDouble nan(double payload) { return new LongDouble(NAN, false, 0, 0, payload); }

    private static LongDouble inf(boolean neg) { return new LongDouble(INF, neg, 0, 0, 0); }

    public static LongDouble of(double d) {
        if (d != d) return nan(d);
        if (d == 0) return new LongDouble(ZERO, 1 / d < 0, 0, 0, 0);
        if (Double.isInfinite(d)) return inf(d < 0);
        long bits = Double.doubleToRawLongBits(d);
        boolean neg = bits < 0;
        int be = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        if (be == 0) { // subnormal
            int lz = Long.numberOfLeadingZeros(frac);
            return finite(neg, frac << lz, -1074 + 63 - lz);
        }
        return finite(neg, ((1L << 52) | frac) << 11, be - 1023);
    }

    public static LongDouble of(long n) { return of((double) n); }

    /** GNU R's mean of doubles: a long double sum divided by n, then one corrective pass. */
    public static double mean(double[] x) {
        LongDouble n = of((double) x.length);
        LongDouble s = ZERO_VALUE;
        for (double d : x) s = s.add(of(d));
        s = s.divide(n);
        if (Double.isFinite(s.toDouble())) {
            LongDouble t = ZERO_VALUE;
            for (double d : x) t = t.add(of(d).subtract(s));
            s = s.add(t.divide(n));
        }
        return s.toDouble();
    }

    public boolean isFinite() { return kind == FINITE || kind == ZERO; }

    public boolean isZero() { return kind == ZERO; }

    /** Rounded to the nearest double (ties to even). */
    public double toDouble() {
        switch (kind) {
            case ZERO: return neg ? -0.0 : 0.0;
            case INF: return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case NAN: return nan;
            default: break;
        }
        long m = mant >>> 11;
        long r = mant & 0x7FF;
        int e = exp;
        if (r > 0x400 || (r == 0x400 && (m & 1) == 1)) {
            m++;
            if (m == (1L << 53)) {
                m = 1L << 52;
                e++;
            }
        }
        double v = Math.scalb((double) m, e - 52);
        return neg ? -v : v;
    }

    public LongDouble negate() {
        if (kind == NAN) return this;
        return new LongDouble(kind, !neg, mant, exp, nan);
    }

    private static LongDouble nanOf(LongDouble a, LongDouble b) {
        double pa = a.kind == NAN ? a.nan : 0, pb = b.kind == NAN ? b.nan : 0;
        if (a.kind == NAN && DoubleVector.isNA(pa)) return a;
        if (b.kind == NAN && DoubleVector.isNA(pb)) return b;
        return a.kind == NAN ? a : b;
    }

    public LongDouble add(LongDouble b) {
        LongDouble a = this;
        if (a.kind == NAN || b.kind == NAN) return nanOf(a, b);
        if (a.kind == INF || b.kind == INF) {
            if (a.kind == INF && b.kind == INF && a.neg != b.neg) return nan(Double.NaN);
            return a.kind == INF ? a : b;
        }
        if (a.kind == ZERO) return b.kind == ZERO ? (a.neg && b.neg ? a : ZERO_VALUE) : b;
        if (b.kind == ZERO) return a;
        // a: the larger magnitude
        if (a.exp < b.exp || (a.exp == b.exp && Long.compareUnsigned(a.mant, b.mant) < 0)) {
            LongDouble t = a;
            a = b;
            b = t;
        }
        int d = a.exp - b.exp;
        long hi = a.mant, lo = 0;
        long bhi, blo;
        boolean sticky = false;
        if (d == 0) {
            bhi = b.mant;
            blo = 0;
        } else if (d < 64) {
            bhi = b.mant >>> d;
            blo = b.mant << (64 - d);
        } else if (d == 64) {
            bhi = 0;
            blo = b.mant;
        } else if (d < 128) {
            bhi = 0;
            blo = b.mant >>> (d - 64);
            sticky = (b.mant << (128 - d)) != 0;
        } else {
            bhi = 0;
            blo = 0;
            sticky = true;
        }
        int e2 = a.exp - 127;
        if (a.neg == b.neg) {
            long nlo = lo + blo;
            long carry = Long.compareUnsigned(nlo, lo) < 0 ? 1 : 0;
            long nhi = hi + bhi + carry;
            boolean overflow = Long.compareUnsigned(nhi, hi) < 0 || (carry == 1 && nhi == hi);
            if (overflow) {
                sticky |= (nlo & 1) != 0;
                nlo = (nlo >>> 1) | (nhi << 63);
                nhi = (nhi >>> 1) | TOP;
                e2++;
            }
            return round128(a.neg, nhi, nlo, sticky, e2);
        }
        long nlo = lo - blo;
        long borrow = Long.compareUnsigned(lo, blo) < 0 ? 1 : 0;
        long nhi = hi - bhi - borrow;
        if (sticky) { // the exact difference is a little below nhi:nlo
            long b2 = nlo == 0 ? 1 : 0;
            nlo -= 1;
            nhi -= b2;
        }
        if (nhi == 0 && nlo == 0 && !sticky) return ZERO_VALUE;
        return round128(a.neg, nhi, nlo, sticky, e2);
    }

    public LongDouble subtract(LongDouble b) { return add(b.negate()); }

    public LongDouble multiply(LongDouble b) {
        LongDouble a = this;
        if (a.kind == NAN || b.kind == NAN) return nanOf(a, b);
        boolean neg = a.neg != b.neg;
        if (a.kind == INF || b.kind == INF) {
            if (a.kind == ZERO || b.kind == ZERO) return nan(Double.NaN);
            return inf(neg);
        }
        if (a.kind == ZERO || b.kind == ZERO) return new LongDouble(ZERO, neg, 0, 0, 0);
        long hi = unsignedMultiplyHigh(a.mant, b.mant);
        long lo = a.mant * b.mant;
        return round128(neg, hi, lo, false, a.exp + b.exp - 126);
    }

    public LongDouble divide(LongDouble b) {
        LongDouble a = this;
        if (a.kind == NAN || b.kind == NAN) return nanOf(a, b);
        boolean neg = a.neg != b.neg;
        if (a.kind == INF) return b.kind == INF ? nan(Double.NaN) : inf(neg);
        if (b.kind == INF) return new LongDouble(ZERO, neg, 0, 0, 0);
        if (b.kind == ZERO) return a.kind == ZERO ? nan(Double.NaN) : inf(neg);
        if (a.kind == ZERO) return new LongDouble(ZERO, neg, 0, 0, 0);
        BigInteger num = unsigned(a.mant).shiftLeft(127);
        BigInteger[] qr = num.divideAndRemainder(unsigned(b.mant));
        BigInteger q = qr[0];
        return round128(neg, q.shiftRight(64).longValue(), q.longValue(), qr[1].signum() != 0, a.exp - b.exp - 127);
    }

    public LongDouble sqrt() {
        if (kind == NAN || kind == ZERO) return this;
        if (neg) return nan(Double.NaN);
        if (kind == INF) return this;
        int e = exp - 63; // value = mant * 2^e
        int shift = 128 + ((e & 1) != 0 ? 1 : 0); // keep the exponent of the scaled integer even
        BigInteger m = unsigned(mant).shiftLeft(shift);
        BigInteger r = m.sqrt();
        boolean sticky = !r.multiply(r).equals(m);
        return round128(false, r.shiftRight(64).longValue(), r.longValue(), sticky, (e - shift) / 2);
    }

    /** Rounds the unsigned 128-bit magnitude hi:lo (times 2^e2, plus a sticky bit below) to 64 bits. */
    private static LongDouble round128(boolean neg, long hi, long lo, boolean sticky, int e2) {
        if (hi == 0 && lo == 0) return new LongDouble(ZERO, neg, 0, 0, 0);
        int lz = hi != 0 ? Long.numberOfLeadingZeros(hi) : 64 + Long.numberOfLeadingZeros(lo);
        if (lz >= 64) {
            hi = lo << (lz - 64);
            lo = 0;
        } else if (lz > 0) {
            hi = (hi << lz) | (lo >>> (64 - lz));
            lo <<= lz;
        }
        e2 -= lz;
        boolean up = Long.compareUnsigned(lo, TOP) > 0 || (lo == TOP && (sticky || (hi & 1) != 0));
        if (up) {
            hi++;
            if (hi == 0) {
                hi = TOP;
                e2++;
            }
        }
        return finite(neg, hi, e2 + 127);
    }

    private static long unsignedMultiplyHigh(long x, long y) {
        long h = Math.multiplyHigh(x, y);
        return h + ((x >> 63) & y) + ((y >> 63) & x);
    }

    private static BigInteger unsigned(long v) {
        BigInteger b = BigInteger.valueOf(v & Long.MAX_VALUE);
        return v < 0 ? b.setBit(63) : b;
    }

    /** logl: the natural logarithm, correctly rounded to the 64-bit significand in all but rare ties. */
    public LongDouble log() {
        if (kind == NAN) return this;
        if (kind == ZERO) return inf(true);
        if (neg) return nan(Double.NaN);
        if (kind == INF) return this;
        // this = mant * 2^(exp - 63): the significand as a double-double in [1, 2), then add exp * log(2)
        double hi = (double) (mant >>> 11) / 0x1p52;
        double lo = (double) (mant & 0x7FF) / 0x1p63;
        DoubleDouble r = new DoubleDouble(hi, 0).add(new DoubleDouble(lo, 0)).logWithExponent(exp);
        return of(r.hi).add(of(r.lo));
    }

    /** expl: e to this power (finite results in the double range). */
    public LongDouble exp() {
        if (kind == NAN) return this;
        if (kind == ZERO) return of(1.0);
        if (kind == INF) return neg ? ZERO_VALUE : this;
        double hi = toDouble();
        if (hi > 709.8) return inf(false);
        if (hi < -745.2) return ZERO_VALUE;
        double lo = subtract(of(hi)).toDouble();
        DoubleDouble r = new DoubleDouble(hi, lo).exp();
        return of(r.hi).add(of(r.lo));
    }

    /** log1pl(this). */
    public LongDouble log1p() {
        if (kind == ZERO) return this;
        LongDouble one = of(1.0);
        LongDouble s = add(one);
        if (s.kind != FINITE) return s.log();
        // 1 + x rounds; recover its error so that small x keep their digits
        double hi = s.toDouble();
        double lo = s.subtract(of(hi)).toDouble();
        double err = subtract(s.subtract(one)).toDouble();
        DoubleDouble r = new DoubleDouble(hi, lo).add(new DoubleDouble(err, 0)).log();
        return of(r.hi).add(of(r.lo));
    }

    /** The sign of this - b (0 when equal; NaN compares as 0). */
    public int compare(LongDouble b) {
        LongDouble d = subtract(b);
        if (d.kind == ZERO || d.kind == NAN) return 0;
        return d.neg ? -1 : 1;
    }

    public LongDouble add(double b) { return add(of(b)); }

    public LongDouble subtract(double b) { return add(of(b).negate()); }

    public LongDouble multiply(double b) { return multiply(of(b)); }

    public LongDouble divide(double b) { return divide(of(b)); }

    @Override
    public String toString() { return kind == FINITE ? (neg ? "-" : "") + Long.toUnsignedString(mant) + "p" + (exp - 63) : Double.toString(toDouble()); }
}
