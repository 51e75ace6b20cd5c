package org.rlambda.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.rlambda.sexp.Call;
import org.rlambda.sexp.ExpressionVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * The R parser: a precedence-climbing parser over {@link Lexer} tokens that follows GNU R 4.2's
 * grammar (gram.y) and builds exactly the objects {@code quote()} gives: symbols, constants
 * (with {@code named = 2}), and {@link Call}s for every operator and syntactic construct.
 *
 * <p>Usage. A script runner calls {@link #next()} repeatedly and evaluates each expression before
 * asking for the next, as Rscript does, so that a syntax error late in a file surfaces only after
 * the earlier lines ran. {@code parse(text=)} uses {@link #parseAll(String)}. Errors are
 * {@link ParseException}s; see that class for the two message styles (Rscript vs
 * {@code parse()}). Warnings the lexer raises (e.g. {@code integer literal 1.5L contains
 * decimal; using numeric value}) go to {@link #setWarningHandler} or are collected for
 * {@link #takeWarnings()}; GNU R's Rscript prints such a warning as
 * {@code "Warning message:\n" + msg + " \n"} right after parsing the expression.
 *
 * <p>Newlines: inside {@code (} and {@code [} they are ignored; at top level and inside
 * {@code {}} they end expressions, except directly after an operator or keyword. At top level an
 * {@code else} must be on the same line as the end of its {@code if}; inside braces or brackets
 * it may follow newlines.
 */
public final class Parser {
    // Binding powers, low to high (gram.y's precedence table).
    private static final int P_QUESTION = 1;
    private static final int P_EQ_ASSIGN = 2;
    private static final int P_LEFT_ASSIGN = 3;
    private static final int P_RIGHT_ASSIGN = 4;
    private static final int P_TILDE = 5;
    private static final int P_OR = 6;
    private static final int P_AND = 7;
    private static final int P_NOT = 8;
    private static final int P_COMPARE = 9;
    private static final int P_ADD = 10;
    private static final int P_MUL = 11;
    private static final int P_SPECIAL = 12;
    private static final int P_COLON = 13;
    private static final int P_UNARY = 14;
    private static final int P_POWER = 15;

    /** The pipe placeholder {@code _}; GNU R represents (and deparses) it as the string "_". */
    static final StringVector PLACEHOLDER = new StringVector(new String[] {"_"});
    static { PLACEHOLDER.named = 2; }

    /** Functions that may not be the RHS of {@code |>} (GNU R's "special symbols"). */
    private static final Set<String> PIPE_UNSUPPORTED = Set.of(
            "if", "while", "repeat", "for", "break", "next", "return", "function", "(", "{",
            "+", "-", "*", "/", "^", "%%", "%/%", "%*%", ":", "::", ":::", "==", "!=", "<", ">", "<=", ">=",
            "&", "|", "&&", "||", "!", "<-", "<<-", "=", "$", "[", "[[", "$<-", "[<-", "[[<-", "@", "~", "?");

    private final Lexer lexer;
    private final String src;
    private final String fileName;
    private final List<Token> buffer = new ArrayList<>();
    private int bufferPos;
    /** Offset where the current top-level expression's text (its error context) starts. */
    private int statementStart;
    /** Bracket nesting: '(' and '[' make newlines insignificant, '{' makes them significant. */
    private char[] brackets = new char[16];
    private int depth;
    private final List<String> warnings = new ArrayList<>();
    private Consumer<String> warningHandler = warnings::add;

    public Parser(String source, String fileName) {
        this.src = source;
        this.fileName = fileName;
        this.lexer = new Lexer(source, w -> warningHandler.accept(w));
    }

    public String fileName() { return fileName; }

    /** Where the lexer's warnings go; by default they are collected for {@link #takeWarnings()}. */
    public void setWarningHandler(Consumer<String> handler) { this.warningHandler = handler; }

    /** The warnings collected since the last call, in order. */
    public List<String> takeWarnings() {
        List<String> w = new ArrayList<>(warnings);
        warnings.clear();
        return w;
    }

    /**
     * Parses the whole text, as {@code parse(text=)} does; for a character vector pass its
     * elements joined with newlines (or use {@link #parseAll(String[], Consumer)}).
     */
    public static ExpressionVector parseAll(String text) {
        return parseAll(text, null);
    }

    /** {@code parse(text=lines)}: like GNU R, every element is terminated by a newline. */
    public static ExpressionVector parseAll(String[] lines, Consumer<String> warningHandler) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return parseText(sb.toString(), warningHandler);
    }

    /** Parses the whole text, sending lexer warnings to {@code warningHandler} (may be null). */
    public static ExpressionVector parseAll(String text, Consumer<String> warningHandler) {
        // parse(text=) terminates every element with a newline; end-of-input positions depend on it.
        return parseText(text + "\n", warningHandler);
    }

    private static ExpressionVector parseText(String text, Consumer<String> warningHandler) {
        Parser p = new Parser(text, "<text>");
        if (warningHandler != null) p.setWarningHandler(warningHandler);
        List<SEXP> out = new ArrayList<>();
        for (SEXP e; (e = p.next()) != null; ) out.add(e);
        return new ExpressionVector(out.toArray(new SEXP[0]));
    }

    /** The next complete top-level expression, or null at the end of the input. */
    public SEXP next() {
        while (true) {
            Token t = peekRaw();
            if (t.type == TokenType.NEWLINE) {
                advance();
                statementStart = t.end;
                continue;
            }
            if (t.type == TokenType.END_OF_INPUT) return null;
            SEXP e = parseExpr(P_QUESTION, true);
            Token end = peekRaw();
            if (end.type == TokenType.NEWLINE || end.type == TokenType.SEMICOLON) {
                advance();
                statementStart = end.end;
            } else if (end.type != TokenType.END_OF_INPUT) {
                throw error(end);
            }
            if (containsPlaceholder(e)) throw ParseException.plain("invalid use of pipe placeholder", e);
            return e;
        }
    }

    // ---- tokens ----

    private Token la(int k) {
        while (buffer.size() <= bufferPos + k) buffer.add(lexer.next());
        return buffer.get(bufferPos + k);
    }

    private Token peekRaw() { return la(0); }

    private Token advance() {
        Token t = la(0);
        bufferPos++;
        if (bufferPos > 64) {
            buffer.subList(0, bufferPos).clear();
            bufferPos = 0;
        }
        return t;
    }

    private boolean newlinesIgnored() {
        return depth > 0 && brackets[depth - 1] != '{';
    }

    /** The next token, skipping newlines where they do not matter. */
    private Token peek() {
        if (newlinesIgnored()) {
            while (la(0).type == TokenType.NEWLINE) advance();
        }
        return la(0);
    }

    private void skipNewlines() {
        while (la(0).type == TokenType.NEWLINE) advance();
    }

    private void push(char c) {
        if (depth == brackets.length) brackets = java.util.Arrays.copyOf(brackets, depth * 2);
        brackets[depth++] = c;
    }

    private void pop() { depth--; }

    private Token expect(TokenType type) {
        Token t = peek();
        if (t.type != type) throw error(t);
        return advance();
    }

    // ---- errors ----

    private ParseException error(Token t) {
        switch (t.type) {
            case END_OF_INPUT:
                return ParseException.syntax(ParseException.Kind.END_OF_INPUT, "unexpected end of input",
                        t.line, 0, null, src.substring(0, t.start));
            case INCOMPLETE_STRING:
                return ParseException.syntax(ParseException.Kind.END_OF_INPUT, "unexpected INCOMPLETE_STRING",
                        t.line, column(t.start), null, src.substring(0, t.end));
            case NEWLINE:
                // GNU R places a newline token at the start of the following line.
                return ParseException.syntax(ParseException.Kind.SYNTAX, "unexpected end of line",
                        t.line + 1, 0, src.substring(statementStart, t.end), src.substring(0, t.end));
            default:
                return ParseException.syntax(ParseException.Kind.SYNTAX, "unexpected " + t.type.display,
                        t.line, column(t.start), src.substring(Math.min(statementStart, t.start), t.end),
                        src.substring(0, t.end));
        }
    }

    /** GNU R's column: characters (not bytes) from the line start, tabs advancing to multiples of 8. */
    private int column(int offset) {
        int lineStart = src.lastIndexOf('\n', offset - 1) + 1;
        int col = 0;
        for (int i = lineStart; i <= offset && i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\t') col = (col + 8) & ~7;
            else if (!Character.isLowSurrogate(c)) col++;
        }
        return col;
    }

    // ---- expressions ----

    private static int binaryPrecedence(TokenType t) {
        switch (t) {
            case QUESTION: return P_QUESTION;
            case EQ_ASSIGN: return P_EQ_ASSIGN;
            case LEFT_ASSIGN: return P_LEFT_ASSIGN;
            case RIGHT_ASSIGN: return P_RIGHT_ASSIGN;
            case TILDE: return P_TILDE;
            case OR: case OR2: return P_OR;
            case AND: case AND2: return P_AND;
            case GT: case GE: case LT: case LE: case EQ: case NE: return P_COMPARE;
            case PLUS: case MINUS: return P_ADD;
            case STAR: case SLASH: return P_MUL;
            case SPECIAL: case PIPE: return P_SPECIAL;
            case COLON: return P_COLON;
            case CARET: return P_POWER;
            default: return -1;
        }
    }

    private static boolean rightAssoc(TokenType t) {
        return t == TokenType.EQ_ASSIGN || t == TokenType.LEFT_ASSIGN || t == TokenType.CARET;
    }

    /**
     * Parses an expression whose operators bind at least as tightly as {@code minPrec}.
     * {@code allowEq} is false where gram.y wants expr_or_help (arguments, conditions,
     * defaults), so a top-level {@code =} there is an error.
     */
    private SEXP parseExpr(int minPrec, boolean allowEq) {
        int line = peek().line;
        SEXP left = parseUnary(allowEq);
        boolean leftIsComparison = false;
        while (true) {
            Token t = peek();
            int prec = binaryPrecedence(t.type);
            if (prec < 0 || prec < minPrec) break;
            if (t.type == TokenType.EQ_ASSIGN && !allowEq) break;
            if (prec == P_COMPARE && leftIsComparison) throw error(t); // comparisons do not chain
            advance();
            skipNewlines();
            SEXP right = parseExpr(rightAssoc(t.type) ? prec : prec + 1, allowEq);
            left = binary(t, left, right, line);
            leftIsComparison = prec == P_COMPARE;
        }
        return left;
    }

    private SEXP binary(Token op, SEXP left, SEXP right, int line) {
        switch (op.type) {
            case RIGHT_ASSIGN: return call(op.text, line, right, left);
            case PIPE: return pipe(left, right, line);
            default: return call(op.text, line, left, right);
        }
    }

    private static Call call(String fn, int line, SEXP... args) {
        Call c = new Call(Symbol.get(fn), args, null);
        c.line = line;
        return c;
    }

    private SEXP parseUnary(boolean allowEq) {
        Token t = peek();
        switch (t.type) {
            case MINUS:
            case PLUS:
                return prefix(t, P_UNARY + 1, allowEq);
            case BANG:
                return prefix(t, P_NOT + 1, allowEq);
            case TILDE:
                return prefix(t, P_TILDE + 1, allowEq);
            case QUESTION:
                return prefix(t, P_EQ_ASSIGN, true);
            default:
                return parsePostfix(parsePrimary());
        }
    }

    private SEXP prefix(Token op, int operandPrec, boolean allowEq) {
        advance();
        skipNewlines();
        SEXP operand = parseExpr(operandPrec, allowEq);
        return call(op.text, op.line, operand);
    }

    private SEXP parsePrimary() {
        Token t = peek();
        switch (t.type) {
            case NUM_CONST:
            case NULL_CONST:
                advance();
                return t.value;
            case STR_CONST:
                advance();
                if (isNamespaceOp(peek().type)) return namespace(t.value, t);
                return t.value;
            case SYMBOL: {
                advance();
                Symbol s = Symbol.get(t.text);
                if (isNamespaceOp(peek().type)) return namespace(s, t);
                return s;
            }
            case PLACEHOLDER:
                advance();
                return PLACEHOLDER;
            case LPAREN: {
                advance();
                push('(');
                SEXP e = parseExpr(P_QUESTION, true);
                expect(TokenType.RPAREN);
                pop();
                return call("(", t.line, e);
            }
            case LBRACE:
                return block(t);
            case FUNCTION:
            case LAMBDA:
                return function(t);
            case IF:
                return ifExpr(t);
            case FOR:
                return forExpr(t);
            case WHILE: {
                advance();
                SEXP cond = condition();
                SEXP body = body();
                return call("while", t.line, cond, body);
            }
            case REPEAT: {
                advance();
                skipNewlines();
                return call("repeat", t.line, body());
            }
            case NEXT:
            case BREAK:
                advance();
                return call(t.text, t.line);
            default:
                throw error(t);
        }
    }

    private static boolean isNamespaceOp(TokenType t) { return t == TokenType.NS_GET || t == TokenType.NS_GET_INT; }

    private SEXP namespace(SEXP pkg, Token first) {
        Token op = advance();
        Token name = peekRaw();
        SEXP member;
        if (name.type == TokenType.SYMBOL) member = Symbol.get(name.text);
        else if (name.type == TokenType.STR_CONST) member = name.value;
        else throw error(name);
        advance();
        return call(op.text, first.line, pkg, member);
    }

    private SEXP parsePostfix(SEXP e) {
        while (true) {
            Token t = peek();
            switch (t.type) {
                case LPAREN: {
                    int line = e instanceof Call ? ((Call) e).line : t.line;
                    SEXP fn = e instanceof StringVector && e != PLACEHOLDER ? Symbol.get(((StringVector) e).get(0)) : e;
                    e = arguments(fn, null, TokenType.RPAREN, true, line);
                    break;
                }
                case LBRACKET:
                    e = arguments(Symbol.get("["), e, TokenType.RBRACKET, false, t.line);
                    break;
                case LBB:
                    e = arguments(Symbol.get("[["), e, TokenType.RBRACKET, false, t.line);
                    break;
                case DOLLAR:
                case AT: {
                    advance();
                    skipNewlines();
                    Token name = peekRaw();
                    SEXP member;
                    if (name.type == TokenType.SYMBOL) member = Symbol.get(name.text);
                    else if (name.type == TokenType.STR_CONST) member = name.value;
                    else throw error(name);
                    advance();
                    e = call(t.text, t.line, e, member);
                    break;
                }
                default:
                    return e;
            }
        }
    }

    /**
     * An argument list after {@code (}, {@code [} or {@code [[}. For a call {@code fn} is the
     * function and {@code target} null; for indexing {@code fn} is {@code [}/{@code [[} and
     * {@code target} the object, which becomes the first argument.
     */
    private Call arguments(SEXP fn, SEXP target, TokenType closer, boolean isCall, int line) {
        Token open = advance();
        push(open.type == TokenType.LPAREN ? '(' : '[');
        if (open.type == TokenType.LBB) push('[');
        List<SEXP> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (target != null) { args.add(target); names.add(""); }
        while (true) {
            Token t = peek();
            String name = "";
            SEXP value;
            if ((t.type == TokenType.SYMBOL || t.type == TokenType.STR_CONST || t.type == TokenType.NULL_CONST)
                    && nextSignificant(1).type == TokenType.EQ_ASSIGN) {
                name = t.type == TokenType.SYMBOL ? t.text
                        : t.type == TokenType.NULL_CONST ? "NULL" : ((StringVector) t.value).get(0);
                advance();
                peek();
                advance(); // '='
                Token v = peek();
                value = v.type == TokenType.COMMA || v.type == closer ? Symbol.MISSING_ARG : parseExpr(P_QUESTION, false);
            } else if (t.type == TokenType.COMMA || t.type == closer) {
                value = Symbol.MISSING_ARG;
            } else {
                value = parseExpr(P_QUESTION, false);
            }
            args.add(value);
            names.add(name);
            Token sep = peek();
            if (sep.type == TokenType.COMMA) { advance(); continue; }
            if (sep.type == closer) break;
            throw error(sep);
        }
        advance();
        pop();
        if (open.type == TokenType.LBB) {
            expect(TokenType.RBRACKET);
            pop();
        }
        int first = target != null ? 1 : 0;
        if (isCall && args.size() == 1 && args.get(0) == Symbol.MISSING_ARG && names.get(0).isEmpty()) {
            args.clear();
            names.clear();
        }
        boolean anyName = false;
        for (int i = first; i < names.size(); i++) if (!names.get(i).isEmpty()) anyName = true;
        Call c = new Call(fn, args.toArray(new SEXP[0]), anyName ? names.toArray(new String[0]) : null);
        c.line = line;
        return c;
    }

    /** The k-th token ahead, not counting newlines (used inside brackets, where they are ignored). */
    private Token nextSignificant(int k) {
        int i = 0;
        int seen = 0;
        while (true) {
            Token t = la(i);
            if (t.type != TokenType.NEWLINE) {
                if (seen == k) return t;
                seen++;
            }
            if (t.type == TokenType.END_OF_INPUT) return t;
            i++;
        }
    }

    private SEXP block(Token open) {
        advance();
        push('{');
        List<SEXP> stmts = new ArrayList<>();
        while (true) {
            Token t = peekRaw();
            if (t.type == TokenType.NEWLINE || t.type == TokenType.SEMICOLON) { advance(); continue; }
            if (t.type == TokenType.RBRACE) break;
            stmts.add(parseExpr(P_QUESTION, true));
            Token end = peekRaw();
            if (end.type != TokenType.NEWLINE && end.type != TokenType.SEMICOLON && end.type != TokenType.RBRACE) {
                throw error(end);
            }
        }
        advance();
        pop();
        return call("{", open.line, stmts.toArray(new SEXP[0]));
    }

    /** A body of if/for/while/repeat/function: anything but a binary {@code ?}. */
    private SEXP body() {
        skipNewlines();
        return parseExpr(P_EQ_ASSIGN, true);
    }

    private SEXP condition() {
        skipNewlines();
        expect(TokenType.LPAREN);
        push('(');
        SEXP cond = parseExpr(P_QUESTION, false);
        expect(TokenType.RPAREN);
        pop();
        return cond;
    }

    private SEXP ifExpr(Token kw) {
        advance();
        SEXP cond = condition();
        SEXP yes = body();
        boolean hasElse;
        if (depth == 0) {
            hasElse = peekRaw().type == TokenType.ELSE;
        } else {
            int i = 0;
            while (la(i).type == TokenType.NEWLINE) i++;
            hasElse = la(i).type == TokenType.ELSE;
            if (hasElse) skipNewlines();
        }
        if (!hasElse) return call("if", kw.line, cond, yes);
        advance();
        SEXP no = body();
        return call("if", kw.line, cond, yes, no);
    }

    private SEXP forExpr(Token kw) {
        advance();
        skipNewlines();
        expect(TokenType.LPAREN);
        push('(');
        Token var = peek();
        if (var.type != TokenType.SYMBOL) throw error(var);
        advance();
        expect(TokenType.IN);
        SEXP seq = parseExpr(P_QUESTION, false);
        expect(TokenType.RPAREN);
        pop();
        SEXP body = body();
        return call("for", kw.line, Symbol.get(var.text), seq, body);
    }

    private SEXP function(Token kw) {
        advance();
        if (kw.type == TokenType.FUNCTION) skipNewlines();
        expect(TokenType.LPAREN);
        push('(');
        List<String> tags = new ArrayList<>();
        List<SEXP> defaults = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (peek().type != TokenType.RPAREN) {
            while (true) {
                Token name = peek();
                if (name.type != TokenType.SYMBOL) throw error(name);
                advance();
                if (!seen.add(name.text)) {
                    throw ParseException.plain("repeated formal argument '" + name.text + "' on line " + name.line);
                }
                SEXP def = Symbol.MISSING_ARG;
                if (peek().type == TokenType.EQ_ASSIGN) {
                    advance();
                    def = parseExpr(P_QUESTION, false);
                }
                tags.add(name.text);
                defaults.add(def);
                Token sep = peek();
                if (sep.type == TokenType.COMMA) { advance(); continue; }
                if (sep.type == TokenType.RPAREN) break;
                throw error(sep);
            }
        }
        expect(TokenType.RPAREN);
        pop();
        SEXP body = body();
        PairList formals = new PairList(tags.toArray(new String[0]), defaults.toArray(new SEXP[0]));
        formals.named = 2;
        return call("function", kw.line, formals.length() == 0 ? Null.NULL : formals, body, Null.NULL);
    }

    // ---- the native pipe ----

    private SEXP pipe(SEXP lhs, SEXP rhs, int line) {
        if (!(rhs instanceof Call)) throw ParseException.plain("The pipe operator requires a function call as RHS");
        Call c = (Call) rhs;
        SEXP[] args = c.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] != PLACEHOLDER) continue;
            if (c.argName(i).isEmpty()) {
                throw ParseException.plain("pipe placeholder can only be used as a named argument");
            }
            for (int j = i + 1; j < args.length; j++) {
                if (args[j] == PLACEHOLDER) throw ParseException.plain("pipe placeholder may only appear once", rhs);
            }
            SEXP[] newArgs = args.clone();
            newArgs[i] = lhs;
            Call r = new Call(c.function, newArgs, c.namesOrNull() == null ? null : c.namesOrNull().clone());
            r.line = c.line;
            return r;
        }
        if (containsPlaceholder(c.function)) {
            throw ParseException.plain("pipe placeholder cannot be used in the RHS function", rhs);
        }
        if (c.function instanceof Symbol && PIPE_UNSUPPORTED.contains(((Symbol) c.function).name)) {
            throw ParseException.plain("function '" + ((Symbol) c.function).name + "' not supported in RHS call of a pipe");
        }
        SEXP[] newArgs = new SEXP[args.length + 1];
        newArgs[0] = lhs;
        System.arraycopy(args, 0, newArgs, 1, args.length);
        String[] names = null;
        if (c.hasNames()) {
            names = new String[newArgs.length];
            names[0] = "";
            for (int i = 0; i < args.length; i++) names[i + 1] = c.argName(i);
        }
        Call r = new Call(c.function, newArgs, names);
        r.line = line;
        return r;
    }

    private static boolean containsPlaceholder(SEXP e) {
        if (e == PLACEHOLDER) return true;
        if (e instanceof Call) {
            Call c = (Call) e;
            if (containsPlaceholder(c.function)) return true;
            for (SEXP a : c.args()) if (containsPlaceholder(a)) return true;
        } else if (e instanceof PairList) {
            for (SEXP a : ((PairList) e).values()) if (containsPlaceholder(a)) return true;
        }
        return false;
    }
}
