package org.rlambda.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rlambda.eval.BuiltinFunction;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.serialize.Codecs;
import org.rlambda.serialize.SerialFormat;
import org.rlambda.serialize.SerialHost;
import org.rlambda.serialize.SerializeException;
import org.rlambda.serialize.Serializer;
import org.rlambda.serialize.Unserializer;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * serialize/unserialize, saveRDS/readRDS/infoRDS, the save/load file format (RDX2/RDX3, R code in
 * serialize.R on top of .rlambdaSaveData/.rlambdaLoadData), memCompress/memDecompress, raw,
 * bzip2 and xz connections, and lazyLoadDBfetch over the (un)serializer of org.rlambda.serialize.
 */
public final class SerializeBuiltins {
    private SerializeBuiltins() { }

    /** Nesting allowed when reading: the engine's thread has a 1 GiB stack. */
    private static final int MAX_DEPTH = 50_000;

    /** The session side of the (un)serializer: special environments, primitives, refhook, warnings. */
    static final class Host implements SerialHost {
        private final Interpreter in;
        private final Call call;
        private final SEXP refhook;
        private final Environment rho;

        Host(Interpreter in, Call call, SEXP refhook, Environment rho) {
            this.in = in;
            this.call = call;
            this.refhook = refhook == null || refhook == Null.NULL ? null : refhook;
            this.rho = rho;
        }

        @Override public Environment globalEnv() { return in.globalEnv; }

        @Override public Environment baseEnv() { return in.baseEnv; }

        @Override public Environment emptyEnv() { return in.emptyEnv; }

        @Override public Environment baseNamespace() { return namespaceProxy(in, "base", null); }

        @Override public SEXP primitive(String name) {
            SEXP v = in.baseEnv.getLocal(Symbol.get(name));
            if (v instanceof Promise) v = in.force((Promise) v);
            return v instanceof BuiltinFunction || v instanceof Closure ? v : null;
        }

        @Override public Environment namespace(StringVector spec) {
            String name = spec.length() > 0 ? spec.get(0) : "";
            if (NamespaceBuiltins.BUNDLED.contains(name)) return namespaceProxy(in, name, spec);
            SEXP load = in.findFunction(Symbol.get("loadNamespace"), in.baseEnv);
            SEXP ns = in.callFunction(load, new SEXP[] {StringVector.of(name)}, null, rho, Call.of("loadNamespace", Symbol.get("x")));
            if (ns instanceof Environment) return (Environment) ns;
            throw in.error(call, "there is no package called '" + name + "'");
        }

        @Override public StringVector namespaceSpec(Environment env) { return NAMESPACE_SPECS.get(env); }

        @Override public SEXP persistentRestore(StringVector name) {
            if (refhook == null) return null;
            return in.callFunction(refhook, new SEXP[] {name}, null, rho, Call.of("refhook", Symbol.get("x")));
        }

        @Override public StringVector persistentName(SEXP x) {
            if (refhook == null) return null;
            SEXP r = in.callFunction(refhook, new SEXP[] {x}, null, rho, Call.of("refhook", Symbol.get("x")));
            if (r == Null.NULL) return null;
            if (!(r instanceof StringVector) || r.length() == 0) throw in.error(call, "no restore method available");
            return (StringVector) r;
        }

        @Override public StringVector asCharacter(SEXP x) {
            return (StringVector) Coerce.coerce((Vector) x, SexpType.CHARACTER, null);
        }

        @Override public void warning(String message) { in.warning(call, message); }
    }

    /** The spec (name, version) each namespace stand-in was read with, to write it back as GNU R did. */
    private static final Map<Environment, StringVector> NAMESPACE_SPECS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The session's stand-in for a bundled package's namespace (all bundled packages live in the
     * base environment): an empty environment whose parent is base, so that closures read from
     * a file find their package's functions, and serialize() writes them with GNU R's namespace
     * reference again.
     */
    static Environment namespaceProxy(Interpreter in, String pkg, StringVector spec) {
        Symbol key = Symbol.get(".rlambdaNamespaceEnv:" + pkg);
        SEXP e = in.baseEnv.getLocal(key);
        if (e instanceof Environment) return (Environment) e;
        Environment ns = new Environment(in.baseEnv);
        ns.setName("namespace:" + pkg);
        if (spec != null) NAMESPACE_SPECS.put(ns, spec);
        boolean locked = in.baseLocked;
        in.baseLocked = false;
        try {
            in.baseEnv.putRaw(key, ns);
        } finally {
            in.baseLocked = locked;
        }
        return ns;
    }

