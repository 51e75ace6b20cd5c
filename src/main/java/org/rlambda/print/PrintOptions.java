package org.rlambda.print;

import org.rlambda.format.StringEncoder;

/**
 * The parameters of print.default (GNU R's R_PrintData): {@code digits} and {@code width}
 * come from options(), the rest from print()'s arguments. Immutable; use the with-methods.
 */
public final class PrintOptions {
    public static final PrintOptions DEFAULT = new PrintOptions(7, 80, true, false, null, 1, 0, 99999);

    public final int digits;
    public final int width;
    public final boolean quote;
    /** right = TRUE right-justifies strings in matrices (and named vectors always are). */
    public final boolean right;
    /** na.print, or null for the defaults "NA" (quoted context) and "&lt;NA&gt;" (unquoted strings). */
    public final String naPrint;
    public final int gap;
    public final int scipen;
    public final int max;

    public PrintOptions(int digits, int width, boolean quote, boolean right, String naPrint, int gap,
                        int scipen, int max) {
        this.digits = digits;
        this.width = width;
        this.quote = quote;
        this.right = right;
        this.naPrint = naPrint;
        this.gap = gap;
        this.scipen = scipen;
        this.max = max == Integer.MAX_VALUE ? max - 1 : max;
    }

    public PrintOptions withDigits(int d) { return new PrintOptions(d, width, quote, right, naPrint, gap, scipen, max); }
    public PrintOptions withWidth(int w) { return new PrintOptions(digits, w, quote, right, naPrint, gap, scipen, max); }
    public PrintOptions withQuote(boolean q) { return new PrintOptions(digits, width, q, right, naPrint, gap, scipen, max); }
    public PrintOptions withRight(boolean r) { return new PrintOptions(digits, width, quote, r, naPrint, gap, scipen, max); }
    public PrintOptions withNaPrint(String s) { return new PrintOptions(digits, width, quote, right, s, gap, scipen, max); }
    public PrintOptions withGap(int g) { return new PrintOptions(digits, width, quote, right, naPrint, g, scipen, max); }
    public PrintOptions withScipen(int s) { return new PrintOptions(digits, width, quote, right, naPrint, gap, s, max); }
    public PrintOptions withMax(int m) { return new PrintOptions(digits, width, quote, right, naPrint, gap, scipen, m); }

    /** NA as shown for numbers, logicals and quoted strings. */
    public String naString() { return naPrint != null ? naPrint : "NA"; }

    /** NA as shown for unquoted strings (names, dimnames, quote = FALSE). */
    public String naStringNoquote() { return naPrint != null ? naPrint : "<NA>"; }

    public int naWidth() { return StringEncoder.width(naString(), (char) 0); }

    public int naWidthNoquote() { return StringEncoder.width(naStringNoquote(), (char) 0); }
}
