package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.linalg.Cholesky;
import org.rlambda.linalg.Lapack;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The LAPACK-backed internals of solve, qr(LAPACK = TRUE), det, chol, chol2inv, svd, eigen,
 * norm and rcond: GNU R's src/modules/lapack/Lapack.c (argument checks, error texts, result
 * shapes) over org.rlambda.linalg.
 */
public final class LinearAlgebraLapack {
    private LinearAlgebraLapack() { }

    public static void register(Builtins b) {
        b.add(".rlambda_La_solve", "a, b, tol", LinearAlgebraLapack::solve);
        b.add(".rlambda_La_qr", "x", LinearAlgebraLapack::qr);
        b.add(".rlambda_La_solve_cmplx", "a, b", LinearAlgebraLapack::solveComplex);
        b.add(".rlambda_qr_coef_real", "qr, b", (in, call, a, rho) -> qrApply(in, a[0], a[1], true, true));
        b.add(".rlambda_qr_qy_real", "qr, b, trans", (in, call, a, rho) -> {
            int tr = RArgs.logical(a[2]);
            if (tr == LogicalVector.NA) throw in.error(in.currentCall(), "invalid 'trans' argument");
            return qrApply(in, a[0], a[1], false, tr == 1);
        });
        b.add(".rlambda_det_ge_real", "x, logarithm", LinearAlgebraLapack::det);
        b.add(".rlambda_La_chol", "x, pivot, tol", LinearAlgebraLapack::chol);
        b.add(".rlambda_La_chol2inv", "x, size", LinearAlgebraLapack::chol2inv);
        b.add(".rlambda_La_svd", "jobu, x, nu, nv", LinearAlgebraLapack::svd);
        b.add(".rlambda_La_rs", "x, only.values", LinearAlgebraLapack::symmetricEigen);
        b.add(".rlambda_La_rg", "x, only.values", LinearAlgebraLapack::generalEigen);
        b.add(".rlambda_La_dlange", "x, type", (in, call, a, rho) -> {
            Call ec = in.currentCall();
            Vector x = matrix(in, a[0], "'A' must be a numeric matrix");
            if (!(a[1] instanceof StringVector)) throw in.error(ec, "'type' must be a character string");
            char t = normType(in, RArgs.string(a[1]));
            int[] d = x.dim();
            return DoubleVector.of(Lapack.dlange(t, d[0], d[1], LinearAlgebra.doubles(x)));
        });
        b.add(".rlambda_La_dgecon", "x, norm", (in, call, a, rho) -> {
            Call ec = in.currentCall();
            Vector x = matrix(in, a[0], "'A' must be a numeric matrix");
            if (!(a[1] instanceof StringVector)) throw in.error(ec, "'norm' must be a character string");
            char t = rcondType(in, RArgs.string(a[1]));
            int[] d = x.dim();
            double[] lu = LinearAlgebra.doubles(x).clone();
            double anorm = Lapack.dlange(t, d[0], d[1], lu);
            int info = Lapack.dgetrf(d[0], d[1], lu, new int[Math.max(1, Math.min(d[0], d[1]))]);
            if (info < 0) throw in.error(ec, "error [" + info + "] from Lapack 'dgetrf()'");
            if (info > 0) return DoubleVector.of(0);
            double[] rc = new double[1];
            info = Lapack.dgecon(t, d[1], lu, anorm, rc);
            if (info != 0) throw in.error(ec, "error [" + info + "] from Lapack 'dgecon()'");
            return DoubleVector.of(rc[0]);
        });
        b.add(".rlambda_La_dtrcon", "x, norm", (in, call, a, rho) -> {
            Call ec = in.currentCall();
            Vector x = matrix(in, a[0], "'A' must be a numeric matrix");
            if (!(a[1] instanceof StringVector)) throw in.error(ec, "'norm' must be a character string");
            int[] d = x.dim();
            if (d[0] != d[1]) throw in.error(ec, "'A' must be a *square* matrix");
            char t = rcondType(in, RArgs.string(a[1]));
            double[] rc = new double[1];
            int info = Lapack.dtrcon(t, d[0], LinearAlgebra.doubles(x).clone(), rc);
            if (info != 0) throw in.error(ec, "error [" + info + "] from Lapack 'dtrcon()'");
            return DoubleVector.of(rc[0]);
        });
    }

