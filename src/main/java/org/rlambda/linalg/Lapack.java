package org.rlambda.linalg;

import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * The LAPACK drivers GNU R's src/modules/lapack/Lapack.c calls, on the pure-Java build of
 * reference LAPACK (dev.ludovic.netlib's f2j backend, never a native library), with the
 * workspace queries done here. Each returns LAPACK's info.
 */
public final class Lapack {
    private Lapack() { }

    private static LAPACK lapack() { return Holder.L; }

    private static final class Holder {
        static final LAPACK L = JavaLAPACK.getInstance();
    }

    public static int dgesv(int n, int nrhs, double[] a, int[] ipiv, double[] b) {
        intW info = new intW(0);
        lapack().dgesv(n, nrhs, a, Math.max(1, n), ipiv, b, Math.max(1, n), info);
        return info.val;
    }

    public static int dgetrf(int m, int n, double[] a, int[] ipiv) {
        intW info = new intW(0);
        lapack().dgetrf(m, n, a, Math.max(1, m), ipiv, info);
        return info.val;
    }

    public static double dlange(char norm, int m, int n, double[] a) {
        return lapack().dlange(String.valueOf(norm), m, n, a, Math.max(1, m), new double[Math.max(1, m)]);
    }

    /** Reciprocal condition number of an LU factorization (rcond[0] receives it). */
    public static int dgecon(char norm, int n, double[] lu, double anorm, double[] rcond) {
        intW info = new intW(0);
        doubleW rc = new doubleW(0);
        lapack().dgecon(String.valueOf(norm), n, lu, Math.max(1, n), anorm, rc, new double[4 * Math.max(1, n)], new int[Math.max(1, n)], info);
        rcond[0] = rc.val;
        return info.val;
    }

    public static int dtrcon(char norm, int n, double[] a, double[] rcond) {
        intW info = new intW(0);
        doubleW rc = new doubleW(0);
        lapack().dtrcon(String.valueOf(norm), "U", "N", n, a, Math.max(1, n), rc, new double[3 * Math.max(1, n)], new int[Math.max(1, n)], info);
        rcond[0] = rc.val;
        return info.val;
    }

    public static int dpotri(int n, double[] a) {
        intW info = new intW(0);
        lapack().dpotri("U", n, a, Math.max(1, n), info);
        return info.val;
    }

    /** dgeqp3 with jpvt all free (0): jpvt receives the 1-based pivot. */
    public static int dgeqp3(int m, int n, double[] a, int[] jpvt, double[] tau) {
        intW info = new intW(0);
        double[] q = new double[1];
        lapack().dgeqp3(m, n, a, Math.max(1, m), jpvt, tau, q, -1, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]);
        lapack().dgeqp3(m, n, a, Math.max(1, m), jpvt, tau, new double[lwork], lwork, info);
        return info.val;
    }

    /** B := Q B or Q' B for Q of a dgeqp3 result (n x k reflectors), B n x nrhs. */
    public static int dormqr(boolean transpose, int n, int nrhs, int k, double[] qr, double[] tau, double[] b) {
        intW info = new intW(0);
        double[] q = new double[1];
        String t = transpose ? "T" : "N";
        lapack().dormqr("L", t, n, nrhs, k, qr, Math.max(1, n), tau, b, Math.max(1, n), q, -1, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]);
        lapack().dormqr("L", t, n, nrhs, k, qr, Math.max(1, n), tau, b, Math.max(1, n), new double[lwork], lwork, info);
        return info.val;
    }

    public static int dtrtrs(int n, int k, int nrhs, double[] a, double[] b) {
        intW info = new intW(0);
        lapack().dtrtrs("U", "N", "N", k, nrhs, a, Math.max(1, n), b, Math.max(1, n), info);
        return info.val;
    }

    /** dgesdd; u is ldu x ?, vt is ldvt x p. */
    public static int dgesdd(char jobz, int n, int p, double[] x, double[] s, double[] u, int ldu, double[] vt, int ldvt) {
        intW info = new intW(0);
        double[] q = new double[1];
        int[] iwork = new int[8 * Math.max(1, Math.min(n, p))];
        String j = String.valueOf(jobz);
        lapack().dgesdd(j, n, p, x, Math.max(1, n), s, u, ldu, vt, ldvt, q, -1, iwork, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]);
        lapack().dgesdd(j, n, p, x, Math.max(1, n), s, u, ldu, vt, ldvt, new double[lwork], lwork, iwork, info);
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
        lapack().dsyevr(jobz, "A", "L", n, a, Math.max(1, n), 0, 0, 0, 0, 0, m, w, zz, Math.max(1, n), isuppz, q, -1, iq, -1, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]), liwork = Math.max(1, iq[0]);
        lapack().dsyevr(jobz, "A", "L", n, a, Math.max(1, n), 0, 0, 0, 0, 0, m, w, zz, Math.max(1, n), isuppz,
                new double[lwork], lwork, new int[liwork], liwork, info);
        return info.val;
    }

    /** dgeev with right vectors (vr not null) or values only. */
    public static int dgeev(int n, double[] a, double[] wr, double[] wi, double[] vr) {
        intW info = new intW(0);
        double[] q = new double[1];
        String jobvr = vr == null ? "N" : "V";
        double[] vl = new double[1], v = vr == null ? new double[Math.max(1, n * n)] : vr;
        lapack().dgeev("N", jobvr, n, a, Math.max(1, n), wr, wi, vl, Math.max(1, n), v, Math.max(1, n), q, -1, info);
        if (info.val != 0) return info.val;
        int lwork = Math.max(1, (int) q[0]);
        lapack().dgeev("N", jobvr, n, a, Math.max(1, n), wr, wi, vl, Math.max(1, n), v, Math.max(1, n), new double[lwork], lwork, info);
        return info.val;
    }
}
