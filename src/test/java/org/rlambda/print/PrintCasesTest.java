package org.rlambda.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Replays print_cases.txt (made by print_cases.R with GNU R): one dynamic test per printed object. */
class PrintCasesTest {

    static double dbl(String s) {
        switch (s) {
            case "NA": return DoubleVector.NA;
            case "NaN": return Double.NaN;
            case "Inf": return Double.POSITIVE_INFINITY;
            case "-Inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(s);
        }
    }

    static String str(String s) {
        if (s.equals("NA")) return StringVector.NA;
        byte[] b = new byte[(s.length() - 1) / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(1 + 2 * i, 3 + 2 * i), 16);
        return new String(b, StandardCharsets.UTF_8);
    }

    static String[] strs(String[] t) {
        String[] r = new String[t.length];
        for (int i = 0; i < t.length; i++) r[i] = str(t[i]);
        return r;
    }

    record Case(String name, Map<String, List<String[]>> fields, String output) {
        String[] one(String k) { List<String[]> l = fields.get(k); return l == null ? null : l.get(0); }
    }

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PrintCasesTest.class.getResourceAsStream("/format/print_cases.txt"), StandardCharsets.UTF_8))) {
            String name = null;
            Map<String, List<String[]>> f = null;
            StringBuilder o = null;
            for (String l; (l = r.readLine()) != null; ) {
                if (o != null) {
                    if (l.equals("@end")) { out.add(new Case(name, f, o.toString())); o = null; }
                    else o.append(l).append('\n');
                } else if (l.startsWith("@case ")) {
                    name = l.substring(6); f = new LinkedHashMap<>();
                } else if (l.equals("@output")) {
                    o = new StringBuilder();
                } else {
                    String[] t = l.trim().split(" ");
                    f.computeIfAbsent(t[0].substring(1), k -> new ArrayList<>()).add(Arrays.copyOfRange(t, 1, t.length));
                }
            }
        }
        return out;
    }

    static Vector build(Case c) {
        String type = c.one("type")[0];
        String[] v = c.one("values");
        int n = v.length;
        Vector x;
        switch (type) {
            case "double": {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) d[i] = dbl(v[i]);
                x = new DoubleVector(d); break;
            }
            case "integer": case "factor": case "ordered": {
                int[] d = new int[n];
                for (int i = 0; i < n; i++) d[i] = v[i].equals("NA") ? IntVector.NA : Integer.parseInt(v[i]);
                x = new IntVector(d); break;
            }
            case "logical": {
                int[] d = new int[n];
                for (int i = 0; i < n; i++) d[i] = v[i].equals("NA") ? LogicalVector.NA : (v[i].equals("T") ? 1 : 0);
                x = new LogicalVector(d); break;
            }
            case "character": x = new StringVector(strs(v)); break;
            case "complex": {
                double[] re = new double[n], im = new double[n];
                for (int i = 0; i < n; i++) {
                    String[] p = v[i].split("/");
                    re[i] = dbl(p[0]); im[i] = dbl(p[1]);
                }
                x = new ComplexVector(re, im); break;
            }
            case "raw": {
                byte[] b = new byte[n];
                for (int i = 0; i < n; i++) b[i] = (byte) Integer.parseInt(v[i], 16);
                x = new RawVector(b); break;
            }
            default: throw new IllegalStateException(type);
        }
        if (c.one("levels") != null) {
            x.setAttributeRaw("levels", new StringVector(strs(c.one("levels"))));
            x.setAttributeRaw("class", type.equals("ordered") ? StringVector.of("ordered", "factor") : StringVector.of("factor"));
        }
        if (c.one("names") != null) x.setAttributeRaw("names", new StringVector(strs(c.one("names"))));
        if (c.one("dim") != null) {
            String[] d = c.one("dim");
            int[] dim = new int[d.length];
            for (int i = 0; i < d.length; i++) dim[i] = Integer.parseInt(d[i]);
            x.setAttributeRaw("dim", new IntVector(dim));
            if (c.fields.containsKey("dimnames")) {
                SEXP[] dn = new SEXP[dim.length];
                Arrays.fill(dn, Null.NULL);
                for (String[] e : c.fields.get("dimnames")) {
                    int k = Integer.parseInt(e[0]) - 1;
                    if (!e[1].equals("NULL")) dn[k] = new StringVector(strs(Arrays.copyOfRange(e, 1, e.length)));
                }
                ListVector l = new ListVector(dn);
                if (c.one("dnn") != null) l.setAttributeRaw("names", new StringVector(strs(c.one("dnn"))));
                x.setAttributeRaw("dimnames", l);
            }
        }
        return x;
    }

    @TestFactory
    Stream<DynamicTest> printMatchesGnuR() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name, () -> {
            String[] o = c.one("opts");
            Vector x = build(c);
            PrintOptions po = PrintOptions.DEFAULT.withDigits(Integer.parseInt(o[0])).withWidth(Integer.parseInt(o[1]))
                    .withQuote(o[2].equals("1")).withRight(o[3].equals("1"))
                    .withNaPrint(o[4].equals("-") ? null : str(o[4]));
            StringBuilder sb = new StringBuilder();
            if (x.inherits("factor")) {
                Integer maxl = o[5].equals("-") ? null : Integer.valueOf(o[5]);
                FactorPrinter.print((IntVector) x, po.withQuote(false).withWidth(80), maxl, po.width, sb);
            } else {
                VectorPrinter.print(x, po, sb);
            }
            assertEquals(c.output, sb.toString());
        }));
    }
}
