package org.rlambda.linalg;

import org.netlib.lapack.Dgecon;
import org.netlib.lapack.Dgeev;
import org.netlib.lapack.Dgeqp3;
import org.netlib.lapack.Dgesdd;
import org.netlib.lapack.Dgetrf;
import org.netlib.lapack.Dlange;
import org.netlib.lapack.Dormqr;
import org.netlib.lapack.Dpotri;
import org.netlib.lapack.Dsyevr;
import org.netlib.lapack.Dtrcon;
import org.netlib.lapack.Dtrtrs;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * The LAPACK drivers GNU R's src/modules/lapack/Lapack.c calls, on the f2j (pure Java) build
 * of reference LAPACK, with the workspace queries done here. Each returns LAPACK's info.
 * That build is the Java backend of dev.ludovic.netlib:lapack; we call it directly because
 * that library's wrapper classes (about 800 KB) cost a cold JVM some 0.15 s CPU to load.
 */
public final class Lapack {
    private Lapack() { }

    /** dgesv: our {@link LU} (same factors as LAPACK 3.11, faster than the f2j code). */
    public static int dgesv(int n, int nrhs, double[] a, int[] ipiv, double[] b) {
        int info = LU.factor(a, n, ipiv);
        if (info == 0) LU.solve(a, n, ipiv, b, nrhs);
        return info;
    }

    public static int dgetrf(int m, int n, double[] a, int[] ipiv) {
        if (m == n) return LU.factor(a, n, ipiv);
        intW info = new intW(0);
        Dgetrf.dgetrf(m, n, a, 0, Math.max(1, m), ipiv, 0, info);
        return info.val;
    }

    public static double dlange(char norm, int m, int n, double[] a) {
        return Dlange.dlange(String.valueOf(norm), m, n, a, 0, Math.max(1, m), new double[Math.max(1, m)], 0);
    }

    /** Reciprocal condition number of an LU factorization (rcond[0] receives it). */
    public static int dgecon(char norm, int n, double[] lu, double anorm, double[] rcond) {
        intW info = new intW(0);
        doubleW rc = new doubleW(0);
        Dgecon.dgecon(String.valueOf(norm), n, lu, 0, Math.max(1, n), anorm, rc, new double[4 * Math.max(1, n)], 0, new int[Math.max(1, n)], 0, info);
        rcond[0] = rc.val;
        return info.val;
    }

    public static int dtrcon(char norm, int n, double[] a, double[] rcond) {
        intW info = new intW(0);
        doubleW rc = new doubleW(0);
        Dtrcon.dtrcon(String.valueOf(norm), "U", "N", n, a, 0, Math.max(1, n), rc, new double[3 * Math.max(1, n)], 0, new int[Math.max(1, n)], 0, info);
        rcond[0] = rc.val;
        return info.val;
    }

    public static int dpotri(int n, double[] a) {
        intW info = new intW(0);
        Dpotri.dpotri("U", n, a, 0, Math.max(1, n), info);
        return info.val;
    }

    /** dgeqp3 with jpvt all free (0): jpvt receives the 1-based pivot. */
    public static int dgeqp3(int m, int n, double[] a, int[] jpvt, double[] tau) {
        intW info = new intW(0);
        double[] q = new double[1];
        Dgeqp3.dgeqp3(m, n, a, 0, Math.max(1, m), jpvt, 0, tau, 0, q, 0, -1, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]);
        Dgeqp3.dgeqp3(m, n, a, 0, Math.max(1, m), jpvt, 0, tau, 0, new double[lwork], 0, lwork, info);
        return info.val;
    }

    /** B := Q B or Q' B for Q of a dgeqp3 result (n x k reflectors), B n x nrhs. */
    public static int dormqr(boolean transpose, int n, int nrhs, int k, double[] qr, double[] tau, double[] b) {
        intW info = new intW(0);
        double[] q = new double[1];
        String t = transpose ? "T" : "N";
        Dormqr.dormqr("L", t, n, nrhs, k, qr, 0, Math.max(1, n), tau, 0, b, 0, Math.max(1, n), q, 0, -1, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]);
        Dormqr.dormqr("L", t, n, nrhs, k, qr, 0, Math.max(1, n), tau, 0, b, 0, Math.max(1, n), new double[lwork], 0, lwork, info);
        return info.val;
    }

    public static int dtrtrs(int n, int k, int nrhs, double[] a, double[] b) {
        intW info = new intW(0);
        Dtrtrs.dtrtrs("U", "N", "N", k, nrhs, a, 0, Math.max(1, n), b, 0, Math.max(1, n), info);
        return info.val;
    }

    /** dgesdd; u is ldu x ?, vt is ldvt x p. */
    public static int dgesdd(char jobz, int n, int p, double[] x, double[] s, double[] u, int ldu, double[] vt, int ldvt) {
        intW info = new intW(0);
        double[] q = new double[1];
        int[] iwork = new int[8 * Math.max(1, Math.min(n, p))];
        String j = String.valueOf(jobz);
        Dgesdd.dgesdd(j, n, p, x, 0, Math.max(1, n), s, 0, u, 0, ldu, vt, 0, ldvt, q, 0, -1, iwork, 0, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]);
        Dgesdd.dgesdd(j, n, p, x, 0, Math.max(1, n), s, 0, u, 0, ldu, vt, 0, ldvt, new double[lwork], 0, lwork, iwork, 0, info);
        return info.val;
    }

    /** dsyevr, all eigenvalues (ascending) and, when z is not null, vectors, from the lower triangle. */
    public static int dsyevr(int n, double[] a, double[] w, double[] z) {
        intW info = new intW(0), m = new intW(0);
        double[] q = new double[1];
        int[] iq = new int[1];
        String jobz = z == null ? "N" : "V";
        double[] zz = z == null ? new double[Math.max(1, n * n)] : z;
        int[] isuppz = new int[2 * Math.max(1, n)];
        Dsyevr.dsyevr(jobz, "A", "L", n, a, 0, Math.max(1, n), 0, 0, 0, 0, 0, m, w, 0, zz, 0, Math.max(1, n), isuppz, 0, q, 0, -1, iq, 0, -1, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]), liwork = Math.max(1, iq[0]);
        Dsyevr.dsyevr(jobz, "A", "L", n, a, 0, Math.max(1, n), 0, 0, 0, 0, 0, m, w, 0, zz, 0, Math.max(1, n), isuppz, 0,
                new double[lwork], 0, lwork, new int[liwork], 0, liwork, info);
        return info.val;
    }

    /** dgeev with right vectors (vr not null) or values only. */
    public static int dgeev(int n, double[] a, double[] wr, double[] wi, double[] vr) {
        intW info = new intW(0);
        double[] q = new double[1];
        String jobvr = vr == null ? "N" : "V";
        double[] vl = new double[1], v = vr == null ? new double[Math.max(1, n * n)] : vr;
        Dgeev.dgeev("N", jobvr, n, a, 0, Math.max(1, n), wr, 0, wi, 0, vl, 0, Math.max(1, n), v, 0, Math.max(1, n), q, 0, -1, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]);
        Dgeev.dgeev("N", jobvr, n, a, 0, Math.max(1, n), wr, 0, wi, 0, vl, 0, Math.max(1, n), v, 0, Math.max(1, n), new double[lwork], 0, lwork, info);
        return info.val;
    }
}
