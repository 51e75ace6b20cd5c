package org.rlambda.print;

import java.nio.charset.StandardCharsets;

import org.rlambda.format.IntegerFormatter;
import org.rlambda.format.Justify;
import org.rlambda.format.Pad;
import org.rlambda.format.StringEncoder;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Matrices and higher arrays as print.default lays them out (printMatrix/printArray): columns
 * formatted separately, column blocks wrapped to the line width, row labels "[i,]" or row
 * names, and for arrays one ", , k" section per matrix slice.
 */
public final class MatrixPrinter {
    private MatrixPrinter() {}

    /** Offset of row labels under a names(dimnames) row title (R_MIN_LBLOFF). */
    private static final int MIN_LBLOFF = 2;

    static StringVector labels(ListVector dimnames, int k) {
        if (dimnames == null || k >= dimnames.length()) return null;
        SEXP s = dimnames.get(k);
        return s instanceof StringVector ? (StringVector) s : null;
    }

    static String dimnamesName(ListVector dimnames, int k) {
        if (dimnames == null) return null;
        StringVector nn = dimnames.names();
        return nn == null ? null : nn.get(k);
    }

    public static void printMatrix(Vector x, int[] dim, ListVector dimnames, PrintOptions o, boolean right,
                                   StringBuilder out) {
        int r = dim[0], c = dim[1];
        StringVector rl = labels(dimnames, 0), cl = labels(dimnames, 1);
        if (rl != null && r > rl.length()) throw new IllegalArgumentException("too few row labels");
        if (cl != null && c > cl.length()) throw new IllegalArgumentException("too few column labels");
        if (r == 0 && c == 0) {
            out.append("<0 x 0 matrix>\n");
            return;
        }
        int rpr = r;
        if (c > 0 && o.max / c < r) rpr = o.max / c;
        printSlice(x, 0, rpr, r, c, rl, cl, dimnamesName(dimnames, 0), dimnamesName(dimnames, 1), o, right, true, out);
        if (rpr < r) {
            out.append(" [ reached getOption(\"max.print\") -- omitted ").append(r - rpr)
               .append(r - rpr == 1 ? " row ]\n" : " rows ]\n");
        }
    }

    /** Width in bytes, which is how C's "%*s" pads (relevant only for non-ASCII titles). */
    private static int bytes(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }

    private static void rowLabel(StringBuilder out, StringVector rl, int i, int rlabw, int lbloff, PrintOptions o) {
        out.append('\n');
        if (rl != null) {
            String t = rl.get(i);
            int l = StringVector.isNA(t) ? o.naWidthNoquote() : StringEncoder.width(t, (char) 0);
            out.append(Pad.spaces(lbloff))
               .append(StringEncoder.encode(t, l, (char) 0, Justify.LEFT, o.naStringNoquote()))
               .append(Pad.spaces(rlabw - l - lbloff));
        } else {
            out.append(Pad.spaces(rlabw - 3 - IntegerFormatter.indexWidth(i + 1))).append('[').append(i + 1).append(",]");
        }
    }

    static void printSlice(Vector x, int offset, int rpr, int r, int c, StringVector rl, StringVector cl,
                           String rn, String cn, PrintOptions o, boolean right, boolean printIJ, StringBuilder out) {
        boolean isString = x instanceof StringVector;
        int rlabw;
        if (rl != null) rlabw = StringEncoder.commonWidth(rl.values(), 0, r, (char) 0, o.naWidthNoquote());
        else rlabw = IntegerFormatter.indexWidth(r + 1) + 3;
        int lbloff = 0;
        if (rn != null) {
            int rnw = StringEncoder.width(rn, (char) 0);
            lbloff = rnw < rlabw + MIN_LBLOFF ? MIN_LBLOFF : rnw - rlabw;
            rlabw += lbloff;
        }
        int[] w = new int[c];
        Cells[] cells = new Cells[c];
        Justify just = right ? Justify.RIGHT : Justify.LEFT;
        for (int j = 0; j < c; j++) {
            if (printIJ) {
                cells[j] = Cells.of(x, offset + j * r, r, o, o.quote, just);
                w[j] = cells[j].width();
            }
            int clabw;
            if (cl != null) {
                String t = cl.get(j);
                clabw = StringVector.isNA(t) ? o.naWidthNoquote() : StringEncoder.width(t, (char) 0);
            } else {
                clabw = IntegerFormatter.indexWidth(j + 1) + 3;
            }
            if (w[j] < clabw) w[j] = clabw;
            if (!isString) w[j] += o.gap;
        }
        int extra = isString ? o.gap : 0;
        if (c == 0) {
            rowTitle(out, rlabw, rn, cn);
            for (int i = 0; i < r; i++) rowLabel(out, rl, i, rlabw, lbloff, o);
            out.append('\n');
            return;
        }
        int jmin = 0, jmax = 0;
        while (jmin < c) {
            int width = rlabw;
            do {
                width += w[jmax] + extra;
                jmax++;
            } while (jmax < c && width + w[jmax] + extra < o.width);
            rowTitle(out, rlabw, rn, cn);
            for (int j = jmin; j < jmax; j++) {
                if (isString) {
                    if (right) rightColumnLabel(out, cl, j, w[j], o);
                    else leftColumnLabel(out, cl, j, w[j], o);
                } else {
                    columnLabel(out, cl, j, w[j], o);
                }
            }
            for (int i = 0; i < rpr; i++) {
                rowLabel(out, rl, i, rlabw, lbloff, o);
                if (printIJ) {
                    for (int j = jmin; j < jmax; j++) {
                        int k = offset + i + j * r;
                        if (isString) out.append(Pad.spaces(o.gap)).append(cells[j].encode(k, w[j]));
                        else out.append(cells[j].encode(k, w[j]));
                    }
                }
            }
            out.append('\n');
            jmin = jmax;
        }
    }

