package org.rlambda.base;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * String collation as GNU R does it on these machines: R is built with ICU and, in the
 * C.UTF-8 locale, collates with ICU's root collator (so {@code sort(c("b", "A", "a", "_x"))}
 * gives {@code "_x" "a" "A" "b"}, not code-point order). Used by sort/order/rank, factor
 * levels and the relational operators on strings; equality never uses it.
 */
public final class Collation {
    private Collation() { }

    private static final class Holder {
        static final Collator ROOT = Collator.getInstance(ULocale.ROOT).freeze();
    }

    public static int compare(String a, String b) {
        if (a.equals(b)) return 0;
        int c = Holder.ROOT.compare(a, b);
        return c != 0 ? c : codePointCompare(a, b);
    }

    /** Plain Unicode code point order (for places where GNU R uses strcmp). */
    public static int codePointCompare(String a, String b) {
        int i = 0, j = 0;
        int na = a.length(), nb = b.length();
        while (i < na && j < nb) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return ca < cb ? -1 : 1;
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        if (i < na) return 1;
        if (j < nb) return -1;
        return 0;
    }
}
