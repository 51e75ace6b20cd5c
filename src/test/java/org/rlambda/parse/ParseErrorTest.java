package org.rlambda.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.SEXP;

/** Error messages, compared with GNU R 4.2.2 (Rscript on a file, and parse(text=)). */
class ParseErrorTest {

    /** The message Rscript prints after "Error: " for a script file. */
    private static String scriptError(String src) {
        Parser p = new Parser(src, "script.R");
        ParseException e = assertThrows(ParseException.class, () -> { while (p.next() != null) { } });
        return e.getMessage();
    }

    /** The message parse(text=) puts in its condition. */
    private static String parseTextError(String src) {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseAll(src));
        return e.parseMessage("<text>");
    }

    @Test void scriptErrorShowsTheCurrentExpressionOnOneLine() {
        assertEquals("unexpected symbol in \"x y\"", scriptError("x y\n"));
        assertEquals("unexpected numeric constant in \"x <- 5 6\"", scriptError("x <- 5 6"));
        assertEquals("unexpected string constant in \"x <- \"a\" \"b\"\"", scriptError("x <- \"a\" \"b\"\n"));
        assertEquals("unexpected '}' in \"x <- 1 }\"", scriptError("x <- 1 }\n"));
        assertEquals("unexpected '@' in \"x <- @\"", scriptError("x <- @\n"));
        assertEquals("unexpected '\\\\' in \"x <- 1 \\\"", scriptError("x <- 1 \\ 2\n"));
        assertEquals("unexpected '=' in \"f(x=1=\"", scriptError("f(x=1=2)\n"));
    }

    @Test void scriptErrorShowsTheLastTwoLinesOfAMultiLineExpression() {
        assertEquals("unexpected numeric constant in:\n\"y <- x +\n  2 3\"",
                scriptError("x <- 1\nprint(x)\ny <- x +\n  2 3\nprint(2)\n"));
        assertEquals("unexpected '}' in:\n\"  y <- 2 +\n}\"", scriptError("f <- function() {\n  x <- 1\n  y <- 2 +\n}\n"));
        assertEquals("unexpected numeric constant in:\n\"\n  2 3\"", scriptError("f(1,\n\n  2 3)\n"));
    }

    @Test void scriptContextStartsAfterThePreviousExpression() {
        assertEquals("unexpected symbol in \"y z\"", scriptError("x <- 1\n\n# c\ny z\n"));
        assertEquals("unexpected symbol in \"  y z\"", scriptError("x <- 1\n\n\n  y z\n"));
        assertEquals("unexpected symbol in \" y z\"", scriptError("x <- 1; y z\n"));
    }

    @Test void elseOnANewLineAtTopLevel() {
        assertEquals("unexpected 'else' in \"else\"", scriptError("if (TRUE) 1\nelse 2\n"));
        assertEquals("<text>:2:1: unexpected 'else'\n1: if (a) b\n2: else\n   ^", parseTextError("if (a) b\nelse c"));
    }

    @Test void endOfInput() {
        assertEquals("unexpected end of input", scriptError("x <- 1 +\n"));
        assertEquals("unexpected end of input", scriptError("{\n  x\n"));
        assertEquals("unexpected end of input", scriptError("x <- \"abc\n"));
        assertEquals("<text>:2:0: unexpected end of input\n1: 1 +\n   ^", parseTextError("1 +"));
        assertEquals("<text>:4:0: unexpected end of input\n2: 1\n3: \n  ^", parseTextError("{\n1\n"));
        assertEquals("<text>:1:1: unexpected INCOMPLETE_STRING\n1: \"abc\n    ^", parseTextError("\"abc"));
        assertEquals("<text>:1:6: unexpected INCOMPLETE_STRING\n1: x <- `abc\n         ^", parseTextError("x <- `abc"));
    }

    @Test void parseTextShowsLocationAndCaret() {
        assertEquals("<text>:1:3: unexpected symbol\n1: x y\n      ^", parseTextError("x y"));
        assertEquals("<text>:2:3: unexpected symbol\n1: a\n2: x y\n     ^", parseTextError("a\nx y\nz"));
        assertEquals("<text>:2:11: unexpected symbol\n1: a\n2:         x y\n             ^", parseTextError("a\n\tx y\nz"));
        assertEquals("<text>:1:10: unexpected symbol\n1: x <- \"é\" y\n             ^", parseTextError("x <- \"é\" y"));
        assertEquals("<text>:4:3: unexpected numeric constant\n3: ,\n4: 2 3\n     ^", parseTextError("f(\n1\n,\n2 3)"));
    }

    @Test void badTokens() {
        assertEquals("<text>:1:6: unexpected input\n1: x <- 0x\n         ^", parseTextError("x <- 0x"));
        assertEquals("<text>:1:1: unexpected input\n1: 1e+\n    ^", parseTextError("1e+"));
        assertEquals("<text>:1:3: unexpected input\n1: a % b\n      ^", parseTextError("a % b"));
        assertEquals("<text>:1:2: unexpected input\n1: 1_\n     ^", parseTextError("1_000"));
        assertEquals("<text>:1:3: unexpected symbol\n1: 1Li\n      ^", parseTextError("1Li"));
        assertEquals("<text>:1:3: unexpected numeric constant\n1: 1..2\n      ^", parseTextError("1..2"));
        assertEquals("<text>:2:0: unexpected end of line\n1: a::\n   ^", parseTextError("a::\nb"));
    }

    @Test void grammarErrors() {
        assertEquals("<text>:1:7: unexpected '<'\n1: a < b <\n          ^", parseTextError("a < b < c"));
        assertEquals("<text>:1:5: unexpected '::'\n1: a::b::\n        ^", parseTextError("a::b::c"));
        assertEquals("<text>:1:9: unexpected '='\n1: f(x = y =\n            ^", parseTextError("f(x = y = 2)"));
        assertEquals("<text>:1:7: unexpected '='\n1: if (a =\n          ^", parseTextError("if (a = 1) 2"));
        assertEquals("<text>:1:14: unexpected ')'\n1: function(x = )\n                 ^", parseTextError("function(x = ) 1"));
        assertEquals("<text>:1:3: unexpected ','\n1: (a,\n      ^", parseTextError("(a, b)"));
        assertEquals("<text>:1:9: unexpected ';'\n1: x <- 1 ;;\n            ^", parseTextError("x <- 1 ;; y"));
        assertEquals("<text>:1:3: unexpected 'NULL'\n1: x$NULL\n      ^", parseTextError("x$NULL"));
        assertEquals("<text>:1:5: unexpected symbol\n1: for i\n        ^", parseTextError("for i in x"));
        assertEquals("<text>:2:1: unexpected '|>'\n1: x\n2: |>\n   ^", parseTextError("x\n|> f()"));
    }

    @Test void stringEscapeErrors() {
        assertEquals("'\\q' is an unrecognized escape in character string starting \"\"\\q\"", scriptError("x <- \"\\q\"\n"));
        assertEquals("'\\q' is an unrecognized escape in character string starting \"'a\\tb\\q\"", parseTextError("'a\\tb\\q'"));
        assertEquals("'\\x' used without hex digits in character string starting \"'\\x\"", parseTextError("'\\xg'"));
        assertEquals("'\\u' used without hex digits in character string starting \"'\\u{\"", parseTextError("'\\u{zz}'"));
        assertEquals("nul character not allowed (line 1)", parseTextError("'a\\0b'"));
        assertEquals("invalid \\u{xxxx} sequence (line 1)", parseTextError("'\\u{41'"));
        assertEquals("invalid \\U{xxxxxxxx} value 110000 (line 1)", parseTextError("'\\U{110000}'"));
        assertEquals("malformed raw string literal at line 1", parseTextError("r\"abc\""));
        assertEquals("attempt to use zero-length variable name", parseTextError("``"));
    }

    @Test void pipeErrors() {
        assertEquals("The pipe operator requires a function call as RHS", parseTextError("x |> f"));
        assertEquals("function '(' not supported in RHS call of a pipe", parseTextError("x |> (function(x) x)"));
        assertEquals("function '[' not supported in RHS call of a pipe", parseTextError("x |> `[`(1)"));
        assertEquals("pipe placeholder can only be used as a named argument", parseTextError("x |> f(_)"));
        assertEquals("pipe placeholder may only appear once", parseTextError("x |> f(y = _, z = _)"));
        assertEquals("'=>' is disabled; set '_R_USE_PIPEBIND_' envvar to a true value to enable it", parseTextError("a => b"));
    }

    @Test void placeholderOutsideAPipeReportsTheExpression() {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseAll("y <- f(_)"));
        assertEquals("invalid use of pipe placeholder", e.getMessage());
        assertNotNull(e.call());
    }

    @Test void repeatedFormalArgument() {
        assertEquals("repeated formal argument 'x' on line 1", scriptError("function(x, x) 1\n"));
    }

    @Test void expressionsBeforeTheErrorAreReturnedFirst() {
        Parser p = new Parser("x <- 1\nprint(x)\ny z\n", "f.R");
        List<SEXP> got = new ArrayList<>();
        got.add(p.next());
        got.add(p.next());
        assertEquals(2, got.size());
        assertThrows(ParseException.class, p::next);
    }

    @Test void veryLongLineContextIsTruncatedLikeGnuR() {
        StringBuilder sb = new StringBuilder("x <- ");
        for (int i = 0; i < 60; i++) sb.append(i > 0 ? "+" : "").append(String.format("a%03d", i));
        String src = sb.append(" y").toString();
        String msg = scriptError(src + "\n");
        assertEquals("unexpected symbol in \"" + src.substring(src.length() - 255, src.length() - 63) + "\"", msg);
    }
}
