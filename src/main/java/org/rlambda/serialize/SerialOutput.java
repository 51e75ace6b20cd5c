package org.rlambda.serialize;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * The primitive writes of a serialization stream (integers, doubles, bytes, strings) in XDR
 * (big-endian), native binary (little-endian, as on the x86-64 and arm64 hosts GNU R runs on)
 * or ascii form, with GNU R's text forms for ascii (serialize.c OutInteger/OutReal/OutString).
 */
final class SerialOutput {
    final SerialFormat format;
    private final ByteArrayOutputStream out;

    SerialOutput(SerialFormat format, ByteArrayOutputStream out) {
        this.format = format;
        this.out = out;
    }

    void integer(int i) {
        switch (format) {
            case ASCII:
                ascii(i == Integer.MIN_VALUE ? "NA\n" : i + "\n");
                break;
            case BINARY:
                out.write(i);
                out.write(i >>> 8);
                out.write(i >>> 16);
                out.write(i >>> 24);
                break;
            default:
                out.write(i >>> 24);
                out.write(i >>> 16);
                out.write(i >>> 8);
                out.write(i);
        }
    }

    void real(double d) {
        if (format == SerialFormat.ASCII) {
            ascii(realText(d) + "\n");
            return;
        }
        long bits = Double.doubleToRawLongBits(d);
        if (format == SerialFormat.BINARY) {
            for (int k = 0; k < 8; k++) out.write((int) (bits >>> (8 * k)));
        } else {
            for (int k = 7; k >= 0; k--) out.write((int) (bits >>> (8 * k)));
        }
    }

    void rawByte(int b) {
        if (format == SerialFormat.ASCII) ascii(String.format("%02x\n", b & 0xFF));
        else out.write(b);
    }

    void rawBytes(byte[] b) {
        if (format == SerialFormat.ASCII) for (byte x : b) rawByte(x);
        else out.write(b, 0, b.length);
    }

    /** The bytes of a CHARSXP (or a builtin's name): escaped text in ascii, as they are otherwise. */
    void string(byte[] s) {
        if (format != SerialFormat.ASCII) {
            out.write(s, 0, s.length);
            return;
        }
        StringBuilder sb = new StringBuilder(s.length + 1);
        for (byte b : s) {
            int c = b & 0xFF;
            switch (c) {
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                case 0x0B: sb.append("\\v"); break;
                case '\b': sb.append("\\b"); break;
                case '\r': sb.append("\\r"); break;
                case '\f': sb.append("\\f"); break;
                case 0x07: sb.append("\\a"); break;
                case '\\': sb.append("\\\\"); break;
                case '?': sb.append("\\?"); break;
                case '\'': sb.append("\\'"); break;
                case '"': sb.append("\\\""); break;
                default:
                    if (c <= 32 || c > 126) sb.append(String.format("\\%03o", c));
                    else sb.append((char) c);
            }
        }
        sb.append('\n');
        ascii(sb.toString());
    }

    /** Header bytes written verbatim in every format ("X\n", the encoding name). */
    void verbatim(byte[] b) { out.write(b, 0, b.length); }

    private void ascii(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        out.write(b, 0, b.length);
    }

    /** C's {@code %.16g} for a double, or NA/NaN/Inf/-Inf as GNU R's ascii format writes them. */
    static String realText(double d) {
        if (Double.isNaN(d)) {
            return (Double.doubleToRawLongBits(d) & 0xFFFFFFFFL) == 1954 ? "NA" : "NaN";
        }
        if (Double.isInfinite(d)) return d > 0 ? "Inf" : "-Inf";
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        BigDecimal bd = new BigDecimal(d).round(new MathContext(16, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String sign = bd.signum() < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String digits = bd.unscaledValue().abs().toString().replaceAll("0+$", "");
            if (digits.isEmpty()) digits = "0";
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int ae = Math.abs(exp);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
        }
        return bd.stripTrailingZeros().toPlainString();
    }
}