    private static Vector matrix(Interpreter in, SEXP x, String msg) {
        if (!(x instanceof Vector) || x instanceof ListVector || x instanceof StringVector || ((Vector) x).dim() == null
                || ((Vector) x).dim().length != 2) throw in.error(in.currentCall(), msg);
        return (Vector) x;
    }

    private static char normType(Interpreter in, String s) {
        if (s.length() != 1) throw in.error(in.currentCall(), "argument type[1]='" + s + "' must be a character string of string length 1");
        char c = Character.toUpperCase(s.charAt(0));
        if (c == '1') return 'O';
        if (c == 'E') return 'F';
        if (c != 'M' && c != 'O' && c != 'I' && c != 'F') {
            throw in.error(in.currentCall(), "argument type[1]='" + s + "' must be one of 'M','1','O','I','F' or 'E'");
        }
        return c;
    }

    private static char rcondType(Interpreter in, String s) {
        if (s.length() != 1) throw in.error(in.currentCall(), "argument type[1]='" + s + "' must be a character string of string length 1");
        char c = Character.toUpperCase(s.charAt(0));
        if (c == '1') return 'O';
        if (c != 'O' && c != 'I') throw in.error(in.currentCall(), "argument type[1]='" + s + "' must be one of '1','O', or 'I'");
        return c;
    }

    private static SEXP dimnamesElement(SEXP dn, int i) {
        return dn instanceof ListVector ? ((ListVector) dn).get(i) : Null.NULL;
    }

    /** La_solve: dgesv, then the reciprocal condition number check when tol > 0. */
    private static SEXP solve(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Call ec = in.currentCall();
        SEXP A = a[0], bin = a[1];
        if (!(A instanceof DoubleVector || A instanceof IntVector || A instanceof LogicalVector) || ((Vector) A).dim() == null
                || ((Vector) A).dim().length != 2) throw in.error(ec, "'a' must be a numeric matrix");
        double tol = Coerce.doubleElement((Vector) a[2], 0, null);
        int[] ad = ((Vector) A).dim();
        int n = ad[0];
        if (n == 0) throw in.error(ec, "'a' is 0-diml");
        if (ad[1] != n) throw in.error(ec, "'a' (" + n + " x " + ad[1] + ") must be square");
        SEXP adn = A.getAttribute("dimnames");
        int p;
        DoubleVector B;
        int[] bd = bin instanceof Vector ? ((Vector) bin).dim() : null;
        if (bd != null && bd.length == 2) {
            p = bd[1];
            if (p == 0) throw in.error(ec, "no right-hand side in 'b'");
            if (bd[0] != n) throw in.error(ec, "'b' (" + bd[0] + " x " + p + ") must be compatible with 'a' (" + n + " x " + n + ")");
            B = new DoubleVector(n * p);
            B.setAttributeRaw("dim", new IntVector(new int[] {n, p}));
            SEXP bdn = bin.getAttribute("dimnames");
            if (adn != null || bdn != null) {
                SEXP r = adn == null ? Null.NULL : dimnamesElement(adn, 1), c = bdn == null ? Null.NULL : dimnamesElement(bdn, 1);
                if (r != Null.NULL || c != Null.NULL) B.setAttributeRaw("dimnames", new ListVector(new SEXP[] {r, c}));
            }
        } else {
            p = 1;
            if (bin.length() != n) throw in.error(ec, "'b' (" + bin.length() + " x " + p + ") must be compatible with 'a' (" + n + " x " + n + ")");
            B = new DoubleVector(n);
            if (adn != null && dimnamesElement(adn, 1) != Null.NULL) B.setAttributeRaw("names", dimnamesElement(adn, 1));
        }
        if (bin instanceof ComplexVector || !(bin instanceof Vector) || bin instanceof ListVector || bin instanceof StringVector) {
            throw in.error(ec, "invalid 'b' argument");
        }
        System.arraycopy(LinearAlgebra.doubles((Vector) bin), 0, B.values(), 0, n * p);
        double[] avals = LinearAlgebra.doubles((Vector) A).clone();
        int[] ipiv = new int[n];
        int info = Lapack.dgesv(n, p, avals, ipiv, B.values());
        if (info < 0) throw in.error(ec, "argument " + (-info) + " of Lapack routine dgesv had invalid value");
        if (info > 0) throw in.error(ec, "Lapack routine dgesv: system is exactly singular: U[" + info + "," + info + "] = 0");
        if (tol > 0) {
            double anorm = Lapack.dlange('1', n, n, LinearAlgebra.doubles((Vector) A));
            double[] rc = new double[1];
            Lapack.dgecon('1', n, avals, anorm, rc);
            if (rc[0] < tol) {
                throw in.error(ec, "system is computationally singular: reciprocal condition number = " + org.rlambda.format.CDouble.general(rc[0], 6, false, false));
            }
        }
        return B;
    }

