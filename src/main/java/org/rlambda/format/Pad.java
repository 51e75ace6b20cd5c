package org.rlambda.format;

/** Space padding the way C's "%*s" does it: by byte count, which equals the character count
 * for the ASCII strings numbers produce. Display-width padding lives in {@link StringEncoder}. */
public final class Pad {
    private Pad() {}

    public static String left(String s, int w) {
        int n = w - s.length();
        if (n <= 0) return s;
        return " ".repeat(n) + s;
    }

    public static String right(String s, int w) {
        int n = w - s.length();
        if (n <= 0) return s;
        return s + " ".repeat(n);
    }

    public static String spaces(int n) { return n <= 0 ? "" : " ".repeat(n); }
}
