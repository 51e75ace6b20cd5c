package org.rlambda.utils;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rlambda.sexp.StringVector;

/**
 * Syntactic, unique column names as make.names(x, unique = TRUE) makes them (read.table's
 * check.names): invalid characters become ".", a name not starting with a letter or a dot
 * not followed by a digit gets an "X" prefix, reserved words get a "." suffix, and repeated
 * names get ".1", ".2", ... suffixes that collide with no other name.
 */
public final class ColumnNames {
    private ColumnNames() { }

    private static final Set<String> RESERVED = Set.of("if", "else", "repeat", "while", "function", "for", "next",
            "break", "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_",
            "NA_complex_", "in");

    public static String[] makeNames(String[] x, boolean unique) {
        String[] r = new String[x.length];
        for (int i = 0; i < x.length; i++) r[i] = makeName(x[i]);
        return unique ? makeUnique(r) : r;
    }

    static String makeName(String s) {
        if (s == StringVector.NA) return "NA.";
        StringBuilder b = new StringBuilder(s.length() + 1);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_') b.appendCodePoint(cp);
            else b.append('.');
            i += Character.charCount(cp);
        }
        String t = b.toString();
        boolean needX = t.isEmpty();
        if (!needX) {
            int c0 = t.codePointAt(0);
            if (c0 == '.') needX = t.length() > 1 && Character.isDigit(t.charAt(1));
            else needX = !Character.isLetter(c0);
        }
        if (needX) t = "X" + t;
        if (RESERVED.contains(t)) t = t + ".";
        return t;
    }

    /** make.unique(x): later duplicates get the first free ".k" suffix. */
    public static String[] makeUnique(String[] x) {
        Set<String> used = new HashSet<>();
        for (String s : x) used.add(s);
        Set<String> seen = new HashSet<>();
        Map<String, Integer> next = new HashMap<>();
        String[] r = x.clone();
        for (int i = 0; i < r.length; i++) {
            if (seen.add(r[i])) continue;
            int k = next.getOrDefault(x[i], 1);
            String cand;
            do {
                cand = x[i] + "." + k++;
            } while (used.contains(cand));
            next.put(x[i], k);
            used.add(cand);
            seen.add(cand);
            r[i] = cand;
        }
        return r;
    }
}