    /** La_solve_cmplx: zgesv. */
    private static SEXP solveComplex(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Call ec = in.currentCall();
        SEXP A = a[0], bin = a[1];
        if (!(A instanceof Vector) || ((Vector) A).dim() == null || ((Vector) A).dim().length != 2) {
            throw in.error(ec, "'a' must be a complex matrix");
        }
        int[] ad = ((Vector) A).dim();
        int n = ad[0];
        if (n == 0) throw in.error(ec, "'a' is 0-diml");
        if (ad[1] != n) throw in.error(ec, "'a' (" + n + " x " + ad[1] + ") must be square");
        SEXP adn = A.getAttribute("dimnames");
        int p;
        int[] bd = bin instanceof Vector ? ((Vector) bin).dim() : null;
        SEXP dimnames = null, names = null;
        if (bd != null && bd.length == 2) {
            p = bd[1];
            if (p == 0) throw in.error(ec, "no right-hand side in 'b'");
            if (bd[0] != n) throw in.error(ec, "'b' (" + bd[0] + " x " + p + ") must be compatible with 'a' (" + n + " x " + n + ")");
            SEXP bdn = bin.getAttribute("dimnames");
            SEXP r = adn == null ? Null.NULL : dimnamesElement(adn, 1), c = bdn == null ? Null.NULL : dimnamesElement(bdn, 1);
            if (r != Null.NULL && c != Null.NULL) dimnames = new ListVector(new SEXP[] {r, c});
        } else {
            p = 1;
            if (bin.length() != n) throw in.error(ec, "'b' (" + bin.length() + " x " + p + ") must be compatible with 'a' (" + n + " x " + n + ")");
            if (adn != null) names = dimnamesElement(adn, 1);
        }
        ComplexVector ca = asComplex(in, (Vector) A), cb = asComplex(in, (Vector) bin);
        double[] re = new double[n * n], im = new double[n * n], br = new double[n * p], bi = new double[n * p];
        for (int i = 0; i < n * n; i++) { re[i] = ca.re(i); im[i] = ca.im(i); }
        for (int i = 0; i < n * p; i++) { br[i] = cb.re(i); bi[i] = cb.im(i); }
        int[] ipiv = new int[n];
        if (org.rlambda.linalg.ComplexLU.factor(re, im, n, ipiv) > 0) throw in.error(ec, "Lapack routine zgesv: system is exactly singular");
        org.rlambda.linalg.ComplexLU.solve(re, im, n, ipiv, br, bi, p);
        ComplexVector out = new ComplexVector(br, bi);
        if (bd != null && bd.length == 2) out.setAttributeRaw("dim", new IntVector(new int[] {n, p}));
        if (dimnames != null) out.setAttributeRaw("dimnames", dimnames);
        if (names != null && names != Null.NULL) out.setAttributeRaw("names", names);
        return out;
    }

    private static ComplexVector asComplex(Interpreter in, Vector v) {
        if (v instanceof ComplexVector) return (ComplexVector) v;
        if (v instanceof ListVector || v instanceof StringVector) throw in.error(in.currentCall(), "invalid 'b' argument");
        double[] d = LinearAlgebra.doubles(v);
        return new ComplexVector(d.clone(), new double[d.length]);
    }

