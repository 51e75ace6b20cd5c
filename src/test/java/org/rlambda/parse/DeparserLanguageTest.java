package org.rlambda.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.SEXP;

/**
 * Deparsing parsed code, compared with GNU R 4.2.2's {@code deparse(parse(text=, keep.source=FALSE)[[1]])}
 * (lines joined with newlines). "Constructed" cases first remove every {@code (} call, as a
 * call built with {@code call()} would have none, so the deparser must add the parentheses.
 */
class DeparserLanguageTest {

    private static void check(String src, String expected) {
        SEXP e = Parser.parseAll(src).get(0);
        assertEquals(expected, String.join("\n", Deparser.deparse(e, 60)), "deparse of: " + src);
    }

    private static void constructed(String src, String expected) {
        SEXP e = stripParens(Parser.parseAll(src).get(0));
        assertEquals(expected, String.join("\n", Deparser.deparse(e, 60)), "deparse of: " + src);
    }

    private static void width20(String src, String expected) {
        SEXP e = Parser.parseAll(src).get(0);
        assertEquals(expected, String.join("\n", Deparser.deparse(e, 20)), "deparse of: " + src);
    }

    private static SEXP stripParens(SEXP e) {
        if (!(e instanceof Call)) return e;
        Call c = (Call) e;
        if (c.isCallTo("(") && c.argCount() == 1) return stripParens(c.arg(0));
        SEXP[] args = c.args().clone();
        for (int i = 0; i < args.length; i++) args[i] = stripParens(args[i]);
        return new Call(stripParens(c.function), args, c.namesOrNull() == null ? null : c.namesOrNull().clone());
    }

    @Test void operatorSpacing() {
        check("x + 1", "x + 1");
        check("x - 1", "x - 1");
        check("x * 2", "x * 2");
        check("x / 2", "x/2");
        check("x ^ 2", "x^2");
        check("x %% 2", "x%%2");
        check("x %/% 2", "x%/%2");
        check("x %in% y", "x %in% y");
        check("x %*% y", "x %*% y");
        check("a:b", "a:b");
        check("-x", "-x");
        check("+x", "+x");
        check("!x", "!x");
        check("~x", "~x");
        check("y ~ x + z", "y ~ x + z");
        check("a == b", "a == b");
        check("a != b", "a != b");
        check("a < b", "a < b");
        check("a & b", "a & b");
        check("a && b", "a && b");
        check("a | b || c", "a | b || c");
        check("a <- b", "a <- b");
        check("a <<- b", "a <<- b");
        check("a = b", "a = b");
        check("a -> b", "b <- a");
    }

    @Test void extractionIndexingAndCalls() {
        check("x$a", "x$a");
        check("x$`a b`", "x$`a b`");
        check("x$\"a b\"", "x$\"a b\"");
        check("x$'a'", "x$a");
        check("x@a", "x@a");
        check("x[1]", "x[1]");
        check("x[1, ]", "x[1, ]");
        check("x[, 1]", "x[, 1]");
        check("x[1, , drop = FALSE]", "x[1, , drop = FALSE]");
        check("x[[1]]", "x[[1]]");
        check("x[[\"a\"]]", "x[[\"a\"]]");
        check("a::b", "a::b");
        check("a:::b", "a:::b");
        check("f(x)", "f(x)");
        check("f(x, y = 2)", "f(x, y = 2)");
        check("f()", "f()");
        check("`my var` + 1", "`my var` + 1");
        check("`my fun`(1)", "`my fun`(1)");
        check("f(`a b` = 1)", "f(`a b` = 1)");
    }

    @Test void controlFlowAndFunctions() {
        check("if (a) b", "if (a) b");
        check("if (a) b else c", "if (a) b else c");
        check("for (i in x) print(i)", "for (i in x) print(i)");
        check("while (TRUE) break", "while (TRUE) break");
        check("repeat next", "repeat next");
        check("function(x, y = 2, ...) x + y", "function(x, y = 2, ...) x + y");
        check("\\(x) x", "function(x) x");
        check("{x}", "{\n    x\n}");
        check("{x; y}", "{\n    x\n    y\n}");
        check("{}", "{\n}");
        check("(x)", "(x)");
    }

