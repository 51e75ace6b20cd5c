package org.rlambda.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.ExpressionVector;

/**
 * Parsed structure compared with GNU R 4.2.2. Expected strings were produced in GNU R with
 * {@code parse(text=, keep.source=FALSE)} and a tree printer that mirrors {@link Sx}.
 */
class ParserStructureTest {

    private static void check(String src, String expected) {
        ExpressionVector ev = Parser.parseAll(src);
        assertEquals(1, ev.length(), "one expression from: " + src);
        assertEquals(expected, Sx.of(ev.get(0)), "parsing: " + src);
    }

    @Test void equalsAssignmentBindsLooserThanArrow() {
        check("a <- b = c", "(`=` (`<-` `a` `b`) `c`)");
        check("a = b <- c", "(`=` `a` (`<-` `b` `c`))");
        check("-a = 2", "(`=` (`-` `a`) double:2)");
    }

    @Test void questionMarkIsLowestAndTakesAssignments() {
        check("?a = b", "(`?` (`=` `a` `b`))");
        check("a = b ? c", "(`?` (`=` `a` `b`) `c`)");
        check("a ? b = c", "(`?` `a` (`=` `b` `c`))");
        check("function(x) x ? y", "(`?` (`function` [x=<M>] `x` NULL) `y`)");
    }

    @Test void unaryMinusBindsLooserThanPowerButTighterThanColon() {
        check("-a:b", "(`:` (`-` `a`) `b`)");
        check("-2^2", "(`-` (`^` double:2 double:2))");
        check("a^-b", "(`^` `a` (`-` `b`))");
        check("a^b^c", "(`^` `a` (`^` `b` `c`))");
        check("x ** 2", "(`^` `x` double:2)");
    }

    @Test void negationBindsLooserThanComparisonAndSpecials() {
        check("!a == b", "(`!` (`==` `a` `b`))");
        check("!a %in% b", "(`!` (`%in%` `a` `b`))");
    }

    @Test void formulasAndLogicalOperators() {
        check("a ~ b | c", "(`~` `a` (`|` `b` `c`))");
        check("~a ~ b", "(`~` (`~` `a`) `b`)");
        check("a && b || c", "(`||` (`&&` `a` `b`) `c`)");
        check("a | b & c", "(`|` `a` (`&` `b` `c`))");
    }

    @Test void rightAssignmentSwapsOperands() {
        check("a -> b <- c", "(`<-` (`<-` `b` `a`) `c`)");
        check("a <- b -> c", "(`<-` `a` (`<-` `c` `b`))");
        check("a ->> b", "(`<<-` `b` `a`)");
        check("1 -> 2", "(`<-` double:2 double:1)");
    }

    @Test void leftAssignmentsAreRightAssociative() {
        check("a <<- b", "(`<<-` `a` `b`)");
        check("x := y", "(`:=` `x` `y`)");
        check("x <- y <- z", "(`<-` `x` (`<-` `y` `z`))");
    }

    @Test void specialOperatorsAreLeftAssociativeAboveMultiplication() {
        check("a %% b %/% c %o% d", "(`%o%` (`%/%` (`%%` `a` `b`) `c`) `d`)");
        check("a * b %in% c", "(`*` `a` (`%in%` `b` `c`))");
        check("1:2:3", "(`:` (`:` double:1 double:2) double:3)");
        check("x + 1", "(`+` `x` double:1)");
    }

    @Test void extractionAndNamespaces() {
        check("a$b$c()", "((`$` (`$` `a` `b`) `c`))");
        check("a$'b'", "(`$` `a` character:\"b\")");
        check("a@b", "(`@` `a` `b`)");
        check("'a'::b", "(`::` character:\"a\" `b`)");
        check("a:::b", "(`:::` `a` `b`)");
        check("a::b$c", "(`$` (`::` `a` `b`) `c`)");
    }

    @Test void indexingKeepsEmptyArguments() {
        check("x[1, , drop = FALSE]", "(`[` `x` double:1 <M> drop=logical:FALSE)");
        check("x[[1]][2]", "(`[` (`[[` `x` double:1) double:2)");
        check("x[]", "(`[` `x` <M>)");
        check("x[[]]", "(`[[` `x` <M>)");
    }

    @Test void callArguments() {
        check("f()", "(`f`)");
        check("f(,)", "(`f` <M> <M>)");
        check("f(a,)", "(`f` `a` <M>)");
        check("f('a' = 1, `b c` = 2, NULL = 3)", "(`f` a=double:1 b c=double:2 NULL=double:3)");
        check("f(a = )", "(`f` a=<M>)");
        check("f(...)", "(`f` `...`)");
        check("'f'(2)", "(`f` double:2)");
        check("f(x)(y)", "((`f` `x`) `y`)");
        check("f(a)(b)[c]", "(`[` ((`f` `a`) `b`) `c`)");
    }

    @Test void functionDefinitions() {
        check("function(x, y = 2, ...) x", "(`function` [x=<M> y=double:2 ...=<M>] `x` NULL)");
        check("function() 1", "(`function` NULL double:1 NULL)");
        check("\\(x) x + 1", "(`function` [x=<M>] (`+` `x` double:1) NULL)");
        check("function(x) x = 2", "(`function` [x=<M>] (`=` `x` double:2) NULL)");
    }

    @Test void controlFlow() {
        check("if (a) b else c", "(`if` `a` `b` `c`)");
        check("if (a) b = 2", "(`if` `a` (`=` `b` double:2))");
        check("if (a) b else c -> d", "(`if` `a` `b` (`<-` `d` `c`))");
        check("a + if (b) c else d + e", "(`+` `a` (`if` `b` `c` (`+` `d` `e`)))");
        check("for (i in 1:10) x", "(`for` `i` (`:` double:1 double:10) `x`)");
        check("while (TRUE) break", "(`while` logical:TRUE (`break`))");
        check("repeat next", "(`repeat` (`next`))");
        check("{a;b}", "(`{` `a` `b`)");
        check("{}", "(`{`)");
    }

    @Test void newlinesInsideBracketsAreIgnored() {
        check("(a\n+b)", "(`(` (`+` `a` `b`))");
        check("{if (a) b\nelse c}", "(`{` (`if` `a` `b` `c`))");
        check("x[a\n,b]", "(`[` `x` `a` `b`)");
        check("x$\nb", "(`$` `x` `b`)");
        check("f(\na\n=\n1)", "(`f` a=double:1)");
        check("x[[1\n]]", "(`[[` `x` double:1)");
    }

    @Test void nativePipeRewritesTheCall() {
        check("x |> f(y)", "(`f` `x` `y`)");
        check("x |> f(y = _)", "(`f` y=`x`)");
        check("a |> f() |> g(z)", "(`g` (`f` `a`) `z`)");
    }
}
