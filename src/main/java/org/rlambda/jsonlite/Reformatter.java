package org.rlambda.jsonlite;

/**
 * jsonlite's {@code prettify()} and {@code minify()}: re-emits parsed JSON the way YAJL's
 * generator does. Beautified output puts every value on its own line, indents each level with
 * the indent string, writes {@code "key": value}, an empty container as "[", blank line, "]", and
 * ends with a newline; minified output has no whitespace at all. Numbers are copied verbatim.
 */
public final class Reformatter implements JsonHandler {
    private static final int START = 0, MAP_START = 1, MAP_KEY = 2, MAP_VAL = 3, ARRAY_START = 4,
            IN_ARRAY = 5, COMPLETE = 6;

    private final boolean beautify;
    private final String indent;
    private final StringBuilder out = new StringBuilder();
    private int[] state = new int[16];
    private int depth;

    Reformatter(boolean beautify, String indent) {
        this.beautify = beautify;
        this.indent = indent;
    }

    /** {@code prettify(txt, indent)}: throws {@link JsonParseException} on malformed input. */
    public static String prettify(String json, int indent) {
        Reformatter r = new Reformatter(true, " ".repeat(Math.max(0, indent)));
        JsonParser.parse(stripBom(json), false, r);
        return r.out.toString();
    }

    /** {@code minify(txt)}. */
    public static String minify(String json) {
        Reformatter r = new Reformatter(false, "");
        JsonParser.parse(stripBom(json), false, r);
        return r.out.toString();
    }

    private static String stripBom(String json) {
        return json.startsWith("\uFEFF") ? json.substring(1) : json;
    }

    private void separator() {
        int s = state[depth];
        if (s == MAP_KEY || s == IN_ARRAY) {
            out.append(',');
            if (beautify) out.append('\n');
        } else if (s == MAP_VAL) {
            out.append(':');
            if (beautify) out.append(' ');
        }
    }

    private void whitespace() {
        if (beautify && state[depth] != MAP_VAL) {
            for (int i = 0; i < depth; i++) out.append(indent);
        }
    }

    private void appended() {
        switch (state[depth]) {
            case START: state[depth] = COMPLETE; break;
            case MAP_START:
            case MAP_KEY: state[depth] = MAP_VAL; break;
            case ARRAY_START: state[depth] = IN_ARRAY; break;
            case MAP_VAL: state[depth] = MAP_KEY; break;
            default: break;
        }
    }

    private void finalNewline() {
        if (beautify && state[depth] == COMPLETE) out.append('\n');
    }

    private void atom(String text) {
        separator();
        whitespace();
        out.append(text);
        appended();
        finalNewline();
    }

    @Override public void nullValue() { atom("null"); }

    @Override public void booleanValue(boolean value) { atom(value ? "true" : "false"); }

    @Override public void number(String text) { atom(text); }

    @Override public void string(String value) { atom(JsonText.yajlQuote(value)); }

    @Override public void key(String name) { atom(JsonText.yajlQuote(name)); }

    private void open(char c, int newState) {
        separator();
        whitespace();
        if (++depth == state.length) state = java.util.Arrays.copyOf(state, depth * 2);
        state[depth] = newState;
        out.append(c);
        if (beautify) out.append('\n');
    }

    private void close(char c) {
        depth--;
        if (beautify) out.append('\n');
        appended();
        whitespace();
        out.append(c);
        finalNewline();
    }

    @Override public void startObject() { open('{', MAP_START); }

    @Override public void endObject() { close('}'); }

    @Override public void startArray() { open('[', ARRAY_START); }

    @Override public void endArray() { close(']'); }
}
