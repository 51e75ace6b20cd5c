package org.rlambda.base;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * iconv() between the encodings a Lambda script meets: UTF-8 (the native one), latin1 and
 * ASCII, with glibc's "//TRANSLIT" (accents dropped, a table of common replacements, else "?")
 * and "//IGNORE", and GNU R's sub= forms ("byte", "Unicode", "c99" or a literal string per byte).
 * Strings are held decoded, so only the target's repertoire matters.
 */
public final class Iconv {
    private Iconv() { }

    /** glibc's transliterations (C.UTF-8) for characters that do not decompose to ASCII. */
    private static final Map<Integer, String> TRANSLIT = Map.ofEntries(
            Map.entry(0xDF, "ss"), Map.entry(0xC6, "AE"), Map.entry(0xE6, "ae"), Map.entry(0xD8, "O"),
            Map.entry(0xF8, "o"), Map.entry(0x152, "OE"), Map.entry(0x153, "oe"), Map.entry(0x141, "L"),
            Map.entry(0x142, "l"), Map.entry(0x110, "D"), Map.entry(0x111, "d"), Map.entry(0xDE, "TH"),
            Map.entry(0xFE, "th"), Map.entry(0xF0, "d"), Map.entry(0x131, "i"), Map.entry(0x132, "IJ"),
            Map.entry(0x133, "ij"), Map.entry(0xA9, "(C)"), Map.entry(0xAE, "(R)"), Map.entry(0x2122, "(TM)"),
            Map.entry(0xAB, "<<"), Map.entry(0xBB, ">>"), Map.entry(0xD7, "x"), Map.entry(0xF7, "/"),
            Map.entry(0x2022, "o"), Map.entry(0x2013, "-"), Map.entry(0x2014, "--"), Map.entry(0x2018, "'"),
            Map.entry(0x2019, "'"), Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x2026, "..."),
            Map.entry(0xB1, "+-"), Map.entry(0xB5, "u"), Map.entry(0xBC, " 1/4 "), Map.entry(0xBD, " 1/2 "),
            Map.entry(0xBE, " 3/4 "), Map.entry(0xB2, "2"), Map.entry(0xB3, "3"), Map.entry(0xB9, "1"),
            Map.entry(0x20AC, "EUR"), Map.entry(0xA0, " "));

    public static void register(Builtins b) {
        b.add("iconv", "x, from, to, sub, mark, toRaw", Iconv::iconv);
        // every string is held as Unicode and declared UTF-8 when it is not ASCII, as GNU R
        // marks strings read in a UTF-8 locale
        b.add("enc2utf8", "x", (in, call, a, rho) -> characterArg(in, call, a[0], "argument is not a character vector"));
        b.add("enc2native", "x", (in, call, a, rho) -> characterArg(in, call, a[0], "argument is not a character vector"));
        b.add("Encoding", "x", (in, call, a, rho) -> {
            StringVector x = characterArg(in, call, a[0], "a character vector argument expected");
            String[] r = new String[x.length()];
            for (int i = 0; i < r.length; i++) {
                r[i] = x.isNA(i) || RegexBuiltins.isAscii(x.get(i)) ? "unknown" : "UTF-8";
            }
            return new StringVector(r);
        });
        b.add("validUTF8", "x", (in, call, a, rho) -> {
            StringVector x = characterArg(in, call, a[0], "invalid 'x' argument");
            int[] r = new int[x.length()];
            java.util.Arrays.fill(r, 1);
            return new org.rlambda.sexp.LogicalVector(r);
        });
        b.markClosureLike("iconv", "Encoding", "validUTF8");
    }

    private static SEXP iconv(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        StringVector x = RegexBuiltins.subject(in, a[0], rho);
        for (int k = 1; k <= 2; k++) {
            if (a[k] != null && !(a[k] instanceof StringVector && a[k].length() == 1)) {
                throw in.error(call, "invalid '" + (k == 1 ? "from" : "to") + "' argument");
            }
        }
        String from = a[1] == null ? "" : RArgs.string(a[1]);
        String to = a[2] == null ? "" : RArgs.string(a[2]);
        String sub = a[3] == null ? StringVector.NA : RArgs.string(a[3]);
        int fromLimit = limit(from);
        String target = to.toUpperCase(Locale.ROOT);
        boolean translit = target.contains("//TRANSLIT");
        boolean ignore = target.contains("//IGNORE");
        int i2 = to.indexOf("//");
        int toLimit = limit(i2 < 0 ? to : to.substring(0, i2));
        if (fromLimit < 0 || toLimit < 0) {
            throw in.error(call, "unsupported conversion from '" + from + "' to '" + to + "'");
        }
        String[] r = new String[x.length()];
        for (int i = 0; i < r.length; i++) {
            String s = x.get(i);
            r[i] = StringVector.isNA(s) ? s : convert(s, toLimit, translit, ignore, sub);
        }
        StringVector out = new StringVector(r);
        if (a[0] instanceof StringVector) {
            SEXP names = a[0].getAttribute("names");
            if (names != null) out.setAttributeRaw("names", names);
        }
        return out;
    }

    private static StringVector characterArg(Interpreter in, Call call, SEXP x, String error) {
        if (!(x instanceof StringVector)) throw in.error(call, error);
        return (StringVector) x;
    }

    /** The highest code point an encoding holds, or -1 when it is not supported. */
    private static int limit(String enc) {
        switch (enc.toUpperCase(Locale.ROOT).replace("_", "-")) {
            case "": case "UTF-8": case "UTF8": case "UTF-16": case "UTF-32": return Character.MAX_CODE_POINT;
            case "LATIN1": case "ISO-8859-1": case "ISO8859-1": case "LATIN-1": return 0xFF;
            case "ASCII": case "US-ASCII": case "ANSI-X3.4-1968": return 0x7F;
            default: return -1;
        }
    }

    private static String convert(String s, int limit, boolean translit, boolean ignore, String sub) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (cp <= limit) { out.appendCodePoint(cp); continue; }
            if (translit) {
                String t = transliterate(cp, limit);
                out.append(t);
                continue;
            }
            if (ignore) continue;
            if (StringVector.isNA(sub)) return StringVector.NA;
            byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            switch (sub) {
                case "byte":
                    for (byte by : bytes) out.append(String.format("<%02x>", by & 0xFF));
                    break;
                case "Unicode":
                    out.append(String.format("<U+%04X>", cp));
                    break;
                case "Unicode_":
                    out.append(String.format("<U+%04X>", cp));
                    break;
                case "c99":
                    out.append(cp > 0xFFFF ? String.format("\\U%08x", cp) : String.format("\\u%04x", cp));
                    break;
                default:
                    for (int j = 0; j < bytes.length; j++) out.append(sub);
            }
        }
        return out.toString();
    }

    private static String transliterate(int cp, int limit) {
        String t = TRANSLIT.get(cp);
        if (t != null) return t;
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(base::appendCodePoint);
        if (base.length() > 0 && base.codePoints().allMatch(c -> c <= limit)) return base.toString();
        return "?";
    }
}
