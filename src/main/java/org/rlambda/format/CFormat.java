package org.rlambda.format;

import java.nio.charset.StandardCharsets;

/**
 * One C printf conversion ({@code %[flags][width][.prec]conv}) applied to one value, with
 * glibc's output: exact decimal rounding, "-0", "inf"/"nan", '#' and '0' flag rules. Field
 * width and precision of %s count bytes of the UTF-8 encoding, as in C.
 */
public final class CFormat {
    public final boolean minus, plus, space, alt, zero;
    /** -1 when absent. */
    public final int width, precision;
    public final char conversion;

    private CFormat(boolean minus, boolean plus, boolean space, boolean alt, boolean zero, int width,
                    int precision, char conversion) {
        this.minus = minus; this.plus = plus; this.space = space; this.alt = alt; this.zero = zero;
        this.width = width; this.precision = precision; this.conversion = conversion;
    }

    /** Parses a complete specification such as "%-08.3f" (no '*', no n$). */
    public static CFormat parse(String spec) {
        int i = 1, n = spec.length();
        boolean minus = false, plus = false, space = false, alt = false, zero = false;
        for (; i < n; i++) {
            char c = spec.charAt(i);
            if (c == '-') minus = true;
            else if (c == '+') plus = true;
            else if (c == ' ') space = true;
            else if (c == '#') alt = true;
            else if (c == '0') zero = true;
            else if (c == '\'' || c == 'I') { /* grouping / locale digits: no effect in C locale */ }
            else break;
        }
        int width = -1;
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) i++;
        if (i > start) width = Integer.parseInt(spec.substring(start, i));
        int prec = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) i++;
            prec = i > start ? Integer.parseInt(spec.substring(start, i)) : 0;
        }
        // length modifiers (h, l, L, q, j, z, t) are accepted and ignored
        while (i < n - 1 && "hlLqjzt".indexOf(spec.charAt(i)) >= 0) i++;
        return new CFormat(minus, plus, space, alt, zero, width, prec, spec.charAt(n - 1));
    }

    private String pad(String sign, String prefix, String body, boolean zeroPad) {
        int len = sign.length() + prefix.length() + body.length();
        if (width <= len) return sign + prefix + body;
        int fill = width - len;
        if (minus) return sign + prefix + body + " ".repeat(fill);
        if (zeroPad) return sign + prefix + "0".repeat(fill) + body;
        return " ".repeat(fill) + sign + prefix + body;
    }

    /** %d %i %o %x %X %c applied to an integer (also %s/%f etc. are rejected by the caller). */
    public String format(long v) {
        switch (conversion) {
            case 'd': case 'i': case 'o': case 'x': case 'X': case 'u': break;
            default: return format((double) v);
        }
        boolean neg = v < 0;
        long a = Math.abs(v);
        String digits;
        String prefix = "";
        switch (conversion) {
            case 'o': digits = Long.toOctalString(neg ? v & 0xFFFFFFFFL : a); neg = false; break;
            case 'x': digits = Long.toHexString(neg ? v & 0xFFFFFFFFL : a); neg = false; break;
            case 'X': digits = Long.toHexString(neg ? v & 0xFFFFFFFFL : a).toUpperCase(); neg = false; break;
            case 'u': digits = Long.toString(neg ? v & 0xFFFFFFFFL : a); neg = false; break;
            default: digits = Long.toString(a);
        }
        if (precision == 0 && v == 0) digits = "";
        if (precision > digits.length()) digits = "0".repeat(precision - digits.length()) + digits;
        if (alt && conversion == 'o' && !digits.startsWith("0")) digits = "0" + digits;
        if (alt && v != 0 && conversion == 'x') prefix = "0x";
        if (alt && v != 0 && conversion == 'X') prefix = "0X";
        String sign = "";
        if (conversion == 'd' || conversion == 'i') sign = neg ? "-" : plus ? "+" : space ? " " : "";
        return pad(sign, prefix, digits, zero && !minus && precision < 0);
    }

    /** %f %F %e %E %g %G %a %A applied to a double. */
    public String format(double x) {
        int p = precision;
        String body;
        switch (conversion) {
            case 'f': case 'F': body = CDouble.fixed(x, p < 0 ? 6 : p, alt); break;
            case 'e': case 'E': body = CDouble.scientific(x, p < 0 ? 6 : p, conversion == 'E', alt); break;
            case 'g': case 'G': body = CDouble.general(x, p < 0 ? 6 : p, conversion == 'G', alt); break;
            case 'a': case 'A': body = CDouble.hex(x, p, conversion == 'A', alt); break;
            case 'd': case 'i': case 'o': case 'x': case 'X':
                return format((long) x);
            default: throw new FormatException("unrecognised format specification '" + conversion + "'");
        }
        if (conversion == 'F') body = body.toUpperCase();
        String sign = "";
        if (body.startsWith("-")) { sign = "-"; body = body.substring(1); }
        else if (plus) sign = "+";
        else if (space) sign = " ";
        String prefix = "";
        if ((conversion == 'a' || conversion == 'A') && body.length() > 1 && body.charAt(0) == '0') {
            prefix = body.substring(0, 2);
            body = body.substring(2);
        }
        boolean finite = !Double.isNaN(x) && !Double.isInfinite(x);
        return pad(sign, prefix, body, zero && !minus && finite);
    }

    /** %s: precision truncates and width pads, both in bytes. */
    public String format(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (precision >= 0 && precision < b.length) {
            s = new String(b, 0, precision, StandardCharsets.UTF_8);
            b = s.getBytes(StandardCharsets.UTF_8);
        }
        int fill = width - b.length;
        if (fill <= 0) return s;
        return minus ? s + " ".repeat(fill) : " ".repeat(fill) + s;
    }
}
