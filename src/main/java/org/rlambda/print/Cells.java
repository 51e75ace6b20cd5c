package org.rlambda.print;

import org.rlambda.format.ComplexFormat;
import org.rlambda.format.ComplexFormatter;
import org.rlambda.format.IntegerFormatter;
import org.rlambda.format.Justify;
import org.rlambda.format.Pad;
import org.rlambda.format.RealFormat;
import org.rlambda.format.RealFormatter;
import org.rlambda.format.StringEncoder;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * A run of elements of one atomic vector formatted with a common layout, as print() formats a
 * whole vector or one matrix column: {@link #width()} is the common field width, and
 * {@link #encode} pads an element to a given field width.
 */
abstract class Cells {
    abstract int width();

    abstract String encode(int i, int w);

    /** Formats x[from, from+n); strings are quoted per {@code quote} and justified per {@code justify}. */
    static Cells of(Vector x, int from, int n, PrintOptions o, boolean quote, Justify justify) {
        if (x instanceof LogicalVector) {
            int[] v = ((LogicalVector) x).values();
            int w = IntegerFormatter.logicalWidth(v, from, n, o.naWidth());
            String na = o.naString();
            return new Cells() {
                int width() { return w; }
                String encode(int i, int ww) { return IntegerFormatter.encodeLogical(v[i], ww, na); }
            };
        }
        if (x instanceof IntVector) {
            IntVector v = (IntVector) x;
            int w = IntegerFormatter.width(v, from, n, o.naWidth());
            String na = o.naString();
            return new Cells() {
                int width() { return w; }
                String encode(int i, int ww) { return IntegerFormatter.encode(v.get(i), ww, na); }
            };
        }
        if (x instanceof DoubleVector) {
            double[] v = ((DoubleVector) x).values();
            RealFormat f = RealFormatter.format(v, from, n, o.digits, 0, o.scipen, o.naWidth());
            String na = o.naString();
            return new Cells() {
                int width() { return f.width(); }
                String encode(int i, int ww) {
                    return RealFormatter.encode(v[i], ww, f.decimals(), f.exponentDigits(), na, ".");
                }
            };
        }
        if (x instanceof ComplexVector) {
            ComplexVector c = (ComplexVector) x;
            double[] re = c.reValues(), im = c.imValues();
            ComplexFormat f = ComplexFormatter.format(re, im, from, n, o.digits, 0, o.scipen, o.naWidth());
            String na = o.naString();
            return new Cells() {
                int width() { return f.width(); }
                String encode(int i, int ww) {
                    if (DoubleVector.isNA(re[i]) || DoubleVector.isNA(im[i])) return Pad.left(na, ww);
                    return ComplexFormatter.encode(re[i], im[i], ww - f.wi() - 2, f, o.digits, na, ".");
                }
            };
        }
        if (x instanceof StringVector) {
            String[] v = ((StringVector) x).values();
            char q = quote ? '"' : 0;
            String na = quote ? o.naString() : o.naStringNoquote();
            int w = StringEncoder.commonWidth(v, from, n, q, quote ? o.naWidth() : o.naWidthNoquote());
            return new Cells() {
                int width() { return w; }
                String encode(int i, int ww) { return StringEncoder.encode(v[i], ww, q, justify, na); }
            };
        }
        if (x instanceof RawVector) {
            byte[] v = ((RawVector) x).values();
            return new Cells() {
                int width() { return 2; }
                String encode(int i, int ww) { return Pad.left(String.format("%02x", v[i] & 0xff), ww); }
            };
        }
        throw new IllegalArgumentException("cannot print type " + x.typeName());
    }
}
