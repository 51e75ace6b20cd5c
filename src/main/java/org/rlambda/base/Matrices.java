package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Matrices and arrays: matrix, array, dim, dimnames, t, cbind/rbind, %*%, row and column sums, unlist, lengths. */
public final class Matrices {
    private Matrices() { }

    public static void register(Builtins b) {
        b.add("matrix", "data, nrow, ncol, byrow, dimnames", Matrices::matrix);
        b.add("array", "data, dim, dimnames", (in, call, a, rho) -> {
            Vector data = a[0] == null ? LogicalVector.NA_VALUE : asVector(in, call, a[0]);
            int[] dim = a[1] == null ? new int[] {data.length()} : toDims(in, call, (Vector) a[1]);
            int total = 1;
            for (int d : dim) total *= d;
            Vector r = fill(data, total, false, 0, 0);
            r.setAttributeRaw("dim", new IntVector(dim));
            if (a[2] != null && a[2] != Null.NULL) r.setAttributeRaw("dimnames", a[2]);
            return r;
        });
        b.addGeneric("dim", (in, call, args, names, rho) -> {
            if (args.length != 1) throw in.error(call, args.length + " arguments passed to 'dim' which requires 1");
            SEXP d = args[0].getAttribute("dim");
            return d == null ? Null.NULL : d;
        });
        b.addGeneric("dim<-", (in, call, args, names, rho) -> {
            SEXP x = args[0], value = args[args.length - 1];
            if (!(x instanceof Vector)) throw in.error(call, "invalid first argument, must be vector (list or atomic)");
            Vector v = x.named > 0 ? ((Vector) x).copy() : (Vector) x;
            if (value == Null.NULL) {
                v.setAttributeRaw("dim", null);
                v.setAttributeRaw("dimnames", null);
                return v;
            }
            int[] dim = toDims(in, call, (Vector) value);
            long total = 1;
            for (int d : dim) total *= d;
            if (total != v.length()) {
                throw in.error(call, "dims [product " + total + "] do not match the length of object [" + v.length() + "]");
            }
            v.setAttributeRaw("names", null);
            v.setAttributeRaw("dimnames", null);
            v.setAttributeRaw("dim", new IntVector(dim));
            return v;
        });
        b.addGeneric("dimnames", (in, call, args, names, rho) -> {
            SEXP d = args[0].getAttribute("dimnames");
            return d == null ? Null.NULL : d;
        });
        b.addGeneric("dimnames<-", (in, call, args, names, rho) -> {
            SEXP x = args[0], value = args[args.length - 1];
            Vector v = x.named > 0 ? ((Vector) x).copy() : (Vector) x;
            int[] dim = v.dim();
            if (value == Null.NULL) {
                v.setAttributeRaw("dimnames", null);
                return v;
            }
            if (dim == null) throw in.error(call, "'dimnames' applied to non-array");
            if (!(value instanceof ListVector)) throw in.error(call, "'dimnames' must be a list");
            ListVector l = (ListVector) value;
            if (l.length() != dim.length) {
                throw in.error(call, "length of 'dimnames' [" + l.length() + "] must match that of 'dims' [" + dim.length + "]");
            }
            SEXP[] parts = new SEXP[l.length()];
            for (int i = 0; i < parts.length; i++) {
                SEXP p = l.get(i);
                if (p == Null.NULL) { parts[i] = p; continue; }
                if (p.inherits("factor")) p = FactorLevels.asCharacter(p);
                Vector pv = (Vector) p;
                if (pv.length() != dim[i]) {
                    throw in.error(call, "length of 'dimnames' [" + (i + 1) + "] not equal to array extent");
                }
                parts[i] = pv instanceof StringVector ? stripAttributes(pv) : Coerce.coerce(pv, SexpType.CHARACTER, null);
            }
            ListVector dn = new ListVector(parts);
            if (l.names() != null) dn.setAttributeRaw("names", l.names());
            v.setAttributeRaw("dimnames", dn);
            return v;
        });
        b.add("t.default", "x", (in, call, a, rho) -> transpose(in, call, a[0]));
        b.add("unlist", "x, recursive, use.names", (in, call, a, rho) -> {
            SEXP x = a[0];
            boolean recursive = a[1] == null || in.asCondition(a[1], call, "unlist");
            boolean useNames = a[2] == null || in.asCondition(a[2], call, "unlist");
            if (!(x instanceof ListVector)) return x;
            ListVector l = (ListVector) x;
            StringVector nm = l.names();
            String[] tags = new String[l.length()];
            for (int i = 0; i < tags.length; i++) tags[i] = nm == null ? "" : nm.get(i);
            if (x.inherits("factor") || allFactors(l)) return x;
            return Combine.combine(l.values().clone(), nm == null ? null : tags, recursive, useNames);
        });
        b.add("lengths", "x, use.names", (in, call, a, rho) -> {
            SEXP x = a[0];
            boolean useNames = a[1] == null || in.asCondition(a[1], call, "lengths");
            int n = x.length();
            int[] r = new int[n];
            for (int i = 0; i < n; i++) r[i] = x instanceof ListVector ? ((ListVector) x).get(i).length() : 1;
            IntVector out = new IntVector(r);
            if (useNames && x instanceof Vector && ((Vector) x).names() != null) out.setAttributeRaw("names", ((Vector) x).names());
            if (x.getAttribute("dim") != null) out.setAttributeRaw("dim", x.getAttribute("dim"));
            return out;
        });
        b.add("cbind", (in, call, args, names, rho) -> Binding.bind(in, call, args, names, rho, true));
        b.add("rbind", (in, call, args, names, rho) -> Binding.bind(in, call, args, names, rho, false));
        b.add("%*%", (in, call, args, names, rho) -> MatrixProduct.multiply(in, call, args[0], args[1]));
        b.add("crossprod", "x, y", (in, call, a, rho) -> MatrixProduct.multiply(in, call,
                transpose(in, call, a[0]), a[1] == null || a[1] == Null.NULL ? a[0] : a[1]));
        b.add("rowSums", "x, na.rm, dims", (in, call, a, rho) -> margins(in, call, a, true, false));
        b.add("colSums", "x, na.rm, dims", (in, call, a, rho) -> margins(in, call, a, false, false));
        b.add("rowMeans", "x, na.rm, dims", (in, call, a, rho) -> margins(in, call, a, true, true));
        b.add("colMeans", "x, na.rm, dims", (in, call, a, rho) -> margins(in, call, a, false, true));
    }

