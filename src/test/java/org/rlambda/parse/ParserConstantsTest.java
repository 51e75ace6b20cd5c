package org.rlambda.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/** Literal constants, checked against what GNU R 4.2.2 produces for the same text. */
class ParserConstantsTest {

    private static SEXP one(String src) { return Parser.parseAll(src).get(0); }

    private static double dbl(String src) { return ((DoubleVector) one(src)).get(0); }

    private static int integer(String src) { return ((IntVector) one(src)).get(0); }

    private static String str(String src) { return ((StringVector) one(src)).get(0); }

    @Test void decimalNumbersAreDoubles() {
        assertEquals(1.0, dbl("1"));
        assertEquals(1e-3, dbl("1e-3"));
        assertEquals(0.5, dbl(".5"));
        assertEquals(5.0, dbl("5."));
        assertEquals(1e5, dbl("1E5"));
        assertEquals(12.0, dbl("00012"));
        assertEquals(Double.POSITIVE_INFINITY, dbl("1e400"));
    }

    @Test void hexNumbersIncludingBinaryExponents() {
        assertEquals(31.0, dbl("0x1F"));
        assertEquals(31.0, dbl("0X1f"));
        assertEquals(8.0, dbl("0x1p3"));
        assertEquals(3.0, dbl("0x1.8p1"));
        assertEquals(63.75, dbl("0xFFp-2"));
    }

    @Test void integerSuffix() {
        assertEquals(1, integer("1L"));
        assertEquals(16, integer("0x10L"));
        assertEquals(100000, integer("1e5L"));
        assertEquals(15, integer("1.5e1L"));
        assertEquals(Integer.MAX_VALUE, integer("2147483647L"));
    }

    @Test void integerSuffixOnNonIntegerWarnsAndKeepsDouble() {
        List<String> w = new ArrayList<>();
        SEXP v = Parser.parseAll("1.5L; 1e-3L; 2147483648L; 1.L", w::add).get(0);
        assertEquals(1.5, ((DoubleVector) v).get(0));
        assertEquals(List.of("integer literal 1.5L contains decimal; using numeric value",
                "non-integer value 1e-3L qualified with L; using numeric value",
                "non-integer value 2147483648L qualified with L; using numeric value",
                "integer literal 1.L contains unnecessary decimal point"), w);
    }

    @Test void imaginaryNumbersAreComplex() {
        ComplexVector c = (ComplexVector) one("2i");
        assertEquals(0.0, c.re(0));
        assertEquals(2.0, c.im(0));
        assertEquals(16.0, ((ComplexVector) one("0x10i")).im(0));
    }

    @Test void logicalAndSpecialConstants() {
        assertEquals(1, ((LogicalVector) one("TRUE")).get(0));
        assertEquals(0, ((LogicalVector) one("FALSE")).get(0));
        assertEquals(LogicalVector.NA, ((LogicalVector) one("NA")).get(0));
        assertEquals(IntVector.NA, integer("NA_integer_"));
        assertTrue(DoubleVector.isNA(dbl("NA_real_")));
        assertSame(StringVector.NA, str("NA_character_"));
        assertTrue(Double.isNaN(dbl("NaN")) && !DoubleVector.isNA(dbl("NaN")));
        assertEquals(Double.POSITIVE_INFINITY, dbl("Inf"));
        assertSame(Null.NULL, one("NULL"));
        assertSame(Symbol.get("T"), one("T"));
    }

    @Test void constantsAreMarkedShared() {
        for (String s : new String[] {"1", "1L", "'a'", "TRUE", "2i", "NA", "r\"(x)\""}) {
            assertEquals(2, one(s).named, s);
        }
    }

    @Test void stringEscapes() {
        assertEquals("\u0007\b\f\u000b\r\t\n\\'\"` ", str("'\\a\\b\\f\\v\\r\\t\\n\\\\\\'\\\"\\`\\ '"));
        assertEquals("A\u00e9\u00e9\uD83D\uDE00\uD83D\uDE00A", str("'\\x41\\u00e9\\u{e9}\\U{1F600}\\U0001F600\\101'"));
        assertEquals("\u0004G", str("'\\x4G'"));
        assertEquals("S4", str("'\\1234'"));
        assertEquals("\u12345", str("'\\u12345'"));
        assertEquals("ab\ncd", str("'ab\\\ncd'"));
        assertEquals("\uD83D\uDE00", str("'\\uD83D\\uDE00'"));
    }

    @Test void rawStrings() {
        assertEquals("a\\b", str("r\"(a\\b)\""));
        assertEquals("x", str("R\"[x]\""));
        assertEquals("a)--\"", str("r\"---(a)--\")---\""));
        assertEquals("x", str("r'{x}'"));
        assertEquals("\\n", str("R'(\\n)'"));
    }

    @Test void identifiers() {
        assertSame(Symbol.get(".x"), one(".x"));
        assertSame(Symbol.get("..1"), one("..1"));
        assertSame(Symbol.get("..."), one("..."));
        assertSame(Symbol.get(".e3"), one(".e3"));
        assertSame(Symbol.get("é"), one("é"));
        assertSame(Symbol.get("x.y_z"), one("x.y_z"));
        assertSame(Symbol.get("a b"), one("`a b`"));
        assertSame(Symbol.get("a`b"), one("`a\\`b`"));
        assertSame(Symbol.get("A"), one("`\\x41`"));
    }
}
