package org.rlambda.base;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * R connections of one session: stdin/stdout/stderr (0, 1, 2), files and text connections.
 * A connection object in R is an integer (its number) with class c(kind, "connection"),
 * as in GNU R; the table behind the numbers is per interpreter.
 */
public final class Connections {
    private Connections() { }

    /** One open or closed connection. */
    public static final class Conn {
        public final int id;
        public final String description;
        public final String kind;   // "terminal", "file", "textConnection"
        public String mode;
        public boolean open;
        final boolean canRead;
        final boolean canWrite;
        /** Lines available to read (files are read whole when opened for reading). */
        List<String> lines;
        int readPos;
        /** True when the last line read had no trailing newline. */
        boolean incompleteLast;
        OutputStream sink;
        /** Output text connections: the R variable name and the environment holding it. */
        String varName;
        org.rlambda.sexp.Environment varEnv;
        StringBuilder pendingLine;
        List<String> written;
        /** Binary reads (readBin/readChar): the file's bytes and the position reached. */
        byte[] bytes;
        int bytePos;
        /** The compression level of gzfile/bzfile/xzfile (-1: the kind's default). */
        int compression = -1;
        /** rawConnection(open = "w"): what has been written. */
        java.io.ByteArrayOutputStream rawOut;

        Conn(int id, String description, String kind, String mode, boolean canRead, boolean canWrite) {
            this.id = id;
            this.description = description;
            this.kind = kind;
            this.mode = mode;
            this.canRead = canRead;
            this.canWrite = canWrite;
        }
    }

    /** Per-session table: index = connection number. */
    static final class Table {
        final List<Conn> conns = new ArrayList<>();

        Table() {
            conns.add(new Conn(0, "stdin", "terminal", "r", true, false));
            conns.add(new Conn(1, "stdout", "terminal", "w", false, true));
            conns.add(new Conn(2, "stderr", "terminal", "w", false, true));
            for (Conn c : conns) c.open = true;
        }
    }

    private static final Map<Interpreter, Table> TABLES = Collections.synchronizedMap(new WeakHashMap<>());

    static Table table(Interpreter in) { return TABLES.computeIfAbsent(in, k -> new Table()); }

    /** The R object for connection {@code c}. */
    public static SEXP object(Conn c) {
        IntVector v = IntVector.of(c.id);
        v.setAttributeRaw("class", StringVector.of(c.kind, "connection"));
        return v;
    }

    public static SEXP std(Interpreter in, int id) { return object(table(in).conns.get(id)); }

    /** Registers a new connection and returns it. */
    static Conn add(Interpreter in, String description, String kind, String mode, boolean canRead, boolean canWrite) {
        Table t = table(in);
        int id = 3;
        while (id < t.conns.size() && t.conns.get(id) != null) id++;
        Conn c = new Conn(id, description, kind, mode, canRead, canWrite);
        if (id == t.conns.size()) t.conns.add(c);
        else t.conns.set(id, c);
        return c;
    }

    /** The connection an R object refers to, or null when it is not a connection object. */
    public static Conn lookup(Interpreter in, Call call, SEXP x) {
        if (!x.inherits("connection") || !(x instanceof Vector) || x.length() != 1) return null;
        int id = RArgs.integer(x);
        Table t = table(in);
        if (id < 0 || id >= t.conns.size() || t.conns.get(id) == null) throw in.error(call, "invalid connection");
        return t.conns.get(id);
    }

    /** The numbers of the connections in use, in order. */
    static int[] ids(Interpreter in) {
        Table t = table(in);
        return t.conns.stream().filter(java.util.Objects::nonNull).mapToInt(c -> c.id).toArray();
    }

    static Conn byId(Interpreter in, int id) { return table(in).conns.get(id); }

