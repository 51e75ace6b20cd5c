package org.rlambda.serialize;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.rlambda.sexp.Attributes;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.Dots;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ExpressionVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.OpaqueValue;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * Reads GNU R's serialization format (versions 2 and 3; XDR, native binary and ascii) into
 * rlambda values, following the format of src/main/serialize.c (ReadItem, ReadBC) and the
 * ALTREP classes of src/main/altclasses.c. Byte code is read and replaced by the expression
 * GNU R keeps as its first constant; ALTREP compact sequences, deferred strings and wrappers
 * become plain values (compact integer sequences stay compact, as in GNU R).
 *
 * <p>Hostile input: every length is checked against the bytes left before anything is
 * allocated, reference indices against the table, nesting against {@link #maxDepth}; all
 * failures are {@link SerializeException}s with GNU R's wording where it has one.
 */
public final class Unserializer {
    /** R_UnboundValue: an unforced promise's value, an unbound frame entry. */
    static final SEXP UNBOUND = new OpaqueValue(SexpType.WEAKREF);

    static final int REFSXP = 255, NILVALUE = 254, GLOBALENV = 253, UNBOUNDVALUE = 252, MISSINGARG = 251,
            BASENAMESPACE = 250, NAMESPACESXP = 249, PACKAGESXP = 248, PERSISTSXP = 247, CLASSREFSXP = 246,
            GENERICREFSXP = 245, BCREPDEF = 244, BCREPREF = 243, EMPTYENV = 242, BASEENV = 241,
            ATTRLANGSXP = 240, ATTRLISTSXP = 239, ALTREPSXP = 238;

    private final SerialInput in;
    private final SerialHost host;
    private final List<SEXP> refs = new ArrayList<>();
    /** Levels (active/locked binding bits) of pairlist cells, for the frames of environments. */
    private final Map<PairList, int[]> cellLevels = new IdentityHashMap<>();
    /** Pairlists whose last CDR was not NULL (an ALTREP state such as CONS(arg, info)). */
    private final Map<PairList, Boolean> dottedPairs = new IdentityHashMap<>();
    private int depth;
    /** The size GNU R's read reference table has grown to (it starts at 128 and doubles). */
    private int refCapacity = 128;
    private int maxDepth = 2000;
    private String nativeEncoding = "";
    private long budget;

    private Unserializer(SerialInput in, SerialHost host) {
        this.in = in;
        this.host = host;
        this.budget = Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 2);
    }

    /** The header of a stream: version, writer and minimal reader version, format, native encoding. */
    public static final class Header {
        public SerialFormat format;
        public int version;
        public int writerVersion;
        public int minReaderVersion;
        public String nativeEncoding;
    }

    /** Reads one serialized object from {@code bytes[offset, end)}. */
    public static SEXP read(byte[] bytes, int offset, int end, SerialHost host, String truncatedMessage, int maxDepth) {
        return read(bytes, offset, end, host, truncatedMessage, maxDepth, null);
    }

    /** As {@link #read(byte[], int, int, SerialHost, String, int)}; {@code endOut[0]} receives the offset after the object. */
    public static SEXP read(byte[] bytes, int offset, int end, SerialHost host, String truncatedMessage, int maxDepth, int[] endOut) {
        SerialInput si = new SerialInput(bytes, offset, end);
        si.truncatedMessage = truncatedMessage;
        Unserializer u = new Unserializer(si, host);
        u.maxDepth = maxDepth;
        u.header();
        try {
            SEXP r = u.readItem();
            if (endOut != null) endOut[0] = si.position();
            return r;
        } catch (StackOverflowError e) {
            throw new SerializeException("serialized object is nested too deeply");
        }
    }

    public static SEXP read(byte[] bytes, SerialHost host) { return read(bytes, 0, bytes.length, host, "read error", 2000); }

    /** The header alone (infoRDS). */
    public static Header header(byte[] bytes, String truncatedMessage) {
        SerialInput si = new SerialInput(bytes, 0, bytes.length);
        si.truncatedMessage = truncatedMessage;
        return new Unserializer(si, null).header();
    }

    private Header header() {
        Header h = new Header();
        int c0 = in.readByteRaw(), c1 = in.readByteRaw();
        switch (c0) {
            case 'A': h.format = SerialFormat.ASCII; break;
            case 'B': h.format = SerialFormat.BINARY; break;
            case 'X': h.format = SerialFormat.XDR; break;
            case '\n':
                if (c1 == 'A') {
                    h.format = SerialFormat.ASCII;
                    in.readByteRaw();
                    break;
                }
                throw new SerializeException("unknown input format");
            default:
                throw new SerializeException("unknown input format");
        }
        in.format = h.format;
        h.version = in.integer();
        h.writerVersion = in.integer();
        h.minReaderVersion = in.integer();
        switch (h.version) {
            case 2:
                h.nativeEncoding = "";
                break;
            case 3: {
                int n = in.integer();
                if (n < 0 || n > 63) throw new SerializeException("invalid length of encoding name");
                h.nativeEncoding = new String(in.string(n), StandardCharsets.ISO_8859_1);
                break;
            }
            default: {
                String w = versionString(h.writerVersion);
                if (h.minReaderVersion < 0) {
                    throw new SerializeException("cannot read unreleased workspace version " + h.version
                            + " written by experimental R " + w);
                }
                throw new SerializeException("cannot read workspace version " + h.version + " written by R " + w
                        + "; need R " + versionString(h.minReaderVersion) + " or newer");
            }
        }
        nativeEncoding = h.nativeEncoding;
        return h;
    }

    static String versionString(int packed) {
        return (packed / 65536) + "." + (packed % 65536 / 256) + "." + (packed % 256);
    }

    // ------------------------------------------------------------------ items

    private SEXP readItem() {
        if (++depth > maxDepth) throw new SerializeException("serialized object is nested too deeply");
        try {
            return item(in.integer());
        } finally {
            depth--;
        }
    }

    private SEXP item(int flags) {
        int type = flags & 0xFF;
        int levs = flags >>> 12;
        boolean hasattr = (flags & (1 << 9)) != 0;
        boolean hastag = (flags & (1 << 10)) != 0;
        switch (type) {
            case NILVALUE: return Null.NULL;
            case EMPTYENV: return host.emptyEnv();
            case BASEENV: return host.baseEnv();
            case BASENAMESPACE: return host.baseNamespace();
            case GLOBALENV: return host.globalEnv();
            case UNBOUNDVALUE: return UNBOUND;
            case MISSINGARG: return Symbol.MISSING_ARG;
            case REFSXP: {
                int i = flags >>> 8;
                if (i == 0) i = in.integer();
                // GNU R's table has unused slots (NULL) beyond the entries read so far
                if (i < 1 || i > refCapacity) throw new SerializeException("reference index out of range");
                return i <= refs.size() ? refs.get(i - 1) : Null.NULL;
            }
            case PERSISTSXP: {
                StringVector name = stringVec();
                SEXP s = host.persistentRestore(name);
                if (s == null) throw new SerializeException("no restore method available");
                addRef(s);
                return s;
            }
            case ALTREPSXP: return altrep();
            case 1: { // SYMSXP
                String name = charsxp(in.integer());
                if (name == null) name = "NA";
                Symbol s = Symbol.get(name);
                addRef(s);
                return s;
            }
            case PACKAGESXP: {
                StringVector name = stringVec();
                String pkg = name.length() > 0 ? name.get(0) : "";
                Environment e = pkg.startsWith("package:") && isBundled(pkg.substring(8)) ? host.baseEnv() : host.globalEnv();
                addRef(e);
                return e;
            }
            case NAMESPACESXP: {
                StringVector spec = stringVec();
                Environment e = host.namespace(spec);
                addRef(e);
                return e;
            }
            case 4: return environment();
            case 2: case 6: case 3: case 5: case 17:
                return cons(flags);
            case CLASSREFSXP: throw new SerializeException("this version of R cannot read class references");
            case GENERICREFSXP: throw new SerializeException("this version of R cannot read generic function references");
            default:
        }
        SEXP s;
        switch (type) {
            case 22: { // EXTPTRSXP
                OpaqueValue p = new OpaqueValue(SexpType.EXTERNALPTR);
                addRef(p);
                p.protectedValue = readItem();
                p.tag = readItem();
                s = p;
                break;
            }
            case 23: { // WEAKREFSXP
                s = new OpaqueValue(SexpType.WEAKREF);
                addRef(s);
                break;
            }
            case 7: case 8: { // SPECIALSXP, BUILTINSXP
                int n = in.integer();
                if (n < 0 || n > in.remaining()) throw new SerializeException(in.truncatedMessage);
                String name = new String(in.string(n), StandardCharsets.UTF_8);
                s = host.primitive(name);
                if (s == null) {
                    host.warning("unrecognized internal function name \"" + name + "\"");
                    s = Null.NULL;
                }
                break;
            }
            case 9: { // a CHARSXP outside a character vector: read it as a string
                String str = charsxp(flags);
                if (hasattr) readItem();
                return new StringVector(new String[] {str == null ? StringVector.NA : str});
            }
            case 10: case 13: {
                int n = length(4);
                int[] v = new int[n];
                for (int i = 0; i < n; i++) v[i] = in.integer();
                s = type == 10 ? new LogicalVector(v) : new IntVector(v);
                break;
            }
            case 14: {
                int n = length(8);
                double[] v = new double[n];
                for (int i = 0; i < n; i++) v[i] = in.real();
                s = new DoubleVector(v);
                break;
            }
            case 15: {
                int n = length(16);
                double[] v = new double[2 * n];
                for (int i = 0; i < 2 * n; i++) v[i] = in.real();
                s = complex(v, n);
                break;
            }
            case 16: {
                int n = length(4);
                String[] v = new String[n];
                for (int i = 0; i < n; i++) {
                    String e = charsxp(in.integer());
                    v[i] = e == null ? StringVector.NA : e;
                }
                s = new StringVector(v);
                break;
            }
            case 19: case 20: {
                int n = length(4);
                SEXP[] v = new SEXP[n];
                for (int i = 0; i < n; i++) v[i] = readItem();
                s = type == 19 ? new ListVector(v) : new ExpressionVector(v);
                break;
            }
            case 21: // BCODESXP
                s = byteCode();
                break;
            case 24: {
                int n = length(1);
                byte[] v;
                if (in.format == SerialFormat.ASCII) {
                    v = new byte[n];
                    for (int i = 0; i < n; i++) v[i] = (byte) in.rawByte();
                } else v = in.readBytes(n);
                s = new RawVector(v);
                break;
            }
            case 25:
                s = new OpaqueValue(SexpType.S4);
                break;
            default:
                throw new SerializeException("ReadItem: unknown type " + type + ", perhaps written by later version of R");
        }
        if (hasattr) setAttributes(s, readItem());
        if (s != Null.NULL) GpLevels.record(s, levs);
        return s;
    }

    private void addRef(SEXP s) {
        refs.add(s);
        if (refs.size() >= refCapacity) refCapacity = 2 * refs.size();
    }

    private static boolean isBundled(String pkg) {
        switch (pkg) {
            case "base": case "stats": case "utils": case "methods": case "graphics": case "grDevices": case "datasets":
            case "tools": case "jsonlite":
                return true;
            default:
                return false;
        }
    }

    private static ComplexVector complex(double[] v, int n) {
        double[] re = new double[n], im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = v[2 * i];
            im[i] = v[2 * i + 1];
        }
        return new ComplexVector(re, im);
    }

    /** A vector length, refused unless the input has room for that many elements of {@code size} bytes. */
    private int length(int size) {
        int len = in.integer();
        long n = len;
        if (len == -1) {
            long hi = in.integer() & 0xFFFFFFFFL, lo = in.integer() & 0xFFFFFFFFL;
            if (hi > 65536) throw new SerializeException("invalid upper part of serialized vector length");
            n = (hi << 32) + lo;
        } else if (len < -1) {
            throw new SerializeException("negative serialized length for vector");
        }
        if (n * in.minBytes(size) > in.remaining()) throw new SerializeException(in.truncatedMessage);
        if (n > Integer.MAX_VALUE - 16) throw new SerializeException("long vectors not supported yet");
        return (int) n;
    }

    /** A CHARSXP given its flags: the string (decoded by its encoding flag), or null for NA_character_. */
    private String charsxp(int flags) {
        if ((flags & 0xFF) != 9) {
            throw new SerializeException("ReadItem: unknown type " + (flags & 0xFF) + ", perhaps written by later version of R");
        }
        int levs = flags >>> 12;
        int n = in.integer();
        if (n == -1) return null;
        if (n < 0) throw new SerializeException("negative serialized length for vector");
        if (n > in.remaining()) throw new SerializeException(in.truncatedMessage);
        byte[] b = in.string(n);
        String s;
        if ((levs & 8) != 0) s = new String(b, StandardCharsets.UTF_8);
        else if ((levs & 4) != 0 || (levs & 2) != 0) s = new String(b, StandardCharsets.ISO_8859_1);
        else if ((levs & 64) != 0) s = new String(b, StandardCharsets.ISO_8859_1);
        else if (nativeEncoding.toUpperCase().startsWith("ISO-8859-1") || nativeEncoding.equalsIgnoreCase("latin1")
                || nativeEncoding.equalsIgnoreCase("CP1252")) s = new String(b, StandardCharsets.ISO_8859_1);
        else s = new String(b, StandardCharsets.UTF_8);
        // a CHARSXP read more than once is the same string (GNU R's CHARSXP cache)
        return s.intern();
    }

    private StringVector stringVec() {
        if (in.integer() != 0) throw new SerializeException("names in persistent strings are not supported yet");
        int n = length(4);
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
            String e = charsxp(in.integer());
            v[i] = e == null ? StringVector.NA : e;
        }
        return new StringVector(v);
    }

    private static void setAttributes(SEXP s, SEXP attr) {
        if (!(attr instanceof PairList) || s == Null.NULL || s instanceof Symbol) return;
        PairList p = (PairList) attr;
        Attributes a = new Attributes();
        for (int i = 0; i < p.length(); i++) {
            String tag = p.tag(i);
            if (tag.isEmpty() || p.value(i) == Null.NULL) continue;
            a.put(tag, p.value(i));
        }
        s.setAttributes(a);
    }

    // ------------------------------------------------------------------ pairlists and friends

    private static final class Cell {
        int levs;
        SEXP attr = Null.NULL;
        SEXP tag = Null.NULL;
        SEXP car;
    }

    /** A dotted-pair chain (pairlist, call, closure, promise, ...), read iteratively along its CDRs. */
    private SEXP cons(int flags) {
        int type = flags & 0xFF;
        List<Cell> cells = new ArrayList<>();
        SEXP tail;
        int f = flags;
        while (true) {
            Cell c = new Cell();
            c.levs = f >>> 12;
            if ((f & (1 << 9)) != 0) c.attr = readItem();
            if ((f & (1 << 10)) != 0) c.tag = readItem();
            c.car = readItem();
            cells.add(c);
            if (type == 3 || type == 5) {
                tail = readItem();
                break;
            }
            int next = in.integer();
            int nt = next & 0xFF;
            if (nt == 2 && type != 17 || nt == 17 && type == 17) {
                if (cells.size() % 1024 == 0 && (long) cells.size() * 4 > in.remaining() + 4096L * cells.size()) {
                    throw new SerializeException(in.truncatedMessage);
                }
                f = next;
                continue;
            }
            if (++depth > maxDepth) throw new SerializeException("serialized object is nested too deeply");
            try {
                tail = item(next);
            } finally {
                depth--;
            }
            break;
        }
        Cell first = cells.get(0);
        SEXP result;
        switch (type) {
            case 3: { // CLOSXP: tag = environment, car = formals, cdr = body
                Environment env = first.tag instanceof Environment ? (Environment) first.tag : host.baseEnv();
                PairList formals = first.car instanceof PairList ? (PairList) first.car : new PairList(new String[0], new SEXP[0]);
                result = new Closure(formals, tail, env);
                break;
            }
            case 5: { // PROMSXP: tag = environment, car = value, cdr = code
                if (first.car == UNBOUND) {
                    Environment env = first.tag instanceof Environment ? (Environment) first.tag : host.baseEnv();
                    result = new Promise(tail, env);
                } else result = Promise.forced(tail, first.car);
                break;
            }
            case 6: {
                SEXP[] args = new SEXP[cells.size() - 1];
                String[] names = new String[args.length];
                for (int i = 1; i < cells.size(); i++) {
                    args[i - 1] = cells.get(i).car;
                    names[i - 1] = tagName(cells.get(i).tag);
                }
                result = new Call(first.car, args, names);
                break;
            }
            case 17: {
                SEXP[] v = new SEXP[cells.size()];
                String[] names = new String[v.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = cells.get(i).car;
                    names[i] = tagName(cells.get(i).tag);
                }
                result = new Dots(v, names);
                break;
            }
            default: {
                boolean dotted = tail != Null.NULL;
                int n = cells.size() + (dotted ? 1 : 0);
                SEXP[] v = new SEXP[n];
                String[] tags = new String[n];
                int[] lv = null;
                for (int i = 0; i < cells.size(); i++) {
                    Cell c = cells.get(i);
                    v[i] = c.car;
                    tags[i] = tagName(c.tag);
                    if (c.levs != 0) {
                        if (lv == null) lv = new int[n];
                        lv[i] = c.levs;
                    }
                }
                if (dotted) {
                    v[n - 1] = tail;
                    tags[n - 1] = "";
                }
                PairList p = new PairList(tags, v);
                if (lv != null) cellLevels.put(p, lv);
                if (dotted) dottedPairs.put(p, Boolean.TRUE);
                result = p;
            }
        }
        if (first.attr != Null.NULL) setAttributes(result, first.attr);
        if (type == 3 || type == 6) GpLevels.record(result, first.levs);
        return result;
    }

    private static String tagName(SEXP tag) {
        if (tag instanceof Symbol) return ((Symbol) tag).name;
        if (tag instanceof StringVector && tag.length() == 1) return ((StringVector) tag).get(0);
        return "";
    }

    static final int ACTIVE_BINDING = 1 << 15;
    static final int LOCKED_BINDING = 1 << 14;

    private SEXP environment() {
        int locked = in.integer();
        Environment env = new Environment(null);
        addRef(env);
        SEXP enclos = readItem();
        SEXP frame = readItem();
        SEXP hashtab = readItem();
        SEXP attr = readItem();
        env.setParent(enclos instanceof Environment ? (Environment) enclos : host.baseEnv());
        if (hashtab instanceof ListVector && hashtab.length() > 0) {
            ListVector t = (ListVector) hashtab;
            env.hashed = true;
            env.hashSize = t.length();
            for (int i = 0; i < t.length(); i++) {
                if (t.get(i) instanceof PairList) bind(env, (PairList) t.get(i));
            }
        } else if (frame instanceof PairList) {
            bind(env, (PairList) frame);
        }
        if (attr instanceof PairList) setAttributes(env, attr);
        if (locked != 0) env.lock(false);
        return env;
    }

    /** Binds a frame's (or hash bucket's) cells, newest last so that GNU R's listing order is kept. */
    private void bind(Environment env, PairList p) {
        int[] lv = cellLevels.get(p);
        for (int i = p.length() - 1; i >= 0; i--) {
            String tag = p.tag(i);
            SEXP v = p.value(i);
            if (tag.isEmpty() || v == UNBOUND) continue;
            Symbol s = Symbol.get(tag);
            int levs = lv == null ? 0 : lv[i];
            if ((levs & ACTIVE_BINDING) != 0) env.makeActive(s, v);
            else env.putRaw(s, v);
            if ((levs & LOCKED_BINDING) != 0) env.lockBinding(s);
        }
    }

    // ------------------------------------------------------------------ byte code

    /** Mutable cons cell of a byte-code constant's language object (which may share cells). */
    private static final class Cons {
        final int type;
        SEXP attr = Null.NULL;
        SEXP tag = Null.NULL;
        Object car;
        Object cdr;

        Cons(int type) { this.type = type; }
    }

    private SEXP byteCode() {
        int n = in.integer();
        if (n < 0 || n > in.remaining()) throw new SerializeException(in.truncatedMessage);
        Object[] reps = new Object[n];
        Object expr = bc1(reps);
        return toSexp(expr, new IdentityHashMap<>());
    }

    /** One byte-code object: its code vector, then its constants; the first constant is the expression. */
    private Object bc1(Object[] reps) {
        readItem(); // the code: an integer vector of opcodes
        int n = in.integer();
        if (n < 0 || (long) n * in.minBytes(4) > in.remaining()) throw new SerializeException(in.truncatedMessage);
        Object first = Null.NULL;
        for (int i = 0; i < n; i++) {
            int type = in.integer();
            Object c;
            switch (type) {
                case 21:
                    c = bc1(reps);
                    break;
                case 6: case 2: case BCREPDEF: case BCREPREF: case ATTRLANGSXP: case ATTRLISTSXP:
                    c = bcLang(type, reps);
                    break;
                default:
                    c = readItem();
            }
            if (i == 0) first = c;
        }
        return first;
    }

    private Object bcLang(int type, Object[] reps) {
        if (++depth > maxDepth) throw new SerializeException("serialized object is nested too deeply");
        try {
            switch (type) {
                case BCREPREF: {
                    int i = in.integer();
                    if (i < 0 || i >= reps.length || reps[i] == null) throw new SerializeException("reference index out of range");
                    return reps[i];
                }
                case BCREPDEF: case 6: case 2: case ATTRLANGSXP: case ATTRLISTSXP: {
                    int pos = -1;
                    if (type == BCREPDEF) {
                        pos = in.integer();
                        type = in.integer();
                        if (pos < 0 || pos >= reps.length) throw new SerializeException("reference index out of range");
                    }
                    boolean hasattr = false;
                    if (type == ATTRLANGSXP) {
                        type = 6;
                        hasattr = true;
                    } else if (type == ATTRLISTSXP) {
                        type = 2;
                        hasattr = true;
                    }
                    Cons c = new Cons(type);
                    if (pos >= 0) reps[pos] = c;
                    if (hasattr) c.attr = readItem();
                    c.tag = readItem();
                    c.car = bcLang(in.integer(), reps);
                    c.cdr = bcLang(in.integer(), reps);
                    return c;
                }
                default:
                    return readItem();
            }
        } finally {
            depth--;
        }
    }

    private SEXP toSexp(Object o, Map<Cons, SEXP> memo) {
        if (!(o instanceof Cons)) return (SEXP) o;
        Cons c = (Cons) o;
        SEXP done = memo.get(c);
        if (done != null) return done;
        List<SEXP> vals = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Object p = c.type == 6 ? c.cdr : c;
        while (p instanceof Cons) {
            Cons q = (Cons) p;
            vals.add(toSexp(q.car, memo));
            tags.add(tagName(q.tag));
            p = q.cdr;
        }
        SEXP r;
        if (c.type == 6) {
            r = new Call(toSexp(c.car, memo), vals.toArray(new SEXP[0]), tags.toArray(new String[0]));
        } else {
            r = new PairList(tags.toArray(new String[0]), vals.toArray(new SEXP[0]));
        }
        if (c.attr != Null.NULL) setAttributes(r, c.attr);
        memo.put(c, r);
        return r;
    }

    // ------------------------------------------------------------------ ALTREP

    private SEXP altrep() {
        SEXP info = readItem();
        SEXP state = readItem();
        SEXP attr = readItem();
        if (!(info instanceof PairList) || info.length() < 3) throw new SerializeException("cannot unserialize this ALTREP object");
        PairList pi = (PairList) info;
        String cls = pi.value(0) instanceof Symbol ? ((Symbol) pi.value(0)).name : "";
        String pkg = pi.value(1) instanceof Symbol ? ((Symbol) pi.value(1)).name : "";
        int type = pi.value(2) instanceof Vector && pi.value(2).length() == 1 ? (int) number(pi.value(2), 0) : -1;
        SEXP s;
        switch (cls) {
            case "compact_intseq": {
                double n = number(state, 0), n1 = number(state, 1), inc = number(state, 2);
                // a compact sequence stays compact: nothing is allocated for its elements
                if (!(n >= 0) || n > Integer.MAX_VALUE - 16) throw new SerializeException("cannot unserialize this ALTREP object");
                if (inc != 1 && inc != -1) checkSeq(n, 4);
                if (n1 + (n - 1) * inc > Integer.MAX_VALUE || n1 + (n - 1) * inc < -Integer.MAX_VALUE) {
                    throw new SerializeException("cannot unserialize this ALTREP object");
                }
                if (inc == 1 || inc == -1) s = IntVector.sequence((int) n1, (int) inc, (int) n);
                else {
                    int[] v = new int[(int) n];
                    for (int i = 0; i < v.length; i++) v[i] = (int) (n1 + i * inc);
                    s = new IntVector(v);
                }
                break;
            }
            case "compact_realseq": {
                double n = number(state, 0), n1 = number(state, 1), inc = number(state, 2);
                checkSeq(n, 8);
                double[] v = new double[(int) n];
                for (int i = 0; i < v.length; i++) v[i] = n1 + i * inc;
                s = new DoubleVector(v);
                break;
            }
            case "deferred_string": {
                SEXP arg = state instanceof PairList && state.length() > 0 ? ((PairList) state).value(0) : state;
                if (!(arg instanceof Vector)) throw new SerializeException("cannot unserialize this ALTREP object");
                Vector a = ((Vector) arg).copy();
                a.setAttributes(null);
                checkSeq(a.length(), 16);
                s = host.asCharacter(a);
                break;
            }
            case "wrap_integer": case "wrap_real": case "wrap_logical": case "wrap_complex": case "wrap_string":
            case "wrap_raw": case "wrap_list": {
                SEXP x = state instanceof PairList && state.length() > 0 ? ((PairList) state).value(0) : state;
                if (!(x instanceof Vector)) throw new SerializeException("cannot unserialize this ALTREP object");
                Vector v = ((Vector) x).copy();
                v.setAttributes(null);
                s = v;
                break;
            }
            default:
                switch (type) {
                    case 10: s = LogicalVector.EMPTY.copy(); break;
                    case 13: s = new IntVector(0); break;
                    case 14: s = new DoubleVector(0); break;
                    case 15: s = new ComplexVector(new double[0], new double[0]); break;
                    case 16: s = new StringVector(0); break;
                    case 24: s = new RawVector(new byte[0]); break;
                    case 19: s = new ListVector(0); break;
                    case 20: s = new ExpressionVector(new SEXP[0]); break;
                    default: throw new SerializeException("cannot unserialize this ALTREP object");
                }
                host.warning("cannot unserialize ALTVEC object of class '" + cls + "' from package '" + pkg
                        + "'; returning length zero vector");
        }
        if (attr instanceof PairList) setAttributes(s, attr);
        if (!cls.equals("compact_intseq") && s.length() > 0) {
            boolean dotted = state instanceof PairList && dottedPairs.containsKey(state) && state.length() == 2;
            SEXP car = dotted ? ((PairList) state).value(0) : state;
            SEXP cdr = dotted ? ((PairList) state).value(1) : Null.NULL;
            AltrepOrigins.record(s, new AltrepOrigins.Origin(cls, pkg, type, car, cdr, dotted, s));
        }
        return s;
    }

    /** Refuses a sequence whose expansion would not fit the memory this reader may use. */
    private void checkSeq(double n, int size) {
        if (!(n >= 0) || n > Integer.MAX_VALUE - 16) throw new SerializeException("cannot unserialize this ALTREP object");
        double bytes = n * size;
        if (bytes > budget) {
            throw new SerializeException(String.format("cannot allocate vector of size %.1f Gb", bytes / (1024.0 * 1024 * 1024)));
        }
        budget -= (long) bytes;
    }

    private static double number(SEXP x, int i) {
        if (x instanceof DoubleVector && i < x.length()) return ((DoubleVector) x).get(i);
        if (x instanceof IntVector && i < x.length()) return ((IntVector) x).get(i);
        throw new SerializeException("cannot unserialize this ALTREP object");
    }
}
