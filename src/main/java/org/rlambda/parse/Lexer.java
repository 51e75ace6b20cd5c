package org.rlambda.parse;

import java.util.function.Consumer;

import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * Turns R source text into tokens on demand (the parser pulls one at a time, so an error late
 * in a file is only found after the earlier expressions ran, as in Rscript). Newlines are
 * returned as tokens; whether they matter is the parser's business. Comments are dropped.
 */
final class Lexer {
    private final String src;
    private final int n;
    private int pos;
    private int line = 1;
    private final Consumer<String> warnings;

    Lexer(String src, Consumer<String> warnings) {
        this.src = src;
        this.n = src.length();
        this.warnings = warnings;
    }

    String source() { return src; }

    private int peekChar(int off) { int p = pos + off; return p < n ? src.charAt(p) : -1; }

    private Token tok(TokenType t, int start, int startLine, String text) {
        return new Token(t, start, pos, startLine, text, null);
    }

    private Token constant(TokenType t, int start, int startLine, SEXP v) {
        v.named = 2;
        return new Token(t, start, pos, startLine, null, v);
    }

    Token next() {
        // skip blanks and comments
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\u00a0') { pos++; continue; }
            if (c == '#') {
                while (pos < n && src.charAt(pos) != '\n') pos++;
                continue;
            }
            break;
        }
        int start = pos;
        int startLine = line;
        if (pos >= n) return tok(TokenType.END_OF_INPUT, start, startLine, null);
        char c = src.charAt(pos);
        if (c == '\n') {
            pos++;
            line++;
            return tok(TokenType.NEWLINE, start, startLine, null);
        }
        if (c >= '0' && c <= '9' || (c == '.' && isDigit(peekChar(1)))) return number(start);
        if (c == '"' || c == '\'') return string(start, c);
        if (c == '`') return backtick(start);
        if ((c == 'r' || c == 'R') && (peekChar(1) == '"' || peekChar(1) == '\'')) return rawString(start);
        if (isIdentStart(c) || Character.isHighSurrogate(c) && Character.isLetter(src.codePointAt(pos))) {
            return identifier(start);
        }
        pos++;
        switch (c) {
            case '(': return tok(TokenType.LPAREN, start, startLine, "(");
            case ')': return tok(TokenType.RPAREN, start, startLine, ")");
            case '{': return tok(TokenType.LBRACE, start, startLine, "{");
            case '}': return tok(TokenType.RBRACE, start, startLine, "}");
            case '[':
                if (peekChar(0) == '[') { pos++; return tok(TokenType.LBB, start, startLine, "[["); }
                return tok(TokenType.LBRACKET, start, startLine, "[");
            case ']': return tok(TokenType.RBRACKET, start, startLine, "]");
            case ',': return tok(TokenType.COMMA, start, startLine, ",");
            case ';': return tok(TokenType.SEMICOLON, start, startLine, ";");
            case '?': return tok(TokenType.QUESTION, start, startLine, "?");
            case '~': return tok(TokenType.TILDE, start, startLine, "~");
            case '+': return tok(TokenType.PLUS, start, startLine, "+");
            case '/': return tok(TokenType.SLASH, start, startLine, "/");
            case '^': return tok(TokenType.CARET, start, startLine, "^");
            case '$': return tok(TokenType.DOLLAR, start, startLine, "$");
            case '@': return tok(TokenType.AT, start, startLine, "@");
            case '\\': return tok(TokenType.LAMBDA, start, startLine, "\\");
            case '_': return tok(TokenType.PLACEHOLDER, start, startLine, "_");
            case '*':
                if (peekChar(0) == '*') { pos++; return tok(TokenType.CARET, start, startLine, "^"); }
                return tok(TokenType.STAR, start, startLine, "*");
            case '-':
                if (peekChar(0) == '>') {
                    pos++;
                    if (peekChar(0) == '>') { pos++; return tok(TokenType.RIGHT_ASSIGN, start, startLine, "<<-"); }
                    return tok(TokenType.RIGHT_ASSIGN, start, startLine, "<-");
                }
                return tok(TokenType.MINUS, start, startLine, "-");
            case '<':
                if (peekChar(0) == '=') { pos++; return tok(TokenType.LE, start, startLine, "<="); }
                if (peekChar(0) == '-') { pos++; return tok(TokenType.LEFT_ASSIGN, start, startLine, "<-"); }
                if (peekChar(0) == '<' && peekChar(1) == '-') {
                    pos += 2;
                    return tok(TokenType.LEFT_ASSIGN, start, startLine, "<<-");
                }
                return tok(TokenType.LT, start, startLine, "<");
            case '>':
                if (peekChar(0) == '=') { pos++; return tok(TokenType.GE, start, startLine, ">="); }
                return tok(TokenType.GT, start, startLine, ">");
            case '!':
                if (peekChar(0) == '=') { pos++; return tok(TokenType.NE, start, startLine, "!="); }
                return tok(TokenType.BANG, start, startLine, "!");
            case '=':
                if (peekChar(0) == '=') { pos++; return tok(TokenType.EQ, start, startLine, "=="); }
                if (peekChar(0) == '>') {
                    pos++;
                    throw ParseException.plain(
                            "'=>' is disabled; set '_R_USE_PIPEBIND_' envvar to a true value to enable it");
                }
                return tok(TokenType.EQ_ASSIGN, start, startLine, "=");
            case ':':
                if (peekChar(0) == ':') {
                    pos++;
                    if (peekChar(0) == ':') { pos++; return tok(TokenType.NS_GET_INT, start, startLine, ":::"); }
                    return tok(TokenType.NS_GET, start, startLine, "::");
                }
                if (peekChar(0) == '=') { pos++; return tok(TokenType.LEFT_ASSIGN, start, startLine, ":="); }
                return tok(TokenType.COLON, start, startLine, ":");
            case '&':
                if (peekChar(0) == '&') { pos++; return tok(TokenType.AND2, start, startLine, "&&"); }
                return tok(TokenType.AND, start, startLine, "&");
            case '|':
                if (peekChar(0) == '|') { pos++; return tok(TokenType.OR2, start, startLine, "||"); }
                if (peekChar(0) == '>') { pos++; return tok(TokenType.PIPE, start, startLine, "|>"); }
                return tok(TokenType.OR, start, startLine, "|");
            case '%': {
                while (pos < n && src.charAt(pos) != '%' && src.charAt(pos) != '\n') pos++;
                if (pos < n && src.charAt(pos) == '%') {
                    pos++;
                    return tok(TokenType.SPECIAL, start, startLine, src.substring(start, pos));
                }
                return tok(TokenType.ERROR, start, startLine, null);
            }
            default:
                if (Character.isHighSurrogate(c) && pos < n) pos++;
                return tok(TokenType.ERROR, start, startLine, null);
        }
    }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static boolean isHex(int c) { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'; }

    private static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c > 127 && Character.isLetter(c);
    }

    private static boolean isIdentPart(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '.' || cp == '_'
                || cp > 127 && Character.isLetterOrDigit(cp);
    }

    private Token identifier(int start) {
        int startLine = line;
        while (pos < n) {
            int cp = src.codePointAt(pos);
            if (!isIdentPart(cp)) break;
            pos += Character.charCount(cp);
        }
        String s = src.substring(start, pos);
        switch (s) {
            case "NULL": return constant(TokenType.NULL_CONST, start, startLine, Null.NULL);
            case "NA": return constant(TokenType.NUM_CONST, start, startLine, new LogicalVector(new int[] {LogicalVector.NA}));
            case "TRUE": return constant(TokenType.NUM_CONST, start, startLine, new LogicalVector(new int[] {1}));
            case "FALSE": return constant(TokenType.NUM_CONST, start, startLine, new LogicalVector(new int[] {0}));
            case "Inf": return constant(TokenType.NUM_CONST, start, startLine, new DoubleVector(new double[] {Double.POSITIVE_INFINITY}));
            case "NaN": return constant(TokenType.NUM_CONST, start, startLine, new DoubleVector(new double[] {Double.NaN}));
            case "NA_integer_": return constant(TokenType.NUM_CONST, start, startLine, new IntVector(new int[] {IntVector.NA}));
            case "NA_real_": return constant(TokenType.NUM_CONST, start, startLine, new DoubleVector(new double[] {DoubleVector.NA}));
            case "NA_character_": return constant(TokenType.NUM_CONST, start, startLine, new StringVector(new String[] {StringVector.NA}));
            case "NA_complex_":
                return constant(TokenType.NUM_CONST, start, startLine,
                        new ComplexVector(new double[] {DoubleVector.NA}, new double[] {DoubleVector.NA}));
            case "function": return tok(TokenType.FUNCTION, start, startLine, s);
            case "while": return tok(TokenType.WHILE, start, startLine, s);
            case "repeat": return tok(TokenType.REPEAT, start, startLine, s);
            case "for": return tok(TokenType.FOR, start, startLine, s);
            case "if": return tok(TokenType.IF, start, startLine, s);
            case "in": return tok(TokenType.IN, start, startLine, s);
            case "else": return tok(TokenType.ELSE, start, startLine, s);
            case "next": return tok(TokenType.NEXT, start, startLine, s);
            case "break": return tok(TokenType.BREAK, start, startLine, s);
            default: return tok(TokenType.SYMBOL, start, startLine, s);
        }
    }

    // ---- numbers ----

    private Token number(int start) {
        int startLine = line;
        boolean hex = false, seenDot = false, seenExp = false;
        if (src.charAt(pos) == '0' && (peekChar(1) == 'x' || peekChar(1) == 'X')) {
            hex = true;
            pos += 2;
            int digits = 0;
            while (pos < n && isHex(src.charAt(pos))) { pos++; digits++; }
            if (pos < n && src.charAt(pos) == '.') {
                pos++;
                seenDot = true;
                while (pos < n && isHex(src.charAt(pos))) { pos++; digits++; }
            }
            if (digits == 0) return tok(TokenType.ERROR, start, startLine, null);
            if (pos < n && (src.charAt(pos) == 'p' || src.charAt(pos) == 'P')) {
                pos++;
                seenExp = true;
                if (pos < n && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
                if (!isDigit(peekChar(0))) return tok(TokenType.ERROR, start, startLine, null);
                while (isDigit(peekChar(0))) pos++;
            } else if (seenDot) {
                return tok(TokenType.ERROR, start, startLine, null);
            }
        } else {
            while (isDigit(peekChar(0))) pos++;
            if (peekChar(0) == '.') {
                pos++;
                seenDot = true;
                while (isDigit(peekChar(0))) pos++;
            }
            if (peekChar(0) == 'e' || peekChar(0) == 'E') {
                pos++;
                seenExp = true;
                if (peekChar(0) == '+' || peekChar(0) == '-') pos++;
                if (!isDigit(peekChar(0))) return tok(TokenType.ERROR, start, startLine, null);
                while (isDigit(peekChar(0))) pos++;
            }
        }
        String text = src.substring(start, pos);
        double d = hex ? parseHex(text) : Double.parseDouble(text);
        int c = peekChar(0);
        if (c == 'L') {
            pos++;
            String lit = text + "L";
            boolean integral = d == Math.rint(d) && d >= Integer.MIN_VALUE + 1.0 && d <= Integer.MAX_VALUE;
            if (!integral) {
                if (seenDot && !seenExp && !hex) {
                    warnings.accept("integer literal " + lit + " contains decimal; using numeric value");
                } else {
                    warnings.accept("non-integer value " + lit + " qualified with L; using numeric value");
                }
                return constant(TokenType.NUM_CONST, start, startLine, new DoubleVector(new double[] {d}));
            }
            if (seenDot && !seenExp && !hex) {
                warnings.accept("integer literal " + lit + " contains unnecessary decimal point");
            }
            return constant(TokenType.NUM_CONST, start, startLine, new IntVector(new int[] {(int) d}));
        }
        if (c == 'i') {
            pos++;
            return constant(TokenType.NUM_CONST, start, startLine, new ComplexVector(new double[] {0}, new double[] {d}));
        }
        return constant(TokenType.NUM_CONST, start, startLine, new DoubleVector(new double[] {d}));
    }

    private static double parseHex(String text) {
        // Java parses hexadecimal floating literals but insists on the binary exponent.
        String t = text.indexOf('p') >= 0 || text.indexOf('P') >= 0 ? text : text + "p0";
        return Double.parseDouble(t);
    }

    // ---- strings ----

    private Token string(int start, char quote) {
        int startLine = line;
        pos++;
        String s = readQuoted(start, quote);
        if (s == null) return tok(TokenType.INCOMPLETE_STRING, start, startLine, null);
        return constant(TokenType.STR_CONST, start, startLine, new StringVector(new String[] {s}));
    }

    private Token backtick(int start) {
        int startLine = line;
        pos++;
        String s = readQuoted(start, '`');
        if (s == null) return tok(TokenType.INCOMPLETE_STRING, start, startLine, null);
        if (s.isEmpty()) throw ParseException.plain("attempt to use zero-length variable name");
        return tok(TokenType.SYMBOL, start, startLine, s);
    }

    /** Reads up to the closing quote, processing escapes; null when the input ends first. */
    private String readQuoted(int start, char quote) {
        StringBuilder sb = new StringBuilder();
        int pendingHighSurrogate = -1;
        while (true) {
            if (pos >= n) return null;
            char c = src.charAt(pos++);
            if (c == quote) break;
            if (c == '\n') line++;
            if (c != '\\') {
                if (pendingHighSurrogate >= 0) { unpairedSurrogate(pendingHighSurrogate); pendingHighSurrogate = -1; }
                sb.append(c);
                continue;
            }
            if (pos >= n) return null;
            char e = src.charAt(pos++);
            int cp;
            switch (e) {
                case 'n': cp = '\n'; break;
                case 't': cp = '\t'; break;
                case 'r': cp = '\r'; break;
                case 'a': cp = 7; break;
                case 'b': cp = '\b'; break;
                case 'f': cp = '\f'; break;
                case 'v': cp = 11; break;
                case '\\': cp = '\\'; break;
                case '"': cp = '"'; break;
                case '\'': cp = '\''; break;
                case '`': cp = '`'; break;
                case ' ': cp = ' '; break;
                case '\n': cp = '\n'; line++; break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && pos < n && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; k++) {
                        v = v * 8 + (src.charAt(pos++) - '0');
                    }
                    cp = v & 0xFF;
                    break;
                }
                case 'x': {
                    int v = 0, k = 0;
                    for (; k < 2 && pos < n && isHex(src.charAt(pos)); k++) v = v * 16 + Character.digit(src.charAt(pos++), 16);
                    if (k == 0) throw noHexDigits('x', start);
                    cp = v;
                    break;
                }
                case 'u':
                case 'U':
                    cp = unicodeEscape(e, start);
                    break;
                default:
                    throw ParseException.plain("'\\" + e + "' is an unrecognized escape in character string starting \""
                            + src.substring(start, pos) + "\"");
            }
            if (cp == 0) throw ParseException.plain("nul character not allowed (line " + line + ")");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (pendingHighSurrogate >= 0) unpairedSurrogate(pendingHighSurrogate);
                pendingHighSurrogate = cp;
                continue;
            }
            if (cp >= 0xDC00 && cp <= 0xDFFF) {
                if (pendingHighSurrogate >= 0) {
                    sb.appendCodePoint(Character.toCodePoint((char) pendingHighSurrogate, (char) cp));
                    pendingHighSurrogate = -1;
                } else {
                    unpairedSurrogate(cp);
                    sb.append((char) cp);
                }
                continue;
            }
            if (pendingHighSurrogate >= 0) { unpairedSurrogate(pendingHighSurrogate); sb.append((char) pendingHighSurrogate); pendingHighSurrogate = -1; }
            sb.appendCodePoint(cp);
        }
        if (pendingHighSurrogate >= 0) { unpairedSurrogate(pendingHighSurrogate); sb.append((char) pendingHighSurrogate); }
        return sb.toString();
    }

    private void unpairedSurrogate(int cp) {
        warnings.accept("unpaired surrogate Unicode point " + Integer.toHexString(cp));
    }

    private ParseException noHexDigits(char e, int start) {
        return ParseException.plain("'\\" + e + "' used without hex digits in character string starting \""
                + src.substring(start, pos) + "\"");
    }

    private int unicodeEscape(char e, int start) {
        int max = e == 'u' ? 4 : 8;
        boolean braced = pos < n && src.charAt(pos) == '{';
        if (braced) pos++;
        long v = 0;
        int k = 0;
        for (; k < max && pos < n && isHex(src.charAt(pos)); k++) v = v * 16 + Character.digit(src.charAt(pos++), 16);
        if (k == 0) throw noHexDigits(e, start);
        String form = e == 'u' ? (braced ? "\\u{xxxx}" : "\\uxxxx") : (braced ? "\\U{xxxxxxxx}" : "\\Uxxxxxxxx");
        if (braced) {
            if (pos < n && src.charAt(pos) == '}') pos++;
            else throw ParseException.plain("invalid " + form + " sequence (line " + line + ")");
        }
        if (v > 0x10FFFF) {
            throw ParseException.plain("invalid " + form + " value " + Long.toHexString(v) + " (line " + line + ")");
        }
        return (int) v;
    }

    /** r"(...)", R"[...]", r"---{...}---": no escapes; the closing delimiter must mirror the opening. */
    private Token rawString(int start) {
        int startLine = line;
        pos++; // r
        char quote = src.charAt(pos++);
        int dashes = 0;
        while (pos < n && src.charAt(pos) == '-') { pos++; dashes++; }
        char open = pos < n ? src.charAt(pos) : 0;
        char close;
        if (open == '(') close = ')';
        else if (open == '[') close = ']';
        else if (open == '{') close = '}';
        else throw ParseException.plain("malformed raw string literal at line " + line);
        pos++;
        int contentStart = pos;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\n') line++;
            if (c == close) {
                int p = pos + 1;
                int d = 0;
                while (d < dashes && p < n && src.charAt(p) == '-') { p++; d++; }
                if (d == dashes && p < n && src.charAt(p) == quote) {
                    String s = src.substring(contentStart, pos);
                    pos = p + 1;
                    return constant(TokenType.STR_CONST, start, startLine, new StringVector(new String[] {s}));
                }
            }
            pos++;
        }
        return tok(TokenType.INCOMPLETE_STRING, start, startLine, null);
    }
}
