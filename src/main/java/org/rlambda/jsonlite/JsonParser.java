package org.rlambda.jsonlite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON parser that accepts and rejects exactly what jsonlite's parser (YAJL 2) does and reports
 * errors with YAJL's messages and positions, so that R code sees the same errors as under GNU R.
 *
 * <p>YAJL is a push parser: jsonlite feeds it the whole text and then finishes the parse by
 * feeding one more chunk holding a single space. A token cut off by the end of the first chunk is
 * buffered and lexed again from its start when the space arrives; error positions found while
 * reading that second chunk are offsets into it (0 or 1). This class models the two chunks the
 * same way, because the reported position depends on it (e.g. "premature EOF" is always at 1).
 *
 * <p>Works on UTF-8 bytes: positions and the context shown in error messages are byte based.
 */
public final class JsonParser {
    // Lexer tokens.
    private static final int T_EOF = 0, T_ERROR = 1, T_LBRACE = 2, T_RBRACE = 3, T_LBRACKET = 4,
            T_RBRACKET = 5, T_COMMA = 6, T_COLON = 7, T_STRING = 8, T_STRING_ESC = 9, T_INTEGER = 10,
            T_DOUBLE = 11, T_BOOL = 12, T_NULL = 13, T_COMMENT = 14;

    // Parser states (one per nesting level on the stack).
    private static final int S_START = 0, S_COMPLETE = 1, S_LEX_ERROR = 2, S_PARSE_ERROR = 3,
            S_MAP_START = 4, S_MAP_NEED_KEY = 5, S_MAP_SEP = 6, S_MAP_NEED_VAL = 7, S_MAP_GOT_VAL = 8,
            S_ARRAY_START = 9, S_ARRAY_NEED_VAL = 10, S_ARRAY_GOT_VAL = 11;

    private static final String[] LEX_ERRORS = {
        "ok, no error",
        "invalid bytes in UTF8 string.",
        "inside a string, '\\' occurs before a character which it may not.",
        "invalid character inside string.",
        "invalid (non-hex) character occurs after '\\u' inside string.",
        "invalid char in json text.",
        "invalid string in json text.",
        "malformed number, a digit is required after the exponent.",
        "malformed number, a digit is required after the decimal point.",
        "malformed number, a digit is required after the minus sign.",
        "probable comment found in input text, comments are not enabled.",
    };
    private static final int E_UTF8 = 1, E_ESCAPED_CHAR = 2, E_JSON_CHAR = 3, E_HEX_CHAR = 4,
            E_INVALID_CHAR = 5, E_INVALID_STRING = 6, E_EXPONENT = 7, E_DECIMAL = 8, E_MINUS = 9,
            E_COMMENT = 10;

    private final byte[] text;      // the input followed by the one-space finishing chunk
    private final int inputLength;
    private final boolean allowComments;
    private final JsonHandler handler;

    private int pos;                // read position in text
    private int limit;              // end of the chunk being read
    private int chunkStart;         // where the chunk being read starts (positions are reported relative to it)
    private int pendingStart = -1;  // start of a token cut off by the end of the first chunk
    private int lexError;
    private int tokenStart, tokenEnd; // the last token's bytes (quotes excluded for strings)

    private int[] stack = new int[32];
    private int depth;
    private String parseError;
    private int errorOffset;

    private JsonParser(byte[] input, boolean allowComments, JsonHandler handler) {
        this.text = Arrays.copyOf(input, input.length + 1);
        this.text[input.length] = ' ';
        this.inputLength = input.length;
        this.allowComments = allowComments;
        this.handler = handler;
    }

    /** Parses {@code json} as jsonlite's fromJSON does (comments allowed), sending events to {@code handler}. */
    public static void parse(byte[] json, JsonHandler handler) { parse(json, true, handler); }

    /**
     * Parses {@code json}; {@code allowComments} is true for fromJSON (YAJL's tree parser) and false
     * for prettify/minify/validate. Throws {@link JsonParseException} with YAJL's message.
     */
    public static void parse(byte[] json, boolean allowComments, JsonHandler handler) {
        new JsonParser(json, allowComments, handler).run();
    }

    public static void parse(String json, boolean allowComments, JsonHandler handler) {
        parse(json.getBytes(StandardCharsets.UTF_8), allowComments, handler);
    }

    private void run() {
        stack[0] = S_START;
        depth = 0;
        // First chunk: the whole input.
        chunkStart = 0;
        pos = 0;
        limit = inputLength;
        if (!parseChunk()) throw error();
        // Finishing chunk: a single space; a token cut off at the end of the input is lexed again.
        chunkStart = inputLength;
        pos = pendingStart >= 0 ? pendingStart : inputLength;
        limit = inputLength + 1;
        if (!parseChunk()) throw error();
        int s = stack[depth];
        if (s != S_COMPLETE) {
            stack[depth] = S_PARSE_ERROR;
            parseError = "premature EOF";
            errorOffset = offset();
            throw error();
        }
    }

