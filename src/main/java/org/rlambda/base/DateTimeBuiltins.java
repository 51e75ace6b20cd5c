package org.rlambda.base;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The primitives under the Date/POSIXct classes (the classes themselves are R code in
 * dates.R): clock access, strftime-style formatting of days and seconds, strptime parsing,
 * and the broken-down POSIXlt fields. Time zones other than UTC are treated as UTC.
 */
public final class DateTimeBuiltins {
    private DateTimeBuiltins() { }

    public static void register(Builtins b) {
        b.add("Sys.time", "", (in, call, a, rho) -> {
            Instant now = Instant.now();
            DoubleVector r = DoubleVector.of(now.getEpochSecond() + now.getNano() / 1e9);
            r.setAttributeRaw("class", StringVector.of("POSIXct", "POSIXt"));
            return r;
        });
        b.add("Sys.Date", "", (in, call, a, rho) -> {
            DoubleVector r = DoubleVector.of(LocalDate.now(ZoneOffset.UTC).toEpochDay());
            r.setAttributeRaw("class", StringVector.of("Date"));
            return r;
        });
        // .formatDays(days, format): Date values through strftime
        b.add(".formatDays", "x, format", (in, call, a, rho) -> {
            double[] x = doubles(a[0]);
            StringVector f = (StringVector) a[1];
            int n = x.length == 0 || f.length() == 0 ? 0 : Math.max(x.length, f.length());
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                double d = x[i % x.length];
                String fmt = f.get(i % f.length());
                if (Double.isNaN(d) || Double.isInfinite(d) || fmt == StringVector.NA) out[i] = StringVector.NA;
                else {
                    LocalDateTime t = LocalDate.ofEpochDay((long) Math.floor(d)).atStartOfDay();
                    out[i] = StrfTime.format(t, 0, fmt, "UTC");
                }
            }
            return new StringVector(out);
        });
        // .formatSeconds(secs, format, tzname): POSIXct values through strftime
        b.add(".formatSeconds", "x, format, tz", (in, call, a, rho) -> {
            double[] x = doubles(a[0]);
            StringVector f = (StringVector) a[1];
            String tz = a[2] == null ? "UTC" : ((StringVector) a[2]).get(0);
            int n = x.length == 0 || f.length() == 0 ? 0 : Math.max(x.length, f.length());
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                double s = x[i % x.length];
                String fmt = f.get(i % f.length());
                if (Double.isNaN(s) || Double.isInfinite(s) || fmt == StringVector.NA) out[i] = StringVector.NA;
                else {
                    double whole = Math.floor(s);
                    LocalDateTime t = LocalDateTime.ofEpochSecond((long) whole, 0, ZoneOffset.UTC);
                    out[i] = StrfTime.format(t, s - whole, fmt, tz);
                }
            }
            return new StringVector(out);
        });
        // .parseSeconds(x, format): strptime to seconds since the epoch (NA where it fails)
        b.add(".parseSeconds", "x, format", (in, call, a, rho) -> {
            StringVector x = (StringVector) Coerce.coerce((Vector) a[0], SexpType.CHARACTER, null);
            StringVector f = (StringVector) a[1];
            int n = x.length() == 0 || f.length() == 0 ? 0 : Math.max(x.length(), f.length());
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                String s = x.get(i % x.length()), fmt = f.get(i % f.length());
                out[i] = s == StringVector.NA || fmt == StringVector.NA ? DoubleVector.NA : parseSeconds(s, fmt);
            }
            return new DoubleVector(out);
        });
        // .posixltFields(secs): the broken-down time list of POSIXlt (UTC)
        b.add(".posixltFields", "x", (in, call, a, rho) -> {
            double[] x = doubles(a[0]);
            int n = x.length;
            double[] sec = new double[n];
            int[][] f = new int[8][n];
            for (int i = 0; i < n; i++) {
                double s = x[i];
                if (Double.isNaN(s) || Double.isInfinite(s)) {
                    sec[i] = DoubleVector.NA;
                    for (int k = 0; k < 7; k++) f[k][i] = IntVector.NA;
                    f[7][i] = -1;
                    continue;
                }
                double whole = Math.floor(s);
                LocalDateTime t = LocalDateTime.ofEpochSecond((long) whole, 0, ZoneOffset.UTC);
                sec[i] = t.getSecond() + (s - whole);
                f[0][i] = t.getMinute();
                f[1][i] = t.getHour();
                f[2][i] = t.getDayOfMonth();
                f[3][i] = t.getMonthValue() - 1;
                f[4][i] = t.getYear() - 1900;
                f[5][i] = t.getDayOfWeek().getValue() % 7;
                f[6][i] = t.getDayOfYear() - 1;
                f[7][i] = 0;
            }
            SEXP[] cols = {new DoubleVector(sec), new IntVector(f[0]), new IntVector(f[1]), new IntVector(f[2]),
                new IntVector(f[3]), new IntVector(f[4]), new IntVector(f[5]), new IntVector(f[6]), new IntVector(f[7])};
            ListVector r = new ListVector(cols);
            r.setAttributeRaw("names", StringVector.of("sec", "min", "hour", "mday", "mon", "year", "wday", "yday", "isdst"));
            return r;
        });
        // .makeSeconds(year, month, day, hour, min, sec): like ISOdatetime in UTC, NA when invalid
        b.add(".makeSeconds", "year, month, day, hour, min, sec", (in, call, a, rho) -> {
            double[][] v = new double[6][];
            int n = 0;
            for (int k = 0; k < 6; k++) {
                v[k] = doubles(a[k]);
                if (v[k].length == 0) return new DoubleVector(0);
                n = Math.max(n, v[k].length);
            }
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double[] e = new double[6];
                boolean na = false;
                for (int k = 0; k < 6; k++) {
                    e[k] = v[k][i % v[k].length];
                    if (Double.isNaN(e[k])) na = true;
                }
                out[i] = na ? DoubleVector.NA : seconds((int) e[0], (int) e[1], (int) e[2], (int) e[3], (int) e[4], e[5]);
            }
            return new DoubleVector(out);
        });
    }

    private static double[] doubles(SEXP x) {
        if (!(x instanceof Vector) || x instanceof ListVector) return new double[0];
        return ((DoubleVector) Coerce.coerce((Vector) x, SexpType.DOUBLE, null)).values();
    }

    static double parseSeconds(String s, String fmt) {
        StrfTime.Parsed p = StrfTime.parse(s, fmt);
        if (p == null) return DoubleVector.NA;
        if (p.yday > 0 && !fmt.contains("%m") && !fmt.contains("%d")) {
            try {
                LocalDate d = LocalDate.ofYearDay(p.year, p.yday);
                p.month = d.getMonthValue();
                p.day = d.getDayOfMonth();
            } catch (DateTimeException e) {
                return DoubleVector.NA;
            }
        }
        return seconds(p.year, p.month, p.day, p.hour, p.minute, p.second);
    }

    private static double seconds(int year, int month, int day, int hour, int minute, double second) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            double whole = Math.floor(second);
            long base = d.toEpochDay() * 86400L + hour * 3600L + minute * 60L;
            if (hour > 24 || minute > 59 || second >= 62) return DoubleVector.NA;
            return base + whole + (second - whole);
        } catch (DateTimeException e) {
            return DoubleVector.NA;
        }
    }
}