    static void remove(Interpreter in, Conn c) {
        Table t = table(in);
        if (c.id >= 3 && c.id < t.conns.size()) t.conns.set(c.id, null);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes text to what a {@code file} argument names (cat(file=), writeLines(con=)):
     * "" or stdout() is standard output, stderr() standard error, a string a file
     * (truncated unless {@code append}), a connection object that connection.
     */
    public static void write(Interpreter in, Call call, SEXP file, String text, boolean append) {
        if (file instanceof StringVector && !file.isObject()) {
            String name = ((StringVector) file).get(0);
            if (name.isEmpty()) {
                in.out.print(text);
                return;
            }
            writeFile(in, call, name, text, append);
            return;
        }
        Conn c = lookup(in, call, file);
        if (c == null) throw in.error(call, "invalid connection");
        writeTo(in, call, c, text);
    }

    /** Writes to a connection; a closed file connection is opened for this write only. */
    public static void writeTo(Interpreter in, Call call, Conn c, String text) {
        switch (c.id) {
            case 1:
                in.out.print(text);
                return;
            case 2:
                in.out.flush();
                in.err.print(text);
                in.err.flush();
                return;
            case 0:
                throw in.error(call, "cannot write to this connection");
            default:
        }
        if (!c.canWrite && c.open) throw in.error(call, "cannot write to this connection");
        if ("textConnection".equals(c.kind)) {
            TextConnections.append(in, c, text);
            return;
        }
        if (!c.open) {
            writeFile(in, call, c.description, text, c.mode.startsWith("a"));
            return;
        }
        if (!c.mode.startsWith("w") && !c.mode.startsWith("a")) throw in.error(call, "cannot write to this connection");
        try {
            c.sink.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw in.error(call, "cannot write to connection");
        }
    }

    /** Bytes to a connection (writeBin/writeChar): an open file's stream, or the file written whole. */
    static void writeBytes(Interpreter in, Call call, Conn c, byte[] bytes) {
        if (c.rawOut != null) {
            c.rawOut.write(bytes, 0, bytes.length);
            return;
        }
        if (c.id == 1 || c.id == 2 || "textConnection".equals(c.kind)) {
            throw in.error(call, "can only write to a binary connection");
        }
        if (c.id == 0 || (!c.canWrite && c.open)) throw in.error(call, "cannot write to this connection");
        try {
            if (c.open && c.sink != null) c.sink.write(bytes);
            else if (c.open) throw in.error(call, "cannot write to this connection");
            else if (c.mode.startsWith("a")) {
                java.nio.file.Files.write(FileBuiltins.path(in, c.description), bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else java.nio.file.Files.write(FileBuiltins.path(in, c.description), bytes);
        } catch (IOException e) {
            throw in.error(call, "cannot write to connection");
        }
    }

    static void writeFile(Interpreter in, Call call, String name, String text, boolean append) {
        Path p = FileBuiltins.path(in, name);
        try {
            if (append) java.nio.file.Files.writeString(p, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            else java.nio.file.Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            in.warning(call, "cannot open file '" + name + "': " + FileBuiltins.reason(e));
            throw in.error(call, "cannot open the connection");
        }
    }

    // ------------------------------------------------------------------ reading

    /** Opens {@code c} for reading (reading a file whole). */
    static void openForRead(Interpreter in, Call call, Conn c) {
        if (c.lines != null) return;
        if (isFile(c)) {
            Path p = FileBuiltins.path(in, c.description);
            try {
                String text = readText(p);
                // a leading byte order mark is dropped, as GNU R's connections do in a UTF-8 locale
                if (text.startsWith("\uFEFF")) text = text.substring(1);
                c.lines = splitLines(text);
                c.incompleteLast = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
            } catch (NoSuchFileException e) {
                in.warning(call, "cannot open file '" + c.description + "': No such file or directory");
                throw in.error(call, "cannot open the connection");
            } catch (IOException e) {
                in.warning(call, "cannot open file '" + c.description + "': " + FileBuiltins.reason(e));
                throw in.error(call, "cannot open the connection");
            }
        } else if ("rawConnection".equals(c.kind) && c.bytes != null) {
            String text = new String(c.bytes, c.bytePos, c.bytes.length - c.bytePos, StandardCharsets.UTF_8);
            c.lines = splitLines(text);
            c.incompleteLast = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
        } else if (c.id == 0) {
            c.lines = new ArrayList<>();
        }
    }

    // ------------------------------------------------------------------ whole binary contents

    /**
     * The bytes still to be read from a connection, for unserialize/readRDS/load: a raw
     * connection's buffer from its position, a file's contents (decompressed for gzfile,
     * bzfile and xzfile, which detect the compression as GNU R's do). The position moves to
     * the end; {@link #consumed} puts back what the reader did not use.
     */
    public static byte[] readAllBinary(Interpreter in, Call call, Conn c) {
        if (c.id <= 2) throw in.error(call, "cannot read from this connection");
        if ("textConnection".equals(c.kind)) throw in.error(call, "can only read from a binary connection");
        if (c.bytes == null) {
            Path p = FileBuiltins.path(in, c.description);
            try {
                byte[] b = java.nio.file.Files.readAllBytes(p);
                c.bytes = isCompressedFile(c) ? org.rlambda.serialize.Codecs.decompressFile(b) : b;
            } catch (org.rlambda.serialize.SerializeException e) {
                throw in.error(call, e.getMessage());
            } catch (IOException e) {
                String what = isCompressedFile(c) ? "compressed file" : "file";
                in.warning(call, "cannot open " + what + " '" + c.description + "', probable reason '" + FileBuiltins.reason(e) + "'");
                throw in.error(call, "cannot open the connection");
            }
            c.bytePos = 0;
        }
        byte[] r = c.bytePos == 0 ? c.bytes : java.util.Arrays.copyOfRange(c.bytes, c.bytePos, c.bytes.length);
        c.bytePos = c.bytes.length;
        return r;
    }

    /** After {@link #readAllBinary}: the reader used only {@code used} of the bytes it was given. */
    public static void consumed(Conn c, int given, int used) {
        if (c.bytes != null) c.bytePos = c.bytes.length - given + used;
    }

    /**
     * Writes serialized bytes to a connection: an open connection's stream (compressing for
     * gzfile/bzfile/xzfile), a raw connection's buffer, or a closed file connection's file
     * written whole (compressed by its kind).
     */
    public static void writeAllBinary(Interpreter in, Call call, Conn c, byte[] bytes) {
        if ("rawConnection".equals(c.kind)) {
            if (c.rawOut == null) throw in.error(call, "cannot write to this connection");
            c.rawOut.write(bytes, 0, bytes.length);
            return;
        }
        if (!c.open && isCompressedFile(c)) {
            byte[] z;
            switch (c.kind) {
                case "gzfile": z = org.rlambda.serialize.Codecs.gzip(bytes, c.compression >= 0 ? c.compression : 6); break;
                case "bzfile": z = org.rlambda.serialize.Codecs.bzip2(bytes, c.compression > 0 ? c.compression : 9); break;
                default: z = org.rlambda.serialize.Codecs.xz(bytes, c.compression >= 0 ? c.compression : 6, false);
            }
            try {
                java.nio.file.Files.write(FileBuiltins.path(in, c.description), z);
            } catch (IOException e) {
                in.warning(call, "cannot open compressed file '" + c.description + "', probable reason '" + FileBuiltins.reason(e) + "'");
                throw in.error(call, "cannot open the connection");
            }
            return;
        }
        writeBytes(in, call, c, bytes);
    }

    /** A new raw connection over {@code bytes} (mode "r") or collecting writes (mode "w"/"a"). */
    public static Conn rawConnection(Interpreter in, String description, byte[] bytes, String mode) {
        boolean write = mode.startsWith("w") || mode.startsWith("a");
        Conn c = add(in, description, "rawConnection", mode, !write, write);
        c.open = true;
        if (write) {
            c.rawOut = new java.io.ByteArrayOutputStream();
            if (mode.startsWith("a")) c.rawOut.write(bytes, 0, bytes.length);
        } else {
            c.bytes = bytes;
            c.bytePos = 0;
        }
        return c;
    }

    /** What a raw connection holds (rawConnectionValue()), or null when {@code c} is not one opened for writing. */
    public static byte[] rawValue(Conn c) {
        return "rawConnection".equals(c.kind) && c.rawOut != null ? c.rawOut.toByteArray() : null;
    }

    /** File and gzfile connections read and write files. */
    static boolean isFile(Conn c) {
        return "file".equals(c.kind) || "gzfile".equals(c.kind) || "bzfile".equals(c.kind) || "xzfile".equals(c.kind);
    }

    /** gzfile/bzfile/xzfile: files whose reads detect and undo any of the three compressions. */
    static boolean isCompressedFile(Conn c) {
        return "gzfile".equals(c.kind) || "bzfile".equals(c.kind) || "xzfile".equals(c.kind);
    }

    /**
     * The text of a file: gzip-compressed content is decompressed (GNU R's file() detects it when
     * reading), UTF-8 decoded, or Latin-1 when it is not valid UTF-8.
     */
    public static String readText(Path p) throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(p);
        try {
            bytes = org.rlambda.serialize.Codecs.decompressFile(bytes);
        } catch (org.rlambda.serialize.SerializeException e) {
            throw new IOException(e.getMessage());
        }
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
        try {
            return d.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** Lines of a text (\n, \r\n and \r end lines); a final line without newline is kept. */
    public static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length(), start = 0;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                out.add(text.substring(start, i));
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(text.substring(start));
        return out;
    }

    /** OutputStream for an opened writable file connection. */
    static void openForWrite(Interpreter in, Call call, Conn c, boolean append) {
        try {
            Path p = FileBuiltins.path(in, c.description);
            c.sink = append
                    ? java.nio.file.Files.newOutputStream(p, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : java.nio.file.Files.newOutputStream(p);
            // gzfile() writes gzip members (appending adds one, which readers concatenate)
            if ("gzfile".equals(c.kind)) c.sink = new java.util.zip.GZIPOutputStream(c.sink);
            if ("bzfile".equals(c.kind)) {
                c.sink = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(c.sink, c.compression > 0 ? c.compression : 9);
            }
            if ("xzfile".equals(c.kind)) {
                c.sink = new org.tukaani.xz.XZOutputStream(c.sink, new org.tukaani.xz.LZMA2Options(c.compression >= 0 ? Math.min(9, c.compression) : 6),
                        org.tukaani.xz.XZ.CHECK_CRC32);
            }
        } catch (IOException e) {
            in.warning(call, "cannot open file '" + c.description + "': " + FileBuiltins.reason(e));
            throw in.error(call, "cannot open the connection");
        }
    }

    static void close(Conn c) {
        if (c.sink != null) {
            try {
                c.sink.close();
            } catch (IOException ignored) {
                // closing a file we wrote: nothing R would report
            }
            c.sink = null;
        }
        c.lines = null;
        c.readPos = 0;
        c.bytes = null;
        c.bytePos = 0;
        c.open = false;
    }
}
