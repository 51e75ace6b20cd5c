package org.rlambda.print;

import java.nio.charset.StandardCharsets;
import org.rlambda.base.Connections;
import org.rlambda.base.RArgs;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.format.AsCharacter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** print.default, print.factor and cat: the builtins behind R's printed output. */
public final class PrintBuiltins {
    private PrintBuiltins() { }

    public static void register(Builtins b) {
        b.add("print.default", "x, digits, quote, na.print, print.gap, right, max, width, useSource, ...",
                (in, call, a, rho) -> {
                    SEXP x = a[0] == null ? Null.NULL : a[0];
                    PrintOptions o = printOptions(in, call, a);
                    ValuePrinter.print(in, x, rho, o);
                    in.visible = false;
                    return x;
                });
        b.add("print.factor", "x, quote, max.levels, width, ...", (in, call, a, rho) -> {
            SEXP x = a[0];
            PrintOptions o = ValuePrinter.options(in).withQuote(RArgs.flag(in, call, a[1], false, "quote"));
            Integer maxLevels = RArgs.isNull(a[2]) ? null : RArgs.integer(a[2]);
            Integer width = RArgs.isNull(a[3]) ? null : RArgs.integer(a[3]);
            if (!(x instanceof Vector)) throw in.error(call, "invalid argument");
            StringBuilder sb = new StringBuilder();
            IntVector codes = codes((Vector) x);
            if (codes.length() == 0) {
                FactorPrinter.print(codes, o, maxLevels, width, sb);
            } else {
                // the labels print as a character vector would, with the factor's other attributes
                ValuePrinter.printValue(in, FactorPrinter.labels(codes), rho, o, "", sb);
                SEXP lv = codes.getAttribute("levels");
                FactorPrinter.printLevels(lv instanceof StringVector ? ((StringVector) lv).values() : new String[0],
                        codes.inherits("ordered"), o, maxLevels, width == null ? o.width : width, sb);
            }
            in.out.print(sb);
            in.visible = false;
            return x;
        });
        b.add("cat", "..., file, sep, fill, labels, append", PrintBuiltins::cat);
        b.add("print.table", "x, digits, quote, na.print, zero.print, right, justify, ...", PrintBuiltins::printTable);
        b.markClosureLike("print.default", "print.factor", "print.table");
    }

