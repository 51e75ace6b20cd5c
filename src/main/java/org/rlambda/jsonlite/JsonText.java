package org.rlambda.jsonlite;

/** Quoting of strings as JSON, in the two slightly different ways jsonlite does it. */
final class JsonText {
    private JsonText() {}

    private static final char[] HEX_LOWER = "0123456789abcdef".toCharArray();
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    /**
     * toJSON's escaping: backslash, quote and \n \r \t \b \f escaped by letter, other control
     * characters as <code>&#92;u00xx</code> (lower-case hex), "/" only after "<" (so "</script>" is safe in
     * HTML); everything else, including non-ASCII and DEL, is written as is.
     */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        escape(sb, s, HEX_LOWER);
        return sb.append('"').toString();
    }

    /** prettify/minify's escaping (YAJL's generator): the same but upper-case hex. */
    static String yajlQuote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        escape(sb, s, HEX_UPPER);
        return sb.append('"').toString();
    }

    private static void escape(StringBuilder sb, String s, char[] hex) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '"': sb.append("\\\""); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                case '/':
                    if (i > 0 && s.charAt(i - 1) == '<') sb.append("\\/");
                    else sb.append('/');
                    break;
                default:
                    if (c < 0x20) {
                        sb.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xF]);
                    } else {
                        sb.append(c);
                    }
            }
        }
    }
}
