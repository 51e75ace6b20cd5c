package org.rlambda.eval;

import java.util.Map;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/** The options() an Rscript --vanilla session starts with. */
final class Options {
    private Options() { }

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
        o.put("CBoundsCheck", LogicalVector.FALSE);
        o.put("check.bounds", LogicalVector.FALSE);
        o.put("defaultPackages", StringVector.of("datasets", "utils", "grDevices", "graphics", "stats", "methods"));
    }
}
