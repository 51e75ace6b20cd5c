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
import org.rlambda.nmath.LongDouble;

/** Matrices and arrays: matrix, array, dim, dimnames, t, cbind/rbind, %*%, row and column sums, unlist, lengths. */
public final class Matrices {
    private Matrices() { }

    public static void register(Builtins b) {
        b.add("matrix", "data, nrow, ncol, byrow, dimnames", Matrices::matrix);
        b.add("array", "data, dim, dimnames", (in, call, a, rho) -> {
            Vector data = a[0] == null ? LogicalVector.NA_VALUE : asVector(in, call, a[0]);
            if (data.inherits("factor")) data = (Vector) FactorLevels.asCharacter(data);
            int[] dim;
            if (a[1] == null) dim = new int[] {data.length()};
            else {
                if (!(a[1] instanceof Vector) || a[1].length() == 0) throw in.error(call, "'dims' cannot be of length 0");
                Vector dv = (Vector) a[1];
                dim = new int[dv.length()];
                long total = 1;
                for (int i = 0; i < dim.length; i++) {
                    double x = Coerce.doubleElement(dv, i, null);
                    if (Double.isNaN(x) || x < 0) throw in.error(call, "negative length vectors are not allowed");
                    dim[i] = (int) x;
                    total *= dim[i];
                }
                if (total > Integer.MAX_VALUE) throw in.error(call, "'dim' specifies too large an array");
            }
            int total = 1;
            for (int d : dim) total *= d;
            Vector r = fill(data, total, false, 0, 0);
            r.setAttributeRaw("dim", new IntVector(dim));
            if (a[2] instanceof ListVector && a[2].length() > 0) return setDimnames(in, call, r, a[2]);
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
            int[] dim = toDims(in, call, value);
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
            if (!(x instanceof Vector)) throw in.error(call, "'dimnames' applied to non-array");
            Vector v = x.named > 0 ? ((Vector) x).copy() : (Vector) x;
            if (value == Null.NULL) {
                v.setAttributeRaw("dimnames", null);
                return v;
            }
            return setDimnames(in, call, v, value);
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
            if (x.inherits("factor")) return x;
            if (l.length() > 0 && allFactors(l)) return unlistFactors(l, nm == null ? null : tags, recursive, useNames);
            return Combine.combine(l.values().clone(), nm == null ? null : tags, recursive, useNames);
        });
        b.add("lengths", "x, use.names", (in, call, a, rho) -> {
            SEXP x = a[0];
            boolean useNames = a[1] == null || in.asCondition(a[1], call, "lengths");
            if (x != Null.NULL && !(x instanceof Vector)) throw in.error(call, "'x' must be a list or atomic vector");
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
        b.add("crossprod", "x, y", (in, call, a, rho) -> MatrixProduct.product(in, call, a[0], a[1], MatrixProduct.CROSS));
        b.add("tcrossprod", "x, y", (in, call, a, rho) -> MatrixProduct.product(in, call, a[0], a[1], MatrixProduct.TCROSS));
        b.add("rowSums", "x, na.rm, dims", (in, call, a, rho) -> margins(in, call, a, rho, true, false));
        b.add("colSums", "x, na.rm, dims", (in, call, a, rho) -> margins(in, call, a, rho, false, false));
        b.add("rowMeans", "x, na.rm, dims", (in, call, a, rho) -> margins(in, call, a, rho, true, true));
        b.add("colMeans", "x, na.rm, dims", (in, call, a, rho) -> margins(in, call, a, rho, false, true));
    }

    private static boolean allFactors(ListVector l) {
        for (SEXP e : l.values()) if (!e.inherits("factor")) return false;
        return true;
    }

    /** unlist of a list of factors: a factor over the union of their levels (in order of appearance). */
    private static SEXP unlistFactors(ListVector l, String[] tags, boolean recursive, boolean useNames) {
        java.util.LinkedHashMap<String, Integer> levels = new java.util.LinkedHashMap<>();
        SEXP[] asChars = new SEXP[l.length()];
        for (int i = 0; i < asChars.length; i++) {
            SEXP f = l.get(i);
            SEXP lv = f.getAttribute("levels");
            if (lv instanceof StringVector) for (String s : ((StringVector) lv).values()) levels.putIfAbsent(s, levels.size() + 1);
            Vector c = (Vector) FactorLevels.asCharacter(f);
            StringVector fn = ((Vector) f).names();
            if (fn != null) { c = c.copy(); c.setAttributeRaw("names", fn); }
            asChars[i] = c;
        }
        SEXP combined = Combine.combine(asChars, tags, recursive, useNames);
        StringVector sv = (StringVector) combined;
        int[] codes = new int[sv.length()];
        for (int i = 0; i < codes.length; i++) {
            String s = sv.get(i);
            codes[i] = s == StringVector.NA ? IntVector.NA : levels.get(s);
        }
        IntVector r = new IntVector(codes);
        r.setAttributeRaw("levels", new StringVector(levels.keySet().toArray(new String[0])));
        r.setAttributeRaw("class", StringVector.of("factor"));
        if (sv.names() != null) r.setAttributeRaw("names", sv.names());
        return r;
    }

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

    /** The value of dim(x) <- value as extents, with GNU R's checks. */
    static int[] toDims(Interpreter in, Call call, SEXP value) {
        if (!(value instanceof Vector) || value.length() == 0) throw in.error(call, "length-0 dimension vector is invalid");
        Vector v = (Vector) value;
        Coerce.Flag flag = new Coerce.Flag();
        int[] d = new int[v.length()];
        for (int i = 0; i < d.length; i++) d[i] = Coerce.intElement(v, i, flag);
        if (flag.naIntroduced) in.warning(call, "NAs introduced by coercion");
        for (int x : d) if (x == IntVector.NA) throw in.error(call, "the dims contain missing values");
        for (int x : d) if (x < 0) throw in.error(call, "the dims contain negative values");
        return d;
    }

    /**
     * dimnames(v) <- value on an unshared v: a list no longer than dim(v) (shorter is padded
     * with NULL), each element NULL or of the extent's length; zero-length elements become
     * NULL, factors and other vectors become character.
     */
    static Vector setDimnames(Interpreter in, Call call, Vector v, SEXP value) {
        int[] dim = v.dim();
        if (dim == null) throw in.error(call, "'dimnames' applied to non-array");
        if (!(value instanceof ListVector)) throw in.error(call, "'dimnames' must be a list");
        ListVector l = (ListVector) value;
        if (l.length() > dim.length) {
            throw in.error(call, "length of 'dimnames' [" + l.length() + "] must match that of 'dims' [" + dim.length + "]");
        }
        if (l.length() == 0) {
            v.setAttributeRaw("dimnames", null);
            return v;
        }
        SEXP[] parts = new SEXP[dim.length];
        java.util.Arrays.fill(parts, Null.NULL);
        for (int i = 0; i < l.length(); i++) {
            SEXP p = l.get(i);
            if (p == Null.NULL || p.length() == 0) continue;
            if (p.inherits("factor")) p = FactorLevels.asCharacter(p);
            if (!(p instanceof Vector)) throw in.error(call, "invalid type (" + p.typeName() + ") for 'dimnames' (must be a vector)");
            Vector pv = (Vector) p;
            if (pv.length() != dim[i]) {
                throw in.error(call, "length of 'dimnames' [" + (i + 1) + "] not equal to array extent");
            }
            if (pv instanceof StringVector) {
                // keep only names, as GNU R does
                StringVector sv = (StringVector) pv;
                if (sv.attributes() != null && !(sv.attributes().size() == 1 && sv.names() != null)) {
                    StringVector c = new StringVector(sv.values().clone());
                    if (sv.names() != null) c.setAttributeRaw("names", sv.names());
                    sv = c;
                }
                sv.markShared();
                parts[i] = sv;
            } else {
                String[] out = new String[pv.length()];
                for (int k = 0; k < out.length; k++) {
                    SEXP e = pv instanceof ListVector ? ((ListVector) pv).get(k) : null;
                    out[k] = e == null ? Coerce.stringElement(pv, k)
                            : e instanceof Vector && e.length() == 1 ? Coerce.stringElement((Vector) e, 0) : StringVector.NA;
                }
                parts[i] = new StringVector(out);
            }
        }
        ListVector dn = new ListVector(parts);
        StringVector ln = l.names();
        if (ln != null) {
            String[] nn = new String[dim.length];
            java.util.Arrays.fill(nn, "");
            for (int i = 0; i < ln.length(); i++) nn[i] = ln.get(i);
            dn.setAttributeRaw("names", new StringVector(nn));
        }
        v.setAttributeRaw("dimnames", dn);
        return v;
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
        int nrow = hasRow ? extent(in, call, a[1], "nrow") : 1;
        int ncol = hasCol ? extent(in, call, a[2], "ncol") : 1;
        if (!hasRow && !hasCol) nrow = len;
        else if (!hasRow) {
            if (len > (double) ncol * Integer.MAX_VALUE) throw in.error(call, "data is too long");
            nrow = (int) Math.ceil((double) len / ncol);
        } else if (!hasCol) {
            if (len > (double) nrow * Integer.MAX_VALUE) throw in.error(call, "data is too long");
            ncol = (int) Math.ceil((double) len / nrow);
        }
        long nrc = (long) nrow * ncol;
        if (len > 1 && nrc % len != 0) {
            if ((len > nrow && (len / nrow) * nrow != len) || (len < nrow && (nrow / len) * len != nrow)) {
                in.warning(call, "data length [" + len + "] is not a sub-multiple or multiple of the number of rows [" + nrow + "]");
            } else if ((len > ncol && (len / ncol) * ncol != len) || (len < ncol && (ncol / len) * len != ncol)) {
                in.warning(call, "data length [" + len + "] is not a sub-multiple or multiple of the number of columns [" + ncol + "]");
            } else if (nrc != len) {
                in.warning(call, "data length differs from size of matrix: [" + len + " != " + nrow + " x " + ncol + "]");
            }
        } else if (len > 1 && nrc == 0) {
            in.warning(call, "non-empty data for zero-extent matrix");
        }
        if (nrc > Integer.MAX_VALUE) throw in.error(call, "too many elements specified");
        Vector r = fill(data, (int) nrc, byrow, nrow, ncol);
        r.setAttributeRaw("dim", new IntVector(new int[] {nrow, ncol}));
        if (a[4] != null && a[4] != Null.NULL && a[4].length() > 0) return setDimnames(in, call, r, a[4]);
        return r;
    }

    /** nrow= / ncol= of matrix(): a number (its first element), not NA, not negative. */
    private static int extent(Interpreter in, Call call, SEXP v, String what) {
        if (!(v instanceof IntVector || v instanceof DoubleVector || v instanceof LogicalVector) || v.inherits("factor")) {
            throw in.error(call, "non-numeric matrix extent");
        }
        if (v.length() == 0) throw in.error(call, "invalid '" + what + "' value (too large or NA)");
        double d = Coerce.doubleElement((Vector) v, 0, null);
        if (Double.isNaN(d) || d > Integer.MAX_VALUE) throw in.error(call, "invalid '" + what + "' value (too large or NA)");
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

    /**
     * rowSums/colSums/rowMeans/colMeans: x seen as a matrix whose rows are the first {@code dims}
     * dimensions and whose columns are the rest; a result over several dimensions is an array.
     */
    private static SEXP margins(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho, boolean rows, boolean mean) {
        SEXP x = a[0];
        if (x.inherits("data.frame")) {
            x = in.callFunction(in.findFunction(org.rlambda.sexp.Symbol.get("as.matrix"), rho), new SEXP[] {x}, null, rho, call);
        }
        boolean naRm = a[1] != null && in.asCondition(a[1], call, "rowSums");
        if (!(x instanceof Vector) || ((Vector) x).dim() == null || ((Vector) x).dim().length < 2) {
            throw in.error(call, "'x' must be an array of at least two dimensions");
        }
        Vector v = (Vector) x;
        if (!(v instanceof DoubleVector || v instanceof IntVector || v instanceof LogicalVector)) {
            throw in.error(call, "'x' must be numeric");
        }
        int[] dim = v.dim();
        int dims = a[2] == null ? 1 : Coerce.intElement((Vector) a[2], 0, null);
        if (dims == IntVector.NA || dims < 1 || dims > dim.length - 1) throw in.error(call, "invalid 'dims'");
        long nr = 1, nc = 1;
        for (int d = 0; d < dims; d++) nr *= dim[d];
        for (int d = dims; d < dim.length; d++) nc *= dim[d];
        int n = (int) (rows ? nr : nc);
        int m = (int) (rows ? nc : nr);
        // GNU R accumulates these sums (and divides the means) in long double
        LongDouble[] acc = new LongDouble[n];
        java.util.Arrays.fill(acc, LongDouble.ZERO_VALUE);
        int[] count = new int[n];
        for (int j = 0; j < nc; j++) {
            for (int i = 0; i < nr; i++) {
                double d = Coerce.doubleElement(v, (int) (i + j * nr), null);
                if (naRm && Double.isNaN(d)) continue;
                int k = rows ? i : j;
                acc[k] = acc[k].add(LongDouble.of(d));
                count[k]++;
            }
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            LongDouble s = acc[k];
            if (mean) s = s.divide(LongDouble.of((long) (naRm ? count[k] : m)));
            out[k] = s.toDouble();
        }
        DoubleVector r = new DoubleVector(out);
        int from = rows ? 0 : dims, to = rows ? dims : dim.length;
        SEXP dnAttr = v.getAttribute("dimnames");
        ListVector dn = dnAttr instanceof ListVector ? (ListVector) dnAttr : null;
        if (to - from == 1) {
            if (dn != null && dn.get(from) != Null.NULL) r.setAttributeRaw("names", dn.get(from));
            return r;
        }
        r.setAttributeRaw("dim", new IntVector(java.util.Arrays.copyOfRange(dim, from, to)));
        if (dn != null) {
            ListVector rdn = new ListVector(java.util.Arrays.copyOfRange(dn.values(), from, to));
            StringVector dnn = dn.names();
            if (dnn != null) rdn.setAttributeRaw("names", new StringVector(java.util.Arrays.copyOfRange(dnn.values(), from, to)));
            r.setAttributeRaw("dimnames", rdn);
        }
        return r;
    }
}
