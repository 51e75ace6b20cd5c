package org.rlambda.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.rlambda.sexp.StringVector;

/** The generator's state belongs to one engine (R session), as GNU R's belongs to one process. */
class RandomSessionTest {
    private static REngine engine() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new REngine(sink, sink);
    }

    private static String kind(REngine e) {
        return ((StringVector) e.eval("RNGkind()[1]")).get(0);
    }

    @Test
    void choosingAGeneratorInOneSessionLeavesAnotherAlone() {
        try (REngine a = engine(); REngine b = engine()) {
            a.eval("RNGkind('Wichmann-Hill'); rm(.Random.seed)");
            assertEquals("Wichmann-Hill", kind(a));
            assertEquals("Mersenne-Twister", kind(b));
        }
    }

    @Test
    void drawsInOneSessionDoNotAdvanceAnother() {
        try (REngine a = engine(); REngine b = engine()) {
            a.eval("set.seed(9, kind = 'Knuth-TAOCP-2002')");
            b.eval("set.seed(9, kind = 'Knuth-TAOCP-2002')");
            a.eval("invisible(runif(50))");
            double[] first = ((org.rlambda.sexp.DoubleVector) b.eval("runif(3)")).values();
            a.eval("set.seed(9, kind = 'Knuth-TAOCP-2002')");
            double[] again = ((org.rlambda.sexp.DoubleVector) a.eval("runif(3)")).values();
            org.junit.jupiter.api.Assertions.assertArrayEquals(again, first);
        }
    }

    @Test
    void setSeedWatchNoticesSetSeedCalls() {
        try (REngine e = engine()) {
            e.watchSetSeed(true);
            e.eval("x <- runif(1)");
            assertFalse(e.watchSetSeed(true));
            e.eval("set.seed(1)");
            assertTrue(e.watchSetSeed(false));
        }
    }
}
