package org.rlambda.utils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** type.convert's choices, each checked against GNU R 4.2.2. */
class TypeConvertTest {
    private static Vector conv(String... x) { return TypeConvert.convert(x, Set.of("NA"), true, '.'); }

    @Test void logicalsAreOnlyTheFourUpperCaseSpellings() {
        assertInstanceOf(LogicalVector.class, conv("TRUE", "F", "T", "FALSE"));
        assertInstanceOf(StringVector.class, conv("true", "false"));
        assertInstanceOf(StringVector.class, conv("True", "FALSE"));
        assertInstanceOf(StringVector.class, conv("TRUE "));
    }

    @Test void integersAllowLeadingButNotTrailingBlanksAndExcludeNaIntegerValue() {
        assertArrayEquals(new int[] {1, 2}, ((IntVector) conv(" 1", "2")).toIntArray());
        assertInstanceOf(DoubleVector.class, conv("1 ", "2"));
        assertInstanceOf(IntVector.class, conv("2147483647", "-2147483647", "+5", "00012"));
        assertInstanceOf(DoubleVector.class, conv("-2147483648"));
        assertInstanceOf(DoubleVector.class, conv("2147483648"));
    }

    @Test void doublesFollowRStrtod() {
        DoubleVector d = (DoubleVector) conv("1e5", "0x1A", "1.", ".5", "Inf", "-inf", "infinity", "1e", "1e-400");
        assertArrayEquals(new double[] {1e5, 26, 1, 0.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, 1, 0}, d.values());
        assertTrue(Double.isNaN(((DoubleVector) conv("nan")).get(0)));
        assertInstanceOf(StringVector.class, conv("1d5"));
        assertInstanceOf(StringVector.class, conv("0x"));
        assertInstanceOf(StringVector.class, conv("1,5"));
    }

    @Test void blanksAreMissingExceptInCharacterColumns() {
        assertInstanceOf(LogicalVector.class, conv("", "  "));
        IntVector i = (IntVector) conv("", "1");
        assertEquals(IntVector.NA, i.get(0));
        StringVector s = (StringVector) conv("", "a", "NA");
        assertEquals("", s.get(0));
        assertTrue(StringVector.isNA(s.get(2)));
    }

    @Test void complexNumbers() {
        ComplexVector c = (ComplexVector) conv("1+2i", "3i");
        assertEquals(1, c.re(0));
        assertEquals(2, c.im(0));
        assertEquals(3, c.im(1));
    }

    @Test void decimalCommaAndFactorLevelsInCodePointOrder() {
        assertArrayEquals(new double[] {1.5}, ((DoubleVector) TypeConvert.convert(new String[] {"1,5"}, Set.of(), true, ',')).values());
        IntVector f = (IntVector) TypeConvert.convert(new String[] {"b", "a", "b"}, Set.of(), false, '.');
        assertArrayEquals(new int[] {2, 1, 2}, f.toIntArray());
        assertArrayEquals(new String[] {"a", "b"}, ((StringVector) f.getAttribute("levels")).values());
    }
}
