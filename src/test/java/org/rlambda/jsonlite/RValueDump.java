package org.rlambda.jsonlite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.rlambda.sexp.Attributes;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * Reads and writes R values in the token format of src/test/resources/jsonlite/dump.R, which GNU R
 * uses to hand test values (and fromJSON results) to these tests losslessly: a type letter and
 * length, the elements (doubles in C's %a hex notation, strings as hex UTF-8), then "A", the
 * attribute count and name/value pairs. Two values are the same R value when their dumps are equal.
 */
final class RValueDump {
    private RValueDump() {}

    static SEXP read(String dump) {
        String[] tokens = dump.trim().split(" ");
        int[] pos = {0};
        SEXP v = read(tokens, pos);
        if (pos[0] != tokens.length) throw new IllegalArgumentException("trailing tokens in dump: " + dump);
        return v;
    }

    private static SEXP read(String[] t, int[] p) {
        String type = t[p[0]++];
        if (type.equals("N")) return Null.NULL;
        if (type.equals("E")) return new Environment(null);
        if (type.equals("P")) {
            // a pairlist, dumped as the list as.list() makes of it
            ListVector l = (ListVector) read(t, p);
            StringVector names = (StringVector) l.getAttribute("names");
            String[] tags = new String[l.length()];
            for (int i = 0; i < tags.length; i++) tags[i] = names == null ? null : names.get(i);
            return new PairList(tags, l.values());
        }
        int n = Integer.parseInt(t[p[0]++]);
        SEXP v;
        switch (type) {
            case "l": {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    String s = t[p[0]++];
                    a[i] = s.equals("NA") ? LogicalVector.NA : s.equals("T") ? 1 : 0;
                }
                v = new LogicalVector(a);
                break;
            }
            case "i": {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    String s = t[p[0]++];
                    a[i] = s.equals("NA") ? IntVector.NA : Integer.parseInt(s);
                }
                v = new IntVector(a);
                break;
            }
            case "d": {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) a[i] = readDouble(t[p[0]++]);
                v = new DoubleVector(a);
                break;
            }
            case "z": {
                double[] re = new double[n];
                double[] im = new double[n];
                for (int i = 0; i < n; i++) {
                    re[i] = readDouble(t[p[0]++]);
                    im[i] = readDouble(t[p[0]++]);
                }
                v = new ComplexVector(re, im);
                break;
            }
            case "s": {
                String[] a = new String[n];
                for (int i = 0; i < n; i++) a[i] = readString(t[p[0]++]);
                v = new StringVector(a);
                break;
            }
            case "r": {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) a[i] = (byte) Integer.parseInt(t[p[0]++], 16);
                v = new RawVector(a);
                break;
            }
            case "L": {
                SEXP[] a = new SEXP[n];
                for (int i = 0; i < n; i++) a[i] = read(t, p);
                v = new ListVector(a);
                break;
            }
            default: throw new IllegalArgumentException("bad dump type " + type);
        }
        if (!t[p[0]++].equals("A")) throw new IllegalArgumentException("expected A in dump");
        int na = Integer.parseInt(t[p[0]++]);
        for (int i = 0; i < na; i++) {
            String name = readString(t[p[0]++]);
            v.setAttributeRaw(name, read(t, p));
        }
        return v;
    }

    private static double readDouble(String s) {
        switch (s) {
            case "NA": return DoubleVector.NA;
            case "NaN": return Double.NaN;
            case "Inf": return Double.POSITIVE_INFINITY;
            case "-Inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(s);
        }
    }

    private static String readString(String s) {
        if (s.equals("NA")) return StringVector.NA;
        String hex = s.substring(1);
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        return new String(b, StandardCharsets.UTF_8);
    }

    static String write(SEXP x) {
        List<String> out = new ArrayList<>();
        write(x, out);
        return String.join(" ", out);
    }

    private static void write(SEXP x, List<String> out) {
        if (x == Null.NULL) {
            out.add("N");
            return;
        }
        int n = x.length();
        switch (x.type()) {
            case LOGICAL: {
                out.add("l");
                out.add(Integer.toString(n));
                LogicalVector v = (LogicalVector) x;
                for (int i = 0; i < n; i++) out.add(v.get(i) == LogicalVector.NA ? "NA" : v.get(i) != 0 ? "T" : "F");
                break;
            }
            case INTEGER: {
                out.add("i");
                out.add(Integer.toString(n));
                IntVector v = (IntVector) x;
                for (int i = 0; i < n; i++) out.add(v.get(i) == IntVector.NA ? "NA" : Integer.toString(v.get(i)));
                break;
            }
            case DOUBLE: {
                out.add("d");
                out.add(Integer.toString(n));
                DoubleVector v = (DoubleVector) x;
                for (int i = 0; i < n; i++) out.add(writeDouble(v.get(i)));
                break;
            }
            case COMPLEX: {
                out.add("z");
                out.add(Integer.toString(n));
                ComplexVector v = (ComplexVector) x;
                for (int i = 0; i < n; i++) {
                    out.add(writeDouble(v.re(i)));
                    out.add(writeDouble(v.im(i)));
                }
                break;
            }
            case CHARACTER: {
                out.add("s");
                out.add(Integer.toString(n));
                StringVector v = (StringVector) x;
                for (int i = 0; i < n; i++) out.add(writeString(v.get(i)));
                break;
            }
            case RAW: {
                out.add("r");
                out.add(Integer.toString(n));
                RawVector v = (RawVector) x;
                for (int i = 0; i < n; i++) out.add(String.format("%02x", v.get(i) & 0xFF));
                break;
            }
            case LIST: {
                out.add("L");
                out.add(Integer.toString(n));
                ListVector v = (ListVector) x;
                for (int i = 0; i < n; i++) write(v.get(i), out);
                break;
            }
            default: throw new IllegalArgumentException("cannot dump " + x.typeName());
        }
        out.add("A");
        Attributes a = x.attributes();
        int na = a == null ? 0 : a.size();
        out.add(Integer.toString(na));
        for (int i = 0; i < na; i++) {
            out.add(writeString(a.name(i)));
            write(a.value(i), out);
        }
    }

    private static String writeString(String s) {
        if (s == StringVector.NA) return "NA";
        StringBuilder sb = new StringBuilder("s");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) sb.append(String.format("%02x", b & 0xFF));
        return sb.toString();
    }

    /** C's printf("%a"), as GNU R's sprintf("%a") writes it. */
    static String writeDouble(double d) {
        if (DoubleVector.isNA(d)) return "NA";
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Inf" : "-Inf";
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        int exp = (int) ((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0 && mant == 0) return sign + "0x0p+0";
        String lead = exp == 0 ? "0" : "1";
        int e = exp == 0 ? -1022 : exp - 1023;
        String hex = String.format("%013x", mant).replaceAll("0+$", "");
        return sign + "0x" + lead + (hex.isEmpty() ? "" : "." + hex) + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }
}