    private static SEXP qr(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Vector x = matrix(in, a[0], "'a' must be a numeric matrix");
        int[] d = x.dim();
        int m = d[0], n = d[1];
        DoubleVector A = new DoubleVector(LinearAlgebra.doubles(x).clone());
        A.setAttributeRaw("dim", new IntVector(new int[] {m, n}));
        int[] jpvt = new int[n];
        double[] tau = new double[Math.min(m, n)];
        int info = Lapack.dgeqp3(m, n, A.values(), jpvt, tau);
        if (info < 0) throw in.error(in.currentCall(), "error code " + info + " from Lapack routine 'dgeqp3'");
        SEXP adn = x.getAttribute("dimnames");
        if (adn instanceof ListVector) {
            ListVector dn = (ListVector) ((ListVector) adn).copy();
            SEXP cn = dn.get(1);
            if (cn instanceof StringVector) {
                String[] c = new String[n];
                for (int j = 0; j < n; j++) c[j] = ((StringVector) cn).get(jpvt[j] - 1);
                dn = new ListVector(new SEXP[] {dn.get(0), new StringVector(c)});
                if (adn.getAttribute("names") != null) dn.setAttributeRaw("names", adn.getAttribute("names"));
            }
            A.setAttributeRaw("dimnames", dn);
        }
        return LinearAlgebra.named(new String[] {"qr", "rank", "qraux", "pivot"}, A, IntVector.of(Math.min(m, n)),
                new DoubleVector(tau), new IntVector(jpvt));
    }

    /** qr_coef_real (coef = true: Q'B then the triangular solve) and qr_qy_real. */
    private static SEXP qrApply(Interpreter in, SEXP q, SEXP bin, boolean coef, boolean trans) {
        Call ec = in.currentCall();
        if (!(bin instanceof Vector) || ((Vector) bin).dim() == null || ((Vector) bin).dim().length != 2) {
            throw in.error(ec, "'b' must be a numeric matrix");
        }
        ListVector Q = (ListVector) q;
        Vector qr = (Vector) Q.get(0);
        double[] tau = LinearAlgebra.doubles((Vector) Q.get(2));
        int k = tau.length, n = qr.dim()[0];
        DoubleVector B = LinearAlgebra.copyAsDouble((Vector) bin);
        int[] bd = B.dim();
        if (bd[0] != n) throw in.error(ec, "right-hand side should have " + n + " not " + bd[0] + " rows");
        int nrhs = bd[1];
        double[] qv = LinearAlgebra.doubles(qr);
        int info = Lapack.dormqr(trans, n, nrhs, k, qv, tau, B.values());
        if (info != 0) throw in.error(ec, "error code " + info + " from Lapack routine '" + (coef ? "dormqr [work]" : "dormqr") + "'");
        if (coef) {
            info = Lapack.dtrtrs(n, k, nrhs, qv, B.values());
            if (info != 0) throw in.error(ec, "error code " + info + " from Lapack routine 'dtrtrs'");
        }
        return B;
    }

    private static SEXP det(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Call ec = in.currentCall();
        Vector x = matrix(in, a[0], "'a' must be a numeric matrix");
        int useLog = RArgs.logical(a[1]);
        if (useLog == LogicalVector.NA) throw in.error(ec, "argument 'logarithm' must be logical");
        int[] d = x.dim();
        int n = d[0];
        if (d[1] != n) throw in.error(ec, "'a' must be a square matrix");
        double[] A = LinearAlgebra.doubles(x).clone();
        int[] jpvt = new int[Math.max(1, n)];
        int info = Lapack.dgetrf(n, n, A, jpvt);
        int sign = 1;
        double modulus;
        if (info < 0) throw in.error(ec, "error code " + info + " from Lapack routine 'dgetrf'");
        if (info > 0) modulus = useLog == 1 ? Double.NEGATIVE_INFINITY : 0.0;
        else {
            for (int i = 0; i < n; i++) if (jpvt[i] != i + 1) sign = -sign;
            if (useLog == 1) {
                modulus = 0.0;
                for (int i = 0; i < n; i++) {
                    double dii = A[i * (n + 1)];
                    modulus += Math.log(dii < 0 ? -dii : dii);
                    if (dii < 0) sign = -sign;
                }
            } else {
                modulus = 1.0;
                for (int i = 0; i < n; i++) modulus *= A[i * (n + 1)];
                if (modulus < 0) { modulus = -modulus; sign = -sign; }
            }
        }
        DoubleVector mod = DoubleVector.of(modulus);
        mod.setAttributeRaw("logarithm", LogicalVector.of(useLog == 1));
        ListVector r = LinearAlgebra.named(new String[] {"modulus", "sign"}, mod, IntVector.of(sign));
        r.setAttributeRaw("class", StringVector.of("det"));
        return r;
    }