    private static void rowTitle(StringBuilder out, int rlabw, String rn, String cn) {
        if (cn != null) out.append(Pad.spaces(rlabw)).append(cn).append('\n');
        if (rn != null) out.append(rn).append(Pad.spaces(rlabw - bytes(rn)));
        else out.append(Pad.spaces(rlabw));
    }

    private static int labelWidth(String t, PrintOptions o) {
        return StringVector.isNA(t) ? o.naWidthNoquote() : StringEncoder.width(t, (char) 0);
    }

    private static String label(String t, int l, Justify j, PrintOptions o) {
        return StringEncoder.encode(t, l, (char) 0, j, o.naStringNoquote());
    }

    private static void columnLabel(StringBuilder out, StringVector cl, int j, int w, PrintOptions o) {
        if (cl != null) {
            String t = cl.get(j);
            int l = labelWidth(t, o);
            out.append(Pad.spaces(w - l)).append(label(t, l, Justify.LEFT, o));
        } else {
            out.append(Pad.spaces(w - IntegerFormatter.indexWidth(j + 1) - 3)).append("[,").append(j + 1).append(']');
        }
    }

    private static void rightColumnLabel(StringBuilder out, StringVector cl, int j, int w, PrintOptions o) {
        if (cl != null) {
            String t = cl.get(j);
            int l = labelWidth(t, o);
            out.append(Pad.spaces(o.gap + w - l)).append(label(t, l, Justify.RIGHT, o));
        } else {
            out.append(Pad.spaces(o.gap)).append("[,").append(j + 1).append(']')
               .append(Pad.spaces(w - IntegerFormatter.indexWidth(j + 1) - 3));
        }
    }

    private static void leftColumnLabel(StringBuilder out, StringVector cl, int j, int w, PrintOptions o) {
        if (cl != null) {
            String t = cl.get(j);
            int l = labelWidth(t, o);
            out.append(Pad.spaces(o.gap)).append(label(t, l, Justify.LEFT, o)).append(Pad.spaces(w - l));
        } else {
            out.append(Pad.spaces(o.gap)).append("[,").append(j + 1).append(']')
               .append(Pad.spaces(w - IntegerFormatter.indexWidth(j + 1) - 3));
        }
    }

    /** printArray for three or more dimensions: one matrix per ", , k" slice. */
    public static void printArray(Vector x, int[] dim, ListVector dimnames, PrintOptions o, StringBuilder out) {
        int nr = dim[0], nc = dim[1], b = nr * nc;
        StringVector dn0 = labels(dimnames, 0), dn1 = labels(dimnames, 1);
        StringVector dnn = dimnames == null ? null : dimnames.names();
        String rn = null, cn = null;
        if (dnn != null) { rn = dnn.get(0); cn = dnn.get(1); }
        int nb = 1;
        for (int i = 2; i < dim.length; i++) nb *= dim[i];
        boolean maxReached = b > 0 && o.max / b < nb;
        int nbPr, nrLast;
        if (maxReached) {
            nbPr = (o.max + b - 1) / b;
            nrLast = (o.max - b * (nbPr - 1)) / nc;
            if (nrLast == 0) { nbPr--; nrLast = nr; }
        } else {
            nbPr = nb > 0 ? nb : 1;
            nrLast = nr;
        }
        for (int i = 0; i < nbPr; i++) {
            boolean doIJ = nb > 0;
            int useNr = i == nbPr - 1 ? nrLast : nr;
            if (doIJ) {
                int k = 1;
                out.append(", ");
                for (int j = 2; j < dim.length; j++) {
                    int l = (i / k) % dim[j] + 1;
                    StringVector dn = labels(dimnames, j);
                    if (dn != null) {
                        if (dnn != null) out.append(", ").append(dnn.get(j)).append(" = ").append(dn.get(l - 1));
                        else out.append(", ").append(dn.get(l - 1));
                    } else {
                        out.append(", ").append(l);
                    }
                    k *= dim[j];
                }
                out.append("\n\n");
            } else {
                for (int d = 0; d < dim.length; d++) out.append(d == 0 ? "<" : " x ").append(dim[d]);
                out.append(" array of ").append(x.typeName()).append(">\n");
            }
            printSlice(x, i * b, useNr, nr, nc, dn0, dn1, rn, cn, o, o.right, doIJ, out);
            out.append('\n');
        }
        if (maxReached && nbPr < nb) {
            out.append(" [ reached getOption(\"max.print\") -- omitted");
            if (nrLast < nr) out.append(' ').append(nr - nrLast).append(" row(s) and");
            out.append(' ').append(nb - nbPr).append(" matrix slice(s) ]\n");
        }
    }
}
