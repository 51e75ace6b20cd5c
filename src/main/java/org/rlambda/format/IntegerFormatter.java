package org.rlambda.format;

import org.rlambda.sexp.IntVector;

/** Field widths and encoding of integers and logicals (formatInteger, formatLogical). */
public final class IntegerFormatter {
    private IntegerFormatter() {}

    /** Digits needed for a non-negative index or count, as GNU R's IndexWidth computes it. */
    public static int indexWidth(long n) {
        return (int) (Math.log10(n + 0.5) + 1);
    }

    public static int width(int[] x, int from, int n, int naWidth) {
        boolean na = false;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = from; i < from + n; i++) {
            int v = x[i];
            if (v == IntVector.NA) { na = true; continue; }
            if (v < min) min = v;
            if (v > max) max = v;
        }
        int w = na ? naWidth : 1;
        if (min < 0) w = Math.max(w, indexWidth(-(long) min) + 1);
        if (max > 0) w = Math.max(w, indexWidth(max));
        return w;
    }

    /** As {@link #width(int[], int, int, int)} but reading the vector in place, so a compact
     * sequence such as 1:1e9 is never materialised just to be printed. */
    public static int width(IntVector x, int from, int n, int naWidth) {
        boolean na = false;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = from; i < from + n; i++) {
            int v = x.get(i);
            if (v == IntVector.NA) { na = true; continue; }
            if (v < min) min = v;
            if (v > max) max = v;
        }
        int w = na ? naWidth : 1;
        if (min < 0) w = Math.max(w, indexWidth(-(long) min) + 1);
        if (max > 0) w = Math.max(w, indexWidth(max));
        return w;
    }

    public static String encode(int v, int w, String na) {
        return Pad.left(v == IntVector.NA ? na : Integer.toString(v), w);
    }

    public static int logicalWidth(int[] x, int from, int n, int naWidth) {
        int w = 1;
        for (int i = from; i < from + n; i++) {
            int v = x[i];
            if (v == IntVector.NA) { if (w < naWidth) w = naWidth; }
            else if (v != 0 && w < 4) w = 4;
            else if (v == 0 && w < 5) { w = 5; break; }
        }
        return w;
    }

    public static String encodeLogical(int v, int w, String na) {
        return Pad.left(v == IntVector.NA ? na : (v != 0 ? "TRUE" : "FALSE"), w);
    }
}
