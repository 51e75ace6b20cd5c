package org.rlambda.jsonlite;

/**
 * Malformed JSON. The message is exactly the text jsonlite's parser (YAJL) reports: the kind of
 * error, then the surrounding text with an arrow under the position, e.g.
 * <pre>
 * lexical error: invalid char in json text.
 *                                        abc
 *                      (right here) ------^
 * </pre>
 * {@link #offset()} is the byte offset YAJL reports (relative to the chunk it was reading).
 */
public final class JsonParseException extends RuntimeException {
    private final String kind;
    private final String detail;
    private final int offset;

    public JsonParseException(String kind, String detail, int offset, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.detail = detail;
        this.offset = offset;
    }

    /** "lexical" or "parse". */
    public String kind() { return kind; }

    /** The first line's text after "kind error: ". */
    public String detail() { return detail; }

    public int offset() { return offset; }
}