    @Test void explicitParenthesesAreKept() {
        check("(a + b) * c", "(a + b) * c");
        check("a + (b * c)", "a + (b * c)");
        check("-(a + b)", "-(a + b)");
        check("-(-a)", "-(-a)");
        check("!(!a)", "!(!a)");
        check("(-a)^2", "(-a)^2");
        check("-a^2", "-a^2");
        check("(a^b)^c", "(a^b)^c");
        check("a^b^c", "a^b^c");
        check("a - (b - c)", "a - (b - c)");
        check("(a - b) - c", "(a - b) - c");
        check("a / (b * c)", "a/(b * c)");
        check("f(a = (b = 1))", "f(a = (b = 1))");
        check("f((a = 1))", "f((a = 1))");
        check("x <- y <- z", "x <- y <- z");
        check("(x <- y) <- z", "(x <- y) <- z");
        check("if (a) {b} else {c}", "if (a) {\n    b\n} else {\n    c\n}");
    }

    @Test void ifElseInsideBracesIsSplitOverLines() {
        check("function(x) {\n  if (x) 1 else 2\n}", "function(x) {\n    if (x) \n        1\n    else 2\n}");
        check("function(x) {\n  if (x) {\n    1\n  } else {\n    2\n  }\n}", "function(x) {\n    if (x) {\n        1\n    }\n    else {\n        2\n    }\n}");
        check("function(x) {\n  if (x) 1\n  y\n}", "function(x) {\n    if (x) \n        1\n    y\n}");
        check("function(x) {\n  for (i in 1:10) {\n    print(i)\n  }\n  while (TRUE) break\n}", "function(x) {\n    for (i in 1:10) {\n        print(i)\n    }\n    while (TRUE) break\n}");
        check("{\n  f(function(x) {\n    x\n  })\n}", "{\n    f(function(x) {\n        x\n    })\n}");
        check("f(if (a) b else c)", "f(if (a) b else c)");
        check("{\n  f(if (a) b else c)\n}", "{\n    f(if (a) \n        b\n    else c)\n}");
        check("{\n  x <- if (a) b else c\n}", "{\n    x <- if (a) \n        b\n    else c\n}");
    }

    @Test void numbersAndOtherConstants() {
        check("1", "1");
        check("1L", "1L");
        check("1.5", "1.5");
        check("0.1", "0.1");
        check("1e5", "1e+05");
        check("100000", "1e+05");
        check("123456", "123456");
        check("1e-20", "1e-20");
        check("1e15", "1e+15");
        check("1e-5", "1e-05");
        check("0.0001", "1e-04");
        check("0.00012", "0.00012");
        check("1/3", "1/3");
        check("3.14159265358979", "3.14159265358979");
        check("100", "100");
        check("-1", "-1");
        check("1e300", "1e+300");
        check("TRUE", "TRUE");
        check("NA", "NA");
        check("NA_integer_", "NA_integer_");
        check("NA_real_", "NA_real_");
        check("NA_character_", "NA_character_");
        check("Inf", "Inf");
        check("NaN", "NaN");
        check("\"abc\"", "\"abc\"");
        check("\"a\\tb\\\"q\\\\\"", "\"a\\tb\\\"q\\\\\"");
        check("'it\\'s'", "\"it's\"");
        check("2i", "0+2i");
        check("1+2i", "1 + (0+2i)");
        check("NULL", "NULL");
    }

    @Test void callsOfCallsAndOddCalls() {
        check("x[[1]][[2]]", "x[[1]][[2]]");
        check("a$b$c", "a$b$c");
        check("f(x)(y)", "f(x)(y)");
        check("(function(x) x)(2)", "(function(x) x)(2)");
        check("(a + b)(c)", "(a + b)(c)");
        check("a$b(c)", "a$b(c)");
        check("x[1](2)", "x[1](2)");
        check("`+`(1, 2, 3)", "`+`(1, 2, 3)");
        check("`-`(1)", "-1");
        check("`$`(a, b, c)", "`$`(a, b, c)");
        check("`?`(a)", "`?`(a)");
        check("a ? b", "`?`(a, b)");
        check("`:=`(a, b)", "`:=`(a, b)");
        check("`%in%`(a)", "`%in%`(a)");
        check("(if (a) b else c) + 1", "(if (a) b else c) + 1");
        check("a + if (b) c else d", "a + if (b) c else d");
        check("(function(x) x) + 1", "(function(x) x) + 1");
        check("a + function(x) x", "a + function(x) x");
        check("-(1:3)", "-(1:3)");
        check("(-1):3", "(-1):3");
        check("-1:3", "-1:3");
        check("(1:3)[2]", "(1:3)[2]");
        check("(a$b)$c", "(a$b)$c");
        check("a$b$c", "a$b$c");
        check("(a + b)$c", "(a + b)$c");
        check("(a$b)(c)", "(a$b)(c)");
    }