    private static boolean allFactors(ListVector l) { return false; }

    private static Vector stripAttributes(Vector v) {
        if (v.attributes() == null) return v;
        Vector c = v.copy();
        c.setAttributes(null);
        return c;
    }

    static Vector asVector(Interpreter in, Call call, SEXP x) {
        if (x == Null.NULL) return LogicalVector.EMPTY;
        if (!(x instanceof Vector)) throw in.error(call, "'data' must be of a vector type, was '" + x.typeName() + "'");
        return (Vector) x;
    }

    static int[] toDims(Interpreter in, Call call, Vector v) {
        int[] d = new int[v.length()];
        if (d.length == 0) throw in.error(call, "length-0 dimension vector is invalid");
        for (int i = 0; i < d.length; i++) {
            double x = Coerce.doubleElement(v, i, null);
            if (Double.isNaN(x)) throw in.error(call, "the dims contain missing or negative values");
            if (x < 0) throw in.error(call, "the dims contain negative values");
            d[i] = (int) x;
        }
        return d;
    }

    /** {@code n} elements of {@code data} recycled (column-major, or by rows into nrow x ncol). */
    static Vector fill(Vector data, int n, boolean byrow, int nrow, int ncol) {
        Vector r = data.alloc(n);
        int len = data.length();
        if (len == 0) return r;
        if (!byrow) {
            for (int i = 0; i < n; i++) r.setFrom(i, data, i % len);
        } else {
            int k = 0;
            for (int i = 0; i < nrow; i++) for (int j = 0; j < ncol; j++) r.setFrom(i + j * nrow, data, k++ % len);
        }
        if (r instanceof ListVector) for (SEXP e : ((ListVector) r).values()) e.markShared();
        return r;
    }

    private static SEXP matrix(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        Vector data = a[0] == null ? LogicalVector.NA_VALUE : asVector(in, call, a[0]);
        if (data.inherits("factor")) data = (Vector) FactorLevels.asCharacter(data);
        int len = data.length();
        boolean byrow = a[3] != null && in.asCondition(a[3], call, "matrix");
        boolean hasRow = a[1] != null, hasCol = a[2] != null;
        int nrow = hasRow ? intArg(in, call, a[1], "nrow") : 1;
        int ncol = hasCol ? intArg(in, call, a[2], "ncol") : 1;
        if (!hasRow && !hasCol) nrow = len;
        else if (hasRow && !hasCol) ncol = nrow == 0 ? 0 : (int) Math.ceil((double) len / nrow);
        else if (!hasRow) nrow = ncol == 0 ? 0 : (int) Math.ceil((double) len / ncol);
        if (len > 0) {
            long nrc = (long) nrow * ncol;
            if (len > 1 && nrc % len != 0) {
                if ((len > nrow && (len / nrow) * nrow != len) || (len < nrow && (nrow / len) * len != len)) {
                    in.warning(call, "data length [" + len + "] is not a sub-multiple or multiple of the number of rows [" + nrow + "]");
                } else if ((len > ncol && (len / ncol) * ncol != len) || (len < ncol && (ncol / len) * len != len)) {
                    in.warning(call, "data length [" + len + "] is not a sub-multiple or multiple of the number of columns [" + ncol + "]");
                } else if (nrc != len) {
                    in.warning(call, "data length differs from size of matrix: [" + len + " != " + nrow + " x " + ncol + "]");
                }
            } else if (len > 1 && nrc == 0) {
                in.warning(call, "data length exceeds size of matrix");
            }
        }
        Vector r = fill(data, nrow * ncol, byrow, nrow, ncol);
        r.setAttributeRaw("dim", new IntVector(new int[] {nrow, ncol}));
        if (a[4] != null && a[4] != Null.NULL) {
            Vector withNames = (Vector) in.callFunction(in.findFunction(org.rlambda.sexp.Symbol.get("dimnames<-"), in.baseEnv),
                    new SEXP[] {r, a[4]}, new String[] {"", "value"}, rho, call);
            return withNames;
        }
        return r;
    }

