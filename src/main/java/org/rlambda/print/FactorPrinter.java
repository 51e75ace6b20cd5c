package org.rlambda.print;

import org.rlambda.format.CharWidth;
import org.rlambda.format.StringEncoder;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * print.factor: the labels (unquoted unless asked), then a "Levels:" line joined by " " or,
 * for ordered factors, " &lt; ", shortened with "..." when it would not fit the line width.
 */
public final class FactorPrinter {
    private FactorPrinter() {}

    /**
     * @param x         an integer vector with "levels" (and class "factor")
     * @param o         print options; {@code o.quote} is print.factor's quote (default FALSE)
     * @param maxLevels max.levels, or null for the default (as many as fit on a line); 0 omits the line
     * @param levelsWidth print.factor's width argument (only for the Levels line), null for o.width
     */
    public static void print(IntVector x, PrintOptions o, Integer maxLevels, Integer levelsWidth, StringBuilder out) {
        boolean ordered = x.inherits("ordered");
        SEXP lv = x.getAttribute("levels");
        String[] levels = lv instanceof StringVector ? ((StringVector) lv).values() : new String[0];
        int n = x.length();
        if (n == 0) {
            out.append(ordered ? "ordered" : "factor").append("(0)\n");
        } else {
            VectorPrinter.print(labels(x), o, out);
        }
        printLevels(levels, ordered, o, maxLevels, levelsWidth == null ? o.width : levelsWidth, out);
    }

    /** The labels of a factor's codes, keeping every attribute but levels and class, as print.factor shows them. */
    static StringVector labels(IntVector x) {
        SEXP lv = x.getAttribute("levels");
        String[] levels = lv instanceof StringVector ? ((StringVector) lv).values() : new String[0];
        String[] labels = new String[x.length()];
        for (int i = 0; i < labels.length; i++) {
            int c = x.get(i);
            labels[i] = (c == IntVector.NA || c < 1 || c > levels.length) ? StringVector.NA : levels[c - 1];
        }
        StringVector xx = new StringVector(labels);
        org.rlambda.sexp.Attributes attrs = x.attributes();
        for (int i = 0; attrs != null && i < attrs.size(); i++) {
            String a = attrs.name(i);
            if (!a.equals("levels") && !a.equals("class")) xx.setAttributeRaw(a, attrs.value(i));
        }
        return xx;
    }

    static void printLevels(String[] levels, boolean ordered, PrintOptions o, Integer maxLevels, int lineWidth,
                            StringBuilder out) {
        if (maxLevels != null && maxLevels == 0) return;
        int n = levels.length;
        String[] lev = new String[n];
        char q = o.quote ? '"' : 0;
        for (int i = 0; i < n; i++) {
            // encodeString(): an NA level shows as <NA> unquoted, NA when quoted
            lev[i] = StringVector.isNA(levels[i]) ? (q != 0 ? "NA" : "<NA>") : (q != 0 ? q + StringEncoder.escape(levels[i], q) + q
                    : StringEncoder.escape(levels[i], q));
        }
        String colsep = ordered ? " < " : " ";
        int maxl;
        if (maxLevels == null) {
            int width = lineWidth - (8 + 3 + 1 + 3);
            long total = 0;
            int firstOver = -1;
            for (int i = 0; i < n; i++) {
                total += CharWidth.width(lev[i]) + colsep.length();
                if (firstOver < 0 && total > width) firstOver = i + 1;
            }
            if (n <= 1 || total <= width) maxl = n;
            else maxl = Math.max(1, (firstOver < 0 ? 1 : firstOver) - 1);
        } else {
            maxl = maxLevels;
        }
        boolean drop = n > maxl;
        if (drop) out.append(n).append(' ');
        out.append("Levels: ");
        if (drop) {
            int head = Math.max(1, maxl - 1);
            for (int i = 0; i < head; i++) { if (i > 0) out.append(colsep); out.append(lev[i]); }
            out.append(colsep).append("...");
            if (maxl > 1) out.append(colsep).append(lev[n - 1]);
        } else {
            for (int i = 0; i < n; i++) { if (i > 0) out.append(colsep); out.append(lev[i]); }
        }
        out.append('\n');
    }
}