    private int offset() { return Math.max(0, pos - chunkStart); }

    private JsonParseException error() {
        String kind;
        String detail;
        if (stack[depth] == S_LEX_ERROR) {
            kind = "lexical";
            detail = LEX_ERRORS[lexError];
        } else {
            kind = "parse";
            detail = parseError;
        }
        return new JsonParseException(kind, detail, errorOffset, render(kind, detail, errorOffset));
    }

    /** YAJL's verbose error text: the message, then the context with the error at column 41. */
    private String render(String kind, String detail, int offset) {
        // The context is taken from the input text (as jsonlite passes it), whatever chunk failed.
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int spaces = offset < 30 ? 40 - offset : 10;
        int start = offset >= 30 ? offset - 30 : 0;
        int end = Math.min(offset + 30, inputLength);
        for (int i = 0; i < spaces; i++) line.write(' ');
        for (int i = start; i < end; i++) {
            byte b = text[i];
            line.write(b == '\n' || b == '\r' ? ' ' : b);
        }
        return kind + " error: " + detail + "\n" + line.toString(StandardCharsets.UTF_8) + "\n"
                + "                     (right here) ------^\n";
    }

    private void push(int state) {
        if (++depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
        stack[depth] = state;
    }

    private boolean fail(String message) {
        stack[depth] = S_PARSE_ERROR;
        parseError = message;
        errorOffset = offset();
        return false;
    }

    private boolean lexFail() {
        stack[depth] = S_LEX_ERROR;
        errorOffset = offset();
        return false;
    }

    /** Runs the state machine over the current chunk; false on error. */
    private boolean parseChunk() {
        for (;;) {
            int state = stack[depth];
            switch (state) {
                case S_COMPLETE: {
                    if (pos >= limit) return true;
                    int tok = lex();
                    if (tok == T_EOF) continue; // the rest was whitespace (or a token cut off by the chunk end)
                    return fail("trailing garbage");
                }
                case S_START:
                case S_MAP_NEED_VAL:
                case S_ARRAY_NEED_VAL:
                case S_ARRAY_START: {
                    int tok = lex();
                    int toPush = S_START;
                    switch (tok) {
                        case T_EOF: return true;
                        case T_ERROR: return lexFail();
                        case T_STRING: handler.string(plainString()); break;
                        case T_STRING_ESC: handler.string(decodeString()); break;
                        case T_BOOL: handler.booleanValue(text[tokenStart] == 't'); break;
                        case T_NULL: handler.nullValue(); break;
                        case T_LBRACE: handler.startObject(); toPush = S_MAP_START; break;
                        case T_LBRACKET: handler.startArray(); toPush = S_ARRAY_START; break;
                        case T_INTEGER:
                        case T_DOUBLE: handler.number(ascii(tokenStart, tokenEnd)); break;
                        case T_RBRACKET:
                            if (state == S_ARRAY_START) {
                                handler.endArray();
                                depth--;
                                continue;
                            }
                            return fail("unallowed token at this point in JSON text");
                        case T_COLON:
                        case T_COMMA:
                        case T_RBRACE:
                            return fail("unallowed token at this point in JSON text");
                        default:
                            return fail("invalid token, internal error");
                    }
                    if (state == S_START) stack[depth] = S_COMPLETE;
                    else if (state == S_MAP_NEED_VAL) stack[depth] = S_MAP_GOT_VAL;
                    else stack[depth] = S_ARRAY_GOT_VAL;
                    if (toPush != S_START) push(toPush);
                    continue;
                }
                case S_MAP_START:
                case S_MAP_NEED_KEY: {
                    int tok = lex();
                    switch (tok) {
                        case T_EOF: return true;
                        case T_ERROR: return lexFail();
                        case T_STRING: handler.key(plainString()); stack[depth] = S_MAP_SEP; continue;
                        case T_STRING_ESC: handler.key(decodeString()); stack[depth] = S_MAP_SEP; continue;
                        case T_RBRACE:
                            if (state == S_MAP_START) {
                                handler.endObject();
                                depth--;
                                continue;
                            }
                            return fail("invalid object key (must be a string)");
                        default:
                            return fail("invalid object key (must be a string)");
                    }
                }
                case S_MAP_SEP: {
                    int tok = lex();
                    switch (tok) {
                        case T_COLON: stack[depth] = S_MAP_NEED_VAL; continue;
                        case T_EOF: return true;
                        case T_ERROR: return lexFail();
                        default: return fail("object key and value must be separated by a colon (':')");
                    }
                }
                case S_MAP_GOT_VAL: {
                    int tok = lex();
                    switch (tok) {
                        case T_RBRACE: handler.endObject(); depth--; continue;
                        case T_COMMA: stack[depth] = S_MAP_NEED_KEY; continue;
                        case T_EOF: return true;
                        case T_ERROR: return lexFail();
                        default: {
                            // YAJL moves the reported position back to the start of the offending token.
                            fail("after key and value, inside map, I expect ',' or '}'");
                            int len = tokenEnd - tokenStart;
                            errorOffset = errorOffset >= len ? errorOffset - len : 0;
                            return false;
                        }
                    }
                }
                case S_ARRAY_GOT_VAL: {
                    int tok = lex();
                    switch (tok) {
                        case T_RBRACKET: handler.endArray(); depth--; continue;
                        case T_COMMA: stack[depth] = S_ARRAY_NEED_VAL; continue;
                        case T_EOF: return true;
                        case T_ERROR: return lexFail();
                        default: return fail("after array element, I expect ',' or ']'");
                    }
                }
                default:
                    return false;
            }
        }
    }

    // ---------------------------------------------------------------- lexer

    private int lex() {
        int start = pos;
        for (;;) {
            if (pos >= limit) {
                pendingStart = -1;
                return T_EOF;
            }
            int c = text[pos++] & 0xFF;
            int tok;
            switch (c) {
                case '{': tok = T_LBRACE; break;
                case '}': tok = T_RBRACE; break;
                case '[': tok = T_LBRACKET; break;
                case ']': tok = T_RBRACKET; break;
                case ',': tok = T_COMMA; break;
                case ':': tok = T_COLON; break;
                case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ':
                    start++;
                    continue;
                case 't': tok = literal("rue", T_BOOL); break;
                case 'f': tok = literal("alse", T_BOOL); break;
                case 'n': tok = literal("ull", T_NULL); break;
                case '"': tok = lexString(); break;
                case '-': case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    pos--;
                    tok = lexNumber();
                    break;
                case '/':
                    if (!allowComments) {
                        pos--;
                        lexError = E_COMMENT;
                        return T_ERROR;
                    }
                    tok = lexComment();
                    if (tok == T_COMMENT) {
                        start = pos;
                        continue;
                    }
                    break;
                default:
                    lexError = E_INVALID_CHAR;
                    return T_ERROR;
            }
            if (tok == T_EOF) {
                // cut off by the end of the chunk: lex it again, from its start, in the next chunk
                pendingStart = start;
                return T_EOF;
            }
            if (tok == T_STRING || tok == T_STRING_ESC) {
                tokenStart = start + 1;
                tokenEnd = pos - 1;
            } else {
                tokenStart = start;
                tokenEnd = pos;
            }
            return tok;
        }
    }

    private int literal(String rest, int tok) {
        for (int i = 0; i < rest.length(); i++) {
            if (pos >= limit) return T_EOF;
            int c = text[pos++] & 0xFF;
            if (c != rest.charAt(i)) {
                pos--;
                lexError = E_INVALID_STRING;
                return T_ERROR;
            }
        }
        return tok;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isEscapable(int c) {
        return c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't';
    }

    private int lexString() {
        boolean escapes = false;
        for (;;) {
            if (pos >= limit) return T_EOF;
            int c = text[pos++] & 0xFF;
            if (c == '"') return escapes ? T_STRING_ESC : T_STRING;
            if (c == '\\') {
                escapes = true;
                if (pos >= limit) return T_EOF;
                c = text[pos++] & 0xFF;
                if (c == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (pos >= limit) return T_EOF;
                        c = text[pos++] & 0xFF;
                        if (!isHex(c)) {
                            pos--;
                            lexError = E_HEX_CHAR;
                            return T_ERROR;
                        }
                    }
                } else if (!isEscapable(c)) {
                    pos--;
                    lexError = E_ESCAPED_CHAR;
                    return T_ERROR;
                }
            } else if (c < 0x20) {
                pos--;
                lexError = E_JSON_CHAR;
                return T_ERROR;
            } else if (c >= 0x80) {
                int t = utf8Char(c);
                if (t != T_STRING) {
                    if (t == T_ERROR) lexError = E_UTF8;
                    return t;
                }
            }
        }
    }

    /** Checks the continuation bytes of a multi-byte UTF-8 character, as YAJL does. */
    private int utf8Char(int c) {
        int more;
        if ((c >> 5) == 0x6) more = 1;
        else if ((c >> 4) == 0x0E) more = 2;
        else if ((c >> 3) == 0x1E) more = 3;
        else return T_ERROR;
        for (int i = 0; i < more; i++) {
            if (pos >= limit) return T_EOF;
            int d = text[pos++] & 0xFF;
            if ((d >> 6) != 0x2) return T_ERROR;
        }
        return T_STRING;
    }

    private int lexNumber() {
        int tok = T_INTEGER;
        if (pos >= limit) return T_EOF;
        int c = text[pos++] & 0xFF;
        if (c == '-') {
            if (pos >= limit) return T_EOF;
            c = text[pos++] & 0xFF;
        }
        if (c == '0') {
            if (pos >= limit) return T_EOF;
            c = text[pos++] & 0xFF;
        } else if (c >= '1' && c <= '9') {
            do {
                if (pos >= limit) return T_EOF;
                c = text[pos++] & 0xFF;
            } while (c >= '0' && c <= '9');
        } else {
            pos--;
            lexError = E_MINUS;
            return T_ERROR;
        }
        if (c == '.') {
            int digits = 0;
            if (pos >= limit) return T_EOF;
            c = text[pos++] & 0xFF;
            while (c >= '0' && c <= '9') {
                digits++;
                if (pos >= limit) return T_EOF;
                c = text[pos++] & 0xFF;
            }
            if (digits == 0) {
                pos--;
                lexError = E_DECIMAL;
                return T_ERROR;
            }
            tok = T_DOUBLE;
        }
        if (c == 'e' || c == 'E') {
            if (pos >= limit) return T_EOF;
            c = text[pos++] & 0xFF;
            if (c == '+' || c == '-') {
                if (pos >= limit) return T_EOF;
                c = text[pos++] & 0xFF;
            }
            if (c >= '0' && c <= '9') {
                do {
                    if (pos >= limit) return T_EOF;
                    c = text[pos++] & 0xFF;
                } while (c >= '0' && c <= '9');
            } else {
                pos--;
                lexError = E_EXPONENT;
                return T_ERROR;
            }
            tok = T_DOUBLE;
        }
        pos--; // numbers are only known to end when the next character is read
        return tok;
    }

    private int lexComment() {
        if (pos >= limit) return T_EOF;
        int c = text[pos++] & 0xFF;
        if (c == '/') {
            do {
                if (pos >= limit) return T_EOF;
                c = text[pos++] & 0xFF;
            } while (c != '\n');
        } else if (c == '*') {
            for (;;) {
                if (pos >= limit) return T_EOF;
                c = text[pos++] & 0xFF;
                if (c == '*') {
                    if (pos >= limit) return T_EOF;
                    c = text[pos++] & 0xFF;
                    if (c == '/') break;
                    pos--;
                }
            }
        } else {
            lexError = E_INVALID_CHAR;
            return T_ERROR;
        }
        return T_COMMENT;
    }

    // ---------------------------------------------------------------- token values

    private String ascii(int from, int to) {
        return new String(text, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private String plainString() {
        return new String(text, tokenStart, tokenEnd - tokenStart, StandardCharsets.UTF_8);
    }

    /** Decodes escapes the way YAJL does, including its handling of unpaired surrogates. */
    private String decodeString() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(tokenEnd - tokenStart);
        int end = tokenStart;
        int beg = tokenStart;
        while (end < tokenEnd) {
            if (text[end] != '\\') {
                end++;
                continue;
            }
            out.write(text, beg, end - beg);
            end++;
            int c = text[end];
            switch (c) {
                case 'r': out.write('\r'); break;
                case 'n': out.write('\n'); break;
                case '\\': out.write('\\'); break;
                case '/': out.write('/'); break;
                case '"': out.write('"'); break;
                case 'f': out.write('\f'); break;
                case 'b': out.write('\b'); break;
                case 't': out.write('\t'); break;
                case 'u': {
                    int cp = hex4(end + 1);
                    end += 4;
                    if ((cp & 0xFC00) == 0xD800) {
                        end++;
                        if (end + 1 < tokenEnd && text[end] == '\\' && text[end + 1] == 'u') {
                            int low = hex4(end + 2);
                            cp = ((cp & 0x3F) << 10) | ((((cp >> 6) & 0xF) + 1) << 16) | (low & 0x3FF);
                            end += 5;
                        } else {
                            // YAJL writes '?' and skips the character after the lone surrogate
                            out.write('?');
                            beg = ++end;
                            continue;
                        }
                    }
                    writeUtf8(out, cp);
                    break;
                }
                default:
                    out.write('?');
            }
            beg = ++end;
        }
        out.write(text, beg, Math.max(0, Math.min(end, tokenEnd) - beg));
        return out.toString(StandardCharsets.UTF_8);
    }

    private int hex4(int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 4) | Character.digit(text[at + i], 16);
        return v;
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x200000) {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write('?');
        }
    }
}