    /** print.table: counts formatted in common, NA shown as na.print, zero.print for zeros, no quotes. */
    private static SEXP printTable(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0];
        if (!(x instanceof Vector) || !((Vector) x).isAtomic()) {
            SEXP pd = in.findFunction(Symbol.get("print.default"), in.baseEnv);
            return in.callFunction(pd, new SEXP[] {x}, null, rho, call);
        }
        Vector v = (Vector) x;
        int[] dim = v.dim();
        if (dim != null) {
            for (int d : dim) {
                if (d == 0) {
                    StringBuilder sb = new StringBuilder("< table of extent");
                    for (int k = 0; k < dim.length; k++) sb.append(k == 0 ? " " : " x ").append(dim[k]);
                    in.out.print(sb.append(" >\n"));
                    in.visible = false;
                    return x;
                }
            }
        }
        org.rlambda.format.Format.Options fo = new org.rlambda.format.Format.Options();
        fo.optionDigits = in.optionInt("digits", 7);
        fo.optionScipen = in.optionInt("scipen", 0);
        if (!RArgs.isNull(a[1])) fo.digits = RArgs.integer(a[1]);
        fo.justify = org.rlambda.format.Justify.NONE;
        Vector plain = v instanceof org.rlambda.sexp.StringVector ? v : v;
        String[] cells = org.rlambda.format.Format.format(plain, fo);
        String naPrint = a[3] == null ? "" : RArgs.string(a[3]);
        String zeroPrint = a[4] == null ? "0" : RArgs.string(a[4]);
        for (int i = 0; i < cells.length; i++) {
            if (v.isNA(i)) cells[i] = naPrint;
            else if (!zeroPrint.equals("0") && !(v instanceof StringVector)
                    && org.rlambda.eval.Coerce.doubleElement(v, i, null) == 0) cells[i] = zeroPrint;
        }
        StringVector xx = new StringVector(cells);
        for (String attr : new String[] {"dim", "dimnames", "names"}) {
            SEXP val = x.getAttribute(attr);
            if (val != null) xx.setAttributeRaw(attr, val);
        }
        boolean numeric = v instanceof IntVector || v instanceof org.rlambda.sexp.DoubleVector
                || v instanceof org.rlambda.sexp.ComplexVector;
        boolean right = a[5] == null ? numeric : RArgs.flag(in, call, a[5], numeric, "right");
        boolean quote = RArgs.flag(in, call, a[2], false, "quote");
        PrintOptions o = ValuePrinter.options(in).withQuote(quote).withRight(right);
        StringBuilder sb = new StringBuilder();
        VectorPrinter.print(xx, o, sb);
        in.out.print(sb);
        in.visible = false;
        return x;
    }

    /** A factor's codes as an integer vector carrying its attributes (doubles are truncated). */
    private static IntVector codes(Vector x) {
        if (x instanceof IntVector) return (IntVector) x;
        int n = x.length();
        int[] c = new int[n];
        for (int i = 0; i < n; i++) c[i] = org.rlambda.eval.Coerce.intElement(x, i, null);
        IntVector v = new IntVector(c);
        v.copyAttributesFrom(x);
        return v;
    }

    /** print.default's arguments checked with GNU R's messages. */
    private static PrintOptions printOptions(Interpreter in, Call call, SEXP[] a) {
        PrintOptions o = ValuePrinter.options(in);
        if (!RArgs.isNull(a[1])) {
            int d = RArgs.integerWarn(in, call, a[1]);
            if (d == IntVector.NA || d < 1 || d > 22) throw in.error(call, "invalid printing digits " + d);
            o = o.withDigits(d);
        }
        if (a[2] != null) {
            int q = RArgs.logical(a[2]);
            if (q == IntVector.NA) throw in.error(call, "invalid 'quote' argument");
            o = o.withQuote(q != 0);
        }
        if (!RArgs.isNull(a[3])) {
            if (!(a[3] instanceof StringVector) || a[3].length() < 1) throw in.error(call, "invalid 'na.print' specification");
            o = o.withNaPrint(((StringVector) a[3]).get(0));
        }
        if (!RArgs.isNull(a[4])) {
            int g = RArgs.integer(a[4]);
            if (g == IntVector.NA || g < 0) throw in.error(call, "'gap' must be non-negative integer");
            if (g > 1024) throw in.error(call, "'print.gap' must be less than 1024");
            o = o.withGap(g);
        }
        if (a[5] != null) {
            int r = RArgs.logical(a[5]);
            if (r == IntVector.NA) throw in.error(call, "invalid 'right' argument");
            o = o.withRight(r != 0);
        }
        if (!RArgs.isNull(a[6])) {
            int m = RArgs.integer(a[6]);
            if (m == IntVector.NA || m < 0) throw in.error(call, "invalid 'max' argument");
            o = o.withMax(m);
        } else {
            o = o.withMax(in.optionInt("max.print", 99999));
        }
        if (!RArgs.isNull(a[7])) {
            int w = RArgs.integer(a[7]);
            if (w == IntVector.NA || w < 10 || w > 10000) throw in.error(call, "invalid printing width");
            o = o.withWidth(w);
        }
        return o;
    }

    // ------------------------------------------------------------------ cat

    private static SEXP cat(Interpreter in, Call call, SEXP[] a, Environment rho) {
        ListVector objs = Builtins.dots(a[0]);
        SEXP file = a[1] == null ? StringVector.of("") : a[1];
        SEXP sepArg = a[2] == null ? StringVector.of(" ") : a[2];
        if (!(sepArg instanceof StringVector)) throw in.error(call, "invalid 'sep' specification");
        String[] sep = ((StringVector) sepArg).values();
        int pwidth = Integer.MAX_VALUE;
        if (a[3] != null) {
            SEXP fill = a[3];
            if (!(fill instanceof Vector) || fill.length() != 1 || fill instanceof ListVector) {
                throw in.error(call, "invalid 'fill' argument");
            }
            if (fill instanceof org.rlambda.sexp.LogicalVector) {
                int f = RArgs.logical(fill);
                if (f == 1) pwidth = in.optionInt("width", 80);
            } else {
                int f = RArgs.integer(fill);
                if (f > 0) pwidth = f;
            }
        }
        String[] labels = null;
        if (!RArgs.isNull(a[4])) labels = RArgs.asCharacter(in, a[4], rho).values();
        if (labels != null && labels.length == 0) labels = null;
        boolean append = RArgs.flag(in, call, a[5], false, "append");
        int digits = in.optionInt("digits", 7);

        CatWriter w = new CatWriter(sep, pwidth, labels);
        for (int iobj = 0; iobj < objs.length(); iobj++) {
            SEXP s = objs.get(iobj);
            if (iobj > 0 && s != Null.NULL) w.separator();
            if (s == Null.NULL) continue;
            String[] items = catItems(in, call, s, iobj, digits);
            if (items.length > 0 && iobj == 0) w.firstLabel();
            for (int i = 0; i < items.length; i++) {
                w.element(items[i], iobj > 0 || i > 0);
                if (i < items.length - 1) w.separator();
            }
        }
        w.finish();
        Connections.write(in, call, file, w.out.toString(), append);
        in.visible = false;
        return Null.NULL;
    }

    /** The strings cat() shows for one argument. */
    private static String[] catItems(Interpreter in, Call call, SEXP s, int iobj, int digits) {
        if (s instanceof Symbol) return new String[] {((Symbol) s).name};
        if (s instanceof Vector && ((Vector) s).isAtomic()) {
            Vector v = (Vector) s;
            String[] r = new String[v.length()];
            for (int i = 0; i < r.length; i++) r[i] = AsCharacter.catElement(v, i, digits);
            return r;
        }
        if (s instanceof Vector && s.length() == 0) return new String[0];
        throw in.error(call, "argument " + (iobj + 1) + " (type '" + s.typeName() + "') cannot be handled by 'cat'");
    }

    /**
     * cat's output with its separators (cycled over all elements printed so far) and, when
     * filling, line breaks before an element that would pass the width (widths in bytes,
     * as GNU R counts them) and labels at the start of each line.
     */
    private static final class CatWriter {
        final StringBuilder out = new StringBuilder();
        final String[] sep;
        final int pwidth;
        final String[] labels;
        int width;
        int ntot;
        int nlines;
        String pendingSep = "";

        CatWriter(String[] sep, int pwidth, String[] labels) {
            this.sep = sep;
            this.pwidth = pwidth;
            this.labels = pwidth == Integer.MAX_VALUE ? null : labels;
        }

        /** The separator after the element most recently counted (ntot - 1). */
        void separator() {
            String s = sepAt(Math.max(0, ntot - 1));
            out.append(s);
            width += 0; // its width was counted with the element before it
        }

        String sepAt(int k) { return sep.length == 0 ? "" : sep[k % sep.length]; }

        void firstLabel() {
            if (labels != null) label();
        }

        private void label() {
            String l = labels[nlines % labels.length];
            out.append(l).append(' ');
            width += bytes(l) + 1;
            nlines++;
        }

        void element(String p, boolean mayWrap) {
            int w = bytes(p);
            int sepw = bytes(sepAt(ntot));
            if (mayWrap && pwidth != Integer.MAX_VALUE && width + w + sepw > pwidth) {
                newline();
                if (labels != null) label();
            }
            out.append(p);
            width += w + sepw;
            ntot++;
        }

        void newline() {
            out.append('\n');
            width = 0;
        }

        void finish() {
            // a separator containing a newline makes the separators terminators: GNU R ends with one
            boolean nlsep = false;
            for (String s : sep) if (s.indexOf('\n') >= 0) nlsep = true;
            if (nlsep && pwidth == Integer.MAX_VALUE) out.append('\n');
            else if (pwidth != Integer.MAX_VALUE && (width > 0 || nlsep)) newline();
        }

        static int bytes(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }
    }
}
