package org.rlambda.base;

/**
 * The character-dropping step of abbreviate(): drops characters from the end towards the
 * start, never the first character of the string, in rounds of decreasing preference, until
 * at most {@code minlength} non-blank characters remain. With {@code useClasses}: first lower-case
 * vowels ending a word, then other lower-case vowels not starting a word, then lower-case
 * letters ending a word, then those not starting a word; finally any character that does not
 * start a word. Blanks count as word boundaries and are removed at the end.
 */
final class Abbreviation {
    private Abbreviation() { }

    static String abbreviate(String s, int minlength, boolean useClasses) {
        StringBuilder b = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        int start = 0;
        while (start < cps.length && isBlank(cps[start])) start++;
        for (int i = start; i < cps.length; i++) b.appendCodePoint(cps[i]);
        int[] c = b.codePoints().toArray();
        int len = c.length;
        if (len >= minlength) {
            // trailing blanks go; interior blanks are kept as word boundaries but not counted
            while (len > 1 && isBlank(c[len - 1])) len--;
            int blanks = 0;
            for (int i = 1; i < len; i++) if (isBlank(c[i])) blanks++;
            Chars w = new Chars(c, len);
            int top = len - 1;
            boolean done = w.len - blanks <= minlength;
            if (!done && useClasses) {
                done = dropRound(w, top, blanks, minlength, 0)
                        || dropRound(w, top, blanks, minlength, 1)
                        || dropRound(w, top, blanks, minlength, 2)
                        || dropRound(w, top, blanks, minlength, 3);
            }
            if (!done) dropRound(w, w.len - 1, blanks, minlength, 4);
            c = java.util.Arrays.copyOf(w.c, w.len);
            len = w.len;
            if (len > minlength) {
                StringBuilder r = new StringBuilder();
                r.appendCodePoint(c[0]);
                for (int i = 1; i < len; i++) if (!isBlank(c[i])) r.appendCodePoint(c[i]);
                return r.toString();
            }
        }
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < len; i++) r.appendCodePoint(c[i]);
        return r.toString();
    }

    private static final class Chars {
        int[] c;
        int len;

        Chars(int[] c, int len) {
            this.c = c.clone();
            this.len = len;
        }

        boolean wordStart(int i) { return isBlank(c[i - 1]); }

        boolean wordEnd(int i) { return !isBlank(c[i - 1]) && (i + 1 >= len || isBlank(c[i + 1])); }

        void remove(int i) {
            System.arraycopy(c, i + 1, c, i, len - i - 1);
            len--;
        }
    }

    /** One round over positions top..1; true once short enough. */
    private static boolean dropRound(Chars w, int top, int blanks, int minlength, int kind) {
        for (int i = top; i > 0; i--) {
            if (i < w.len) {
                int ch = w.c[i];
                boolean drop;
                switch (kind) {
                    case 0: drop = isLowerVowel(ch) && w.wordEnd(i); break;
                    case 1: drop = isLowerVowel(ch) && !w.wordStart(i); break;
                    case 2: drop = Character.isLowerCase(ch) && w.wordEnd(i); break;
                    case 3: drop = Character.isLowerCase(ch) && !w.wordStart(i); break;
                    default: drop = !w.wordStart(i) && !isBlank(ch);
                }
                if (drop) w.remove(i);
            }
            if (w.len - blanks <= minlength) return true;
        }
        return false;
    }

    private static boolean isLowerVowel(int ch) {
        return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
    }

    private static boolean isBlank(int ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == 0x0B;
    }
}
