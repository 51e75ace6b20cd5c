package org.rlambda.print;

import org.rlambda.format.ComplexFormat;
import org.rlambda.format.ComplexFormatter;
import org.rlambda.format.IntegerFormatter;
import org.rlambda.format.Justify;
import org.rlambda.format.Pad;
import org.rlambda.format.RealFormatter;
import org.rlambda.format.StringEncoder;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * print.default for atomic vectors, exactly as GNU R lays them out: {@code [1]} index labels,
 * names above values, matrices and arrays (via {@link MatrixPrinter}). Attributes other than
 * names/dim/dimnames are not printed here; the interpreter prints them afterwards
 * ({@link #printedAttributes}) because they may be arbitrary R objects.
 */
public final class VectorPrinter {
    private VectorPrinter() {}

    /** Prints an atomic vector (logical, integer, double, complex, character, raw) with its
     * names/dim/dimnames, ending with a newline. */
    public static void print(Vector x, PrintOptions o, StringBuilder out) {
        int[] dim = x.dim();
        if (dim != null) {
            SEXP dn = x.getAttribute("dimnames");
            ListVector dimnames = dn instanceof ListVector ? (ListVector) dn : null;
            if (dim.length == 1) {
                if (dimnames != null && dimnames.get(0) instanceof StringVector) {
                    StringVector dnn = dimnames.names();
                    String title = dnn == null ? null : dnn.get(0);
                    printNamed(x, (StringVector) dimnames.get(0), o, title, out);
                } else {
                    printPlain(x, o, out);
                }
            } else if (dim.length == 2) {
                MatrixPrinter.printMatrix(x, dim, dimnames, o, o.right, out);
            } else {
                MatrixPrinter.printArray(x, dim, dimnames, o, out);
            }
            return;
        }
        StringVector names = x.names();
        if (names != null) printNamed(x, names, o, null, out);
        else printPlain(x, o, out);
    }

    public static String toString(Vector x, PrintOptions o) {
        StringBuilder sb = new StringBuilder();
        print(x, o, sb);
        return sb.toString();
    }

    /** "numeric(0)" etc.: what print() shows for a zero-length vector of x's type. */
    public static String emptyName(Vector x) {
        switch (x.type()) {
            case LOGICAL: return "logical(0)";
            case INTEGER: return "integer(0)";
            case DOUBLE: return "numeric(0)";
            case COMPLEX: return "complex(0)";
            case CHARACTER: return "character(0)";
            case RAW: return "raw(0)";
            default: return "list()";
        }
    }

    /** The "[i]" label right-aligned in {@code labwidth} columns (VectorIndex). */
    static void index(StringBuilder out, long i, int labwidth) {
        out.append(Pad.spaces(labwidth - IntegerFormatter.indexWidth(i) - 2)).append('[').append(i).append(']');
    }

    /** printVector: elements in rows of at most {@code o.width} columns, each row led by an index label. */
    public static void printPlain(Vector x, PrintOptions o, StringBuilder out) {
        int n = x.length();
        if (n == 0) {
            out.append(emptyName(x)).append('\n');
            return;
        }
        int npr = n <= o.max + 1 ? n : o.max;
        boolean isString = x instanceof StringVector;
        Justify just = o.right ? Justify.RIGHT : Justify.LEFT;
        Cells cells = Cells.of(x, 0, npr, o, o.quote, just);
        int w = cells.width();
        int labwidth = IntegerFormatter.indexWidth(npr) + 2;
        index(out, 1, labwidth);
        int width = labwidth;
        for (int i = 0; i < npr; i++) {
            if (i > 0 && width + w + o.gap > o.width) {
                out.append('\n');
                index(out, i + 1, labwidth);
                width = labwidth;
            }
            if (isString) out.append(Pad.spaces(o.gap)).append(cells.encode(i, w));
            else out.append(cells.encode(i, w + o.gap));
            width += w + o.gap;
        }
        out.append('\n');
        if (npr < n) omitted(out, n - npr);
    }

    static void omitted(StringBuilder out, long k) {
        out.append(" [ reached getOption(\"max.print\") -- omitted ").append(k).append(" entries ]\n");
    }

    /** printNamedVector: rows of right-aligned names over right-aligned values. */
    public static void printNamed(Vector x, StringVector names, PrintOptions o, String title, StringBuilder out) {
        if (title != null) out.append(title).append('\n');
        int n = x.length();
        if (n == 0) {
            out.append("named ").append(emptyName(x)).append('\n');
            return;
        }
        int npr = n <= o.max + 1 ? n : o.max;
        String[] nm = names.values();
        int wn = StringEncoder.commonWidth(nm, 0, npr, (char) 0, o.naWidthNoquote());
        boolean complex = x instanceof ComplexVector;
        Cells cells = complex ? null : Cells.of(x, 0, npr, o, o.quote, Justify.RIGHT);
        ComplexFormat cf = null;
        int w;
        if (complex) {
            ComplexVector c = (ComplexVector) x;
            cf = ComplexFormatter.format(c.reValues(), c.imValues(), 0, npr, o.digits, 0, o.scipen, o.naWidth());
            w = cf.width();
        } else {
            w = cells.width();
        }
        if (w < wn) w = wn;
        int perLine = o.width / (w + o.gap);
        if (perLine <= 0) perLine = 1;
        int lines = (npr + perLine - 1) / perLine;
        String gap = Pad.spaces(o.gap);
        for (int i = 0; i < lines; i++) {
            if (i > 0) out.append('\n');
            for (int j = 0; j < perLine && i * perLine + j < npr; j++) {
                int k = i * perLine + j;
                out.append(StringEncoder.encode(nm[k], w, (char) 0, Justify.RIGHT, o.naStringNoquote())).append(gap);
            }
            out.append('\n');
            for (int j = 0; j < perLine && i * perLine + j < npr; j++) {
                int k = i * perLine + j;
                if (complex) namedComplex((ComplexVector) x, k, j, w, cf, o, out);
                else out.append(cells.encode(k, w)).append(gap);
            }
        }
        out.append('\n');
        if (npr < n) omitted(out, n - npr);
    }

    /** Named complex elements are printed part by part, without signif() rounding and with the
     * gap before (not after) each element: GNU R's own special case, kept for identical output. */
    private static void namedComplex(ComplexVector x, int k, int j, int w, ComplexFormat f, PrintOptions o,
                                     StringBuilder out) {
        double re = x.re(k), im = x.im(k);
        if (j > 0) out.append(Pad.spaces(o.gap));
        if (DoubleVector.isNA(re) || DoubleVector.isNA(im)) {
            out.append(Pad.left(o.naString(), w));
            return;
        }
        out.append(RealFormatter.encode(re, f.wr(), f.dr(), f.er(), o.naString(), "."));
        if (Double.isNaN(im)) out.append("+NaNi");
        else if (im >= 0) out.append('+').append(RealFormatter.encode(im, f.wi(), f.di(), f.ei(), o.naString(), ".")).append('i');
        else out.append('-').append(RealFormatter.encode(-im, f.wi(), f.di(), f.ei(), o.naString(), ".")).append('i');
    }

    /**
     * Names of the attributes print.default shows after the value as {@code attr(,"name")}:
     * everything except names (unless x is an array), dim/dimnames of arrays, levels and class
     * of factors, comment and srcref-like attributes.
     */
    public static java.util.List<String> printedAttributes(SEXP x) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (x.attributes() == null) return out;
        boolean isArray = x.getAttribute("dim") != null;
        boolean isFactor = x.inherits("factor");
        boolean isFrame = x.inherits("data.frame");
        for (int i = 0; i < x.attributes().size(); i++) {
            String a = x.attributes().name(i);
            if (isArray && (a.equals("dim") || a.equals("dimnames"))) continue;
            if (isFactor && (a.equals("levels") || a.equals("class"))) continue;
            if (isFrame && a.equals("row.names")) continue;
            if (!isArray && a.equals("names")) continue;
            if (a.equals("comment") || a.equals("srcref") || a.equals("wholeSrcref") || a.equals("srcfile")) continue;
            out.add(a);
        }
        return out;
    }
}