    private static SEXP chol(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Call ec = in.currentCall();
        Vector x = matrix(in, a[0], "'a' must be a numeric matrix");
        DoubleVector ans = LinearAlgebra.copyAsDouble(x);
        int[] d = x.dim();
        int m = d[0], n = d[1];
        if (m != n) throw in.error(ec, "'a' must be a square matrix");
        if (m <= 0) throw in.error(ec, "'a' must have dims > 0");
        double[] v = ans.values();
        for (int j = 0; j < n; j++) for (int i = j + 1; i < n; i++) v[i + n * j] = 0;
        int piv = RArgs.integer(a[1]);
        if (piv != 0 && piv != 1) throw in.error(ec, "invalid 'pivot' value");
        if (piv == 0) {
            int info = Cholesky.factor(v, n);
            if (info > 0) throw in.error(ec, "the leading minor of order " + info + " is not positive definite");
            return ans;
        }
        double tol = Coerce.doubleElement((Vector) a[2], 0, null);
        Cholesky.Pivoted p = Cholesky.factorPivoted(v, n, tol);
        if (p.deficient) in.warning(ec, "the matrix is either rank-deficient or indefinite");
        ans.setAttributeRaw("pivot", new IntVector(p.pivot));
        ans.setAttributeRaw("rank", IntVector.of(p.rank));
        SEXP dn = ans.getAttribute("dimnames");
        if (dn instanceof ListVector && ((ListVector) dn).get(1) instanceof StringVector) {
            StringVector cn = (StringVector) ((ListVector) dn).get(1);
            String[] c = new String[m];
            for (int i = 0; i < m; i++) c[i] = cn.get(p.pivot[i] - 1);
            ListVector dn2 = new ListVector(new SEXP[] {((ListVector) dn).get(0), new StringVector(c)});
            if (dn.getAttribute("names") != null) dn2.setAttributeRaw("names", dn.getAttribute("names"));
            ans.setAttributeRaw("dimnames", dn2);
        }
        return ans;
    }

    private static SEXP chol2inv(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Call ec = in.currentCall();
        int sz = RArgs.integer(a[1]);
        if (sz == IntVector.NA || sz < 1) throw in.error(ec, "'size' argument must be a positive integer");
        SEXP A = a[0];
        int m = 1, n = 1;
        boolean isMatrix = A instanceof Vector && ((Vector) A).dim() != null && ((Vector) A).dim().length == 2;
        if (sz == 1 && !isMatrix && A instanceof DoubleVector) {
            // a 1 x 1 "matrix"
        } else if (isMatrix && !(A instanceof ListVector)) {
            m = ((Vector) A).dim()[0];
            n = ((Vector) A).dim()[1];
        } else throw in.error(ec, "'a' must be a numeric matrix");
        if (sz > n) throw in.error(ec, "'size' cannot exceed ncol(x) = " + n);
        if (sz > m) throw in.error(ec, "'size' cannot exceed nrow(x) = " + m);
        double[] av = LinearAlgebra.doubles((Vector) A);
        double[] r = new double[sz * sz];
        for (int j = 0; j < sz; j++) for (int i = 0; i <= j; i++) r[i + j * sz] = av[i + j * m];
        int info = Lapack.dpotri(sz, r);
        if (info > 0) throw in.error(ec, "element (" + info + ", " + info + ") is zero, so the inverse cannot be computed");
        for (int j = 0; j < sz; j++) for (int i = j + 1; i < sz; i++) r[i + j * sz] = r[j + i * sz];
        DoubleVector out = new DoubleVector(r);
        out.setAttributeRaw("dim", new IntVector(new int[] {sz, sz}));
        return out;
    }

