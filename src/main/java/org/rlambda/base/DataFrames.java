package org.rlambda.base;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Data-frame internals the R code (dataframes.R) builds on: the compact row-names form
 * c(NA_integer_, -n) that GNU R stores for automatic row names 1..n, read without
 * expanding it, and a fast constructor used where R code would copy column by column.
 */
public final class DataFrames {
    private DataFrames() { }

    public static void register(Builtins b) {
        // .subset/.subset2: `[`/`[[` without S3 dispatch (what data-frame methods use on their
        // own list); delegate to the subsetting topic's kernels
        if (b.get(".subset") == null) b.add(".subset", Subset::bracket);
        if (b.get(".subset2") == null) b.add(".subset2", Subset::bracket2);
        // .row_names_info(x, type): 0 the stored attribute, 1 the row count negated when the
        // names are automatic, 2 the row count
        b.add(".row_names_info", "x, type", (in, call, a, rho) -> {
            int type = a[1] == null ? 1 : Coerce.intElement((Vector) a[1], 0, null);
            SEXP rn = a[0] == null ? Null.NULL : a[0].getAttribute("row.names");
            if (type == 0) return rn == null ? Null.NULL : rn;
            int n = rowCount(rn);
            boolean automatic = rn instanceof IntVector && rn.length() == 2 && ((IntVector) rn).get(0) == IntVector.NA
                    && ((IntVector) rn).get(1) < 0;
            return IntVector.of(type == 1 && automatic ? -n : n);
        });
        b.add(".dfMergeIndex", "xinds, yinds, all.x, all.y", (in, call, a, rho) -> mergeIndex(
                codes((Vector) a[0]), codes((Vector) a[1]), RArgs.flag(in, call, a[2], false, "all.x"),
                RArgs.flag(in, call, a[3], false, "all.y")));
        b.add(".set_row_names", "n", (in, call, a, rho) -> {
            int n = Coerce.intElement((Vector) a[0], 0, null);
            return n > 0 ? IntVector.of(IntVector.NA, -n) : IntVector.EMPTY;
        });
        // .dfRowNames(x): row names as a character vector (the compact form expanded)
        b.add(".dfRowNames", "x", (in, call, a, rho) -> {
            SEXP rn = a[0].getAttribute("row.names");
            if (rn == null) return StringVector.EMPTY;
            if (rn instanceof StringVector) return rn;
            int n = rowCount(rn);
            String[] s = new String[n];
            if (isCompact(rn)) for (int i = 0; i < n; i++) s[i] = Integer.toString(i + 1);
            else s = org.rlambda.format.AsCharacter.of((Vector) rn);
            return new StringVector(s);
        });
        // .dfMake(columns, row.names): a data frame from a named list and row names (NULL: automatic)
        b.add(".dfMake", "x, row.names", (in, call, a, rho) -> {
            ListVector cols = (ListVector) a[0];
            ListVector df = cols.named == 0 ? cols : (ListVector) cols.copy();
            for (SEXP v : df.values()) v.markShared();
            SEXP rn = a[1];
            if (rn == null || rn == Null.NULL) {
                int n = df.length() == 0 ? 0 : df.get(0).length();
                rn = IntVector.of(IntVector.NA, -n);
            }
            // attribute order as GNU R builds it: names, class, row.names
            SEXP names = df.getAttribute("names");
            df.setAttributeRaw("row.names", null);
            df.setAttributeRaw("class", null);
            df.setAttributeRaw("names", null);
            df.setAttributeRaw("names", names != null ? names : new StringVector(df.length()));
            df.setAttributeRaw("class", StringVector.of("data.frame"));
            df.setAttributeRaw("row.names", rn);
            return df;
        });
    }

    /**
     * merge()'s row pairing from the key codes of x's and y's rows (0: no partner): for each
     * code in increasing order, every x row with it against every y row with it. Rows are taken
     * in the order a Shell sort of the codes leaves them, as GNU R's merge does, so merge(sort =
     * FALSE) and ties under sort = TRUE list the rows in GNU R's order.
     */
    static ListVector mergeIndex(int[] xc, int[] yc, boolean allX, boolean allY) {
        int nx = xc.length;
        int ny = yc.length;
        int[] ix = shellSortIndex(xc);
        int[] iy = shellSortIndex(yc);
        int xlone = 0;
        while (xlone < nx && xc[xlone] <= 0) xlone++;
        int ylone = 0;
        while (ylone < ny && yc[ylone] <= 0) ylone++;
        IntArrayBuilder ax = new IntArrayBuilder();
        IntArrayBuilder ay = new IntArrayBuilder();
        int j = ylone;
        for (int i = xlone, nnx; i < nx; i = nnx) {
            int code = xc[i];
            for (nnx = i; nnx < nx && xc[nnx] == code; nnx++) { }
            while (j < ny && yc[j] < code) j++;
            int nny;
            for (nny = j; nny < ny && yc[nny] == code; nny++) { }
            for (int i0 = i; i0 < nnx; i0++) {
                for (int j0 = j; j0 < nny; j0++) {
                    ax.add(ix[i0]);
                    ay.add(iy[j0]);
                }
            }
            j = nny;
        }
        SEXP xAlone = allX ? new IntVector(java.util.Arrays.copyOf(ix, xlone)) : org.rlambda.sexp.Null.NULL;
        SEXP yAlone = allY ? new IntVector(java.util.Arrays.copyOf(iy, ylone)) : org.rlambda.sexp.Null.NULL;
        ListVector r = new ListVector(new SEXP[] {new IntVector(ax.toArray()), new IntVector(ay.toArray()), xAlone, yAlone});
        r.setAttributeRaw("names", StringVector.of("xi", "yi", "x.alone", "y.alone"));
        return r;
    }

    /** Sorts {@code codes} in place (Shell sort, increments 1, 4, 13, ...) and returns the 1-based original positions. */
    private static int[] shellSortIndex(int[] codes) {
        int n = codes.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i + 1;
        int h = 1;
        while (h <= n / 9) h = 3 * h + 1;
        for (; h > 0; h /= 3) {
            for (int i = h; i < n; i++) {
                int v = codes[i];
                int iv = idx[i];
                int k = i;
                while (k >= h && codes[k - h] > v) {
                    codes[k] = codes[k - h];
                    idx[k] = idx[k - h];
                    k -= h;
                }
                codes[k] = v;
                idx[k] = iv;
            }
        }
        return idx;
    }

    private static final class IntArrayBuilder {
        private int[] a = new int[16];
        private int n;

        void add(int v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int[] toArray() { return java.util.Arrays.copyOf(a, n); }
    }

    private static int[] codes(Vector v) {
        int[] c = new int[v.length()];
        for (int i = 0; i < c.length; i++) c[i] = Coerce.intElement(v, i, null);
        return c;
    }

    static boolean isCompact(SEXP rn) {
        return rn instanceof IntVector && rn.length() == 2 && ((IntVector) rn).get(0) == IntVector.NA;
    }

    /** Number of rows a row.names attribute stands for. */
    public static int rowCount(SEXP rn) {
        if (rn == null || rn == Null.NULL) return 0;
        if (isCompact(rn)) return Math.abs(((IntVector) rn).get(1));
        return rn.length();
    }
}
