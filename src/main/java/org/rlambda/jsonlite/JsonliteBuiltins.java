package org.rlambda.jsonlite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * The R functions of package jsonlite: fromJSON, toJSON, parse_json, read_json, write_json,
 * prettify, minify, validate, unbox, and the print methods for "json" and "scalar" values. Argument
 * names, order and defaults follow jsonlite 1.8.4; errors carry its messages.
 */
public final class JsonliteBuiltins {
    private JsonliteBuiltins() {}

    private static final String TO_JSON_FORMALS =
            "x, dataframe, matrix, Date, POSIXt, factor, complex, raw, null, na, auto_unbox, digits, pretty, force, ...";

    public static void register(Builtins b) {
        b.add("fromJSON", "txt, simplifyVector, simplifyDataFrame, simplifyMatrix, flatten, ...", (in, call, a, rho) -> {
            String text = jsonText(in, call, a[0], true);
            FromJsonOptions o = JsonliteArgs.fromJson(names(a, 1, "simplifyVector", "simplifyDataFrame", "simplifyMatrix", "flatten"),
                    values(a, 1, 4), FromJsonOptions.defaults());
            return parse(in, text, o);
        });
        b.add("parse_json", "json, simplifyVector, ...", (in, call, a, rho) -> {
            String text = jsonText(in, call, a[0], false);
            FromJsonOptions o = JsonliteArgs.fromJson(names(a, 1, "simplifyVector"), values(a, 1, 1), FromJsonOptions.unsimplified());
            return parse(in, text, o);
        });
        b.add("read_json", "path, simplifyVector, ...", (in, call, a, rho) -> {
            String path = string(in, call, a[0], "path");
            String text = readFile(in, call, path);
            FromJsonOptions o = JsonliteArgs.fromJson(names(a, 1, "simplifyVector"), values(a, 1, 1), FromJsonOptions.unsimplified());
            return parse(in, text, o);
        });
        b.add("toJSON", TO_JSON_FORMALS, (in, call, a, rho) -> RToJson.jsonValue(toJson(in, a)));
        b.add("write_json", "x, path, ...", (in, call, a, rho) -> {
            SEXP[] args = new SEXP[15];
            args[0] = a[0] == null ? Null.NULL : a[0];
            args[14] = a[2];
            String json = toJson(in, args);
            String path = string(in, call, a[1], "path");
            try {
                Files.writeString(org.rlambda.base.FileBuiltins.path(in, path), json + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw in.error(call, "cannot open the connection");
            }
            in.visible = false;
            return Null.NULL;
        });
        b.add("prettify", "txt, indent", (in, call, a, rho) -> {
            String text = pasted(in, call, a[0]);
            int indent = 4;
            if (a[1] != null) {
                double d = a[1] instanceof IntVector ? ((IntVector) a[1]).get(0) : number(a[1]);
                if (Double.isNaN(d) || d < 0) throw in.error(Call.of("rep", StringVector.of(" "), Call.of("as.integer", Symbol.get("indent"))), "invalid 'times' argument");
                indent = (int) d;
            }
            return reformat(in, text, true, indent);
        });
        b.add("minify", "txt", (in, call, a, rho) -> reformat(in, pasted(in, call, a[0]), false, 0));
        b.add("validate", "txt", (in, call, a, rho) -> validate(in, call, a[0]));
        b.add("unbox", "x", (in, call, a, rho) -> {
            try {
                return RToJson.unbox(a[0] == null ? Null.NULL : a[0]);
            } catch (JsonliteException e) {
                throw in.error(call, e.getMessage());
            }
        });
        b.add("print.json", "x, ...", (in, call, a, rho) -> {
            SEXP x = a[0];
            StringVector s = x instanceof StringVector ? (StringVector) x : StringVector.of("");
            in.out.print(RToJson.printText(s));
            in.visible = false;
            return Null.NULL;
        });
        b.add("print.scalar", "x, ...", (in, call, a, rho) -> {
            SEXP x = a[0];
            ToJsonOptions o = ToJsonOptions.defaults();
            in.out.print("[x] " + RToJson.serialize(x, o) + "\n");
            in.visible = false;
            return x;
        });
        b.markClosureLike("fromJSON", "parse_json", "read_json", "toJSON", "write_json", "prettify", "minify",
                "validate", "unbox", "print.json", "print.scalar");
    }

    // ---------------------------------------------------------------- argument plumbing

    /** Names of the supplied formals from {@code from} on (missing ones skipped), then the named dots. */
    private static List<String> names(SEXP[] a, int from, String... formals) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < formals.length; i++) if (a[from + i] != null) names.add(formals[i]);
        ListVector dots = Builtins.dots(a[from + formals.length]);
        for (int i = 0; i < dots.length(); i++) names.add(Builtins.dotName(dots, i));
        return names;
    }

    private static List<SEXP> values(SEXP[] a, int from, int count) {
        List<SEXP> values = new ArrayList<>();
        for (int i = 0; i < count; i++) if (a[from + i] != null) values.add(a[from + i]);
        ListVector dots = Builtins.dots(a[from + count]);
        for (int i = 0; i < dots.length(); i++) values.add(dots.get(i));
        return values;
    }

    private static final String[] TO_JSON_NAMES = {"dataframe", "matrix", "Date", "POSIXt", "factor", "complex",
        "raw", "null", "na", "auto_unbox", "digits", "pretty", "force"};

    private static String toJson(Interpreter in, SEXP[] a) {
        ToJsonOptions o;
        try {
            o = JsonliteArgs.toJson(names(a, 1, TO_JSON_NAMES), values(a, 1, TO_JSON_NAMES.length), ToJsonOptions.defaults());
            return RToJson.serialize(a[0] == null ? Null.NULL : a[0], o);
        } catch (JsonliteException e) {
            throw in.error(callOf(e), e.getMessage());
        } catch (JsonParseException e) {
            throw in.error(null, e.getMessage());
        }
    }

    /** The call GNU R reports a jsonlite error in, rebuilt from its deparsed form where there is one. */
    private static Call callOf(JsonliteException e) {
        String c = e.call();
        if (c == null) return null;
        if (c.startsWith("match.arg(")) {
            return Call.of("match.arg", Symbol.get(c.substring("match.arg(".length(), c.length() - 1)));
        }
        if (c.startsWith("num_to_char(")) {
            return Call.of("num_to_char", Symbol.get("x"), Symbol.get("digits"), Symbol.get("na_as_string"),
                    Symbol.get("use_signif"), Symbol.get("always_decimal"));
        }
        return null;
    }

    private static double number(SEXP v) {
        if (v instanceof org.rlambda.sexp.DoubleVector && v.length() > 0) return ((org.rlambda.sexp.DoubleVector) v).get(0);
        if (v instanceof IntVector && v.length() > 0) {
            int k = ((IntVector) v).get(0);
            return k == IntVector.NA ? Double.NaN : k;
        }
        return Double.NaN;
    }

    private static String string(Interpreter in, Call call, SEXP v, String what) {
        if (!(v instanceof StringVector) || v.length() < 1 || ((StringVector) v).get(0) == StringVector.NA) {
            throw in.error(call, "invalid '" + what + "' argument");
        }
        return ((StringVector) v).get(0);
    }

    /** paste(txt, collapse = "\n"). */
    private static String pasted(Interpreter in, Call call, SEXP txt) {
        StringVector s;
        if (txt instanceof StringVector) s = (StringVector) txt;
        else if (txt instanceof org.rlambda.sexp.Vector && ((org.rlambda.sexp.Vector) txt).isAtomic()) {
            s = new StringVector(org.rlambda.format.AsCharacter.of((org.rlambda.sexp.Vector) txt));
        } else s = StringVector.EMPTY;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) sb.append('\n');
            sb.append(s.isNA(i) ? "NA" : s.get(i));
        }
        return sb.toString();
    }

    /**
     * fromJSON's txt: a JSON string, or (for one short string that is not valid JSON) the path of
     * a file to read. URLs and connections are not supported here.
     */
    private static String jsonText(Interpreter in, Call call, SEXP txt, boolean fileFallback) {
        if (!(txt instanceof StringVector)) {
            throw in.error(call, "Argument 'txt' must be a JSON string, URL or file.");
        }
        StringVector s = (StringVector) txt;
        if (fileFallback && s.length() == 1 && s.get(0) != StringVector.NA
                && s.get(0).getBytes(StandardCharsets.UTF_8).length < 2084 && !JsonToR.validate(s.get(0))) {
            String t = s.get(0);
            if (t.startsWith("http://") || t.startsWith("https://")) {
                throw in.error(call, "URLs are not supported: no network access from R code");
            }
            if (Files.isRegularFile(org.rlambda.base.FileBuiltins.path(in, t))) return readFile(in, call, t);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) sb.append('\n');
            sb.append(s.isNA(i) ? "NA" : s.get(i));
        }
        return sb.toString();
    }

    private static String readFile(Interpreter in, Call call, String path) {
        try {
            return new String(Files.readAllBytes(org.rlambda.base.FileBuiltins.path(in, path)), StandardCharsets.UTF_8);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            in.warning(Call.of("file", Symbol.get("con"), StringVector.of("r")),
                    "cannot open file '" + path + "': No such file or directory");
            throw in.error(Call.of("file", Symbol.get("con"), StringVector.of("r")), "cannot open the connection");
        }
    }

    private static SEXP parse(Interpreter in, String text, FromJsonOptions o) {
        try {
            return JsonToR.parse(text, o, w -> in.warning(null, w));
        } catch (JsonParseException e) {
            throw in.error(null, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw in.error(Call.of("simplifyDataFrame", Symbol.get("recordlist")), e.getMessage());
        }
    }

    private static SEXP reformat(Interpreter in, String text, boolean pretty, int indent) {
        try {
            return RToJson.jsonValue(pretty ? Reformatter.prettify(text, indent) : Reformatter.minify(text));
        } catch (JsonParseException e) {
            throw in.error(null, e.getMessage());
        }
    }

    /** validate(txt): TRUE, or FALSE with attributes "offset" and "err" (YAJL's message). */
    private static SEXP validate(Interpreter in, Call call, SEXP txt) {
        if (!(txt instanceof StringVector)) {
            throw in.error(Call.of("validate", Symbol.get("txt")), "is.character(txt) is not TRUE");
        }
        String text = pasted(in, call, txt);
        if (text.startsWith("\uFEFF")) {
            LogicalVector r = LogicalVector.of(false);
            r.setAttributeRaw("err", StringVector.of("JSON string contains UTF8 byte-order-mark."));
            return r;
        }
        try {
            JsonParser.parse(text, false, new Reformatter(false, ""));
            return LogicalVector.of(true);
        } catch (JsonParseException e) {
            LogicalVector r = LogicalVector.of(false);
            r.setAttributeRaw("offset", IntVector.of(e.offset()));
            r.setAttributeRaw("err", StringVector.of(e.getMessage()));
            return r;
        }
    }
}
