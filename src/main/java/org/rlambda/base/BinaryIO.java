package org.rlambda.base;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Byte-level input and output: readChar/writeChar (characters without line structure),
 * readBin/writeBin (raw bytes, native-size numbers, NUL-terminated strings) and
 * raw(), charToRaw/rawToChar. A file name is read or written whole; a connection is read from its
 * current byte position.
 */
public final class BinaryIO {
    private BinaryIO() { }

    public static void register(Builtins b) {
        b.add("raw", "length", (in, call, a, rho) -> new RawVector(new byte[a[0] == null ? 0 : RArgs.integer(a[0])]));
        b.add("charToRaw", "x", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector)) throw in.error(call, "argument must be a character vector of length 1");
            StringVector x = (StringVector) a[0];
            if (x.length() == 0) return new RawVector(new byte[0]);
            if (x.length() > 1) {
                in.warning(call, "argument should be a character vector of length 1\nall but the first element will be ignored");
            }
            String s = x.get(0);
            return new RawVector(StringVector.isNA(s) ? "NA".getBytes(StandardCharsets.UTF_8) : s.getBytes(StandardCharsets.UTF_8));
        });
        b.add("rawToChar", "x, multiple", (in, call, a, rho) -> {
            if (!(a[0] instanceof RawVector)) throw in.error(call, "argument 'x' must be a raw vector");
            byte[] v = ((RawVector) a[0]).values();
            boolean multiple = RArgs.flag(in, call, a[1], false, "multiple");
            if (multiple) {
                String[] r = new String[v.length];
                for (int i = 0; i < v.length; i++) r[i] = new String(v, i, 1, StandardCharsets.ISO_8859_1);
                return new StringVector(r);
            }
            int end = v.length;
            while (end > 0 && v[end - 1] == 0) end--;
            for (int i = 0; i < end; i++) {
                if (v[i] == 0) throw in.error(call, "embedded nul in string: '" + escapedPrefix(v, end) + "'");
            }
            return StringVector.of(new String(v, 0, end, StandardCharsets.UTF_8));
        });
        b.add("readChar", "con, nchars, useBytes", (in, call, a, rho) -> {
            Source src = source(in, call, a[0]);
            if (!(a[1] instanceof Vector) || !((Vector) a[1]).isAtomic()) throw in.error(call, "invalid 'nchars' argument");
            Vector n = (Vector) a[1];
            boolean useBytes = RArgs.flag(in, call, a[2], false, "useBytes");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n.length(); i++) {
                int k = Coerce.intElement(n, i, null);
                if (k == IntVector.NA || k < 0) throw in.error(call, "invalid 'nchars' argument");
                if (src.pos >= src.bytes.length) break;
                int start = src.pos;
                if (useBytes) src.pos = Math.min(src.bytes.length, src.pos + k);
                else {
                    // k UTF-8 characters: skip continuation bytes after each lead byte
                    for (int c = 0; c < k && src.pos < src.bytes.length; c++) {
                        src.pos++;
                        while (src.pos < src.bytes.length && (src.bytes[src.pos] & 0xC0) == 0x80) src.pos++;
                    }
                }
                out.add(new String(src.bytes, start, src.pos - start, StandardCharsets.UTF_8));
            }
            src.done();
            return new StringVector(out.toArray(new String[0]));
        });
        b.add("writeChar", "object, con, nchars, eos, useBytes", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector)) throw in.error(call, "can only write character objects");
            StringVector x = (StringVector) a[0];
            String eos = a[3] == null ? "" : a[3] == Null.NULL ? null : RArgs.string(a[3]);
            Vector nchars = a[2] instanceof Vector ? (Vector) a[2] : null;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < x.length(); i++) {
                String s = x.isNA(i) ? "NA" : x.get(i);
                if (nchars != null && nchars.length() > 0) {
                    int k = Coerce.intElement(nchars, i % nchars.length(), null);
                    if (k < s.codePointCount(0, s.length())) s = s.substring(0, s.offsetByCodePoints(0, Math.max(0, k)));
                }
                sb.append(s);
                // eos = "" writes the C string terminator, NULL nothing
                if (eos != null) sb.append(eos).append('\0');
            }
            writeBytes(in, call, a[1], sb.toString().getBytes(StandardCharsets.UTF_8));
            in.visible = false;
            return Null.NULL;
        });
        b.add("writeBin", "object, con, size, endian, useBytes", (in, call, a, rho) -> {
            SEXP x = a[0] == null ? Null.NULL : a[0];
            ByteOrder order = order(in, call, a[3]);
            byte[] bytes = encode(in, call, x, order);
            if (a[1] instanceof RawVector) return new RawVector(bytes);
            writeBytes(in, call, a[1], bytes);
            in.visible = false;
            return Null.NULL;
        });
        b.add("readBin", "con, what, n, size, signed, endian", (in, call, a, rho) -> {
            String what = a[1] == null ? "integer" : a[1] instanceof StringVector ? RArgs.string(a[1]) : a[1].typeName();
            int n = a[2] == null ? 1 : RArgs.integer(a[2]);
            if (n == IntVector.NA || n < 0) throw in.error(call, "invalid 'n' argument");
            ByteOrder order = order(in, call, a[5]);
            Source src = a[0] instanceof RawVector ? new Source(((RawVector) a[0]).values(), null) : source(in, call, a[0]);
            SEXP r = decode(in, call, src, what, n, order);
            src.done();
            return r;
        });
    }

    private static String escapedPrefix(byte[] v, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (v[i] == 0) sb.append("\\0");
            else sb.append((char) (v[i] & 0xFF));
        }
        return sb.toString();
    }

    private static ByteOrder order(Interpreter in, Call call, SEXP e) {
        String s = e == null ? "little" : RArgs.string(e);
        switch (s) {
            case "little": case "swap": return ByteOrder.LITTLE_ENDIAN;
            case "big": return ByteOrder.BIG_ENDIAN;
            default: throw in.error(call, "invalid 'endian' argument");
        }
    }

    /** Bytes being read: a whole file, or a connection's remaining bytes (position kept on it). */
    private static final class Source {
        final byte[] bytes;
        int pos;
        final Connections.Conn conn;

        Source(byte[] bytes, Connections.Conn conn) {
            this.bytes = bytes;
            this.conn = conn;
            this.pos = conn == null ? 0 : conn.bytePos;
        }

        void done() { if (conn != null) conn.bytePos = pos; }
    }

    private static Source source(Interpreter in, Call call, SEXP con) {
        if (con instanceof StringVector && !con.isObject()) {
            String name = RArgs.string(con);
            try {
                return new Source(Files.readAllBytes(FileBuiltins.path(in, name)), null);
            } catch (IOException e) {
                in.warning(call, "cannot open file '" + name + "': " + FileBuiltins.reason(e));
                throw in.error(call, "cannot open the connection");
            }
        }
        Connections.Conn c = Connections.lookup(in, call, con == null ? Null.NULL : con);
        if (c == null) throw in.error(call, "invalid connection");
        if (c.bytes == null) {
            if ("textConnection".equals(c.kind)) throw in.error(call, "can only read from a binary connection");
            if (c.id <= 2) throw in.error(call, "cannot read from this connection");
            try {
                c.bytes = Files.readAllBytes(FileBuiltins.path(in, c.description));
            } catch (IOException e) {
                in.warning(call, "cannot open file '" + c.description + "': " + FileBuiltins.reason(e));
                throw in.error(call, "cannot open the connection");
            }
            c.bytePos = 0;
        }
        return new Source(c.bytes, c);
    }

    private static void writeBytes(Interpreter in, Call call, SEXP con, byte[] bytes) {
        if (con instanceof StringVector && !con.isObject()) {
            String name = RArgs.string(con);
            try {
                Files.write(FileBuiltins.path(in, name), bytes);
            } catch (IOException e) {
                in.warning(call, "cannot open file '" + name + "': " + FileBuiltins.reason(e));
                throw in.error(call, "cannot open the connection");
            }
            return;
        }
        Connections.Conn c = Connections.lookup(in, call, con == null ? Null.NULL : con);
        if (c == null) throw in.error(call, "invalid connection");
        Connections.writeBytes(in, call, c, bytes);
    }

    private static byte[] encode(Interpreter in, Call call, SEXP x, ByteOrder order) {
        if (x instanceof RawVector) return ((RawVector) x).values().clone();
        if (x instanceof StringVector) {
            StringBuilder sb = new StringBuilder();
            for (String s : ((StringVector) x).values()) sb.append(StringVector.isNA(s) ? "NA" : s).append('\0');
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (x instanceof LogicalVector || x instanceof IntVector) {
            Vector v = (Vector) x;
            ByteBuffer buf = ByteBuffer.allocate(4 * v.length()).order(order);
            for (int i = 0; i < v.length(); i++) buf.putInt(Coerce.intElement(v, i, null));
            return buf.array();
        }
        if (x instanceof DoubleVector) {
            DoubleVector v = (DoubleVector) x;
            ByteBuffer buf = ByteBuffer.allocate(8 * v.length()).order(order);
            for (int i = 0; i < v.length(); i++) buf.putDouble(v.get(i));
            return buf.array();
        }
        throw in.error(call, "can only write vector objects");
    }

    private static SEXP decode(Interpreter in, Call call, Source src, String what, int n, ByteOrder order) {
        ByteBuffer buf = ByteBuffer.wrap(src.bytes, src.pos, src.bytes.length - src.pos).order(order);
        switch (what) {
            case "raw": {
                int k = Math.min(n, buf.remaining());
                byte[] r = new byte[k];
                buf.get(r);
                src.pos += k;
                return new RawVector(r);
            }
            case "integer": case "int": case "logical": {
                int k = Math.min(n, buf.remaining() / 4);
                int[] r = new int[k];
                for (int i = 0; i < k; i++) r[i] = buf.getInt();
                src.pos += 4 * k;
                return what.equals("logical") ? new LogicalVector(r) : new IntVector(r);
            }
            case "double": case "numeric": {
                int k = Math.min(n, buf.remaining() / 8);
                double[] r = new double[k];
                for (int i = 0; i < k; i++) r[i] = buf.getDouble();
                src.pos += 8 * k;
                return new DoubleVector(r);
            }
            case "character": {
                List<String> r = new ArrayList<>();
                while (r.size() < n && src.pos < src.bytes.length) {
                    int end = src.pos;
                    while (end < src.bytes.length && src.bytes[end] != 0) end++;
                    r.add(new String(src.bytes, src.pos, end - src.pos, StandardCharsets.UTF_8));
                    src.pos = Math.min(src.bytes.length, end + 1);
                }
                return new StringVector(r.toArray(new String[0]));
            }
            default:
                throw in.error(call, "invalid 'what' argument");
        }
    }
}
