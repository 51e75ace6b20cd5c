package org.rlambda.serialize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.rlambda.eval.BuiltinFunction;
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

/**
 * Writes rlambda values in GNU R's serialization format, byte for byte as GNU R 4.2.2 writes
 * the same objects (src/main/serialize.c WriteItem): the reference table for symbols and
 * environments, the special codes of the global/base/empty environments, environments' frames
 * and hash tables laid out as GNU R's hashing puts them, and compact integer sequences as the
 * ALTREP objects GNU R writes in version 3.
 */
public final class Serializer {
    /** R 4.2.2 as R_VERSION packs it. */
    static final int R_VERSION = 4 * 65536 + 2 * 256 + 2;

    private final SerialOutput out;
    private final int version;
    private final SerialHost host;
    private final Map<SEXP, Integer> refs = new IdentityHashMap<>();

    private Serializer(SerialOutput out, int version, SerialHost host) {
        this.out = out;
        this.version = version;
        this.host = host;
    }

    public static byte[] write(SEXP x, SerialFormat format, int version, SerialHost host) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(x, format, version, host, bytes);
        return bytes.toByteArray();
    }

    public static void write(SEXP x, SerialFormat format, int version, SerialHost host, ByteArrayOutputStream bytes) {
        if (version != 2 && version != 3) throw new SerializeException("version " + version + " not supported");
        Serializer s = new Serializer(new SerialOutput(format, bytes), version, host);
        s.header(format);
        try {
            s.item(x);
        } catch (StackOverflowError e) {
            throw new SerializeException("object is nested too deeply to serialize");
        }
    }

    private void header(SerialFormat format) {
        out.verbatim(new byte[] {(byte) format.code, '\n'});
        out.integer(version);
        out.integer(R_VERSION);
        if (version == 3) {
            out.integer(3 * 65536 + 5 * 256);
            byte[] enc = "UTF-8".getBytes(StandardCharsets.US_ASCII);
            out.integer(enc.length);
            out.string(enc);
        } else {
            out.integer(2 * 65536 + 3 * 256);
        }
    }

    private static int flags(int type, int levs, boolean obj, boolean attr, boolean tag) {
        int f = type | levs << 12;
        if (obj) f |= 1 << 8;
        if (attr) f |= 1 << 9;
        if (tag) f |= 1 << 10;
        return f;
    }

    private void ref(SEXP s) { refs.put(s, refs.size() + 1); }

    private void item(SEXP s) {
        if (s == null || s == Null.NULL) {
            out.integer(Unserializer.NILVALUE);
            return;
        }
        if (s == host.emptyEnv()) {
            out.integer(Unserializer.EMPTYENV);
            return;
        }
        if (s == host.baseEnv()) {
            out.integer(Unserializer.BASEENV);
            return;
        }
        if (s == host.baseNamespace()) {
            out.integer(Unserializer.BASENAMESPACE);
            return;
        }
        if (s == host.globalEnv()) {
            out.integer(Unserializer.GLOBALENV);
            return;
        }
        if (s == Unserializer.UNBOUND) {
            out.integer(Unserializer.UNBOUNDVALUE);
            return;
        }
        if (s == Symbol.MISSING_ARG) {
            out.integer(Unserializer.MISSINGARG);
            return;
        }
        Integer r = refs.get(s);
        if (r != null) {
            if (r > (Integer.MAX_VALUE >> 8)) {
                out.integer(Unserializer.REFSXP);
                out.integer(r);
            } else out.integer(r << 8 | Unserializer.REFSXP);
            return;
        }
        if (s instanceof Environment || s instanceof OpaqueValue && s.type() != SexpType.S4) {
            StringVector name = host.persistentName(s);
            if (name != null) {
                ref(s);
                out.integer(Unserializer.PERSISTSXP);
                stringVec(name);
                return;
            }
        }
        if (s instanceof Symbol) {
            ref(s);
            out.integer(1);
            charsxp(((Symbol) s).name);
            return;
        }
        if (s instanceof Environment) {
            environment((Environment) s);
            return;
        }
        if (s instanceof IntVector && version >= 3 && ((IntVector) s).isCompactSequence() && s.length() >= 2 && !s.hasAttributes()) {
            compactSeq((IntVector) s);
            return;
        }
        if (version >= 3 && s instanceof org.rlambda.sexp.Vector) {
            AltrepOrigins.Origin o = AltrepOrigins.of(s);
            if (o != null) {
                altrep(s, o);
                return;
            }
        }
        boolean obj = s.isObject();
        boolean attr = s.hasAttributes();
        if (s instanceof Call) {
            call((Call) s, obj, attr);
            return;
        }
        if (s instanceof PairList) {
            PairList p = (PairList) s;
            if (p.length() == 0) {
                out.integer(Unserializer.NILVALUE);
                return;
            }
            cells(2, p.tags(), p.values(), attr ? s.attributes() : null, obj);
            return;
        }
        if (s instanceof Dots) {
            Dots d = (Dots) s;
            if (d.length() == 0) {
                out.integer(Unserializer.NILVALUE);
                return;
            }
            cells(17, d.names(), d.values(), null, false);
            return;
        }
        if (s instanceof Closure) {
            Closure c = (Closure) s;
            out.integer(flags(3, GpLevels.of(s), obj, attr, true));
            if (attr) attributes(s.attributes());
            item(c.env);
            if (c.formals.length() == 0) out.integer(Unserializer.NILVALUE);
            else item(c.formals);
            item(c.body);
            return;
        }
        if (s instanceof Promise) {
            Promise p = (Promise) s;
            boolean forced = p.isForced();
            boolean tag = !forced && p.env() != null;
            out.integer(flags(5, 0, false, false, tag));
            if (tag) item(p.env());
            item(forced ? p.value() : Unserializer.UNBOUND);
            item(p.expression);
            return;
        }
        if (s instanceof BuiltinFunction) {
            BuiltinFunction b = (BuiltinFunction) s;
            byte[] name = b.name.getBytes(StandardCharsets.UTF_8);
            out.integer(flags(b.special ? 7 : 8, 0, false, false, false));
            out.integer(name.length);
            out.string(name);
            return;
        }
        if (s instanceof OpaqueValue) {
            OpaqueValue o = (OpaqueValue) s;
            switch (o.type()) {
                case EXTERNALPTR:
                    ref(s);
                    out.integer(flags(22, 0, obj, attr, false));
                    item(o.protectedValue);
                    item(o.tag);
                    break;
                case WEAKREF:
                    ref(s);
                    out.integer(flags(23, 0, obj, attr, false));
                    break;
                default:
                    out.integer(flags(25, 1 << 4, obj, attr, false));
            }
            if (attr) attributes(s.attributes());
            return;
        }
        vector(s, obj, attr);
    }

    private void vector(SEXP s, boolean obj, boolean attr) {
        switch (s.type()) {
            case LOGICAL: {
                LogicalVector v = (LogicalVector) s;
                out.integer(flags(10, GpLevels.of(s), obj, attr, false));
                out.integer(v.length());
                for (int i = 0; i < v.length(); i++) out.integer(v.get(i));
                break;
            }
            case INTEGER: {
                IntVector v = (IntVector) s;
                out.integer(flags(13, GpLevels.of(s), obj, attr, false));
                out.integer(v.length());
                for (int i = 0; i < v.length(); i++) out.integer(v.get(i));
                break;
            }
            case DOUBLE: {
                DoubleVector v = (DoubleVector) s;
                out.integer(flags(14, GpLevels.of(s), obj, attr, false));
                out.integer(v.length());
                for (int i = 0; i < v.length(); i++) out.real(v.get(i));
                break;
            }
            case COMPLEX: {
                ComplexVector v = (ComplexVector) s;
                out.integer(flags(15, GpLevels.of(s), obj, attr, false));
                out.integer(v.length());
                for (int i = 0; i < v.length(); i++) {
                    out.real(v.re(i));
                    out.real(v.im(i));
                }
                break;
            }
            case CHARACTER: {
                StringVector v = (StringVector) s;
                out.integer(flags(16, GpLevels.of(s), obj, attr, false));
                out.integer(v.length());
                for (int i = 0; i < v.length(); i++) charsxp(v.get(i));
                break;
            }
            case LIST:
            case EXPRESSION: {
                ListVector v = (ListVector) s;
                out.integer(flags(s instanceof ExpressionVector ? 20 : 19, GpLevels.of(s), obj, attr, false));
                out.integer(v.length());
                for (int i = 0; i < v.length(); i++) item(v.get(i));
                break;
            }
            case RAW: {
                byte[] b = ((RawVector) s).values();
                out.integer(flags(24, GpLevels.of(s), obj, attr, false));
                out.integer(b.length);
                out.rawBytes(b);
                break;
            }
            default:
                throw new SerializeException("WriteItem: unknown type " + s.typeName());
        }
        if (attr) attributes(s.attributes());
    }

    private void charsxp(String s) {
        if (StringVector.isNA(s)) {
            out.integer(9);
            out.integer(-1);
            return;
        }
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) if (s.charAt(i) >= 128) ascii = false;
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.integer(flags(9, ascii ? 64 : 8, false, false, false));
        out.integer(b.length);
        out.string(b);
    }

    private void stringVec(StringVector v) {
        out.integer(0);
        out.integer(v.length());
        for (int i = 0; i < v.length(); i++) charsxp(v.get(i));
    }

    private void attributes(Attributes a) {
        for (int i = 0; i < a.size(); i++) {
            out.integer(flags(2, 0, false, false, true));
            item(Symbol.get(a.name(i)));
            item(a.value(i));
        }
        out.integer(Unserializer.NILVALUE);
    }

    private void call(Call c, boolean obj, boolean attr) {
        out.integer(flags(6, GpLevels.of(c), obj, attr, false));
        if (attr) attributes(c.attributes());
        item(c.function);
        for (int i = 0; i < c.argCount(); i++) {
            String name = c.argName(i);
            out.integer(flags(2, 0, false, false, !name.isEmpty()));
            if (!name.isEmpty()) item(Symbol.get(name));
            item(c.arg(i));
        }
        out.integer(Unserializer.NILVALUE);
    }

    /** A pairlist-like chain of {@code type} cells (LISTSXP, DOTSXP) with optional tags. */
    private void cells(int type, String[] tags, SEXP[] values, Attributes attr, boolean obj) {
        for (int i = 0; i < values.length; i++) {
            String tag = tags == null || tags[i] == null ? "" : tags[i];
            boolean a = i == 0 && attr != null;
            out.integer(flags(type, 0, i == 0 && obj, a, !tag.isEmpty()));
            if (a) attributes(attr);
            if (!tag.isEmpty()) item(Symbol.get(tag));
            item(values[i]);
        }
        out.integer(Unserializer.NILVALUE);
    }

    /** A value read as an ALTREP object and not changed since: written as that object again. */
    private void altrep(SEXP s, AltrepOrigins.Origin o) {
        out.integer(flags(Unserializer.ALTREPSXP, GpLevels.of(s), s.isObject(), false, false));
        out.integer(2);
        item(Symbol.get(o.cls));
        out.integer(2);
        item(Symbol.get(o.pkg));
        out.integer(2);
        out.integer(13);
        out.integer(1);
        out.integer(o.type);
        out.integer(Unserializer.NILVALUE);
        if (o.dotted) {
            out.integer(2);
            item(o.car);
            item(o.cdr);
        } else item(o.car);
        if (s.hasAttributes()) attributes(s.attributes());
        else out.integer(Unserializer.NILVALUE);
    }

    private void compactSeq(IntVector v) {
        out.integer(flags(Unserializer.ALTREPSXP, 0, v.isObject(), false, false));
        // class info: pairlist(compact_intseq, base, INTSXP)
        out.integer(2);
        item(Symbol.get("compact_intseq"));
        out.integer(2);
        item(Symbol.get("base"));
        out.integer(2);
        out.integer(13);
        out.integer(1);
        out.integer(13);
        out.integer(Unserializer.NILVALUE);
        out.integer(14);
        out.integer(3);
        out.real(v.length());
        out.real(v.get(0));
        out.real(v.get(1) - v.get(0));
        if (v.hasAttributes()) attributes(v.attributes());
        else out.integer(Unserializer.NILVALUE);
    }

    private void environment(Environment env) {
        ref(env);
        StringVector ns = host.namespaceSpec(env);
        if (ns != null) {
            out.integer(Unserializer.NAMESPACESXP);
            stringVec(ns);
            return;
        }
        out.integer(4);
        out.integer(env.isLocked() ? 1 : 0);
        item(env.parent() == null ? host.emptyEnv() : env.parent());
        List<Symbol> names = env.symbolList();
        if (!env.hashed) {
            int k = Math.min(env.initialBindings, names.size());
            List<Symbol> order = new ArrayList<>();
            for (int i = names.size() - 1; i >= k; i--) order.add(names.get(i));
            order.addAll(names.subList(0, k));
            binding(env, order);
            out.integer(Unserializer.NILVALUE);
        } else {
            out.integer(Unserializer.NILVALUE);
            List<LinkedList<Symbol>> table = hashTable(env.hashSize, names);
            out.integer(19);
            out.integer(table.size());
            for (LinkedList<Symbol> chain : table) binding(env, chain);
        }
        if (env.hasAttributes()) attributes(env.attributes());
        else out.integer(Unserializer.NILVALUE);
    }

    /** A frame (or hash chain) as a pairlist; active and locked bindings carry GNU R's cell bits. */
    private void binding(Environment env, List<Symbol> order) {
        for (Symbol s : order) {
            int levs = 0;
            if (env.isActiveBinding(s)) levs |= Unserializer.ACTIVE_BINDING;
            if (env.isBindingLocked(s)) levs |= Unserializer.LOCKED_BINDING;
            out.integer(flags(2, levs, false, false, true));
            item(s);
            SEXP v = env.getLocal(s);
            item(v == null ? Unserializer.UNBOUND : v);
        }
        out.integer(Unserializer.NILVALUE);
    }

    /**
     * GNU R's hash table after inserting {@code names} in order: chains grow at the head, the
     * table grows by 1.2 when more than 85% of its slots are used (envir.c R_HashSizeCheck).
     */
    static List<LinkedList<Symbol>> hashTable(int size, List<Symbol> names) {
        List<LinkedList<Symbol>> table = newTable(size);
        int used = 0;
        for (Symbol n : names) {
            LinkedList<Symbol> chain = table.get(Integer.remainderUnsigned(hashpjw(n.name), size));
            if (chain.isEmpty()) used++;
            chain.addFirst(n);
            if (used > size * 0.85) {
                int newSize = (int) (size * 1.2);
                List<LinkedList<Symbol>> grown = newTable(newSize);
                used = 0;
                for (LinkedList<Symbol> c : table) {
                    for (Symbol m : c) {
                        LinkedList<Symbol> nc = grown.get(Integer.remainderUnsigned(hashpjw(m.name), newSize));
                        if (nc.isEmpty()) used++;
                        nc.addFirst(m);
                    }
                }
                table = grown;
                size = newSize;
            }
        }
        return table;
    }

    private static List<LinkedList<Symbol>> newTable(int size) {
        List<LinkedList<Symbol>> t = new ArrayList<>(size);
        for (int i = 0; i < size; i++) t.add(new LinkedList<>());
        return t;
    }

    /** R_Newhashpjw (envir.c) over the name's UTF-8 bytes, as signed chars. */
    static int hashpjw(String s) {
        int h = 0;
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h << 4) + c;
            int g = h & 0xf0000000;
            if (g != 0) {
                h = h ^ (g >>> 24);
                h = h ^ g;
            }
        }
        return h;
    }
}
