package org.rlambda.jsonlite;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.rlambda.sexp.SEXP;

/**
 * JSON text to R values with jsonlite's rules: {@code fromJSON(txt, ...)} on a string. Parse
 * errors are {@link JsonParseException}s carrying jsonlite's message; conditions jsonlite reports as
 * warnings go to the warning sink.
 */
public final class JsonToR {
    private JsonToR() {}

    private static final Consumer<String> IGNORE = w -> {};

    public static SEXP parse(String json, FromJsonOptions options) {
        return parse(json.getBytes(StandardCharsets.UTF_8), options, IGNORE);
    }

    public static SEXP parse(String json, FromJsonOptions options, Consumer<String> warnings) {
        return parse(json.getBytes(StandardCharsets.UTF_8), options, warnings);
    }

    /** Parses UTF-8 bytes (a byte-order mark is skipped with jsonlite's warning). */
    public static SEXP parse(byte[] json, FromJsonOptions options, Consumer<String> warnings) {
        SEXP value = parseUnsimplified(json, options.bigintAsChar, warnings);
        FromJsonOptions o = options;
        if (!(o.simplifyVector || o.simplifyDataFrame || o.simplifyMatrix)) return value;
        return new Simplifier(warnings).simplify(value, o.simplifyVector, o.simplifyDataFrame, o.simplifyMatrix,
                o.simplifyVector, o.flatten, o.simplifyMatrix);
    }

    /** The lists and scalars jsonlite's parser makes, before simplification. */
    public static SEXP parseUnsimplified(byte[] json, boolean bigintAsChar, Consumer<String> warnings) {
        int start = 0;
        if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
            warnings.accept("JSON string contains (illegal) UTF8 byte-order-mark!");
            start = 3;
        }
        if (json.length > start && json[start] == 0x1E) start++; // RFC 7464 record separator
        byte[] text = start == 0 ? json : java.util.Arrays.copyOfRange(json, start, json.length);
        RValueBuilder builder = new RValueBuilder(bigintAsChar);
        JsonParser.parse(text, true, builder);
        return builder.result();
    }

    /** jsonlite's {@code validate(txt)}: true when the text is one well-formed JSON value. */
    public static boolean validate(String json) {
        try {
            JsonParser.parse(json, false, new Reformatter(false, ""));
            return true;
        } catch (JsonParseException e) {
            return false;
        }
    }
}
