package org.rlambda.eval;

import java.util.Map;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * A session's options(), starting as an Rscript --vanilla session's. The nesting limit
 * options("expressions") is also kept as an int, because every closure call checks it.
 */
final class Options extends java.util.HashMap<String, SEXP> {
    private int expressions = 5000;

    int expressions() { return expressions; }

    @Override public SEXP put(String name, SEXP value) {
        if (name.equals("expressions")) expressions = limitOf(value);
        return super.put(name, value);
    }

    @Override public SEXP remove(Object name) {
        if ("expressions".equals(name)) expressions = 5000;
        return super.remove(name);
    }

    private static int limitOf(SEXP e) {
        if (e instanceof DoubleVector && e.length() == 1) return (int) ((DoubleVector) e).get(0);
        if (e instanceof IntVector && e.length() == 1) return ((IntVector) e).get(0);
        return 5000;
    }

    static void installDefaults(Map<String, SEXP> o) {
        o.put("digits", IntVector.of(7));
        o.put("width", IntVector.of(80));
        o.put("warn", IntVector.of(0));
        o.put("expressions", IntVector.of(5000));
        o.put("scipen", IntVector.of(0));
        o.put("OutDec", StringVector.of("."));
        o.put("keep.source", LogicalVector.FALSE);
        o.put("stringsAsFactors", LogicalVector.FALSE);
        o.put("nwarnings", IntVector.of(50));
        o.put("warning.length", IntVector.of(1000));
        o.put("useFancyQuotes", LogicalVector.TRUE);
        o.put("encoding", StringVector.of("native.enc"));
        o.put("max.print", IntVector.of(99999));
        o.put("digits.secs", DoubleVector.EMPTY);
        o.remove("digits.secs");
        o.put("deparse.max.lines", LogicalVector.NA_VALUE);
        o.remove("deparse.max.lines");
        o.put("show.error.messages", LogicalVector.TRUE);
        o.put("verbose", LogicalVector.FALSE);
        o.put("echo", LogicalVector.FALSE);
        o.put("timeout", IntVector.of(60));
        o.put("ts.eps", DoubleVector.of(1e-5));
        StringVector contrasts = StringVector.of("contr.treatment", "contr.poly");
        contrasts.setAttributeRaw("names", StringVector.of("unordered", "ordered"));
        o.put("contrasts", contrasts);
        o.put("na.action", StringVector.of("na.omit"));
        o.put("show.signif.stars", LogicalVector.TRUE);
        o.put("CBoundsCheck", LogicalVector.FALSE);
        o.put("check.bounds", LogicalVector.FALSE);
        o.put("defaultPackages", StringVector.of("datasets", "utils", "grDevices", "graphics", "stats", "methods"));
    }
}
