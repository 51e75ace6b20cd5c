package org.rlambda.jsonlite;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The date and time text jsonlite produces and reads: {@code format()} of Date and POSIXct
 * values (GNU R's choice of "%Y-%m-%d", "%Y-%m-%d %H:%M:%S"), ISO 8601 "T" times, and the
 * strptime of mongo {@code {"$date": "..."}} strings.
 */
final class IsoDates {
    private IsoDates() {}

    /** The time zone of a POSIXct value: its "tzone" attribute, else the session's (TZ). */
    static ZoneId zoneOf(SEXP x) {
        SEXP tz = x.getAttribute("tzone");
        String name = tz instanceof StringVector && tz.length() > 0 ? ((StringVector) tz).get(0) : "";
        return zone(name);
    }

    static ZoneId zone(String name) {
        if (name == null || name.isEmpty() || name == StringVector.NA) {
            String env = System.getenv("TZ");
            if (env != null && !env.isEmpty()) name = env;
            else return ZoneId.systemDefault();
        }
        if (name.equals("UTC") || name.equals("GMT")) return ZoneOffset.UTC;
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC; // GNU R also treats unknown zones as UTC (with a warning)
        }
    }

    /** Element {@code i} of a numeric vector as a double (NA for integer NA). */
    static double number(Vector v, int i) {
        if (v instanceof DoubleVector) return ((DoubleVector) v).get(i);
        int k = ((org.rlambda.sexp.IntVector) v).get(i);
        return k == org.rlambda.sexp.IntVector.NA ? DoubleVector.NA : k;
    }

    /** {@code format(x)} of a Date vector: "YYYY-MM-DD", NA for NA. */
    static String[] formatDates(Vector x) {
        String[] out = new String[x.length()];
        for (int i = 0; i < out.length; i++) {
            double d = number(x, i);
            if (!Double.isFinite(d)) {
                out[i] = StringVector.NA;
                continue;
            }
            out[i] = formatDate(LocalDate.ofEpochDay((long) Math.floor(d)));
        }
        return out;
    }

    private static String formatDate(LocalDate date) {
        int y = date.getYear();
        String year = y >= 0 && y < 10000 ? String.format("%04d", y) : Integer.toString(y);
        return year + String.format("-%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
    }

    private static LocalDateTime local(double seconds, ZoneId zone) {
        long whole = (long) Math.floor(seconds);
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(whole), zone).toLocalDateTime();
    }

    /**
     * {@code format(x, format = pattern)} of a POSIXct vector, where pattern is "" (R picks
     * "%Y-%m-%d" when all times are midnight, else "%Y-%m-%d %H:%M:%S"), "%Y-%m-%dT%H:%M:%S" or
     * "%Y-%m-%dT%H:%M:%SZ".
     */
    static String[] formatTimes(Vector x, String pattern, ZoneId zone) {
        int n = x.length();
        LocalDateTime[] t = new LocalDateTime[n];
        boolean allMidnight = true;
        for (int i = 0; i < n; i++) {
            double s = number(x, i);
            if (!Double.isFinite(s)) continue;
            t[i] = local(s, zone);
            if (t[i].getHour() != 0 || t[i].getMinute() != 0 || t[i].getSecond() != 0 || s != Math.floor(s)) {
                allMidnight = false;
            }
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            if (t[i] == null) {
                out[i] = StringVector.NA;
                continue;
            }
            String date = formatDate(t[i].toLocalDate());
            String time = String.format("%02d:%02d:%02d", t[i].getHour(), t[i].getMinute(), t[i].getSecond());
            switch (pattern) {
                case "": out[i] = allMidnight ? date : date + " " + time; break;
                case "%Y-%m-%dT%H:%M:%SZ": out[i] = date + "T" + time + "Z"; break;
                default: out[i] = date + "T" + time; break;
            }
        }
        return out;
    }

    private static final Pattern ISO = Pattern.compile(
            "\\s*(\\d{1,4})-(\\d{1,2})-(\\d{1,2})T(\\d{1,2}):(\\d{1,2}):(\\d{1,2}(?:\\.\\d*)?).*", Pattern.DOTALL);

    /**
     * {@code as.POSIXct(strptime(x, "%Y-%m-%dT%H:%M:%OS", tz))}, tz "UTC" when every string ends
     * in "Z", else the session zone.
     */
    static DoubleVector parseDateTimes(StringVector x) {
        boolean utc = true;
        for (int i = 0; i < x.length(); i++) {
            String s = x.get(i);
            if (s == StringVector.NA || !s.endsWith("Z")) utc = false;
        }
        ZoneId zone = utc ? ZoneOffset.UTC : zone("");
        double[] out = new double[x.length()];
        for (int i = 0; i < out.length; i++) {
            String s = x.get(i);
            Matcher m = s == StringVector.NA ? null : ISO.matcher(s);
            if (m == null || !m.matches()) {
                out[i] = DoubleVector.NA;
                continue;
            }
            try {
                double sec = Double.parseDouble(m.group(6));
                LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), 0);
                out[i] = t.atZone(zone).toEpochSecond() + sec;
            } catch (DateTimeException | NumberFormatException e) {
                out[i] = DoubleVector.NA;
            }
        }
        DoubleVector v = new DoubleVector(out);
        v.setAttributeRaw("class", RValues.strings("POSIXct", "POSIXt"));
        v.setAttributeRaw("tzone", RValues.strings(utc ? "UTC" : ""));
        return v;
    }
}
