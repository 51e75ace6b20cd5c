package org.rlambda.parse;

import org.rlambda.sexp.SEXP;

/** One lexed token: its kind, where it is in the source, and its text or constant value. */
final class Token {
    final TokenType type;
    /** Offsets into the source: [start, end). */
    final int start;
    final int end;
    /** 1-based line of the first character. */
    final int line;
    /** Symbol name or operator name (e.g. "<-", "%in%", "+"); null for constants. */
    final String text;
    /** The constant for NUM_CONST / STR_CONST / NULL_CONST. */
    final SEXP value;

    Token(TokenType type, int start, int end, int line, String text, SEXP value) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.line = line;
        this.text = text;
        this.value = value;
    }

    @Override public String toString() { return type + (text != null ? "(" + text + ")" : ""); }
}
