package org.rlambda.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.StringVector;

/** Readable examples of print.default output (copied from GNU R 4.2.2). */
class VectorPrinterTest {

    private static String print(org.rlambda.sexp.Vector v) { return VectorPrinter.toString(v, PrintOptions.DEFAULT); }

    @Test void wrapsAtEightyColumnsWithAlignedIndexLabels() {
        int[] a = new int[30];
        for (int i = 0; i < 30; i++) a[i] = i + 1;
        assertEquals(" [1]  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25\n"
                + "[26] 26 27 28 29 30\n", print(IntVector.of(a)));
    }

    @Test void namedVectorPutsNamesAboveValues() {
        DoubleVector x = DoubleVector.of(1.5, 2, DoubleVector.NA);
        x.setAttributeRaw("names", StringVector.of("a", "bb", "ccc"));
        assertEquals("  a  bb ccc \n1.5 2.0  NA \n", print(x));
    }

    @Test void emptyVectorsNameTheirType() {
        assertEquals("character(0)\n", print(StringVector.EMPTY));
        assertEquals("numeric(0)\n", print(DoubleVector.EMPTY));
    }

    @Test void characterNaIsUnquoted() { assertEquals("[1] \"a\" NA \n", print(StringVector.of("a", StringVector.NA))); }

    @Test void matrixWithoutDimnamesUsesIndexLabels() {
        IntVector m = IntVector.of(1, 2, 3, 4, 5, 6);
        m.setAttributeRaw("dim", IntVector.of(2, 3));
        assertEquals("     [,1] [,2] [,3]\n[1,]    1    3    5\n[2,]    2    4    6\n", print(m));
    }

    @Test void printDigitsOptionLimitsSignificantDigits() {
        assertEquals("[1] 3.14\n", VectorPrinter.toString(DoubleVector.of(Math.PI), PrintOptions.DEFAULT.withDigits(3)));
    }

    @Test void factorPrintsLevelsLine() {
        IntVector f = IntVector.of(1, 2, 1);
        f.setAttributeRaw("levels", StringVector.of("a", "b"));
        f.setAttributeRaw("class", StringVector.of("factor"));
        StringBuilder sb = new StringBuilder();
        FactorPrinter.print(f, PrintOptions.DEFAULT.withQuote(false), null, null, sb);
        assertEquals("[1] a b a\nLevels: a b\n", sb.toString());
    }

    @Test void listTagsBacktickNonSyntacticNames() {
        assertEquals("$a", ListTags.tag("", "a", 0));
        assertEquals("$`b c`", ListTags.tag("", "b c", 1));
        assertEquals("$`if`", ListTags.tag("", "if", 2));
        assertEquals("$.x", ListTags.tag("", ".x", 3));
        assertEquals("$`.1a`", ListTags.tag("", ".1a", 4));
        assertEquals("$a[[3]]", ListTags.tag("$a", "", 2));
    }

    @Test void attributesShownAfterValueExcludeNamesAndDims() {
        IntVector m = IntVector.of(1, 2);
        m.setAttributeRaw("dim", IntVector.of(2));
        m.setAttributeRaw("foo", StringVector.of("x"));
        assertEquals(java.util.List.of("foo"), VectorPrinter.printedAttributes(m));
    }

    @Test void hugeCompactSequenceStopsAtMaxPrintWithoutMaterialising() {
        IntVector x = IntVector.sequence(1, 1, 1_000_000_000);
        String out = VectorPrinter.toString(x, PrintOptions.DEFAULT.withMax(10));
        assertEquals(" [1]  1  2  3  4  5  6  7  8  9 10\n"
                + " [ reached getOption(\"max.print\") -- omitted 999999990 entries ]\n", out);
        assertEquals(true, x.isCompact());
    }
}
