package org.rlambda.jsonlite;

import java.util.List;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Turns R arguments (name/value pairs, as matched by the caller) into {@link ToJsonOptions} and
 * {@link FromJsonOptions}, with jsonlite's argument checking ({@code match.arg} with partial
 * matching). Unknown names are ignored, as jsonlite's {@code ...} ignores them.
 */
public final class JsonliteArgs {
    private JsonliteArgs() {}

    private static final String[] DATAFRAME = {"rows", "columns", "values"};
    private static final String[] MATRIX = {"rowmajor", "columnmajor"};
    private static final String[] DATE = {"ISO8601", "epoch"};
    private static final String[] POSIXT = {"string", "ISO8601", "epoch", "mongo"};
    private static final String[] FACTOR = {"string", "integer"};
    private static final String[] COMPLEX = {"string", "list"};
    private static final String[] RAW = {"base64", "hex", "mongo", "int", "js"};
    private static final String[] NULL = {"list", "null"};
    private static final String[] NA = {"null", "string"};

    /** toJSON's arguments other than x. */
    public static ToJsonOptions toJson(List<String> names, List<SEXP> values, ToJsonOptions base) {
        ToJsonOptions o = base;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            SEXP v = values.get(i);
            switch (name) {
                case "dataframe": o.dataframe = matchArg(v, DATAFRAME, name); break;
                case "matrix": o.matrix = matchArg(v, MATRIX, name); break;
                case "Date": o.date = matchArg(v, DATE, name); break;
                case "POSIXt": o.posixt = matchArg(v, POSIXT, name); break;
                case "factor": o.factor = matchArg(v, FACTOR, name); break;
                case "complex": o.complex = matchArg(v, COMPLEX, name); break;
                case "raw": o.raw = matchArg(v, RAW, name); break;
                case "null": o.nullValue = matchArg(v, NULL, name); break;
                case "na": o.na = matchArg(v, NA, name); break;
                case "auto_unbox": o.autoUnbox = isTrue(v); break;
                case "digits": digits(o, v); break;
                case "pretty": pretty(o, v); break;
                case "force": o.force = isTrue(v); break;
                case "keep_vec_names": o.keepVecNames = isTrue(v); break;
                case "always_decimal": o.alwaysDecimal = isTrue(v); break;
                case "rownames": o.rownames = v.length() == 0 ? null : isTrue(v); break;
                case "UTC": o.utc = isTrue(v); break;
                case "time_format": o.timeFormat = v instanceof StringVector && v.length() > 0 ? ((StringVector) v).get(0) : null; break;
                case "json_verbatim": o.jsonVerbatim = isTrue(v); break;
                case "no_dots": o.noDots = isTrue(v); break;
                default: break;
            }
        }
        return o;
    }

    /** fromJSON's arguments other than txt; the simplify defaults follow simplifyVector unless given. */
    public static FromJsonOptions fromJson(List<String> names, List<SEXP> values, FromJsonOptions base) {
        FromJsonOptions o = base;
        Boolean df = null;
        Boolean matrix = null;
        for (int i = 0; i < names.size(); i++) {
            SEXP v = values.get(i);
            switch (names.get(i)) {
                case "simplifyVector": o.simplifyVector = isTrue(v); break;
                case "simplifyDataFrame": df = isTrue(v); break;
                case "simplifyMatrix": matrix = isTrue(v); break;
                case "flatten": o.flatten = isTrue(v); break;
                case "bigint_as_char": o.bigintAsChar = isTrue(v); break;
                default: break;
            }
        }
        o.simplifyDataFrame = df != null ? df : o.simplifyVector;
        o.simplifyMatrix = matrix != null ? matrix : o.simplifyVector;
        return o;
    }

    /** R's isTRUE(). */
    static boolean isTrue(SEXP v) {
        return v instanceof LogicalVector && v.length() == 1 && ((LogicalVector) v).get(0) == 1;
    }

    private static void digits(ToJsonOptions o, SEXP v) {
        if (!(v instanceof IntVector || v instanceof DoubleVector || v instanceof LogicalVector)) {
            throw new JsonliteException("is.numeric(digits) is not TRUE",
                    "num_to_char(x, digits, na_as_string, use_signif, always_decimal)");
        }
        Vector d = (Vector) v;
        o.digitsSignificant = v.inherits("AsIs");
        if (d.length() == 0 || d.isNA(0)) {
            o.digits = ToJsonOptions.DIGITS_MAX;
            return;
        }
        if (v instanceof LogicalVector) {
            throw new JsonliteException("is.numeric(digits) is not TRUE",
                    "num_to_char(x, digits, na_as_string, use_signif, always_decimal)");
        }
        o.digits = v instanceof IntVector ? ((IntVector) v).get(0) : (int) ((DoubleVector) v).get(0);
    }

    private static void pretty(ToJsonOptions o, SEXP v) {
        o.pretty = false;
        o.prettyIndent = null;
        if (v instanceof LogicalVector) {
            o.pretty = isTrue(v);
        } else if (v instanceof IntVector && v.length() > 0) {
            int k = ((IntVector) v).get(0);
            o.prettyIndent = k == IntVector.NA ? Double.NaN : (double) k;
        } else if (v instanceof DoubleVector && v.length() > 0) {
            o.prettyIndent = ((DoubleVector) v).get(0);
        }
    }

    /**
     * R's {@code match.arg(arg, choices)}: the full choices vector means the first; otherwise one
     * string matched exactly or as a unique prefix.
     */
    static String matchArg(SEXP arg, String[] choices, String argName) {
        if (arg instanceof StringVector) {
            StringVector s = (StringVector) arg;
            if (s.length() == choices.length) {
                boolean same = true;
                for (int i = 0; i < choices.length; i++) if (!choices[i].equals(s.get(i))) same = false;
                if (same) return choices[0];
            }
            if (s.length() != 1) throw new JsonliteException("'arg' must be of length 1", "match.arg(" + argName + ")");
            String a = s.get(0);
            String found = null;
            for (String c : choices) {
                if (c.equals(a)) return c;
            }
            int hits = 0;
            for (String c : choices) {
                if (!a.isEmpty() && c.startsWith(a)) {
                    found = c;
                    hits++;
                }
            }
            if (hits == 1) return found;
        } else if (arg.length() == 0) {
            return choices[0];
        } else {
            throw new JsonliteException("'arg' must be NULL or a character vector", "match.arg(" + argName + ")");
        }
        StringBuilder sb = new StringBuilder("'arg' should be one of ");
        for (int i = 0; i < choices.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append('\u201C').append(choices[i]).append('\u201D');
        }
        throw new JsonliteException(sb.toString(), "match.arg(" + argName + ")");
    }
}
