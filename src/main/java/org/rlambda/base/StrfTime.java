package org.rlambda.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * C-locale strftime and strptime as GNU R uses them for Date and POSIXct values (UTC only):
 * conversion specifications %Y %m %d %H %M %S and friends, English month and day names.
 */
public final class StrfTime {
    private StrfTime() { }

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    private static String two(int v) { return v < 10 ? "0" + v : Integer.toString(v); }

    /** Formats a date-time (seconds may carry a fraction) with a strftime format. */
    public static String format(LocalDateTime t, double fracSeconds, String fmt, String tzName) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 == fmt.length()) {
                sb.append(c);
                continue;
            }
            char s = fmt.charAt(++i);
            if (s == 'O' && i + 1 < fmt.length() && fmt.charAt(i + 1) == 'S') {
                // %OSn: seconds with n decimals (R extension); plain %OS behaves like %S
                i++;
                int digits = 0;
                if (i + 1 < fmt.length() && Character.isDigit(fmt.charAt(i + 1))) digits = fmt.charAt(++i) - '0';
                double secs = t.getSecond() + fracSeconds;
                if (digits == 0) sb.append(two(t.getSecond()));
                else {
                    double scale = Math.pow(10, digits);
                    double tr = Math.floor(secs * scale + 1e-6) / scale;
                    String txt = String.format("%0" + (digits + 3) + "." + digits + "f", tr);
                    sb.append(txt);
                }
                continue;
            }
            if ((s == 'E' || s == 'O') && i + 1 < fmt.length()) s = fmt.charAt(++i); // locale modifiers: C locale ignores
            LocalDate d = t.toLocalDate();
            switch (s) {
                case 'Y': sb.append(d.getYear()); break;
                case 'y': sb.append(two(Math.floorMod(d.getYear(), 100))); break;
                case 'C': sb.append(two(Math.floorDiv(d.getYear(), 100))); break;
                case 'm': sb.append(two(d.getMonthValue())); break;
                case 'd': sb.append(two(d.getDayOfMonth())); break;
                case 'e': sb.append(d.getDayOfMonth() < 10 ? " " + d.getDayOfMonth() : Integer.toString(d.getDayOfMonth())); break;
                case 'H': sb.append(two(t.getHour())); break;
                case 'I': sb.append(two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12)); break;
                case 'M': sb.append(two(t.getMinute())); break;
                case 'S': sb.append(two(t.getSecond())); break;
                case 'p': sb.append(t.getHour() < 12 ? "AM" : "PM"); break;
                case 'B': sb.append(MONTHS[d.getMonthValue() - 1]); break;
                case 'b': case 'h': sb.append(MONTHS[d.getMonthValue() - 1], 0, 3); break;
                case 'A': sb.append(DAYS[d.getDayOfWeek().getValue() % 7]); break;
                case 'a': sb.append(DAYS[d.getDayOfWeek().getValue() % 7], 0, 3); break;
                case 'j': {
                    int j = d.getDayOfYear();
                    sb.append(j < 10 ? "00" + j : j < 100 ? "0" + j : Integer.toString(j));
                    break;
                }
                case 'u': sb.append(d.getDayOfWeek().getValue()); break;
                case 'w': sb.append(d.getDayOfWeek().getValue() % 7); break;
                case 'U': sb.append(two(weekOfYear(d, DayOfWeek.SUNDAY))); break;
                case 'W': sb.append(two(weekOfYear(d, DayOfWeek.MONDAY))); break;
                case 'V': sb.append(two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))); break;
                case 'G': sb.append(d.get(IsoFields.WEEK_BASED_YEAR)); break;
                case 'g': sb.append(two(Math.floorMod(d.get(IsoFields.WEEK_BASED_YEAR), 100))); break;
                case 'F': sb.append(format(t, fracSeconds, "%Y-%m-%d", tzName)); break;
                case 'T': sb.append(format(t, fracSeconds, "%H:%M:%S", tzName)); break;
                case 'R': sb.append(format(t, fracSeconds, "%H:%M", tzName)); break;
                case 'D': case 'x': sb.append(format(t, fracSeconds, "%m/%d/%y", tzName)); break;
                case 'X': sb.append(format(t, fracSeconds, "%H:%M:%S", tzName)); break;
                case 'c': sb.append(format(t, fracSeconds, "%a %b %e %H:%M:%S %Y", tzName)); break;
                case 'r': sb.append(format(t, fracSeconds, "%I:%M:%S %p", tzName)); break;
                case 'k': sb.append(t.getHour() < 10 ? " " + t.getHour() : Integer.toString(t.getHour())); break;
                case 'l': {
                    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
                    sb.append(h < 10 ? " " + h : Integer.toString(h));
                    break;
                }
                case 's': sb.append(t.toEpochSecond(java.time.ZoneOffset.UTC)); break;
                case 'Z': sb.append(tzName); break;
                case 'z': sb.append("+0000"); break;
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case '%': sb.append('%'); break;
                default: sb.append('%').append(s);
            }
        }
        return sb.toString();
    }

    /** Week of the year with weeks starting on {@code first}; days before the first such day are week 0. */
    private static int weekOfYear(LocalDate d, DayOfWeek first) {
        LocalDate jan1 = d.withDayOfYear(1);
        int offset = Math.floorMod(first.getValue() - jan1.getDayOfWeek().getValue(), 7);
        LocalDate firstDay = jan1.plusDays(offset);
        if (d.isBefore(firstDay)) return 0;
        return (int) (ChronoUnit.DAYS.between(firstDay, d) / 7) + 1;
    }

    /** The result of strptime: the fields read, or null when the text does not match. */
    public static final class Parsed {
        public int year = Integer.MIN_VALUE, month = 1, day = 1, hour, minute, yday = -1;
        public double second;
        public boolean pm, twelveHour;
        int century = Integer.MIN_VALUE, yy = Integer.MIN_VALUE;
    }

    /** Parses {@code text} against {@code fmt} as C strptime does (leading text must match; the rest is ignored). */
    public static Parsed parse(String text, String fmt) {
        Parsed p = new Parsed();
        int[] pos = {0};
        if (!parseInto(text, pos, fmt, p)) return null;
        if (p.yy != Integer.MIN_VALUE) p.year = p.century != Integer.MIN_VALUE ? p.century * 100 + p.yy : (p.yy < 69 ? 2000 + p.yy : 1900 + p.yy);
        if (p.twelveHour && p.pm) p.hour += 12;
        if (p.year == Integer.MIN_VALUE) p.year = LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        return p;
    }

    private static boolean parseInto(String text, int[] pos, String fmt, Parsed p) {
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c)) {
                skipSpace(text, pos);
                continue;
            }
            if (c != '%' || i + 1 == fmt.length()) {
                if (pos[0] >= text.length() || text.charAt(pos[0]) != c) return false;
                pos[0]++;
                continue;
            }
            char s = fmt.charAt(++i);
            if ((s == 'E' || s == 'O') && i + 1 < fmt.length()) {
                char nx = fmt.charAt(i + 1);
                if (s == 'O' && nx == 'S') {
                    i++;
                    if (i + 1 < fmt.length() && Character.isDigit(fmt.charAt(i + 1))) i++;
                    skipSpace(text, pos);
                    double v = readDecimal(text, pos);
                    if (Double.isNaN(v) || v > 61) return false;
                    p.second = v;
                    continue;
                }
                s = fmt.charAt(++i);
            }
            int v;
            switch (s) {
                case 'Y':
                    skipSpace(text, pos);
                    v = readInt(text, pos, 4, true);
                    if (v == Integer.MIN_VALUE) return false;
                    p.year = v;
                    break;
                case 'y':
                    v = readNum(text, pos, 2);
                    if (v < 0) return false;
                    p.yy = v;
                    break;
                case 'C':
                    v = readNum(text, pos, 2);
                    if (v < 0) return false;
                    p.century = v;
                    break;
                case 'm':
                    v = readNum(text, pos, 2);
                    if (v < 1 || v > 12) return false;
                    p.month = v;
                    break;
                case 'd': case 'e':
                    v = readNum(text, pos, 2);
                    if (v < 1 || v > 31) return false;
                    p.day = v;
                    break;
                case 'H': case 'k':
                    v = readNum(text, pos, 2);
                    if (v < 0 || v > 24) return false;
                    p.hour = v;
                    break;
                case 'I': case 'l':
                    v = readNum(text, pos, 2);
                    if (v < 1 || v > 12) return false;
                    p.hour = v % 12;
                    p.twelveHour = true;
                    break;
                case 'M':
                    v = readNum(text, pos, 2);
                    if (v < 0 || v > 59) return false;
                    p.minute = v;
                    break;
                case 'S':
                    v = readNum(text, pos, 2);
                    if (v < 0 || v > 61) return false;
                    p.second = v;
                    break;
                case 'j':
                    v = readNum(text, pos, 3);
                    if (v < 1 || v > 366) return false;
                    p.yday = v;
                    break;
                case 'p': {
                    skipSpace(text, pos);
                    String rest = text.substring(pos[0]).toUpperCase(java.util.Locale.ROOT);
                    if (rest.startsWith("AM")) p.pm = false;
                    else if (rest.startsWith("PM")) p.pm = true;
                    else return false;
                    pos[0] += 2;
                    break;
                }
                case 'B': case 'b': case 'h': {
                    int m = readName(text, pos, MONTHS);
                    if (m < 0) return false;
                    p.month = m + 1;
                    break;
                }
                case 'A': case 'a': {
                    if (readName(text, pos, DAYS) < 0) return false;
                    break;
                }
                case 'F':
                    if (!parseInto(text, pos, "%Y-%m-%d", p)) return false;
                    break;
                case 'T':
                    if (!parseInto(text, pos, "%H:%M:%S", p)) return false;
                    break;
                case 'R':
                    if (!parseInto(text, pos, "%H:%M", p)) return false;
                    break;
                case 'D':
                    if (!parseInto(text, pos, "%m/%d/%y", p)) return false;
                    break;
                case 'z': {
                    skipSpace(text, pos);
                    if (pos[0] < text.length() && (text.charAt(pos[0]) == '+' || text.charAt(pos[0]) == '-')) pos[0]++;
                    if (readNum(text, pos, 4) < 0) return false;
                    break;
                }
                case 'Z':
                    skipSpace(text, pos);
                    while (pos[0] < text.length() && Character.isLetter(text.charAt(pos[0]))) pos[0]++;
                    break;
                case 'n': case 't':
                    skipSpace(text, pos);
                    break;
                case '%':
                    if (pos[0] >= text.length() || text.charAt(pos[0]) != '%') return false;
                    pos[0]++;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static void skipSpace(String s, int[] pos) {
        while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) pos[0]++;
    }

    /** Up to {@code max} digits after optional spaces; -1 when none. */
    private static int readNum(String s, int[] pos, int max) {
        skipSpace(s, pos);
        int v = 0, n = 0;
        while (n < max && pos[0] < s.length() && Character.isDigit(s.charAt(pos[0]))) {
            v = v * 10 + (s.charAt(pos[0]++) - '0');
            n++;
        }
        return n == 0 ? -1 : v;
    }

    private static int readInt(String s, int[] pos, int max, boolean signed) {
        boolean neg = false;
        if (signed && pos[0] < s.length() && (s.charAt(pos[0]) == '-' || s.charAt(pos[0]) == '+')) {
            neg = s.charAt(pos[0]) == '-';
            pos[0]++;
        }
        int v = readNum(s, pos, max);
        if (v < 0) return Integer.MIN_VALUE;
        return neg ? -v : v;
    }

    private static double readDecimal(String s, int[] pos) {
        int start = pos[0];
        while (pos[0] < s.length() && (Character.isDigit(s.charAt(pos[0])) || s.charAt(pos[0]) == '.')) pos[0]++;
        if (pos[0] == start) return Double.NaN;
        try {
            return Double.parseDouble(s.substring(start, pos[0]));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A full or three-letter English name, case-insensitively; the index or -1. */
    private static int readName(String s, int[] pos, String[] names) {
        skipSpace(s, pos);
        String rest = s.substring(pos[0]).toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            String full = names[i].toLowerCase(java.util.Locale.ROOT);
            if (rest.startsWith(full)) {
                pos[0] += full.length();
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            String abbr = names[i].substring(0, 3).toLowerCase(java.util.Locale.ROOT);
            if (rest.startsWith(abbr)) {
                pos[0] += 3;
                return i;
            }
        }
        return -1;
    }
}
