package org.rlambda.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * Encodings and bytes of strings: Encoding, enc2utf8/enc2native, validUTF8, iconv, raw(),
 * charToRaw and rawToChar. Strings live in the JVM as UTF-16 and are written as UTF-8 (the
 * session's native encoding, as in GNU R under C.UTF-8), so re-encoding only matters for
 * iconv's targets.
 */
public final class Encodings {
    private Encodings() { }

    public static void register(Builtins b) {
        b.add("Encoding", "x", (in, call, a, rho) -> {
            StringVector x = strings(in, call, a[0], "a character vector argument expected");
            String[] r = new String[x.length()];
            for (int i = 0; i < r.length; i++) r[i] = isAscii(x.get(i)) ? "unknown" : "UTF-8";
            return new StringVector(r);
        });
        b.add("enc2utf8", "x", (in, call, a, rho) -> strings(in, call, a[0], "argument is not a character vector"));
        b.add("enc2native", "x", (in, call, a, rho) -> strings(in, call, a[0], "argument is not a character vector"));
        b.add("validUTF8", "x", (in, call, a, rho) -> {
            StringVector x = strings(in, call, a[0], "invalid 'x' argument");
            int[] r = new int[x.length()];
            java.util.Arrays.fill(r, 1);
            return new LogicalVector(r);
        });
        b.add("raw", "length", (in, call, a, rho) -> new RawVector(new byte[a[0] == null ? 0 : RArgs.integer(a[0])]));
        b.add("charToRaw", "x", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector)) throw in.error(call, "argument must be a character vector of length 1");
            StringVector x = (StringVector) a[0];
            if (x.length() > 1) {
                in.warning(call, "argument should be a character vector of length 1\nall but the first element will be ignored");
            }
            if (x.length() == 0 || StringVector.isNA(x.get(0))) return new RawVector(x.length() == 0 ? new byte[0] : "NA".getBytes());
            return new RawVector(x.get(0).getBytes(StandardCharsets.UTF_8));
        });
        b.add("rawToChar", "x, multiple", (in, call, a, rho) -> {
            if (!(a[0] instanceof RawVector)) throw in.error(call, "argument 'x' must be a raw vector");
            byte[] bytes = ((RawVector) a[0]).values();
            boolean multiple = RArgs.flag(in, call, a[1], false, "multiple");
            for (byte x : bytes) if (x == 0) throw in.error(call, "embedded nul in string: '" + escapedNul(bytes) + "'");
            if (!multiple) return StringVector.of(new String(bytes, StandardCharsets.UTF_8));
            String[] r = new String[bytes.length];
            for (int i = 0; i < r.length; i++) r[i] = new String(bytes, i, 1, StandardCharsets.ISO_8859_1);
            return new StringVector(r);
        });
        b.add("iconv", "x, from, to, sub, mark, toRaw", Encodings::iconv);
        b.markClosureLike("iconv", "rawToChar");
    }

    private static StringVector strings(Interpreter in, Call call, SEXP x, String message) {
        if (!(x instanceof StringVector)) throw in.error(call, message);
        return (StringVector) x;
    }

    private static boolean isAscii(String s) {
        if (StringVector.isNA(s)) return true;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    private static String escapedNul(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte x : bytes) sb.append(x == 0 ? "\\0" : String.valueOf((char) (x & 0xFF)));
        return sb.toString();
    }

    private static SEXP iconv(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        if (!(a[0] instanceof StringVector)) throw in.error(call, "'x' must be a character vector");
        StringVector x = (StringVector) a[0];
        String from = a[1] == null ? "" : RArgs.string(a[1]);
        String to = a[2] == null ? "" : RArgs.string(a[2]);
        String sub = a[3] == null || StringVector.isNA(RArgs.string(a[3])) ? null : RArgs.string(a[3]);
        Charset source = charset(from);
        String target = to.toUpperCase(java.util.Locale.ROOT);
        boolean translit = target.endsWith("//TRANSLIT");
        if (translit) target = target.substring(0, target.length() - "//TRANSLIT".length());
        Charset dest = charset(target);
        if (source == null || dest == null) {
            throw in.error(call, "unsupported conversion from '" + from + "' to '" + to + "'");
        }
        String[] r = new String[x.length()];
        for (int i = 0; i < r.length; i++) {
            String s = x.get(i);
            if (StringVector.isNA(s)) { r[i] = StringVector.NA; continue; }
            String decoded = decode(s, source);
            r[i] = decoded == null ? StringVector.NA : encode(decoded, dest, translit, sub);
        }
        StringVector out = new StringVector(r);
        if (x.names() != null) out.setAttributeRaw("names", x.names());
        return out;
    }

    /** "" is the native encoding (UTF-8 here); null for names Java does not know. */
    private static Charset charset(String name) {
        if (name.isEmpty() || name.equalsIgnoreCase("native.enc")) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(name.equalsIgnoreCase("UTF8") ? "UTF-8" : name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The characters a string stands for when its bytes are read as {@code source}: our strings
     * hold UTF-8 text, so from latin1 (and other single-byte encodings) only the code points
     * below 256 are bytes to reinterpret; null when the bytes are invalid in {@code source}.
     */
    private static String decode(String s, Charset source) {
        if (source.equals(StandardCharsets.UTF_8) || isAscii(s)) return s;
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        CharsetDecoder d = source.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer c = d.decode(ByteBuffer.wrap(bytes));
            return c.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Characters that {@code dest} cannot hold: NA, or {@code sub} per byte ("byte" gives <xx>, "Unicode" <U+xxxx>). */
    private static String encode(String s, Charset dest, boolean translit, String sub) {
        java.nio.charset.CharsetEncoder enc = dest.newEncoder();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            if (enc.canEncode(ch)) { out.append(ch); continue; }
            if (translit) {
                String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                if (!base.isEmpty() && enc.canEncode(base)) { out.append(base); continue; }
                out.append('?');
                continue;
            }
            if (sub == null) return StringVector.NA;
            if (sub.equals("Unicode")) {
                out.append(String.format("<U+%04X>", cp));
                continue;
            }
            for (byte x : ch.getBytes(StandardCharsets.UTF_8)) {
                out.append(sub.equals("byte") ? String.format("<%02x>", x & 0xFF) : sub);
            }
        }
        return out.toString();
    }
}
