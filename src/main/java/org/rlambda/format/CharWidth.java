package org.rlambda.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Display width of a code point and whether print() shows it as an escape, as GNU R does in a
 * UTF-8 locale. The table (charwidths.txt) was measured from GNU R 4.2.2 itself with
 * char_widths.R (test resources): ranges of code points from U+0080 up with their width and
 * escape flag. ASCII is handled in code.
 */
public final class CharWidth {
    private CharWidth() {}

    private static final int[] START, END;
    private static final byte[] WIDTH;
    private static final boolean[] ESCAPED;

    static {
        List<int[]> rows = new ArrayList<>();
        try (InputStream in = CharWidth.class.getResourceAsStream("charwidths.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String l; (l = r.readLine()) != null; ) {
                String[] f = l.trim().split(" ");
                if (f.length < 4) continue;
                rows.add(new int[] {Integer.parseInt(f[0], 16), Integer.parseInt(f[1], 16),
                        Integer.parseInt(f[2]), Integer.parseInt(f[3])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        START = new int[n]; END = new int[n]; WIDTH = new byte[n]; ESCAPED = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] row = rows.get(i);
            START[i] = row[0]; END[i] = row[1]; WIDTH[i] = (byte) row[2]; ESCAPED[i] = row[3] != 0;
        }
    }

    private static int find(int cp) {
        int lo = 0, hi = START.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < START[mid]) hi = mid - 1;
            else if (cp > END[mid]) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /** Columns the character occupies when shown as itself (nchar(type = "width")). */
    public static int width(int cp) {
        if (cp < 0x80) return (cp >= 0x20 && cp < 0x7f) ? 1 : 0;
        int i = find(cp);
        return i < 0 ? 1 : WIDTH[i];
    }

    /** True if print() shows a non-ASCII code point as a \\u escape (not printable). */
    public static boolean escaped(int cp) {
        if (cp < 0x80) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return true;
        int i = find(cp);
        return i >= 0 && ESCAPED[i];
    }

    /** Display width of a string of printable characters (nchar(x, "width")). */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }
}