    /** La_svd with jobu "N", "S" or "A": list(d, u, vt) (u and vt only when computed). */
    private static SEXP svd(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Call ec = in.currentCall();
        String job = RArgs.string(a[0]);
        Vector x = (Vector) a[1];
        int[] d = x.dim();
        int n = d[0], p = d[1], np = Math.min(n, p);
        double[] xv = LinearAlgebra.doubles(x).clone();
        double[] s = new double[np];
        int ldu, ucols, ldvt;
        switch (job) {
            case "S": ldu = n; ucols = np; ldvt = np; break;
            case "A": ldu = n; ucols = n; ldvt = p; break;
            default: ldu = 1; ucols = 1; ldvt = 1; break;
        }
        double[] u = new double[ldu * ucols], vt = new double[ldvt * (job.equals("N") ? 1 : p)];
        int info = Lapack.dgesdd(job.charAt(0), n, p, xv, s, u, ldu, vt, ldvt);
        if (info != 0) throw in.error(ec, "error code " + info + " from Lapack routine 'dgesdd'");
        DoubleVector U = new DoubleVector(u), VT = new DoubleVector(vt);
        U.setAttributeRaw("dim", new IntVector(new int[] {ldu, ucols}));
        VT.setAttributeRaw("dim", new IntVector(new int[] {ldvt, job.equals("N") ? 1 : p}));
        return LinearAlgebra.named(new String[] {"d", "u", "vt"}, new DoubleVector(s), U, VT);
    }

    /** The order of the square matrix eigen() was given (La_rs/La_rg check it the same way). */
    private static int squareOrder(Interpreter in, Call ec, Vector x) {
        int[] d = x.dim();
        if (d[0] != d[1]) throw in.error(ec, "'x' must be a square numeric matrix");
        return d[0];
    }

    private static int onlyValues(Interpreter in, Call ec, SEXP flag) {
        int ov = RArgs.logical(flag);
        if (ov == LogicalVector.NA) throw in.error(ec, "invalid 'only.values' argument");
        return ov;
    }

    private static SEXP symmetricEigen(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Call ec = in.currentCall();
        Vector x = (Vector) a[0];
        int n = squareOrder(in, ec, x);
        int ov = onlyValues(in, ec, a[1]);
        double[] rx = LinearAlgebra.doubles(x).clone();
        double[] w = new double[n];
        double[] z = ov == 1 ? null : new double[n * n];
        int info = Lapack.dsyevr(n, rx, w, z);
        if (info != 0) throw in.error(ec, "error code " + info + " from Lapack routine 'dsyevr'");
        if (ov == 1) return LinearAlgebra.named(new String[] {"values"}, new DoubleVector(w));
        DoubleVector Z = new DoubleVector(z);
        Z.setAttributeRaw("dim", new IntVector(new int[] {n, n}));
        return LinearAlgebra.named(new String[] {"values", "vectors"}, new DoubleVector(w), Z);
    }

    private static SEXP generalEigen(Interpreter in, Call call, SEXP[] a, Environment rho) {
        Call ec = in.currentCall();
        Vector x = (Vector) a[0];
        int n = squareOrder(in, ec, x);
        int ov = onlyValues(in, ec, a[1]);
        double[] xv = LinearAlgebra.doubles(x).clone();
        double[] wr = new double[n], wi = new double[n];
        double[] vr = ov == 1 ? null : new double[n * n];
        int info = Lapack.dgeev(n, xv, wr, wi, vr);
        if (info != 0) throw in.error(ec, "error code " + info + " from Lapack routine 'dgeev'");
        boolean complexValues = false;
        for (int i = 0; i < n; i++) {
            if (Math.abs(wi[i]) > 10 * 0x1p-52 * Math.abs(wr[i])) { complexValues = true; break; }
        }
        SEXP values, vectors = Null.NULL;
        if (complexValues) {
            values = new ComplexVector(wr, wi);
            if (vr != null) {
                double[] re = new double[n * n], im = new double[n * n];
                for (int j = 0; j < n; j++) {
                    if (wi[j] != 0 && j + 1 < n) {
                        for (int i = 0; i < n; i++) {
                            re[i + n * j] = re[i + n * (j + 1)] = vr[i + j * n];
                            im[i + n * j] = vr[i + (j + 1) * n];
                            im[i + n * (j + 1)] = -vr[i + (j + 1) * n];
                        }
                        j++;
                    } else {
                        for (int i = 0; i < n; i++) re[i + n * j] = vr[i + j * n];
                    }
                }
                ComplexVector V = new ComplexVector(re, im);
                V.setAttributeRaw("dim", new IntVector(new int[] {n, n}));
                vectors = V;
            }
        } else {
            values = new DoubleVector(wr);
            if (vr != null) {
                DoubleVector V = new DoubleVector(vr);
                V.setAttributeRaw("dim", new IntVector(new int[] {n, n}));
                vectors = V;
            }
        }
        return LinearAlgebra.named(new String[] {"values", "vectors"}, values, vectors);
    }
}
