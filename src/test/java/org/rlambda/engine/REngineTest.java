package org.rlambda.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;

class REngineTest {
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private final PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
    private final REngine engine = new REngine(ps, ps);

    @AfterEach
    void close() { engine.close(); }

    private static double scalar(SEXP v) { return ((DoubleVector) v).get(0); }

    @Test
    void evalReturnsTheLastValue() {
        assertEquals(7.0, scalar(engine.eval("x <- 3\nx + 4")));
    }

    @Test
    void globalsAreVisibleThroughGetAndPut() {
        engine.put("y", DoubleVector.of(2.5));
        assertEquals(5.0, scalar(engine.eval("y * 2")));
        assertNull(engine.get("never_defined"));
    }

    @Test
    void callByNameUsesTheFunctionNameInErrors() {
        engine.eval("half <- function(v) if (v < 0) stop(\"negative\") else v / 2");
        assertEquals(2.0, scalar(engine.call(Symbol.get("half"), List.of(DoubleVector.of(4)), null)));
        RException e = assertThrows(RException.class,
                () -> engine.call(Symbol.get("half"), List.of(DoubleVector.of(-1)), null));
        assertEquals("negative", e.rMessage());
        assertEquals("simpleError", e.conditionClass());
        assertTrue(e.formatted().startsWith("Error in half("), e.formatted());
    }

    @Test
    void uncaughtErrorsBecomeRExceptionsAndTheEngineKeepsWorking() {
        RException e = assertThrows(RException.class, () -> engine.eval("f <- function() g()\ng <- function() stop(\"deep\")\nf()"));
        assertEquals("Error in g() : deep", e.formatted());
        assertEquals(List.of("g()", "f()"), e.rStackTrace());
        assertEquals(1.0, scalar(engine.eval("1")));
    }

    @Test
    void deepRecursionIsAnRErrorOnAnyCallingThread() {
        RException e = assertThrows(RException.class, () -> engine.eval("f <- function(n) f(n + 1)\nf(1)"));
        assertEquals("evaluation nested too deeply: infinite recursion / options(expressions=)?", e.rMessage());
        assertEquals(10.0, scalar(engine.eval("g <- function(n) if (n == 0) 0 else 1 + g(n - 1)\ng(10)")));
    }

    @Test
    void timeLimitStopsARunawayLoop() {
        engine.setTimeLimit(Duration.ofMillis(200));
        RException e = assertThrows(RException.class, () -> engine.eval("repeat { }"));
        assertEquals("reached elapsed time limit", e.rMessage());
        engine.setTimeLimit(null);
        assertEquals(3.0, scalar(engine.eval("1 + 2")));
    }

    @Test
    void runScriptPrintsLikeRscriptAndReturnsTheStatus() {
        int status = engine.runScript("1 + 1\ninvisible(5)\nstop(\"halt here\")\n2\n", "s.R", true);
        assertEquals(1, status);
        assertEquals("[1] 2\nError: halt here\nExecution halted\n", buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void syntaxErrorsAreReportedWithGnuRText() {
        RException e = assertThrows(RException.class, () -> engine.eval("x y"));
        assertEquals("Error: unexpected symbol in \"x y\"", e.formatted());
        assertFalse(e.formatted().endsWith("\n"));
    }
}
