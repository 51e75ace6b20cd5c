package org.rlambda.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Replays misc_cases.txt (made by misc_cases.R with GNU R): as.character, cat, format, formatC, sprintf, toString. */
class MiscCasesTest {

    static String str(String s) {
        if (s.equals("NA")) return StringVector.NA;
        byte[] b = new byte[(s.length() - 1) / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(1 + 2 * i, 3 + 2 * i), 16);
        return new String(b, StandardCharsets.UTF_8);
    }

    static Vector vec(String[] t) {
        String type = t[0];
        int n = t.length - 1;
        switch (type) {
            case "double": {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) d[i] = RealCasesTest.parse(t[i + 1]);
                return new DoubleVector(d);
            }
            case "integer": {
                int[] d = new int[n];
                for (int i = 0; i < n; i++) d[i] = t[i + 1].equals("NA") ? IntVector.NA : Integer.parseInt(t[i + 1]);
                return new IntVector(d);
            }
            case "logical": {
                int[] d = new int[n];
                for (int i = 0; i < n; i++) d[i] = t[i + 1].equals("NA") ? LogicalVector.NA : t[i + 1].equals("T") ? 1 : 0;
                return new LogicalVector(d);
            }
            case "character": {
                String[] s = new String[n];
                for (int i = 0; i < n; i++) s[i] = str(t[i + 1]);
                return new StringVector(s);
            }
            case "complex": {
                double[] re = new double[n], im = new double[n];
                for (int i = 0; i < n; i++) {
                    String[] p = t[i + 1].split("/");
                    re[i] = RealCasesTest.parse(p[0]); im[i] = RealCasesTest.parse(p[1]);
                }
                return new ComplexVector(re, im);
            }
            default: throw new IllegalStateException(type);
        }
    }

    record Case(String kind, List<Vector> xs, Map<String, Vector> args, String[] expected, String error) {
        String name() {
            StringBuilder sb = new StringBuilder(kind);
            for (Vector x : xs) sb.append(' ').append(String.join(",", AsCharacter.of(x)));
            args.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v == null ? "NULL" : String.join(",", AsCharacter.of(v))));
            return sb.toString();
        }
    }

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                MiscCasesTest.class.getResourceAsStream("/format/misc_cases.txt"), StandardCharsets.UTF_8))) {
            String kind = null;
            List<Vector> xs = null;
            Map<String, Vector> args = null;
            String[] exp = null;
            String err = null;
            for (String l; (l = r.readLine()) != null; ) {
                String[] t = l.trim().split(" ");
                switch (t[0]) {
                    case "@k": kind = t[1]; xs = new ArrayList<>(); args = new LinkedHashMap<>(); exp = null; err = null; break;
                    case "@x": xs.add(vec(Arrays.copyOfRange(t, 1, t.length))); break;
                    case "@a": args.put(t[1], t[2].equals("NULL") ? null : vec(Arrays.copyOfRange(t, 4, t.length))); break;
                    case "@e": exp = new String[t.length - 1]; for (int i = 1; i < t.length; i++) exp[i - 1] = str(t[i]); break;
                    case "@err": err = str(t[1]); break;
                    case "@end": out.add(new Case(kind, xs, args, exp, err)); break;
                    default: throw new IllegalStateException(l);
                }
            }
        }
        return out;
    }

    static String s(Vector v) { return ((StringVector) v).get(0); }
    static int i(Vector v) { return v instanceof IntVector ? ((IntVector) v).get(0) : (int) ((DoubleVector) v).get(0); }
    static boolean b(Vector v) { return ((LogicalVector) v).get(0) != 0; }

    static String[] run(Case c) {
        Vector x = c.xs.get(0);
        Map<String, Vector> a = c.args;
        switch (c.kind) {
            case "ascharacter": return AsCharacter.of(x);
            case "cat": {
                String[] r = new String[x.length()];
                for (int k = 0; k < r.length; k++) r[k] = AsCharacter.catElement(x, k, 7);
                return r;
            }
            case "format": {
                Format.Options o = new Format.Options();
                for (var e : a.entrySet()) {
                    Vector v = e.getValue();
                    switch (e.getKey()) {
                        case "big.mark": o.bigMark = s(v); break;
                        case "small.mark": o.smallMark = s(v); break;
                        case "trim": o.trim = b(v); break;
                        case "zero.print": o.zeroPrint = s(v); break;
                        case "width": o.width = i(v); break;
                        case "justify": o.justify = Justify.valueOf(s(v).toUpperCase()); break;
                        case "na.encode": o.naEncode = b(v); break;
                        case "scientific": o.scientific = v instanceof LogicalVector ? (Object) b(v) : (Object) i(v); break;
                        case "nsmall": o.nsmall = i(v); break;
                        case "digits": o.digits = i(v); break;
                        case "drop0trailing": o.drop0trailing = b(v); break;
                        default: throw new IllegalStateException(e.getKey());
                    }
                }
                return Format.format(x, o);
            }
            case "formatC": {
                FormatC.Options o = new FormatC.Options();
                for (var e : a.entrySet()) {
                    Vector v = e.getValue();
                    switch (e.getKey()) {
                        case "width": o.width = i(v); break;
                        case "digits": o.digits = i(v); break;
                        case "format": o.format = s(v); break;
                        case "flag": o.flag = s(v); break;
                        case "mode": o.mode = s(v); break;
                        case "big.mark": o.bigMark = s(v); break;
                        default: throw new IllegalStateException(e.getKey());
                    }
                }
                return FormatC.formatC(x, o);
            }
            case "sprintf":
                return Sprintf.sprintf((StringVector) x, c.xs.subList(1, c.xs.size())).value();
            case "toString":
                return new String[] {AsCharacter.toString(AsCharacter.of(x), a.containsKey("width") ? i(a.get("width")) : null)};
            default: throw new IllegalStateException(c.kind);
        }
    }

    @TestFactory
    Stream<DynamicTest> matchesGnuR() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            if (c.error != null) {
                FormatException e = assertThrows(FormatException.class, () -> run(c));
                assertEquals(c.error, e.getMessage());
            } else {
                assertArrayEquals(c.expected, run(c), () -> "got " + Arrays.toString(run(c)) + " want " + Arrays.toString(c.expected));
            }
        }));
    }
}
