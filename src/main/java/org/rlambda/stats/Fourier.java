package org.rlambda.stats;

import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.Vector;

/**
 * fft, mvfft and nextn: the unnormalised discrete Fourier transform
 * y[h] = sum_k z[k] exp(-+2 pi i (k-1)(h-1)/n) of GNU R's src/library/stats/src/fourier.c, of
 * any length (mixed-radix decimation in time over the prime factors of n), along every
 * dimension of an array or down the columns of a matrix. The arithmetic differs from
 * Singleton's routine GNU R uses, so the last bits of a result may differ.
 */
public final class Fourier {
    private Fourier() { }

    public static void register(Builtins b) {
        b.add(".fft", "z, inverse, columns", (in, call, a, rho) -> {
            ComplexVector z = complex(in, a[0]);
            boolean inverse = Optim.integer(in, a[1]) == 1;
            boolean columns = Optim.integer(in, a[2]) == 1;
            int n = z.length();
            double[] re = z.reValues().clone(), im = z.imValues().clone();
            int[] dim = a[0] instanceof Vector ? ((Vector) a[0]).dim() : null;
            int sign = inverse ? 1 : -1;
            if (columns) {
                if (dim == null || dim.length != 2) throw in.errorInCurrentCall("vector-valued (multivariate) series required");
                transformAxis(re, im, new int[] {dim[0], dim[1]}, 0, sign);
            } else if (dim == null || dim.length == 1) {
                if (n > 1) transformAxis(re, im, new int[] {n}, 0, sign);
            } else {
                for (int ax = 0; ax < dim.length; ax++) if (dim[ax] > 1) transformAxis(re, im, dim, ax, sign);
            }
            ComplexVector r = new ComplexVector(re, im);
            r.copyAttributesFrom(a[0]);
            return r;
        });
        b.add(".nextn", "n, factors", (in, call, a, rho) -> {
            int[] n = Optim.ints(in, a[0]), f = Optim.ints(in, a[1]);
            if (f.length == 0) throw in.errorInCurrentCall("no factors");
            for (int v : f) if (v == IntVector.NA || v <= 1) throw in.errorInCurrentCall("invalid factors");
            int[] r = new int[n.length];
            for (int i = 0; i < n.length; i++) {
                if (n[i] == IntVector.NA) r[i] = IntVector.NA;
                else if (n[i] <= 1) r[i] = 1;
                else {
                    int m = n[i];
                    while (!smooth(m, f)) m++;
                    r[i] = m;
                }
            }
            return new IntVector(r);
        });
    }

    private static boolean smooth(int m, int[] f) {
        for (int v : f) while (m % v == 0) m /= v;
        return m == 1;
    }

    private static ComplexVector complex(Interpreter in, SEXP z) {
        if (!(z instanceof Vector) || !(z.type() == SexpType.LOGICAL || z.type() == SexpType.INTEGER
                || z.type() == SexpType.DOUBLE || z.type() == SexpType.COMPLEX)) {
            throw in.errorInCurrentCall("non-numeric argument");
        }
        return (ComplexVector) Coercion.to(in, z, SexpType.COMPLEX);
    }

    /** Transforms every line of the array along axis {@code ax}. */
    private static void transformAxis(double[] re, double[] im, int[] dim, int ax, int sign) {
        int n = dim[ax], stride = 1;
        for (int i = 0; i < ax; i++) stride *= dim[i];
        int total = 1;
        for (int d : dim) total *= d;
        double[] lr = new double[n], li = new double[n];
        int block = stride * n;
        for (int start = 0; start < total; start += block) {
            for (int off = 0; off < stride; off++) {
                int base = start + off;
                for (int k = 0; k < n; k++) {
                    lr[k] = re[base + k * stride];
                    li[k] = im[base + k * stride];
                }
                double[][] y = dft(lr, li, sign);
                for (int k = 0; k < n; k++) {
                    re[base + k * stride] = y[0][k];
                    im[base + k * stride] = y[1][k];
                }
            }
        }
    }

    static double[][] dft(double[] xr, double[] xi, int sign) {
        int n = xr.length;
        if (n == 1) return new double[][] {xr.clone(), xi.clone()};
        int p = smallestFactor(n), m = n / p;
        double[][][] sub = new double[p][][];
        for (int j = 0; j < p; j++) {
            double[] sr = new double[m], si = new double[m];
            for (int k = 0; k < m; k++) {
                sr[k] = xr[j + p * k];
                si[k] = xi[j + p * k];
            }
            sub[j] = m == 1 ? new double[][] {sr, si} : dft(sr, si, sign);
        }
        double[] yr = new double[n], yi = new double[n];
        for (int h = 0; h < n; h++) {
            int k = h % m;
            double sr = 0, si = 0;
            for (int j = 0; j < p; j++) {
                long e = ((long) j * h) % n;
                double c = cosTurn(e, n), s = sign * cosTurn((4 * e - n + 4L * n) % (4L * n), 4L * n);
                double ar = sub[j][0][k], ai = sub[j][1][k];
                sr += ar * c - ai * s;
                si += ar * s + ai * c;
            }
            yr[h] = sr;
            yi[h] = si;
        }
        return new double[][] {yr, yi};
    }

    private static final double R3 = Math.sqrt(0.75), R2 = Math.sqrt(0.5);

    /** cos(2 pi e / n), exact at multiples of 30 and 45 degrees (as the radix-2/3/4 butterflies are). */
    static double cosTurn(long e, long n) {
        e %= n;
        if ((12 * e) % n == 0) {
            switch ((int) (12 * e / n)) {
                case 0: return 1;
                case 1: case 11: return R3;
                case 2: case 10: return 0.5;
                case 3: case 9: return 0;
                case 4: case 8: return -0.5;
                case 5: case 7: return -R3;
                default: return -1;
            }
        }
        if ((8 * e) % n == 0) {
            int q = (int) (8 * e / n);
            return q == 1 || q == 7 ? R2 : -R2;
        }
        return Math.cos(2 * Math.PI * e / n);
    }

    private static int smallestFactor(int n) {
        if (n % 4 == 0) return 4;
        for (int p = 2; (long) p * p <= n; p++) if (n % p == 0) return p;
        return n;
    }
}
