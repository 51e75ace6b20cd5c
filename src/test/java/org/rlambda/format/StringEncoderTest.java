package org.rlambda.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.StringVector;

/** Escaping, quoting and display width as GNU R's print() does them in a UTF-8 locale. */
class StringEncoderTest {

    @Test void controlCharactersUseCEscapes() { assertEquals("\"a\\nb\\t\"", StringEncoder.encode("a\nb\t", 0, '"', Justify.LEFT, "NA")); }

    @Test void otherControlCharactersUseOctal() { assertEquals("\\001", StringEncoder.escape("\u0001", '"')); }

    @Test void quoteIsEscapedOnlyWhenItIsTheQuoteCharacter() {
        assertEquals("q\\\"'", StringEncoder.escape("q\"'", '"'));
        assertEquals("q\"'", StringEncoder.escape("q\"'", (char) 0));
    }

    @Test void unprintableCodePointsUseUnicodeEscapes() {
        assertEquals("\\u0080", StringEncoder.escape("\u0080", '"'));
        assertEquals("\\U{10ffff}", StringEncoder.escape(new String(Character.toChars(0x10FFFF)), '"'));
    }

    @Test void eastAsianCharactersAreTwoColumnsWide() { assertEquals(4, StringEncoder.width("\u4e2d\u6587", '"')); }

    @Test void combiningMarksTakeNoColumns() { assertEquals(1, StringEncoder.width("e\u0301", '"')); }

    @Test void paddingCountsDisplayColumns() { assertEquals("\"\u4e2d\" ", StringEncoder.encode("\u4e2d", 5, '"', Justify.LEFT, "NA")); }

    @Test void naIsNeverQuoted() { assertEquals("  NA", StringEncoder.encode(StringVector.NA, 4, '"', Justify.RIGHT, "NA")); }
}