    public static void register(Builtins b) {
        b.add("serialize", "object, connection, ascii, xdr, version, refhook", (in, call, a, rho) -> {
            SerialFormat f = format(in, call, a[2], a[3]);
            int version = version(in, call, a[4]);
            byte[] bytes = write(in, call, a[0] == null ? Null.NULL : a[0], f, version, new Host(in, call, a[5], rho));
            if (a[1] == null || a[1] == Null.NULL) return new RawVector(bytes);
            Connections.Conn c = Connections.lookup(in, call, a[1]);
            if (c == null) throw in.error(call, "'connection' must be a connection");
            Connections.writeAllBinary(in, call, c, bytes);
            return Null.NULL;
        });
        b.add("unserialize", "connection, refhook", (in, call, a, rho) -> {
            SEXP con = a[0] == null ? Null.NULL : a[0];
            Host host = new Host(in, call, a[1], rho);
            if (con instanceof RawVector) return read(in, call, ((RawVector) con).values(), host, "read error", null);
            if (con instanceof StringVector && !con.isObject()) {
                // GNU R accepts a character string holding the (ascii) serialization
                return read(in, call, RArgs.string(con).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), host, "read error", null);
            }
            Connections.Conn c = Connections.lookup(in, call, con);
            if (c == null) throw in.error(call, "'connection' must be a connection");
            return read(in, call, Connections.readAllBinary(in, call, c), host, "error reading from connection", c);
        });
        b.add("saveRDS", "object, file, ascii, version, compress, refhook", (in, call, a, rho) -> {
            boolean ascii = a[2] != null && RArgs.logical(a[2]) == 1;
            SerialFormat f = ascii ? SerialFormat.ASCII : SerialFormat.XDR;
            int version = version(in, call, a[3]);
            byte[] bytes = write(in, call, a[0] == null ? Null.NULL : a[0], f, version, new Host(in, call, a[5], rho));
            SEXP file = a[1] == null ? StringVector.of("") : a[1];
            if (file instanceof StringVector && !file.isObject()) {
                String name = RArgs.string(file);
                String kind = compressKind(in, call, a[4] == null ? LogicalVector.TRUE : a[4]);
                writeFile(in, call, name, compress(bytes, kind, -1), !kind.equals("none"));
            } else {
                Connections.Conn c = Connections.lookup(in, call, file);
                if (c == null) throw in.error(call, "bad 'file' argument");
                Connections.writeAllBinary(in, call, c, bytes);
            }
            in.visible = false;
            return Null.NULL;
        });
        b.add("readRDS", "file, refhook", (in, call, a, rho) -> {
            SEXP file = a[0] == null ? Null.NULL : a[0];
            Host host = new Host(in, call, a[1], rho);
            if (file instanceof StringVector && !file.isObject()) {
                byte[] bytes = readCompressedFile(in, call, RArgs.string(file));
                return read(in, call, bytes, host, "error reading from connection", null);
            }
            Connections.Conn c = Connections.lookup(in, call, file);
            if (c == null) throw in.error(call, "bad 'file' argument");
            return read(in, call, Connections.readAllBinary(in, call, c), host, "error reading from connection", c);
        });
        b.add("infoRDS", "file", (in, call, a, rho) -> {
            SEXP file = a[0] == null ? Null.NULL : a[0];
            byte[] bytes;
            if (file instanceof StringVector && !file.isObject()) bytes = readCompressedFile(in, call, RArgs.string(file));
            else {
                Connections.Conn c = Connections.lookup(in, call, file);
                if (c == null) throw in.error(call, "bad 'file' argument");
                bytes = Connections.readAllBinary(in, call, c);
            }
            Unserializer.Header h;
            try {
                h = Unserializer.header(bytes, "error reading from connection");
            } catch (SerializeException e) {
                throw in.error(call, e.getMessage());
            }
            java.util.List<SEXP> v = new java.util.ArrayList<>();
            java.util.List<String> n = new java.util.ArrayList<>();
            v.add(IntVector.of(h.version));
            n.add("version");
            v.add(StringVector.of(versionString(h.writerVersion)));
            n.add("writer_version");
            v.add(StringVector.of(versionString(h.minReaderVersion)));
            n.add("min_reader_version");
            v.add(StringVector.of(h.format == SerialFormat.XDR ? "xdr" : h.format == SerialFormat.BINARY ? "binary" : "ascii"));
            n.add("format");
            if (h.version == 3) {
                v.add(StringVector.of(h.nativeEncoding));
                n.add("native_encoding");
            }
            ListVector l = new ListVector(v.toArray(new SEXP[0]));
            l.setAttributeRaw("names", new StringVector(n.toArray(new String[0])));
            return l;
        });
        b.add(".rlambdaSaveData", "names, values, file, ascii, version, compress, level", (in, call, a, rho) -> {
            StringVector names = (StringVector) a[0];
            ListVector values = (ListVector) a[1];
            boolean ascii = RArgs.logical(a[3]) == 1;
            int version = version(in, call, a[4]);
            String[] tags = names.values().clone();
            SEXP[] vals = values.values().clone();
            PairList p = new PairList(tags, vals);
            SerialFormat f = ascii ? SerialFormat.ASCII : SerialFormat.XDR;
            byte[] body = write(in, call, p.length() == 0 ? Null.NULL : p, f, version, new Host(in, call, null, rho));
            byte[] magic = ((ascii ? "RDA" : "RDX") + version + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] all = new byte[magic.length + body.length];
            System.arraycopy(magic, 0, all, 0, magic.length);
            System.arraycopy(body, 0, all, magic.length, body.length);
            String kind = compressKind(in, call, a[5]);
            int level = a[6] == null || a[6] == Null.NULL ? -1 : RArgs.integer(a[6]);
            SEXP file = a[2];
            if (file instanceof StringVector && !file.isObject()) {
                writeFile(in, call, RArgs.string(file), compress(all, kind, level), !kind.equals("none"));
            } else {
                Connections.Conn c = Connections.lookup(in, call, file);
                if (c == null) throw in.error(call, "bad 'file' argument");
                Connections.writeAllBinary(in, call, c, all);
            }
            in.visible = false;
            return Null.NULL;
        });
        b.add(".rlambdaLoadData", "file", (in, call, a, rho) -> {
            SEXP file = a[0];
            byte[] bytes;
            String shown;
            Call readChar = new Call(Symbol.get("readChar"), new SEXP[] {Symbol.get("con"), IntVector.of(5), LogicalVector.TRUE},
                    new String[] {"", "", "useBytes"});
            if (file instanceof StringVector && !file.isObject()) {
                shown = RArgs.string(file);
                bytes = readCompressedFile(in, readChar, shown);
            } else {
                Connections.Conn c = Connections.lookup(in, call, file);
                if (c == null) throw in.error(call, "bad 'file' argument");
                shown = c.description;
                bytes = Connections.readAllBinary(in, call, c);
            }
            if (bytes.length == 0) throw in.error(in.currentCall(), "empty (zero-byte) input file");
            int m = Math.min(5, bytes.length);
            String magic = new String(bytes, 0, m, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!magic.matches("RD[ABX][2-9]\n")) {
                if (magic.matches("RD[ABX][2-9]\r")) throw in.error(in.currentCall(), "input has been corrupted, with LF replaced by CR");
                int nul = magic.indexOf('\0');
                if (nul >= 0) {
                    in.warning(readChar, "truncating string with embedded nuls");
                    magic = magic.substring(0, nul);
                }
                // the R caller warns and stops with GNU R's texts
                return StringVector.of(magic);
            }
            SEXP r;
            try {
                r = Unserializer.read(bytes, 5, bytes.length, new Host(in, call, null, rho), "error reading from connection", MAX_DEPTH);
            } catch (SerializeException e) {
                throw in.error(call, e.getMessage());
            }
            if (r == Null.NULL) return ListVector.EMPTY;
            if (!(r instanceof PairList)) throw in.error(call, "loaded data is not in pair list form");
            PairList p = (PairList) r;
            ListVector l = new ListVector(p.values().clone());
            String[] n = new String[p.length()];
            for (int i = 0; i < n.length; i++) n[i] = p.tag(i);
            l.setAttributeRaw("names", new StringVector(n));
            return l;
        });
        b.add("memCompress", "from, type", (in, call, a, rho) -> {
            byte[] from = bytesOf(in, call, a[0]);
            String type = a[1] == null ? "gzip" : matchArg(in, call, RArgs.string(a[1]), "gzip", "bzip2", "xz", "none");
            switch (type) {
                case "gzip": return new RawVector(Codecs.zlib(from, java.util.zip.Deflater.DEFAULT_COMPRESSION));
                case "bzip2": return new RawVector(Codecs.bzip2(from, 9));
                case "xz": return new RawVector(Codecs.xz(from, 9, true));
                default: return new RawVector(from);
            }
        });
        b.add("memDecompress", "from, type, asChar", (in, call, a, rho) -> {
            byte[] from = bytesOf(in, call, a[0]);
            String type = a[1] == null ? "unknown" : matchArg(in, call, RArgs.string(a[1]), "unknown", "gzip", "bzip2", "xz", "none");
            boolean asChar = a[2] != null && RArgs.logical(a[2]) == 1;
            if (type.equals("unknown")) {
                switch (Codecs.detect(from)) {
                    case BZIP2: type = "bzip2"; break;
                    case GZIP: type = "gzip"; break;
                    case XZ: type = "xz"; break;
                    default:
                        in.warning(call, "unknown compression, assuming none");
                        type = "none";
                }
            }
            byte[] out;
            try {
                switch (type) {
                    case "gzip":
                        out = Codecs.unzlib(from, 0, from.length >= 2 && (from[0] & 0xFF) == 0x1F && (from[1] & 0xFF) == 0x8B);
                        if (out == null) throw in.error(call, "internal error -3 in memDecompress(type = \"gzip\")");
                        break;
                    case "bzip2":
                        out = Codecs.unbzip2(from, 0);
                        if (out == null) throw in.error(call, "internal error -5 in memDecompress(type = \"bzip2\")");
                        break;
                    case "xz":
                        out = Codecs.unxz(from, 0);
                        if (out == null) throw in.error(call, "internal error 9 in memDecompress(type = \"xz\") at 0");
                        break;
                    default:
                        out = from;
                }
            } catch (SerializeException e) {
                throw in.error(call, e.getMessage());
            }
            if (asChar) return StringVector.of(new String(out, java.nio.charset.StandardCharsets.UTF_8));
            return new RawVector(out);
        });
        b.add("rawConnection", "object, open", (in, call, a, rho) -> {
            if (!(a[0] instanceof RawVector)) throw in.error(call, "invalid 'raw' argument");
            String open = a[1] == null ? "r" : RArgs.string(a[1]);
            String desc = call.argCount() > 0 ? in.deparseOneLine(call.arg(0)) : "object";
            return Connections.object(Connections.rawConnection(in, desc, ((RawVector) a[0]).values().clone(), open));
        });
        b.add("rawConnectionValue", "con", (in, call, a, rho) -> {
            Connections.Conn c = a[0] == null ? null : Connections.lookup(in, call, a[0]);
            if (c == null) throw in.error(call, "'con' is not a rawConnection");
            byte[] v = Connections.rawValue(c);
            if (v == null) throw in.error(call, "'con' is not an output rawConnection");
            return new RawVector(v);
        });
        b.add("bzfile", "description, open, encoding, compression", (in, call, a, rho) -> compressedFile(in, call, a, "bzfile", 9));
        b.add("xzfile", "description, open, encoding, compression", (in, call, a, rho) -> compressedFile(in, call, a, "xzfile", 6));
        b.add("gzcon", "con, level, allowNonCompressed, text", (in, call, a, rho) -> {
            Connections.Conn c = a[0] == null ? null : Connections.lookup(in, call, a[0]);
            if (c == null) throw in.error(call, "'con' is not a connection");
            if ("rawConnection".equals(c.kind) && c.bytes != null) {
                byte[] rest = Connections.readAllBinary(in, call, c);
                byte[] plain;
                try {
                    plain = Codecs.decompressFile(rest);
                } catch (IOException | SerializeException e) {
                    throw in.error(call, "invalid or incomplete compressed data");
                }
                Connections.Conn g = Connections.rawConnection(in, "gzcon(" + c.description + ")", plain, "rb");
                return Connections.object(g);
            }
            Connections.Conn g = Connections.add(in, c.description, "gzfile", c.mode, true, true);
            return Connections.object(g);
        });
        b.add("lazyLoadDBfetch", "key, file, compressed, hook", (in, call, a, rho) -> {
            int[] key = ((Vector) a[0]) instanceof IntVector ? ((IntVector) a[0]).toIntArray() : toInts((Vector) a[0]);
            String file = RArgs.string(a[1]);
            int compressed = a[2] instanceof LogicalVector ? RArgs.logical(a[2]) : RArgs.integer(a[2]);
            byte[] db = database(in, call, file);
            if (key.length != 2 || key[0] < 0 || key[1] < 0 || (long) key[0] + key[1] > db.length) {
                throw in.error(call, "error reading from connection");
            }
            byte[] entry = java.util.Arrays.copyOfRange(db, key[0], key[0] + key[1]);
            byte[] data;
            try {
                data = compressed == 0 ? entry : Codecs.lazyEntry(entry, compressed);
            } catch (SerializeException e) {
                throw in.error(call, e.getMessage());
            }
            return read(in, call, data, new Host(in, call, a[3], rho), "read error", null);
        });
    }

    private static int[] toInts(Vector v) {
        int[] r = new int[v.length()];
        for (int i = 0; i < r.length; i++) r[i] = Coerce.intElement(v, i, null);
        return r;
    }

    /** .rdb files read once per session (they are immutable once a package is installed). */
    private static final Map<String, byte[]> DATABASES = new ConcurrentHashMap<>();

    private static byte[] database(Interpreter in, Call call, String file) {
        java.nio.file.Path p = FileBuiltins.path(in, file);
        String key = p.toAbsolutePath().toString();
        byte[] b = DATABASES.get(key);
        if (b != null) return b;
        try {
            b = Files.readAllBytes(p);
        } catch (IOException e) {
            throw in.error(call, "cannot open file '" + file + "': " + FileBuiltins.reason(e));
        }
        DATABASES.put(key, b);
        return b;
    }

    private static SEXP compressedFile(Interpreter in, Call call, SEXP[] a, String kind, int dflt) {
        String desc = a[0] == null ? "" : RArgs.string(a[0]);
        if (!(a[0] instanceof StringVector) || StringVector.isNA(desc) || desc.isEmpty()) {
            throw in.error(call, "invalid 'description' argument");
        }
        String open = a[1] == null ? "" : RArgs.string(a[1]);
        Connections.Conn c = Connections.add(in, desc, kind, open.isEmpty() ? "rb" : open, true, true);
        c.compression = a[3] == null ? dflt : RArgs.integer(a[3]);
        if (!open.isEmpty()) {
            try {
                FileBuiltins.openConn(in, call, c, open);
            } catch (RuntimeException e) {
                Connections.remove(in, c);
                throw e;
            }
        }
        return Connections.object(c);
    }

    private static String matchArg(Interpreter in, Call call, String v, String... choices) {
        for (String c : choices) if (c.startsWith(v) && !v.isEmpty()) return c;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < choices.length; i++) sb.append(i > 0 ? ", " : "").append('\u201c').append(choices[i]).append('\u201d');
        throw in.error(call, "'arg' should be one of " + sb);
    }

    private static byte[] bytesOf(Interpreter in, Call call, SEXP x) {
        if (x instanceof RawVector) return ((RawVector) x).values();
        if (x instanceof StringVector) {
            StringVector s = (StringVector) x;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) sb.append(s.get(i)).append('\n');
            return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        throw in.error(call, "'from' must be raw or character");
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i >= 0 ? path.substring(i + 1) : path;
    }

    private static String versionString(int packed) {
        return (packed / 65536) + "." + (packed % 65536 / 256) + "." + (packed % 256);
    }

    private static SerialFormat format(Interpreter in, Call call, SEXP ascii, SEXP xdr) {
        if (ascii != null && RArgs.logical(ascii) != 0) return SerialFormat.ASCII;
        if (xdr != null && RArgs.logical(xdr) == 0) return SerialFormat.BINARY;
        return SerialFormat.XDR;
    }

    private static int version(Interpreter in, Call call, SEXP v) {
        if (v == null || v == Null.NULL) return 3;
        int n = RArgs.integer(v);
        if (n == IntVector.NA || n <= 0) throw in.error(call, "bad version value");
        if (n < 2) throw in.error(call, "cannot save to connections in version " + n + " format");
        if (n > 3) throw in.error(call, "version " + n + " not supported");
        return n;
    }

    private static String compressKind(Interpreter in, Call call, SEXP c) {
        if (c instanceof LogicalVector && c.length() == 1) return ((LogicalVector) c).get(0) == 1 ? "gzip" : "none";
        if (c instanceof StringVector && c.length() == 1) {
            String s = ((StringVector) c).get(0);
            if (s.equals("gzip") || s.equals("bzip2") || s.equals("xz")) return s;
            throw in.error(call, "invalid 'compress' argument: " + s);
        }
        throw in.error(call, "invalid 'compress' argument");
    }

    private static byte[] compress(byte[] bytes, String kind, int level) {
        switch (kind) {
            case "gzip": return Codecs.gzip(bytes, level >= 0 ? level : 6);
            case "bzip2": return Codecs.bzip2(bytes, level > 0 ? level : 9);
            case "xz": return Codecs.xz(bytes, level >= 0 ? level : 9, false);
            default: return bytes;
        }
    }

    private static byte[] write(Interpreter in, Call call, SEXP x, SerialFormat f, int version, Host host) {
        try {
            return Serializer.write(x, f, version, host);
        } catch (SerializeException e) {
            throw in.error(call, e.getMessage());
        }
    }

    private static SEXP read(Interpreter in, Call call, byte[] bytes, Host host, String truncated, Connections.Conn c) {
        try {
            int[] end = new int[1];
            SEXP r = Unserializer.read(bytes, 0, bytes.length, host, truncated, MAX_DEPTH, end);
            if (c != null) Connections.consumed(c, bytes.length, end[0]);
            r.markShared();
            return r;
        } catch (SerializeException e) {
            throw in.error(call, e.getMessage());
        }
    }

    private static void writeFile(Interpreter in, Call call, String name, byte[] bytes, boolean compressed) {
        try {
            Files.write(FileBuiltins.path(in, name), bytes);
        } catch (IOException e) {
            String fn = compressed ? "gzfile" : "file";
            Call c = Call.of(fn, Symbol.get("file"), StringVector.of("wb"));
            in.warning(c, "cannot open " + (compressed ? "compressed file" : "file") + " '" + name + "', probable reason '"
                    + FileBuiltins.reason(e) + "'");
            throw in.error(c, "cannot open the connection");
        }
    }

    /** A file's bytes, decompressed whatever its compression (gzfile() in GNU R detects all three). */
    static byte[] readCompressedFile(Interpreter in, Call call, String name) {
        try {
            return Codecs.decompressFile(Files.readAllBytes(FileBuiltins.path(in, name)));
        } catch (SerializeException e) {
            throw in.error(call, e.getMessage());
        } catch (IOException e) {
            Call c = call.isCallTo("readChar") ? call : Call.of("gzfile", Symbol.get("file"), StringVector.of("rb"));
            String reason = e instanceof NoSuchFileException ? "No such file or directory" : FileBuiltins.reason(e);
            in.warning(c, "cannot open compressed file '" + name + "', probable reason '" + reason + "'");
            throw in.error(c, "cannot open the connection");
        }
    }
}
