package org.rlambda.serialize;

import java.nio.charset.StandardCharsets;

/**
 * The primitive reads of a serialization stream held in memory. Every read is bounds-checked,
 * so a truncated stream ends in {@link #truncatedMessage} ("read error" for a raw vector,
 * "error reading from connection" for a file, as GNU R says), and {@link #remaining} lets the
 * reader refuse lengths the input cannot hold before allocating anything.
 */
final class SerialInput {
    SerialFormat format;
    private final byte[] b;
    private int pos;
    private final int end;
    String truncatedMessage = "read error";

    SerialInput(byte[] bytes, int offset, int end) {
        this.b = bytes;
        this.pos = offset;
        this.end = end;
    }

    int position() { return pos; }

    int remaining() { return end - pos; }

    /** The fewest bytes one element of an integer/double vector can take in this format. */
    int minBytes(int binarySize) { return format == SerialFormat.ASCII ? 2 : binarySize; }

    private SerializeException truncated() { return new SerializeException(truncatedMessage); }

    int readByteRaw() {
        if (pos >= end) throw truncated();
        return b[pos++] & 0xFF;
    }

    byte[] readBytes(int n) {
        if (n < 0 || n > end - pos) throw truncated();
        byte[] r = new byte[n];
        System.arraycopy(b, pos, r, 0, n);
        pos += n;
        return r;
    }

    int integer() {
        switch (format) {
            case ASCII: {
                String w = word();
                if (w.equals("NA")) return Integer.MIN_VALUE;
                try {
                    long v = Long.parseLong(w);
                    return (int) v;
                } catch (NumberFormatException e) {
                    throw new SerializeException("read error");
                }
            }
            case BINARY:
                if (end - pos < 4) throw truncated();
                pos += 4;
                return (b[pos - 4] & 0xFF) | (b[pos - 3] & 0xFF) << 8 | (b[pos - 2] & 0xFF) << 16 | (b[pos - 1] & 0xFF) << 24;
            default:
                if (end - pos < 4) throw truncated();
                pos += 4;
                return (b[pos - 4] & 0xFF) << 24 | (b[pos - 3] & 0xFF) << 16 | (b[pos - 2] & 0xFF) << 8 | (b[pos - 1] & 0xFF);
        }
    }

    double real() {
        if (format == SerialFormat.ASCII) {
            String w = word();
            switch (w) {
                case "NA": return Double.longBitsToDouble(0x7FF00000000007A2L);
                case "NaN": return Double.NaN;
                case "Inf": return Double.POSITIVE_INFINITY;
                case "-Inf": return Double.NEGATIVE_INFINITY;
                default:
                    try {
                        return Double.parseDouble(w.contains("x") && !w.contains("p") ? w + "p0" : w);
                    } catch (NumberFormatException e) {
                        throw new SerializeException("read error");
                    }
            }
        }
        if (end - pos < 8) throw truncated();
        long v = 0;
        if (format == SerialFormat.BINARY) {
            for (int k = 7; k >= 0; k--) v = v << 8 | (b[pos + k] & 0xFF);
        } else {
            for (int k = 0; k < 8; k++) v = v << 8 | (b[pos + k] & 0xFF);
        }
        pos += 8;
        return Double.longBitsToDouble(v);
    }

    int rawByte() {
        if (format != SerialFormat.ASCII) return readByteRaw();
        String w = word();
        try {
            return Integer.parseInt(w.length() > 2 ? w.substring(0, 2) : w, 16);
        } catch (NumberFormatException e) {
            throw new SerializeException("read error");
        }
    }

    /** A whitespace-delimited word of the ascii format (at most 127 characters, as GNU R's InWord). */
    private String word() {
        int c;
        do {
            if (pos >= end) throw truncated();
            c = b[pos++] & 0xFF;
        } while (isSpace(c));
        int start = pos - 1;
        while (pos < end && !isSpace(b[pos] & 0xFF)) pos++;
        if (pos - start >= 128) throw new SerializeException("read error");
        return new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    private static boolean isSpace(int c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x0B || c == '\f'; }

    /** {@code length} bytes of a string: escaped text in ascii, raw bytes otherwise. */
    byte[] string(int length) {
        if (format != SerialFormat.ASCII) return readBytes(length);
        if (length > end - pos) throw truncated();
        byte[] r = new byte[length];
        if (length == 0) return r;
        while (pos < end && isSpace(b[pos] & 0xFF)) pos++;
        for (int i = 0; i < length; i++) {
            int c = readByteRaw();
            if (c == '\\') {
                c = readByteRaw();
                switch (c) {
                    case 'n': r[i] = '\n'; break;
                    case 't': r[i] = '\t'; break;
                    case 'v': r[i] = 0x0B; break;
                    case 'b': r[i] = '\b'; break;
                    case 'r': r[i] = '\r'; break;
                    case 'f': r[i] = '\f'; break;
                    case 'a': r[i] = 0x07; break;
                    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                        int d = c - '0';
                        for (int j = 1; j < 3 && pos < end && b[pos] >= '0' && b[pos] < '8'; j++) d = d * 8 + (b[pos++] - '0');
                        r[i] = (byte) d;
                        break;
                    }
                    default: r[i] = (byte) c;
                }
            } else r[i] = (byte) c;
        }
        return r;
    }
}
