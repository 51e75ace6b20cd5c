package org.rlambda.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rlambda.engine.REngine;

/** quantile() through the engine; expected values printed by GNU R 4.2.2. */
class QuantilesTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        new REngine(ps, ps).eval(code);
        ps.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void typeSevenInterpolatesBetweenOrderStatistics() {
        assertEquals("[1]  1.500  2.450  3.800  7.775 10.100\n",
                run("print(as.vector(quantile(c(3.2, 1.5, 8.9, 4.4, 10.1, 2.2))))"));
    }

    @Test
    void discontinuousTypesKeepIntegerType() {
        assertEquals("[1] \"integer\"\n", run("print(typeof(quantile(c(3L, 7L, 1L), type = 1)))"));
        assertEquals("[1] \"double\"\n", run("print(typeof(quantile(1:5)))"));
    }

    @Test
    void labelsArePercentagesInSignificantDigits() {
        assertEquals("[1] \"33.33333%\" \"12.5%\"     \"0.1%\"     \n",
                run("print(names(quantile(1:9, c(1/3, 0.125, 0.001))))"));
    }
}
