package org.rlambda.parse;

import java.util.ArrayList;
import java.util.List;

import org.rlambda.sexp.SEXP;

/**
 * A syntax error, worded exactly as GNU R 4.2 words it. GNU R shows a parse error in two
 * styles, and this class can render both:
 * <ul>
 * <li>{@link #getMessage()} — the Rscript style (a script file and {@code Rscript -e} alike),
 * printed by the CLI as {@code "Error: " + getMessage()}:
 * {@code unexpected symbol in "x y"}, or for context spanning two lines
 * {@code unexpected numeric constant in:\n"y <- x +\n  2 3"}; the context is the text of the
 * current top-level expression up to the offending token (its last two lines). Running out of
 * input inside an expression (or string) is plain {@code unexpected end of input}.</li>
 * <li>{@link #parseMessage(String)} — the {@code parse(text=)} / {@code parse(file=)} style,
 * which the evaluator puts after {@code "Error in parse(text = ...) : "}:
 * {@code <text>:1:3: unexpected symbol\n1: x y\n      ^}.</li>
 * </ul>
 * Errors that are not "unexpected token" errors (bad escapes in strings, repeated formal
 * arguments, misuse of the pipe) read the same in both styles. A few of them (pipe placeholder
 * misuse) carry a {@link #call()}, which GNU R prints as {@code Error in <call> : msg}.
 */
public final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of error this is; decides how it is rendered. */
    public enum Kind {
        /** An unexpected token with a location and source context. */
        SYNTAX,
        /** The input ended inside an expression or string. */
        END_OF_INPUT,
        /** A message without location (escape errors, pipe errors, ...). */
        PLAIN
    }

    private final Kind kind;
    /** "unexpected symbol" etc. (SYNTAX / END_OF_INPUT), or the whole message (PLAIN). */
    private final String what;
    private final int line;
    private final int column;
    /** Source text from the start of the current top-level expression up to the error token. */
    private final String statementContext;
    /** Source text from the start of the whole input up to the error token. */
    private final String fullContext;
    private final SEXP call;

    private ParseException(Kind kind, String what, int line, int column, String statementContext,
                           String fullContext, SEXP call) {
        super(what, null, false, false);
        this.kind = kind;
        this.what = what;
        this.line = line;
        this.column = column;
        this.statementContext = statementContext;
        this.fullContext = fullContext;
        this.call = call;
    }

    static ParseException plain(String message) {
        return new ParseException(Kind.PLAIN, message, 0, 0, null, null, null);
    }

    static ParseException plain(String message, SEXP call) {
        return new ParseException(Kind.PLAIN, message, 0, 0, null, null, call);
    }

    static ParseException syntax(Kind kind, String what, int line, int column, String statementContext,
                                 String fullContext) {
        return new ParseException(kind, what, line, column, statementContext, fullContext, null);
    }

    public Kind kind() { return kind; }

    /** 1-based line of the offending token (0 for PLAIN errors). */
    public int line() { return line; }

    /** Column of the offending token as GNU R counts it (characters, tabs to multiples of 8). */
    public int column() { return column; }

    /** The call GNU R reports the error against ({@code Error in <call> :}), or null for none. */
    public SEXP call() { return call; }

    /** The Rscript-style message, to be printed after {@code "Error: "}. */
    @Override public String getMessage() {
        switch (kind) {
            case PLAIN: return what;
            case END_OF_INPUT: return "unexpected end of input";
            default: {
                List<String> lines = contextLines(statementContext);
                if (lines.isEmpty()) return what;
                if (lines.size() == 1) return what + " in \"" + lines.get(0) + "\"";
                return what + " in:\n\"" + lines.get(lines.size() - 2) + "\n" + lines.get(lines.size() - 1) + "\"";
            }
        }
    }

    /**
     * The message as {@code parse(text=)} reports it, e.g.
     * {@code <text>:1:3: unexpected symbol\n1: x y\n      ^}; {@code srcName} is {@code <text>}
     * for text, or the file name for {@code parse(file=)}.
     */
    public String parseMessage(String srcName) {
        if (kind == Kind.PLAIN) return what;
        String prefix = (srcName == null || srcName.isEmpty() ? "" : srcName + ":") + line + ":" + column + ": " + what;
        List<String> lines = contextLines(fullContext);
        int contextLine = lastLineNumber(fullContext);
        if (lines.isEmpty()) return prefix;
        if (lines.size() == 1) {
            String lead = contextLine + ": ";
            return prefix + "\n" + lead + lines.get(0) + "\n" + caret(lead.length() + column + 1);
        }
        String lead = contextLine + ":";
        return prefix + "\n" + (contextLine - 1) + ": " + lines.get(lines.size() - 2) + "\n"
                + contextLine + ": " + lines.get(lines.size() - 1) + "\n" + caret(lead.length() + column + 1);
    }

    private static String caret(int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < width; i++) sb.append(' ');
        return sb.append('^').toString();
    }

    /** The line on which the context's last character lies (a final newline belongs to its line). */
    private static int lastLineNumber(String ctx) {
        int line = 1;
        for (int i = 0; i < ctx.length() - 1; i++) if (ctx.charAt(i) == '\n') line++;
        return line;
    }

    /**
     * Splits context text into lines the way GNU R does: a final newline ends the last line
     * rather than starting an empty one; tabs are expanded. GNU R keeps only the last 255
     * bytes of context, and when that window holds no newline it shows only its first 192
     * characters (an observed quirk of its ring buffer, reproduced here).
     */
    static List<String> contextLines(String ctx) {
        List<String> out = new ArrayList<>();
        if (ctx == null || ctx.isEmpty()) return out;
        if (ctx.length() > 255) {
            ctx = ctx.substring(ctx.length() - 255);
            if (ctx.indexOf('\n') < 0) ctx = ctx.substring(0, 192);
        }
        int start = 0;
        for (int i = 0; i < ctx.length(); i++) {
            if (ctx.charAt(i) == '\n') {
                out.add(expandTabs(ctx.substring(start, i)));
                start = i + 1;
            }
        }
        if (start < ctx.length()) out.add(expandTabs(ctx.substring(start)));
        return out;
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                do { sb.append(' '); col++; } while (col % 8 != 0);
            } else {
                sb.append(c);
                if (!Character.isLowSurrogate(c)) col++;
            }
        }
        return sb.toString();
    }
}
