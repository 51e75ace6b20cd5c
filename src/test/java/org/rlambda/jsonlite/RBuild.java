package org.rlambda.jsonlite;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/** Small builders for R test values, named after the R functions that make them. */
final class RBuild {
    private RBuild() {}

    static DoubleVector c(double... d) { return DoubleVector.of(d); }

    static IntVector ints(int... i) { return IntVector.of(i); }

    static StringVector chr(String... s) { return StringVector.of(s); }

    static LogicalVector lgl(int... b) { return new LogicalVector(b); }

    /** list(...) of values, unnamed. */
    static ListVector list(SEXP... values) { return ListVector.of(values); }

    /** list(name1 = value1, ...) from alternating names and values. */
    static ListVector named(Object... namesAndValues) {
        int n = namesAndValues.length / 2;
        SEXP[] v = new SEXP[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = (String) namesAndValues[2 * i];
            v[i] = (SEXP) namesAndValues[2 * i + 1];
        }
        ListVector l = ListVector.of(v);
        l.setAttributeRaw("names", StringVector.of(names));
        return l;
    }

    /** data.frame(name1 = col1, ...) with compact row names, as data.frame() makes it. */
    static ListVector dataFrame(Object... namesAndColumns) {
        ListVector df = named(namesAndColumns);
        int n = df.length() == 0 ? 0 : df.get(0).length();
        df.setAttributeRaw("class", StringVector.of("data.frame"));
        df.setAttributeRaw("row.names", IntVector.of(IntVector.NA, -n));
        return df;
    }

    /** factor(levels[codes]) */
    static IntVector factor(String[] levels, int... codes) {
        IntVector f = IntVector.of(codes);
        f.setAttributeRaw("levels", StringVector.of(levels));
        f.setAttributeRaw("class", StringVector.of("factor"));
        return f;
    }

    static SEXP withClass(SEXP x, String... cls) {
        x.setAttributeRaw("class", StringVector.of(cls));
        return x;
    }
}
