package org.rlambda.utils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How records split into fields, as GNU R's scan() splits them for read.csv and read.table. */
class CsvParserTest {
    private static CsvParser.Options csv() {
        CsvParser.Options o = new CsvParser.Options();
        o.sep = ',';
        o.quote = "\"";
        return o;
    }

    private static CsvParser.Options table() {
        CsvParser.Options o = new CsvParser.Options();
        o.comment = '#';
        return o;
    }

    @Test void quotedFieldsKeepSeparatorsNewlinesAndDoubledQuotes() {
        List<String[]> r = CsvParser.readAll("a,b\n\"x,y\",\"multi\nline\"\n\"say \"\"hi\"\"\",3", csv());
        assertEquals(3, r.size());
        assertArrayEquals(new String[] {"x,y", "multi\nline"}, r.get(1));
        assertArrayEquals(new String[] {"say \"hi\"", "3"}, r.get(2));
    }

    @Test void emptyTrailingFieldAndBlankLine() {
        List<String[]> r = CsvParser.readAll("1,\n\n2,3\r\n", csv());
        assertArrayEquals(new String[] {"1", ""}, r.get(0));
        assertEquals(0, r.get(1).length);
        assertArrayEquals(new String[] {"2", "3"}, r.get(2));
    }

    @Test void whitespaceModeQuotesAndComments() {
        List<String[]> r = CsvParser.readAll("  1   2 abc # note\n 3 4 'd e'\n# only comment\n", table());
        assertArrayEquals(new String[] {"1", "2", "abc"}, r.get(0));
        assertArrayEquals(new String[] {"3", "4", "d e"}, r.get(1));
        assertEquals(0, r.get(2).length);
    }

    @Test void stripWhiteKeepsQuotedBlanks() {
        CsvParser.Options o = csv();
        o.stripWhite = true;
        List<String[]> r = CsvParser.readAll(" x , \" y \" ", o);
        assertArrayEquals(new String[] {"x", " y "}, r.get(0));
    }

    @Test void unterminatedQuoteIsReported() {
        CsvParser p = new CsvParser("a,\"b\n1,2", csv());
        p.next();
        assertTrue(p.eofInQuote);
    }
}
