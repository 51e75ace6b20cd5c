package org.rlambda.jsonlite;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.rlambda.format.Format;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * R values to JSON text with jsonlite's rules ({@code toJSON}). Mirrors jsonlite's per-class
 * methods: each produces a character vector of JSON fragments (one per element when called with
 * {@code collapse = FALSE}, as data frames do for their columns) and the caller joins them. The
 * option flow between methods (which arguments a method consumes and which it passes on) follows
 * jsonlite's, because it decides e.g. that NA fields are left out of data frame rows but written
 * as "NA" strings in columns.
 */
public final class RToJson {
    private static final int NO_INDENT = Integer.MIN_VALUE;

    private final ToJsonOptions o;

    private RToJson(ToJsonOptions options) { this.o = options; }

    /** {@code toJSON(x, ...)} as a Java string. */
    public static String serialize(SEXP value, ToJsonOptions options) {
        RToJson w = new RToJson(options);
        Args a = new Args();
        a.na = options.na;
        a.autoUnbox = options.autoUnbox;
        a.indent = options.pretty ? 0 : NO_INDENT;
        a.keepVecNames = options.keepVecNames;
        a.alwaysDecimal = options.alwaysDecimal;
        a.digits = options.digits;
        a.signif = options.digitsSignificant;
        String[] out = w.asJSON(value, a);
        String text = out.length == 1 ? out[0] : String.join("", out);
        if (options.prettyIndent != null) {
            double n = options.prettyIndent;
            if (Double.isNaN(n) || n < 0) throw new JsonliteException("invalid 'times' argument");
            text = Reformatter.prettify(text, (int) n);
        }
        return text;
    }

    /** {@code toJSON(x, ...)} as R returns it: a character vector of class "json". */
    public static StringVector toJSON(SEXP value, ToJsonOptions options) {
        return jsonValue(serialize(value, options));
    }

    /** A string as an R value of class "json" (what toJSON, prettify and minify return). */
    public static StringVector jsonValue(String text) {
        StringVector v = StringVector.of(text);
        v.setAttributeRaw("class", StringVector.of("json"));
        return v;
    }

