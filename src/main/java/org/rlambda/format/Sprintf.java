package org.rlambda.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * R's sprintf(fmt, ...): vectorised over the format and the arguments (recycled to the longest),
 * with R's conversions: whole doubles accepted by %d, %s of numbers via as.character, NA/NaN/Inf
 * printed as text within the field, %n$ argument references and * widths.
 *
 * <p>Arguments must be atomic vectors; objects needing S3 as.character methods should be
 * converted by the caller first. Errors are {@link FormatException}s with R's messages;
 * warnings are collected in {@link Result#warnings}.
 */
public final class Sprintf {
    private Sprintf() {}

    private static final int MAXLINE = 8192;
    private static final int MAXNARGS = 100;

    public record Result(String[] value, List<String> warnings) {}

    public static Result sprintf(StringVector format, List<Vector> args) {
        return sprintf(format, args, x -> new StringVector(AsCharacter.of(x)));
    }

    /**
     * As {@link #sprintf(StringVector, List)}, with {@code asCharacter} converting an argument
     * formatted by %s that is not a character vector (the caller's as.character, which may dispatch
     * on classed objects and handle lists); other conversions use the argument's own type.
     */
    public static Result sprintf(StringVector format, List<Vector> args, Function<Vector, Vector> asCharacter) {
        int nfmt = format.length();
        List<String> warnings = new ArrayList<>();
        if (nfmt == 0) return new Result(new String[0], warnings);
        int nargs = args.size();
        if (nargs >= MAXNARGS) throw new FormatException("only " + MAXNARGS + " arguments are allowed");
        Vector[] a = args.toArray(new Vector[0]);
        boolean[] used = new boolean[nargs];
        int[] lens = new int[nargs];
        for (int i = 0; i < nargs; i++) {
            lens[i] = a[i].length();
            if (lens[i] == 0) return new Result(new String[0], warnings);
        }
        int maxlen = checkMaxlen(nfmt, lens);
        String[] ans = null;
        for (int ns = 0; ns < maxlen; ns++) {
            StringBuilder out = new StringBuilder();
            String fs = format.get(ns % nfmt);
            if (StringVector.isNA(fs)) fs = "NA";
            int n = fs.length();
            if (n > MAXLINE) throw new FormatException("'fmt' length exceeds maximal format length " + MAXLINE);
            int cnt = 0;
            for (int cur = 0, chunk; cur < n; cur += chunk) {
                if (fs.charAt(cur) != '%') {
                    int next = fs.indexOf('%', cur);
                    chunk = (next < 0 ? n : next) - cur;
                    out.append(fs, cur, cur + chunk);
                    continue;
                }
                if (cur < n - 1 && fs.charAt(cur + 1) == '%') {
                    chunk = 2;
                    out.append('%');
                    continue;
                }
                int stop = indexOfAny(fs, cur + 1, "diosfeEgGxXaA");
                if (stop < 0) throw new FormatException("unrecognised format specification '" + fs.substring(cur) + "'");
                chunk = stop - cur + 1;
                String fmt = fs.substring(cur, cur + chunk);
                int nthis = -1;
                if (fmt.length() > 3 && fmt.charAt(1) >= '1' && fmt.charAt(1) <= '9') {
                    int v = fmt.charAt(1) - '0';
                    if (fmt.charAt(2) == '$') {
                        if (v > nargs) throw new FormatException("reference to non-existent argument " + v);
                        nthis = v - 1;
                        fmt = "%" + fmt.substring(3);
                    } else if (Character.isDigit(fmt.charAt(2)) && fmt.charAt(3) == '$') {
                        v = 10 * v + fmt.charAt(2) - '0';
                        if (v > nargs) throw new FormatException("reference to non-existent argument " + v);
                        nthis = v - 1;
                        fmt = "%" + fmt.substring(4);
                    }
                }
                int star = fmt.indexOf('*');
                boolean hasStar = star >= 0;
                int starArg = 0;
                if (hasStar) {
                    int nstar = -1;
                    String rest = fmt.substring(star);
                    if (rest.length() > 3 && rest.charAt(1) >= '1' && rest.charAt(1) <= '9') {
                        int v = rest.charAt(1) - '0';
                        if (rest.charAt(2) == '$') {
                            if (v > nargs) throw new FormatException("reference to non-existent argument " + v);
                            nstar = v - 1;
                            fmt = fmt.substring(0, star + 1) + rest.substring(3);
                        } else if (Character.isDigit(rest.charAt(2)) && rest.charAt(3) == '$') {
                            v = 10 * v + rest.charAt(2) - '0';
                            if (v > nargs) throw new FormatException("reference to non-existent argument " + v);
                            nstar = v - 1;
                            fmt = fmt.substring(0, star + 1) + rest.substring(4);
                        }
                    }
                    if (nstar < 0) {
                        if (cnt >= nargs) throw new FormatException("too few arguments");
                        nstar = cnt++;
                    }
                    if (fmt.indexOf('*', star + 1) >= 0)
                        throw new FormatException("at most one asterisk '*' is supported in each conversion specification");
                    used[nstar] = true;
                    Vector sv = a[nstar];
                    if (ns == 0 && sv instanceof DoubleVector) a[nstar] = sv = toInteger((DoubleVector) sv);
                    if (!(sv instanceof IntVector) || sv.length() < 1
                            || ((IntVector) sv).get(ns % sv.length()) == IntVector.NA)
                        throw new FormatException("argument for '*' conversion specification must be a number");
                    starArg = ((IntVector) sv).get(ns % sv.length());
                    fmt = fmt.replace("*", Integer.toString(starArg));
                }
                if (fmt.charAt(fmt.length() - 1) == '%') {
                    out.append(CFormat.parse(fmt.substring(0, fmt.length() - 1) + "s").format("%"));
                    continue;
                }
                if (nthis < 0) {
                    if (cnt >= nargs) throw new FormatException("too few arguments");
                    nthis = cnt++;
                }
                used[nthis] = true;
                if (ns == 0) {
                    Vector coerced = coerce(a[nthis], conversionOf(fmt), asCharacter);
                    if (coerced != a[nthis]) {
                        a[nthis] = coerced;
                        int newLen = coerced.length();
                        if (newLen == 0) throw new FormatException("coercion has changed vector length to 0");
                        boolean check = lens[nthis] == maxlen;
                        lens[nthis] = newLen;
                        if (check && newLen < maxlen) maxlen = checkMaxlen(nfmt, lens);
                    }
                }
                out.append(one(a[nthis], ns, fmt));
                if (out.length() > MAXLINE * 64) { /* outputs are not length-limited as a whole */ }
            }
            if (ans == null) ans = new String[maxlen];
            ans[ns] = out.toString();
        }
        int unused = 0;
        for (boolean u : used) if (!u) unused++;
        if (unused > 0) {
            String f = nfmt == 1 ? " by format '" + format.get(0) + "'" : " by format";
            warnings.add(unused == 1 ? "one argument not used" + f : unused + " arguments not used" + f);
        }
        return new Result(ans, warnings);
    }

    private static int checkMaxlen(int nfmt, int[] lens) {
        int maxlen = nfmt;
        for (int l : lens) if (maxlen < l) maxlen = l;
        if (maxlen % nfmt != 0) throw new FormatException("arguments cannot be recycled to the same length");
        for (int l : lens) if (maxlen % l != 0) throw new FormatException("arguments cannot be recycled to the same length");
        return maxlen;
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** The conversion character after flags, digits, '.', '*' (R's findspec). */
    private static char conversionOf(String fmt) {
        int i = 1;
        while (i < fmt.length() && "-+ #.*0123456789".indexOf(fmt.charAt(i)) >= 0) i++;
        return i < fmt.length() ? fmt.charAt(i) : 0;
    }

    private static boolean accepts(String fmt, String pattern) {
        char c = conversionOf(fmt);
        return c != 0 && pattern.indexOf(c) >= 0;
    }

    private static IntVector toInteger(DoubleVector d) {
        int[] r = new int[d.length()];
        for (int i = 0; i < r.length; i++) {
            double v = d.get(i);
            r[i] = Double.isNaN(v) || Math.abs(v) >= 2147483648.0 ? IntVector.NA : (int) v;
        }
        return new IntVector(r);
    }

    private static Vector coerce(Vector x, char conv, Function<Vector, Vector> asCharacter) {
        switch (conv) {
            case 'd': case 'i': case 'o': case 'x': case 'X':
                if (x instanceof DoubleVector) {
                    DoubleVector d = (DoubleVector) x;
                    for (int i = 0; i < d.length(); i++) {
                        double r = d.get(i);
                        if (DoubleVector.isNA(r)) continue;
                        if (!Double.isFinite(r) || (double) (int) r != r) return x;
                    }
                    return toInteger(d);
                }
                return x;
            case 'a': case 'A': case 'e': case 'f': case 'g': case 'E': case 'G':
                if (x instanceof IntVector || x instanceof LogicalVector) {
                    int[] v = x instanceof IntVector ? ((IntVector) x).values() : ((LogicalVector) x).values();
                    double[] d = new double[v.length];
                    for (int i = 0; i < v.length; i++) d[i] = v[i] == IntVector.NA ? DoubleVector.NA : v[i];
                    return new DoubleVector(d);
                }
                if (x instanceof ListVector) return listToDouble((ListVector) x);
                return x;
            case 's':
                if (!(x instanceof StringVector)) return asCharacter.apply(x);
                return x;
            default:
                return x;
        }
    }

    /** A list whose elements are single numbers, as doubles (R's coerceVector of a list). */
    private static Vector listToDouble(ListVector x) {
        double[] d = new double[x.length()];
        for (int i = 0; i < d.length; i++) {
            SEXP e = x.get(i);
            if (e instanceof DoubleVector && e.length() == 1) d[i] = ((DoubleVector) e).get(0);
            else if ((e instanceof IntVector || e instanceof LogicalVector) && e.length() == 1) {
                int v = e instanceof IntVector ? ((IntVector) e).get(0) : ((LogicalVector) e).get(0);
                d[i] = v == IntVector.NA ? DoubleVector.NA : v;
            } else {
                throw new FormatException("(list) object cannot be coerced to type 'double'");
            }
        }
        return new DoubleVector(d);
    }

    private static String one(Vector x, int ns, String fmt) {
        int i = ns % x.length();
        if (x instanceof LogicalVector) {
            if (!accepts(fmt, "di"))
                throw new FormatException("invalid format '" + fmt + "'; use format %d or %i for logical objects");
            int v = ((LogicalVector) x).get(i);
            if (v == LogicalVector.NA) return asS(fmt).format("NA");
            return CFormat.parse(fmt).format((long) v);
        }
        if (x instanceof IntVector) {
            if (!accepts(fmt, "dioxX"))
                throw new FormatException("invalid format '" + fmt + "'; use format %d, %i, %o, %x or %X for integer objects");
            int v = ((IntVector) x).get(i);
            if (v == IntVector.NA) return asS(fmt).format("NA");
            return CFormat.parse(fmt).format((long) v);
        }
        if (x instanceof DoubleVector) {
            if (!accepts(fmt, "aAfeEgG"))
                throw new FormatException("invalid format '" + fmt + "'; use format %f, %e, %g or %a for numeric objects");
            double v = ((DoubleVector) x).get(i);
            if (Double.isFinite(v)) return CFormat.parse(fmt).format(v);
            int dot = fmt.indexOf('.');
            String sfmt = dot >= 0 ? fmt.substring(0, dot) + "s" : fmt.substring(0, fmt.length() - 1) + "s";
            CFormat f = CFormat.parse(sfmt);
            boolean hasSpace = sfmt.indexOf(' ') >= 0;
            if (DoubleVector.isNA(v)) return f.format(hasSpace ? " NA" : "NA");
            if (Double.isNaN(v)) return f.format(hasSpace ? " NaN" : "NaN");
            if (v > 0) return f.format(sfmt.indexOf('+') >= 0 ? "+Inf" : hasSpace ? " Inf" : "Inf");
            return f.format("-Inf");
        }
        if (x instanceof StringVector) {
            if (!accepts(fmt, "s"))
                throw new FormatException("invalid format '" + fmt + "'; use format %s for character objects");
            String s = ((StringVector) x).get(i);
            if (StringVector.isNA(s)) s = "NA";
            if (fmt.charAt(1) != 's') return CFormat.parse(fmt).format(s);
            return s;
        }
        throw new FormatException("unsupported type");
    }

    private static CFormat asS(String fmt) {
        return CFormat.parse(fmt.substring(0, fmt.length() - 1) + "s");
    }
}