    @Test void explicitParenthesesAroundOperands() {
        check("!a == b", "!a == b");
        check("!(a == b)", "!(a == b)");
        check("(!a) == b", "(!a) == b");
        check("a == (b == c)", "a == (b == c)");
        check("(a == b) == c", "(a == b) == c");
        check("(a < b) > c", "(a < b) > c");
        check("a %in% (b %in% c)", "a %in% (b %in% c)");
        check("(a %in% b) %in% c", "(a %in% b) %in% c");
        check("a * (b %in% c)", "a * (b %in% c)");
        check("(a * b) %in% c", "(a * b) %in% c");
        check("a ~ (b ~ c)", "a ~ (b ~ c)");
        check("(a ~ b) ~ c", "(a ~ b) ~ c");
        check("~(a + b)", "~(a + b)");
        check("a <- (b <- c)", "a <- (b <- c)");
        check("(a = b) = c", "(a = b) = c");
        check("a = (b = c)", "a = (b = c)");
        check("x[-1]", "x[-1]");
        check("x[!y]", "x[!y]");
        check("x[a + b]", "x[a + b]");
        check("(a)[1]", "(a)[1]");
        check("f(-1)", "f(-1)");
        check("c(a = 1, 2)", "c(a = 1, 2)");
        check("x <- function(a, b) a + b", "x <- function(a, b) a + b");
        check("function(x, ...) UseMethod(\"f\")", "function(x, ...) UseMethod(\"f\")");
        check("function(`a b`) 1", "function(`a b`) 1");
        check("function(x = c(1, 2), y = list()) NULL", "function(x = c(1, 2), y = list()) NULL");
    }

    @Test void constructedArithmeticGetsParentheses() {
        constructed("(a+b)*c", "(a + b) * c");
        constructed("a*(b+c)", "a * (b + c)");
        constructed("-(a+b)", "-(a + b)");
        constructed("(-a)^2", "(-a)^2");
        constructed("-(a^2)", "-a^2");
        constructed("(a^b)^c", "(a^b)^c");
        constructed("a^(b^c)", "a^b^c");
        constructed("a-(b-c)", "a - (b - c)");
        constructed("(a-b)-c", "a - b - c");
        constructed("(a=b)=c", "(a = b) = c");
        constructed("a=(b=c)", "a = b = c");
        constructed("(a<-b)<-c", "(a <- b) <- c");
        constructed("a<-(b<-c)", "a <- b <- c");
        constructed("f(a = (b = c))", "f(a = (b = c))");
        constructed("f((b = c))", "f((b = c))");
        constructed("(if (a) b) + 1", "(if (a) b) + 1");
        constructed("a + (if (a) b)", "a + if (a) b");
        constructed("(function(x) x)(1)", "(function(x) x)(1)");
        constructed("(a+b)$c", "(a + b)$c");
        constructed("(a+b)[1]", "(a + b)[1]");
        constructed("(a$b)$c", "a$b$c");
        constructed("(-a)$b", "(-a)$b");
        constructed("(a:b):c", "a:b:c");
        constructed("a:(b:c)", "a:(b:c)");
        constructed("-(a:b)", "-(a:b)");
        constructed("(-a):b", "-a:b");
        constructed("!(a == b)", "!a == b");
        constructed("(!a) == b", "(!a) == b");
        constructed("(!a) & b", "!a & b");
        constructed("!(a & b)", "!(a & b)");
    }