    /** What {@code print.json} writes: {@code cat(x, "\n")}, i.e. the text, a space and a newline. */
    public static String printText(StringVector json) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < json.length(); i++) sb.append(json.isNA(i) ? "NA" : json.get(i)).append(' ');
        return sb.append('\n').toString();
    }

    /** The arguments jsonlite's methods hand each other (the per-call ones; the rest are in the options). */
    private static final class Args implements Cloneable {
        boolean collapse = true;
        String na;        // null (method default), "null", "string" or "NA" (leave out)
        String oldna;
        boolean isDf;
        boolean autoUnbox;
        int indent = NO_INDENT;
        boolean keepVecNames;
        boolean alwaysDecimal;
        int digits;
        boolean signif;

        Args copy() {
            try {
                return (Args) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        Args collapse(boolean c) { Args a = copy(); a.collapse = c; return a; }
    }

    private static int increment(int indent) { return indent == NO_INDENT ? NO_INDENT : indent + 2; }

    // ---------------------------------------------------------------- dispatch

    private static final List<String> METHOD_CLASSES = Arrays.asList(
            "data.frame", "factor", "Date", "POSIXt", "AsIs", "scalar", "json", "ts", "ITime", "hms",
            "list", "numeric", "integer", "double", "character", "logical", "complex", "raw", "NULL",
            "matrix", "array", "pairlist");

    private String[] asJSON(SEXP x, Args a) {
        if (x == Null.NULL) return one(o.nullValue.equals("null") ? "null" : "{}");
        StringVector cls = x.classAttribute();
        if (cls != null && cls.length() > 0) {
            String first = cls.get(0);
            if (METHOD_CLASSES.contains(first)) return classMethod(first, x, a);
            if (cls.length() > 1) return asJSON(withClass(x, Arrays.copyOfRange(cls.values(), 1, cls.length())), a);
            return noMethod(x, first, a);
        }
        return implicitMethod(x, a);
    }

    /** jsonlite's ANY method for a value with one class that has no method. */
    private String[] noMethod(SEXP x, String cls, Args a) {
        if (o.force) {
            SEXP bare = unclass(x);
            String implicit = implicitClass(bare);
            if (METHOD_CLASSES.contains(implicit) && !implicit.equals("integer")) return asJSON(bare, a);
            return one("{}");
        }
        throw new JsonliteException("No method asJSON S3 class: " + cls);
    }

    private String[] classMethod(String cls, SEXP x, Args a) {
        switch (cls) {
            case "data.frame": return dataFrame((ListVector) x, a);
            case "factor": return factor(x, a);
            case "Date": return date(x, a);
            case "POSIXt": return posixt(x, a);
            case "AsIs": return asIs(x, a);
            case "scalar": return scalar(x, a);
            case "json": return json(x, a);
            case "ts": return asJSON(stripAttributes(x), a);
            default: return implicitMethod(x, a);
        }
    }

    private String[] implicitMethod(SEXP x, Args a) {
        if (x instanceof Vector && ((Vector) x).isAtomic()) {
            int[] dim = ((Vector) x).dim();
            if (dim != null) return array((Vector) x, dim, a);
        }
        switch (x.type()) {
            case NULL: return one(o.nullValue.equals("null") ? "null" : "{}");
            case LOGICAL: return logical((LogicalVector) x, a);
            case INTEGER:
            case DOUBLE: return numeric((Vector) x, a);
            case CHARACTER: return character((StringVector) x, a);
            case COMPLEX: return complex((ComplexVector) x, a);
            case RAW: return raw((RawVector) x, a);
            case LIST: return list((ListVector) x, a);
            case PAIRLIST: return list(pairlistAsList((PairList) x), a);
            // jsonlite's method for functions (fun = "source"): the deparsed source as strings
            case CLOSURE: return asJSON(new StringVector(org.rlambda.parse.Deparser.deparse(x, 60).toArray(new String[0])),
                    a.collapse(true));
            default: return noMethod(x, implicitClass(x), a);
        }
    }

    private static String implicitClass(SEXP x) {
        if (x instanceof Vector && ((Vector) x).dim() != null) return ((Vector) x).dim().length == 2 ? "matrix" : "array";
        switch (x.type()) {
            case DOUBLE: return "numeric";
            case SYMBOL: return "name";
            case LANGUAGE: return "call";
            case CLOSURE:
            case BUILTIN:
            case SPECIAL: return "function";
            default: return x.typeName();
        }
    }

    // ---------------------------------------------------------------- value helpers

    private static String[] one(String s) { return new String[] {s}; }

    private static SEXP withClass(SEXP x, String[] cls) {
        SEXP y = x instanceof Vector ? ((Vector) x).copy() : x;
        y.setAttributeRaw("class", cls.length == 0 ? null : new StringVector(cls));
        return y;
    }

    private static SEXP unclass(SEXP x) {
        if (!(x instanceof Vector) || x.getAttribute("class") == null) return x;
        Vector y = ((Vector) x).copy();
        y.setAttributeRaw("class", null);
        return y;
    }

    private static Vector stripAttributes(SEXP x) {
        Vector y = ((Vector) x).copy();
        y.setAttributes(null);
        return y;
    }

    private static ListVector pairlistAsList(PairList p) {
        ListVector l = new ListVector(p.values().clone());
        boolean named = false;
        String[] tags = new String[p.length()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = p.tag(i);
            if (!tags[i].isEmpty()) named = true;
        }
        if (named) l.setAttributeRaw("names", new StringVector(tags));
        return l;
    }

    /** as.list() of an atomic vector: length-one elements, names kept. */
    private static ListVector asList(Vector x) {
        SEXP[] elements = new SEXP[x.length()];
        for (int i = 0; i < elements.length; i++) elements[i] = x.element(i);
        ListVector l = new ListVector(elements);
        StringVector names = x.names();
        if (names != null) l.setAttributeRaw("names", names);
        return l;
    }

    private static boolean hasNames(SEXP x) { return x.getAttribute("names") != null; }

    // ---------------------------------------------------------------- collapsing

    private static String text(String s) { return s == StringVector.NA ? "NA" : s; }

    /** An array of atomic values: "[a,b]", or "[a, b]" when pretty. */
    private static String collapseInner(String[] v, int indent) {
        StringBuilder sb = new StringBuilder().append('[');
        String sep = indent == NO_INDENT ? "," : ", ";
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(sep);
            sb.append(text(v[i]));
        }
        return sb.append(']').toString();
    }

    /** An array of containers: "[a,b]", or one element per line when pretty. */
    private static String collapseOuter(String[] v, int indent) {
        if (indent == NO_INDENT) return collapseInner(v, indent);
        if (v.length == 0) return "[]";
        StringBuilder sb = new StringBuilder().append('[');
        String pad = " ".repeat(indent + 2);
        for (int i = 0; i < v.length; i++) {
            sb.append('\n').append(pad).append(text(v[i]));
            if (i < v.length - 1) sb.append(',');
        }
        return sb.append('\n').append(" ".repeat(indent)).append(']').toString();
    }

    /** An object; members whose value is NA are left out. */
    private static String collapseObject(String[] keys, String[] values, int indent) {
        StringBuilder sb = new StringBuilder().append('{');
        boolean first = true;
        if (indent == NO_INDENT) {
            for (int i = 0; i < keys.length; i++) {
                if (values[i] == StringVector.NA) continue;
                if (!first) sb.append(',');
                first = false;
                sb.append(keys[i]).append(':').append(values[i]);
            }
            return sb.append('}').toString();
        }
        String pad = " ".repeat(indent + 2);
        for (int i = 0; i < keys.length; i++) {
            if (values[i] == StringVector.NA) continue;
            if (!first) sb.append(',');
            first = false;
            sb.append('\n').append(pad).append(keys[i]).append(": ").append(values[i]);
        }
        if (!first) sb.append('\n').append(" ".repeat(indent));
        return sb.append('}').toString();
    }

    /** jsonlite's cleannames: empty or NA names become their position, optional "." to "_", then make.unique. */
    private String[] objectKeys(StringVector names) {
        String[] n = new String[names.length()];
        for (int i = 0; i < n.length; i++) {
            String s = names.get(i);
            if (s == StringVector.NA || s.isEmpty()) s = Integer.toString(i + 1);
            if (o.noDots) s = s.replace('.', '_');
            n[i] = s;
        }
        n = RValues.makeUnique(n);
        for (int i = 0; i < n.length; i++) n[i] = JsonText.quote(n[i]);
        return n;
    }

    /** The end of every atomic method: unbox, collapse into an array, or hand back the elements. */
    private static String[] finish(String[] tmp, Args a) {
        if (a.autoUnbox && tmp.length == 1) return tmp;
        if (a.collapse) return one(collapseInner(tmp, a.indent));
        return tmp;
    }

    // ---------------------------------------------------------------- atomic methods

    private String[] keepNames(Vector x, Args a, boolean numeric) {
        Args b = a.copy();
        b.autoUnbox = true;
        b.indent = NO_INDENT;
        b.keepVecNames = false;
        if (numeric) b.alwaysDecimal = false;
        return list(asList(x), b);
    }

    private String[] numeric(Vector x, Args a) {
        if (a.keepVecNames && hasNames(x)) return keepNames(x, a, true);
        NumberText.Missing na = missing(a.na, NumberText.Missing.STRING);
        String[] tmp = new String[x.length()];
        if (x instanceof IntVector) {
            IntVector v = (IntVector) x;
            for (int i = 0; i < tmp.length; i++) tmp[i] = NumberText.integer(v.get(i), na);
        } else {
            DoubleVector v = (DoubleVector) x;
            for (int i = 0; i < tmp.length; i++) tmp[i] = NumberText.real(v.get(i), a.digits, a.signif, a.alwaysDecimal, na);
        }
        return finish(tmp, a);
    }

    private static NumberText.Missing missing(String na, NumberText.Missing dflt) {
        if (na == null) return dflt;
        switch (na) {
            case "string": return NumberText.Missing.STRING;
            case "null": return NumberText.Missing.NULL;
            default: return NumberText.Missing.NA;
        }
    }

    private static String naText(String na) {
        if (na == null || na.equals("null")) return "null";
        if (na.equals("string")) return "\"NA\"";
        return StringVector.NA;
    }

    private String[] logical(LogicalVector x, Args a) {
        if (a.keepVecNames && hasNames(x)) return keepNames(x, a, false);
        String[] tmp = new String[x.length()];
        String na = naText(a.na);
        for (int i = 0; i < tmp.length; i++) {
            int b = x.get(i);
            tmp[i] = b == LogicalVector.NA ? na : b != 0 ? "true" : "false";
        }
        return finish(tmp, a);
    }

    private String[] character(StringVector x, Args a) {
        if (a.keepVecNames && hasNames(x)) return keepNames(x, a, false);
        String[] tmp = new String[x.length()];
        String na = naText(a.na);
        for (int i = 0; i < tmp.length; i++) {
            String s = x.get(i);
            tmp[i] = s == StringVector.NA ? na : JsonText.quote(s);
        }
        return finish(tmp, a);
    }

    private String[] complex(ComplexVector x, Args a) {
        String na = a.na == null ? "string" : a.na;
        if (o.complex.equals("string")) {
            String[] s = new String[x.length()];
            for (int i = 0; i < s.length; i++) {
                boolean finite = Double.isFinite(x.re(i)) && Double.isFinite(x.im(i));
                if (!finite && (na.equals("null") || na.equals("NA"))) s[i] = StringVector.NA;
                else s[i] = formatComplex(x.re(i), x.im(i), a.digits);
            }
            Args b = a.copy();
            b.na = na;
            return character(new StringVector(s), b);
        }
        if (na.equals("NA")) na = a.oldna;
        double[] re = new double[x.length()];
        double[] im = new double[x.length()];
        for (int i = 0; i < re.length; i++) {
            re[i] = x.re(i);
            im[i] = x.im(i);
        }
        ListVector parts = ListVector.of(new DoubleVector(re), new DoubleVector(im));
        parts.setAttributeRaw("names", StringVector.of("real", "imaginary"));
        Args b = a.copy();
        b.na = na;
        b.collapse = true;
        return list(parts, b);
    }

    /** {@code prettyNum(z, digits)} of one element: R's format() of that complex number alone. */
    private static String formatComplex(double re, double im, int digits) {
        Format.Options fo = new Format.Options();
        fo.digits = digits == NumberText.DIGITS_NA ? 15 : Math.max(1, Math.min(22, digits));
        fo.trim = true;
        return Format.format(new ComplexVector(new double[] {re}, new double[] {im}), fo)[0];
    }

    private String[] raw(RawVector x, Args a) {
        byte[] bytes = x.values();
        switch (o.raw) {
            case "mongo": {
                ListVector l = ListVector.of(scalarString(Base64.getEncoder().encodeToString(bytes)), scalarString("5"));
                l.setAttributeRaw("names", StringVector.of("$binary", "$type"));
                Args b = new Args();
                b.digits = a.digits;
                b.signif = a.signif;
                return list(l, b);
            }
            case "hex": {
                String[] hex = new String[bytes.length];
                for (int i = 0; i < hex.length; i++) hex[i] = Integer.toHexString(bytes[i] & 0xFF);
                return character(new StringVector(hex), a);
            }
            case "int": {
                int[] ints = new int[bytes.length];
                for (int i = 0; i < ints.length; i++) ints[i] = bytes[i] & 0xFF;
                return numeric(new IntVector(ints), a);
            }
            case "js": {
                int[] ints = new int[bytes.length];
                for (int i = 0; i < ints.length; i++) ints[i] = bytes[i] & 0xFF;
                Args b = new Args();
                return one("(new Uint8Array(" + numeric(new IntVector(ints), b)[0] + "))");
            }
            default:
                return character(StringVector.of(Base64.getEncoder().encodeToString(bytes)), a);
        }
    }

    private static StringVector scalarString(String s) {
        StringVector v = StringVector.of(s);
        v.setAttributeRaw("class", StringVector.of("scalar", "character"));
        return v;
    }

    // ---------------------------------------------------------------- classed atomic values

    private String[] factor(SEXP x, Args a) {
        Vector codes = (Vector) x;
        if (o.factor.equals("integer")) {
            Args b = a.copy();
            b.keepVecNames = false;
            return asJSON(unclass(x), b);
        }
        SEXP levels = x.getAttribute("levels");
        String[] s = new String[codes.length()];
        for (int i = 0; i < s.length; i++) {
            int k = codes instanceof IntVector ? ((IntVector) codes).get(i) : IntVector.NA;
            s[i] = k == IntVector.NA || !(levels instanceof StringVector) || k < 1 || k > levels.length()
                    ? StringVector.NA : ((StringVector) levels).get(k - 1);
        }
        StringVector xc = new StringVector(s);
        if (a.keepVecNames && hasNames(x)) xc.setAttributeRaw("names", x.getAttribute("names"));
        return asJSON(xc, a);
    }

    private String[] date(SEXP x, Args a) {
        Args b = a.copy();
        b.alwaysDecimal = false;
        if (o.date.equals("epoch")) return asJSON(unclass(x), b);
        StringVector s = new StringVector(IsoDates.formatDates((Vector) x));
        if (hasNames(x)) s.setAttributeRaw("names", x.getAttribute("names"));
        return asJSON(s, b);
    }

    private String[] posixt(SEXP x, Args a) {
        if (!(x instanceof DoubleVector || x instanceof IntVector)) {
            throw new JsonliteException("POSIXlt values are not supported; use as.POSIXct()");
        }
        Vector v = (Vector) x;
        switch (o.posixt) {
            case "mongo": return posixMongo(v, a);
            case "epoch": {
                double[] ms = new double[v.length()];
                for (int i = 0; i < ms.length; i++) ms[i] = Math.floor(IsoDates.number(v, i) * 1000);
                DoubleVector d = new DoubleVector(ms);
                if (hasNames(x)) d.setAttributeRaw("names", x.getAttribute("names"));
                Args b = a.copy();
                b.alwaysDecimal = false;
                return asJSON(d, b);
            }
            default: {
                String pattern = o.timeFormat;
                if (pattern == null) {
                    pattern = o.posixt.equals("string") ? "" : o.utc ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%dT%H:%M:%S";
                }
                ZoneId zone = o.utc ? ZoneOffset.UTC : IsoDates.zoneOf(x);
                StringVector s = new StringVector(IsoDates.formatTimes(v, pattern, zone));
                if (hasNames(x)) s.setAttributeRaw("names", x.getAttribute("names"));
                return asJSON(s, a);
            }
        }
    }

    private String[] posixMongo(Vector v, Args a) {
        int n = v.length();
        String[] tmp = new String[n];
        Args cell = a.copy();
        cell.indent = NO_INDENT;
        String na = character(StringVector.of(StringVector.NA), cell.collapse(false))[0];
        String key = JsonText.quote("$date");
        for (int i = 0; i < n; i++) {
            double s = IsoDates.number(v, i);
            if (Double.isNaN(s)) {
                tmp[i] = na;
            } else {
                String ms = NumberText.real(Math.floor(s * 1000), NumberText.DIGITS_NA, false, false, NumberText.Missing.STRING);
                tmp[i] = "{" + key + ":" + ms + "}";
            }
        }
        if (a.collapse) return one(collapseOuter(tmp, a.indent));
        return tmp;
    }

    private String[] asIs(SEXP x, Args a) {
        StringVector cls = x.classAttribute();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < cls.length(); i++) if (!cls.get(i).equals("AsIs")) rest.add(cls.get(i));
        SEXP y = withClass(x, rest.toArray(new String[0]));
        Args b = a;
        if (RValues.isAtomic(y) && y.length() == 1) {
            b = a.copy();
            b.autoUnbox = false;
        }
        return asJSON(y, b);
    }

    private String[] scalar(SEXP x, Args a) {
        StringVector cls = x.classAttribute();
        SEXP y = cls.length() > 1 ? withClass(x, Arrays.copyOfRange(cls.values(), 1, cls.length())) : unclass(x);
        return asJSON(y, a.collapse(false));
    }

    private String[] json(SEXP x, Args a) {
        if (o.jsonVerbatim) return ((StringVector) x).values().clone();
        return asJSON(stripAttributes(x), a);
    }

    // ---------------------------------------------------------------- lists

    private String[] list(ListVector x, Args a) {
        if (a.collapse && a.indent == NO_INDENT) {
            StringBuilder sb = new StringBuilder();
            appendList(sb, x, a);
            return one(sb.toString());
        }
        String na = "NA".equals(a.na) ? a.oldna : a.na;
        int n = x.length();
        String[] tmp = new String[n];
        for (int i = 0; i < n; i++) {
            SEXP y = x.get(i);
            Args b = a.copy();
            b.collapse = true;
            b.na = na;
            b.oldna = null;
            b.isDf = false;
            b.indent = increment(a.indent);
            if (a.isDf && a.autoUnbox) b.autoUnbox = y instanceof ListVector;
            tmp[i] = asJSON(y, b)[0];
        }
        StringVector names = RValues.names(x);
        if (names != null) return one(collapseObject(objectKeys(names), tmp, a.indent));
        if (a.collapse) return one(collapseOuter(tmp, a.indent));
        return tmp;
    }

    /**
     * {@link #list} collapsed without indentation, written into one builder: a list nested in a
     * list is appended in place instead of being built as a string and copied into its parent's,
     * so the time is linear in the output however deep the nesting.
     */
    private void appendList(StringBuilder sb, ListVector x, Args a) {
        String na = "NA".equals(a.na) ? a.oldna : a.na;
        StringVector names = RValues.names(x);
        String[] keys = names != null ? objectKeys(names) : null;
        sb.append(keys != null ? '{' : '[');
        boolean first = true;
        for (int i = 0; i < x.length(); i++) {
            SEXP y = x.get(i);
            Args b = a.copy();
            b.collapse = true;
            b.na = na;
            b.oldna = null;
            b.isDf = false;
            if (a.isDf && a.autoUnbox) b.autoUnbox = y instanceof ListVector;
            boolean nested = y instanceof ListVector && y.type() == org.rlambda.sexp.SexpType.LIST
                    && (y.classAttribute() == null || y.classAttribute().length() == 0);
            String value = nested ? null : asJSON(y, b)[0];
            if (keys != null && !nested && value == StringVector.NA) continue;   // members whose value is NA are left out
            if (!first) sb.append(',');
            first = false;
            if (keys != null) sb.append(keys[i]).append(':');
            if (nested) appendList(sb, (ListVector) y, b);
            else sb.append(keys != null ? value : text(value));
        }
        sb.append(keys != null ? '}' : ']');
    }

    // ---------------------------------------------------------------- data frames

    private static int rowCount(ListVector df) {
        SEXP rn = df.getAttribute("row.names");
        if (rn instanceof IntVector && rn.length() == 2 && ((IntVector) rn).get(0) == IntVector.NA) {
            return Math.abs(((IntVector) rn).get(1));
        }
        if (rn != null) return rn.length();
        return df.length() == 0 ? 0 : df.get(0).length();
    }

    /** attr(x, "row.names") as R returns it: compact integer row names expanded. */
    private static Vector rowNames(ListVector df) {
        SEXP rn = df.getAttribute("row.names");
        if (rn instanceof IntVector && rn.length() == 2 && ((IntVector) rn).get(0) == IntVector.NA) {
            return IntVector.sequence(1, 1, Math.abs(((IntVector) rn).get(1)));
        }
        return (Vector) rn;
    }

    private static boolean hasTextRowNames(ListVector df) {
        SEXP rn = df.getAttribute("row.names");
        if (!(rn instanceof StringVector)) return false;
        StringVector s = (StringVector) rn;
        for (int i = 0; i < s.length(); i++) {
            String r = s.get(i);
            if (r == StringVector.NA || !r.matches("\\d+")) return true;
        }
        return false;
    }

    private String[] dataFrame(ListVector x, Args a) {
        int nrow = rowCount(x);
        StringVector names = RValues.names(x);
        boolean hasNames = names != null && names.length() == x.length();
        List<String> colNames = new ArrayList<>();
        List<SEXP> cols = new ArrayList<>();
        for (int j = 0; j < x.length(); j++) {
            colNames.add(names != null ? names.get(j) : "");
            SEXP col = x.get(j);
            // named list columns are written as arrays
            if (col instanceof ListVector && !RValues.isDataFrame(col) && hasNames(col)) {
                col = ((ListVector) col).copy();
                col.setAttributeRaw("names", null);
            }
            cols.add(col);
        }
        boolean addRowNames = Boolean.TRUE.equals(o.rownames) || (o.rownames == null && hasTextRowNames(x));
        if (addRowNames && hasNames) {
            colNames.add("_row");
            cols.add(rowNames(x));
        }
        String[] keys = new String[colNames.size()];
        for (int j = 0; j < keys.length; j++) keys[j] = colNames.get(j);

        if (o.dataframe.equals("columns")) {
            ListVector l = new ListVector(cols.toArray(new SEXP[0]));
            if (names != null) l.setAttributeRaw("names", new StringVector(keys));
            Args b = a.copy();
            b.isDf = true;
            b.collapse = true;
            b.oldna = null;
            b.keepVecNames = false;
            return list(l, b);
        }
        String oldna = a.na == null || a.na.equals("NA") ? null : a.na;
        String na = a.na;
        if (o.dataframe.equals("rows") && hasNames && na == null) na = "NA";
        if (nrow == 0) return a.collapse ? one("[]") : new String[0];

        int ncol = cols.size();
        String[][] out = new String[ncol][];
        for (int j = 0; j < ncol; j++) {
            SEXP col = cols.get(j);
            if (col instanceof RawVector) {
                byte[] bytes = ((RawVector) col).values();
                String[] hex = new String[bytes.length];
                for (int i = 0; i < hex.length; i++) hex[i] = Integer.toHexString(bytes[i] & 0xFF);
                col = new StringVector(hex);
            } else if (col instanceof ComplexVector && o.complex.equals("list")) {
                col = complexFrame((ComplexVector) col);
            }
            Args b = a.copy();
            b.collapse = false;
            b.na = na;
            b.oldna = oldna;
            b.indent = increment(a.indent);
            b.keepVecNames = false;
            b.isDf = false;
            out[j] = asJSON(col, b);
            if (out[j].length != nrow) {
                throw new JsonliteException("values must be length " + nrow + ",\n but FUN(X[[" + (j + 1) + "]]) result is length " + out[j].length);
            }
        }
        String[] rows = new String[nrow];
        boolean records = o.dataframe.equals("rows") && hasNames;
        String[] quotedKeys = records ? objectKeys(new StringVector(keys)) : null;
        for (int i = 0; i < nrow; i++) {
            String[] cells = new String[ncol];
            for (int j = 0; j < ncol; j++) cells[j] = out[j][i];
            rows[i] = records ? collapseObject(quotedKeys, cells, increment(a.indent)) : collapseInner(cells, a.indent);
        }
        if (a.collapse) return one(collapseOuter(rows, a.indent));
        return rows;
    }

    private static ListVector complexFrame(ComplexVector c) {
        int n = c.length();
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = c.re(i);
            im[i] = c.im(i);
        }
        ListVector df = ListVector.of(new DoubleVector(re), new DoubleVector(im));
        df.setAttributeRaw("names", StringVector.of("real", "imaginary"));
        df.setAttributeRaw("class", StringVector.of("data.frame"));
        df.setAttributeRaw("row.names", RValues.compactRowNames(n));
        return df;
    }

    // ---------------------------------------------------------------- matrices and arrays

    private String[] array(Vector x, int[] dim, Args a) {
        String na = "NA".equals(a.na) ? a.oldna : a.na;
        boolean columnMajor = o.matrix.equals("columnmajor");
        Vector data = stripAttributes(x);
        if (dim.length < 2) {
            Args b = a.copy();
            b.na = na;
            b.indent = increment(a.indent);
            b.collapse = true;
            b.oldna = null;
            b.autoUnbox = false;
            b.keepVecNames = false;
            return asJSON(data, b);
        }
        if (columnMajor && !a.collapse) {
            // inside a data frame: one row-slice per row, each encoded as a whole
            String[] out = new String[dim[0]];
            Args b = a.copy();
            b.na = na;
            b.indent = increment(a.indent);
            b.collapse = true;
            b.oldna = null;
            b.autoUnbox = false;
            b.keepVecNames = false;
            for (int i = 0; i < dim[0]; i++) out[i] = asJSON(rowSlice(x, dim, i), b)[0];
            return out;
        }
        Args e = a.copy();
        e.collapse = false;
        e.na = na;
        e.oldna = null;
        e.autoUnbox = false;
        e.keepVecNames = false;
        e.indent = NO_INDENT;
        String[] m = asJSON(data, e);
        String[] tmp = columnMajor ? collapseColumnMajor(m, dim, a.indent) : collapseRowMajor(m, dim, a.indent);
        if (a.collapse) return one(collapseOuter(tmp, a.indent));
        return tmp;
    }

    /** x[i, , ...] as R's apply would hand it over: a vector, or an array of the remaining dims. */
    private static Vector rowSlice(Vector x, int[] dim, int i) {
        int rest = 1;
        for (int k = 1; k < dim.length; k++) rest *= dim[k];
        Vector out = x.alloc(rest);
        for (int j = 0; j < rest; j++) out.setFrom(j, x, i + dim[0] * j);
        if (dim.length > 2) out.setAttributeRaw("dim", new IntVector(Arrays.copyOfRange(dim, 1, dim.length)));
        return out;
    }

    private static int[] strides(int[] dim) {
        int[] s = new int[dim.length];
        int acc = 1;
        for (int k = 0; k < dim.length; k++) {
            s[k] = acc;
            acc *= dim[k];
        }
        return s;
    }

    /**
     * Row-major nesting: the JSON of each index of the first dimension, which is outermost; the
     * last dimension is innermost (an inline array) and the level of dimension k (0-based, 0 < k
     * < n-1) is laid out with indent + 2k, as jsonlite's apply() chain does.
     */
    private static String[] collapseRowMajor(String[] m, int[] dim, int indent) {
        int[] stride = strides(dim);
        String[] out = new String[dim[0]];
        for (int i = 0; i < dim[0]; i++) out[i] = rowMajorLevel(m, dim, stride, 1, i, indent);
        return out;
    }

    private static String rowMajorLevel(String[] m, int[] dim, int[] stride, int level, int offset, int indent) {
        String[] v = new String[dim[level]];
        if (level == dim.length - 1) {
            for (int j = 0; j < v.length; j++) v[j] = m[offset + j * stride[level]];
            return collapseInner(v, indent);
        }
        for (int j = 0; j < v.length; j++) v[j] = rowMajorLevel(m, dim, stride, level + 1, offset + j * stride[level], indent);
        return collapseOuter(v, indent == NO_INDENT ? NO_INDENT : indent + 2 * level);
    }

    /** Column-major nesting: the last dimension is outermost, the first innermost. */
    private static String[] collapseColumnMajor(String[] m, int[] dim, int indent) {
        int n = dim.length;
        int[] stride = strides(dim);
        String[] out = new String[dim[n - 1]];
        for (int i = 0; i < out.length; i++) out[i] = columnMajorLevel(m, dim, stride, n - 2, i * stride[n - 1], indent);
        return out;
    }

    private static String columnMajorLevel(String[] m, int[] dim, int[] stride, int level, int offset, int indent) {
        String[] v = new String[dim[level]];
        if (level == 0) {
            for (int j = 0; j < v.length; j++) v[j] = m[offset + j];
            return collapseInner(v, indent);
        }
        for (int j = 0; j < v.length; j++) v[j] = columnMajorLevel(m, dim, stride, level - 1, offset + j * stride[level], indent);
        return collapseOuter(v, indent == NO_INDENT ? NO_INDENT : indent + 2 * (dim.length - 1 - level));
    }

    // ---------------------------------------------------------------- unbox

    /** jsonlite's {@code unbox(x)}: marks a length-one vector or one-row data frame as a scalar. */
    public static SEXP unbox(SEXP x) {
        if (x == Null.NULL) return x;
        if (RValues.isDataFrame(x)) {
            int n = rowCount((ListVector) x);
            if (n == 1) return asScalar(x);
            throw new JsonliteException("Tried to unbox dataframe with " + n + " rows.");
        }
        if (x.length() == 1 && x.inherits("POSIXt")) return asScalar(x);
        int[] dim = x instanceof Vector ? ((Vector) x).dim() : null;
        if (!RValues.isAtomic(x) || (dim != null && dim.length > 1)) {
            throw new JsonliteException("Only atomic vectors of length 1 or data frames with 1 row can be unboxed.");
        }
        if (x.length() == 1) return asScalar(x);
        throw new JsonliteException("Tried to unbox a vector of length " + x.length());
    }

    private static SEXP asScalar(SEXP x) {
        StringVector cls = x.classAttribute();
        String[] old = cls != null ? cls.values() : new String[] {implicitClass(x)};
        String[] c = new String[old.length + 1];
        c[0] = "scalar";
        System.arraycopy(old, 0, c, 1, old.length);
        Vector y = ((Vector) x).copy();
        y.setAttributeRaw("class", new StringVector(c));
        return y;
    }
}
