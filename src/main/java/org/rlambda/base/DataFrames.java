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
