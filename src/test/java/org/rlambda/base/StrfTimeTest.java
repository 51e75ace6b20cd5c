package org.rlambda.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Expected strings are GNU R 4.2.2's format()/strptime results in the C locale, TZ=UTC. */
class StrfTimeTest {
    private static String fmt(String date, String f) {
        return StrfTime.format(LocalDate.parse(date).atStartOfDay(), 0, f, "UTC");
    }

    @Test
    void formatsDateSpecifications() {
        assertEquals("09/03/2024", fmt("2024-03-09", "%d/%m/%Y"));
        assertEquals("March 09, 2024", fmt("2024-03-09", "%B %d, %Y"));
        assertEquals("Mar 09", fmt("2024-03-09", "%b %d"));
        assertEquals("Saturday", fmt("2024-03-09", "%A"));
        assertEquals("Sat 069", fmt("2024-03-09", "%a %j"));
        assertEquals("240309", fmt("2024-03-09", "%y%m%d"));
        assertEquals("09 10 6 6", fmt("2024-03-09", "%U %W %u %w"));
    }

    @Test
    void formatsTimes() {
        LocalDateTime t = LocalDateTime.of(2024, 1, 5, 13, 45, 30);
        assertEquals("2024-01-05 13:45:30", StrfTime.format(t, 0, "%Y-%m-%d %H:%M:%S", "UTC"));
        assertEquals("01:45 PM", StrfTime.format(t, 0, "%I:%M %p", "UTC"));
    }

    @Test
    void parsesWithNamesAndShortFields() {
        StrfTime.Parsed p = StrfTime.parse("March 3, 2023", "%B %d, %Y");
        assertEquals(2023, p.year);
        assertEquals(3, p.month);
        assertEquals(3, p.day);
        StrfTime.Parsed q = StrfTime.parse("20230704", "%Y%m%d");
        assertEquals(7, q.month);
        assertEquals(4, q.day);
        assertNull(StrfTime.parse("not a date", "%Y-%m-%d"));
        assertNull(StrfTime.parse("2024-13-01", "%Y-%m-%d"));
    }

    @Test
    void impossibleDayGivesNa() {
        assertEquals(true, Double.isNaN(DateTimeBuiltins.parseSeconds("2024-02-30", "%Y-%m-%d")));
        assertEquals(1704462330.0, DateTimeBuiltins.parseSeconds("2024-01-05 13:45:30", "%Y-%m-%d %H:%M:%S"));
    }
}
