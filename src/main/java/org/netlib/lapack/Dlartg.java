package org.netlib.lapack;

import org.netlib.util.doubleW;

/**
 * Plane rotation as reference LAPACK 3.10+ computes it (la_xlartg, Anderson's safe scaling):
 * r takes the sign of f and c is never negative. This class replaces the LAPACK 3.1 version
 * in the f2j build we depend on (same class name, found first on the class path), so that the
 * signs of singular and eigenvectors agree with GNU R linked to LAPACK 3.11.
 */
public final class Dlartg {
    private Dlartg() { }

    private static final double SAFMIN = 0x1p-1022, SAFMAX = 0x1p1022;
    private static final double RTMIN = Math.sqrt(SAFMIN), RTMAX = Math.sqrt(SAFMAX / 2);

    public static void dlartg(double f, double g, doubleW c, doubleW s, doubleW r) {
        double f1 = Math.abs(f), g1 = Math.abs(g);
        if (g == 0) {
            c.val = 1;
            s.val = 0;
            r.val = f;
        } else if (f == 0) {
            c.val = 0;
            s.val = Math.copySign(1.0, g);
            r.val = g1;
        } else if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
            double d = Math.sqrt(f * f + g * g);
            c.val = f1 / d;
            r.val = Math.copySign(d, f);
            s.val = g / r.val;
        } else {
            double u = Math.min(SAFMAX, Math.max(SAFMIN, Math.max(f1, g1)));
            double fs = f / u, gs = g / u;
            double d = Math.sqrt(fs * fs + gs * gs);
            c.val = Math.abs(fs) / d;
            double rr = Math.copySign(d, f);
            s.val = gs / rr;
            r.val = rr * u;
        }
    }
}
