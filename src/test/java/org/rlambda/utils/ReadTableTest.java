package org.rlambda.utils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rlambda.engine.REngine;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/** The read.table/write.table internals on their own (header rules, fill, row names, speed). */
class ReadTableTest {
    static REngine engine;

    @BeforeAll static void start() {
        engine = new REngine(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterAll static void stop() { engine.close(); }

    /** .readTable with read.csv's settings. */
    static ListVector csv(String text) {
        engine.put("txt", StringVector.of(text));
        return (ListVector) engine.eval(".readTable(txt, 'text', TRUE, TRUE, ',', '\"', '.', NULL, NULL, TRUE, 'NA', NA, "
                + "-1, 0, TRUE, TRUE, FALSE, TRUE, '', FALSE, FALSE, FALSE, TRUE, 'allow.loss')");
    }

    static String[] names(SEXP x) { return ((StringVector) x.getAttribute("names")).values(); }

    @Test void columnsAreTypedAndNamed() {
        ListVector df = csv("id,name,amount,ok\n1,widget,9.99,TRUE\n2,\"a, b\",24.5,FALSE");
        assertArrayEquals(new String[] {"id", "name", "amount", "ok"}, names(df));
        assertInstanceOf(IntVector.class, df.get(0));
        assertArrayEquals(new String[] {"widget", "a, b"}, ((StringVector) df.get(1)).values());
        assertArrayEquals(new double[] {9.99, 24.5}, ((DoubleVector) df.get(2)).values());
        assertInstanceOf(LogicalVector.class, df.get(3));
        assertArrayEquals(new int[] {IntVector.NA, -2}, ((IntVector) df.getAttribute("row.names")).toIntArray());
        assertArrayEquals(new String[] {"data.frame"}, ((StringVector) df.getAttribute("class")).values());
    }

    @Test void headerOneFieldShortMakesTheFirstColumnRowNames() {
        ListVector df = csv("a,b\nr1,1,2\nr2,3,4");
        assertArrayEquals(new String[] {"a", "b"}, names(df));
        assertArrayEquals(new String[] {"r1", "r2"}, ((StringVector) df.getAttribute("row.names")).values());
    }

    @Test void shortRowsAreFilled() {
        ListVector df = csv("a,b,c\n1,2\n3,4,5");
        assertEquals(IntVector.NA, ((IntVector) df.get(2)).get(0));
    }

    @Test void writeTableQuotesTextAndDoublesQuotes() {
        ListVector df = csv("n,s\n1.5,\"say \"\"x\"\"\"\n,b");
        engine.put("df", df);
        SEXP out = engine.eval(".formatTable(df, TRUE, ',', '\\n', 'NA', '.', TRUE, NA, TRUE)");
        assertEquals("\"\",\"n\",\"s\"\n\"1\",1.5,\"say \"\"x\"\"\"\n\"2\",NA,\"b\"\n", ((StringVector) out).get(0));
    }

    /** Correctness at size; the speed is measured by bench/csv_read.R, never asserted in a test. */
    @Test void hundredThousandRowsReadWithTheirTypes() {
        StringBuilder sb = new StringBuilder("id,region,amount,flag\n");
        String[] regions = {"north", "south", "east", "west"};
        for (int i = 1; i <= 100_000; i++) {
            sb.append(i).append(',').append(regions[i % 4]).append(',').append(i / 16.0).append(',')
                    .append(i % 7 == 0 ? "TRUE" : "FALSE").append('\n');
        }
        String text = sb.toString();
        ListVector df = csv(text);
        assertEquals(100_000, df.get(0).length());
        assertInstanceOf(DoubleVector.class, df.get(2));
    }
}
