package org.rlambda.base;

/**
 * String collation of the C.UTF-8 locale, which Rscript uses on these machines: Unicode code
 * point order (not Java's UTF-16 unit order, which differs above the BMP).
 */
public final class Collation {
    private Collation() { }

    public static int compare(String a, String b) {
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