    @Test void constructedLogicAndSpecialsGetParentheses() {
        constructed("(a == b) == c", "(a == b) == c");
        constructed("a == (b == c)", "a == (b == c)");
        constructed("(a < b) < c", "(a < b) < c");
        constructed("(a %in% b) %in% c", "a %in% b %in% c");
        constructed("a %in% (b %in% c)", "a %in% (b %in% c)");
        constructed("(a * b) %in% c", "(a * b) %in% c");
        constructed("a * (b %in% c)", "a * b %in% c");
        constructed("(a %in% b) * c", "a %in% b * c");
        constructed("(a %in% b)^c", "(a %in% b)^c");
        constructed("a^(b %in% c)", "a^(b %in% c)");
        constructed("(a ~ b) ~ c", "a ~ b ~ c");
        constructed("a ~ (b ~ c)", "a ~ (b ~ c)");
        constructed("~(a ~ b)", "~(a ~ b)");
        constructed("(~a) + b", "(~a) + b");
        constructed("-(~a)", "-~a");
        constructed("(a <- b) + c", "(a <- b) + c");
        constructed("a + (b <- c)", "a + (b <- c)");
        constructed("(a = b) + c", "(a = b) + c");
        constructed("(a + b)(c)", "(a + b)(c)");
        constructed("(a$b)(c)", "a$b(c)");
        constructed("(a[1])(c)", "a[1](c)");
        constructed("(f(x))(y)", "f(x)(y)");
        constructed("({a})(b)", "{\n    a\n}(b)");
        constructed("((a))(b)", "a(b)");
        constructed("(a::b)(c)", "a::b(c)");
        constructed("(a %o% b)(c)", "(a %o% b)(c)");
        constructed("(-a)(b)", "(-a)(b)");
        constructed("(!a)(b)", "(!a)(b)");
        constructed("(if (a) b)(c)", "(if (a) b)(c)");
        constructed("x[(a = 1)]", "x[(a = 1)]");
    }

    @Test void constructedCallersAndControlFlowGetParentheses() {
        constructed("x[[(a <- 1)]]", "x[[a <- 1]]");
        constructed("(a && b) || c", "a && b || c");
        constructed("a && (b || c)", "a && (b || c)");
        constructed("(a || b) && c", "(a || b) && c");
        constructed("(a | b) & c", "(a | b) & c");
        constructed("(a & b) | c", "a & b | c");
        constructed("a | (b & c)", "a | b & c");
        constructed("a - (-b)", "a - -b");
        constructed("a + -b", "a + -b");
        constructed("a - (+b)", "a - +b");
        constructed("-(-1)", "--1");
        constructed("a/(b/c)", "a/(b/c)");
        constructed("(a/b)/c", "a/b/c");
        constructed("a/(b*c)", "a/(b * c)");
        constructed("(a*b)/c", "a * b/c");
        constructed("(-1)^2", "(-1)^2");
        constructed("(a?b)+c", "`?`(a, b) + c");
        constructed("a + (b ? c)", "a + `?`(b, c)");
        constructed("(a -> b)", "b <- a");
        constructed("function(x) (x + 1)", "function(x) x + 1");
        constructed("(function(x) x + 1)", "function(x) x + 1");
        constructed("(while (a) b) + 1", "(while (a) b) + 1");
        constructed("(repeat a) + 1", "(repeat a) + 1");
        constructed("(for (i in 1) a) + 1", "(for (i in 1) a) + 1");
        constructed("a + (while (a) b)", "a + while (a) b");
        constructed("{a} + 1", "{\n    a\n} + 1");
        constructed("(a)[1]", "a[1]");
        constructed("-(1)", "-1");
        constructed("!(1)", "!1");
    }

    @Test void longCodeBreaksAfterCommasAndBinaryOperators() {
        width20("f(aaaa, bbbb, cccc, dddd, eeee)", "f(aaaa, bbbb, cccc, dddd, \n    eeee)");
        width20("aaaa + bbbb + cccc + dddd + eeee", "aaaa + bbbb + cccc + \n    dddd + eeee");
        width20("function(aaaa, bbbb, cccc, dddd) NULL", "function(aaaa, bbbb, \n    cccc, dddd) NULL");
        width20("x[aaaa, bbbb, cccc, dddd]", "x[aaaa, bbbb, cccc, dddd]");
        width20("{f(aaaaaaaa, bbbbbbbbbbb, cccccccccc, ddddddddd)}", "{\n    f(aaaaaaaa, bbbbbbbbbbb, \n        cccccccccc, ddddddddd)\n}");
        width20("aaaa <- bbbb + cccc * dddd / eeee - ffff", "aaaa <- bbbb + cccc * \n    dddd/eeee - ffff");
        width20("if (aaaaaaaaaa && bbbbbbbbbbbbbb) cccccccccccc else ddddddddddd", "if (aaaaaaaaaa && bbbbbbbbbbbbbb) cccccccccccc else ddddddddddd");
        width20("f(g(aaaaa, bbbbb), h(ccccc, ddddd))", "f(g(aaaaa, bbbbb), h(ccccc, \n    ddddd))");
        width20("function(x) {\n  if (x > 1) \"big\" else \"small\"\n  for (i in seq_len(x)) {\n    print(i)\n  }\n}", "function(x) {\n    if (x > 1) \n        \"big\"\n    else \"small\"\n    for (i in seq_len(x)) {\n        print(i)\n    }\n}");
    }
}
