package org.rlambda.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rlambda.engine.REngine;

/** The terms() expansion kernel through the engine; expected values printed by GNU R 4.2.2. */
class TermsFormTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        new REngine(ps, ps).eval(code);
        ps.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void termsAreSortedByOrderKeepingFirstAppearance() {
        assertEquals("[1] \"a\"     \"b\"     \"c\"     \"a:b\"   \"a:c\"   \"b:c\"   \"a:b:c\"\n",
                run("print(attr(terms(y ~ a * b * c), 'term.labels'))"));
    }

    @Test
    void nestingCodesTheOuterFactorByIndicators() {
        assertEquals("[1] 1 0 2 1\n", run("print(c(attr(terms(~ a/b), 'factors')))"));
    }

    @Test
    void removingTheInterceptAndOffsetsAreRecorded() {
        assertEquals("[1] 0 3\n",
                run("t <- terms(y ~ x + offset(w) - 1); print(c(attr(t, 'intercept'), attr(t, 'offset')))"));
    }

    @Test
    void dotExpandsToTheDataColumnsOtherThanTheResponse() {
        assertEquals("y ~ p + q\n",
                run("t <- terms(y ~ ., data = data.frame(y = 1, p = 2, q = 3)); print(formula(t))"));
    }

    @Test
    void updateReplacesDotsWithTheOldSides() {
        assertEquals("log(y) ~ x + z\n", run("print(update(y ~ x, log(.) ~ . + z))"));
    }

    @Test
    void designMatrixInteractionColumnsVaryTheFirstFactorFastest() {
        assertEquals("[1] \"(Intercept)\" \"gb\"          \"hv\"          \"gb:hv\"      \n",
                run("d <- data.frame(g = factor(c('a','b','a','b')), h = factor(c('u','u','v','v')));"
                        + " print(colnames(model.matrix(~ g * h, d)))"));
    }
}