    private static int intArg(Interpreter in, Call call, SEXP v, String what) {
        if (!(v instanceof Vector) || v.length() != 1) throw in.error(call, "non-numeric matrix extent");
        double d = Coerce.doubleElement((Vector) v, 0, null);
        if (Double.isNaN(d)) throw in.error(call, "invalid '" + what + "' value (too large or NA)");
        if (d < 0) throw in.error(call, "invalid '" + what + "' value (< 0)");
        return (int) d;
    }

    static SEXP transpose(Interpreter in, Call call, SEXP x) {
        if (!(x instanceof Vector)) throw in.error(call, "argument is not a matrix");
        Vector v = (Vector) x;
        int[] dim = v.dim();
        SEXP dn = v.getAttribute("dimnames");
        if (dim == null || dim.length == 1) {
            int n = v.length();
            Vector r = v.copy();
            r.setAttributes(null);
            r.setAttributeRaw("dim", new IntVector(new int[] {1, n}));
            SEXP names = dim == null ? v.getAttribute("names") : dn instanceof ListVector ? ((ListVector) dn).get(0) : null;
            if (names != null && names != Null.NULL) {
                r.setAttributeRaw("dimnames", new ListVector(new SEXP[] {Null.NULL, names}));
            }
            return r;
        }
        if (dim.length != 2) throw in.error(call, "argument is not a matrix");
        int nr = dim[0], nc = dim[1];
        Vector r = v.alloc(nr * nc);
        for (int i = 0; i < nr; i++) for (int j = 0; j < nc; j++) r.setFrom(j + i * nc, v, i + j * nr);
        r.setAttributeRaw("dim", new IntVector(new int[] {nc, nr}));
        if (dn instanceof ListVector) {
            ListVector l = (ListVector) dn;
            ListVector t = new ListVector(new SEXP[] {l.get(1), l.get(0)});
            StringVector dnn = l.names();
            if (dnn != null) t.setAttributeRaw("names", StringVector.of(dnn.get(1), dnn.get(0)));
            r.setAttributeRaw("dimnames", t);
        }
        return r;
    }

    private static SEXP margins(Interpreter in, Call call, SEXP[] a, boolean rows, boolean mean) {
        SEXP x = a[0];
        boolean naRm = a[1] != null && in.asCondition(a[1], call, "rowSums");
        if (!(x instanceof Vector) || ((Vector) x).dim() == null || ((Vector) x).dim().length < 2) {
            throw in.error(call, "'x' must be an array of at least two dimensions");
        }
        Vector v = (Vector) x;
        if (!(v instanceof DoubleVector || v instanceof IntVector || v instanceof LogicalVector)) {
            throw in.error(call, "'x' must be numeric");
        }
        int[] dim = v.dim();
        int nr = dim[0], nc = v.length() / Math.max(1, nr);
        int n = rows ? nr : nc;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double sum = 0;
            int count = 0;
            int m = rows ? nc : nr;
            for (int j = 0; j < m; j++) {
                int idx = rows ? k + j * nr : j + k * nr;
                double d = Coerce.doubleElement(v, idx, null);
                if (Double.isNaN(d)) {
                    if (naRm) continue;
                }
                sum += d;
                count++;
            }
            out[k] = mean ? (count == 0 ? Double.NaN : sum / count) : sum;
        }
        DoubleVector r = new DoubleVector(out);
        SEXP dn = v.getAttribute("dimnames");
        if (dn instanceof ListVector) {
            SEXP names = ((ListVector) dn).get(rows ? 0 : 1);
            if (names != Null.NULL) r.setAttributeRaw("names", names);
        }
        return r;
    }

    static List<SEXP> listOf(SEXP... v) { return new ArrayList<>(List.of(v)); }
}
