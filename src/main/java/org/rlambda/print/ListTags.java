package org.rlambda.print;

import java.util.Set;

import org.rlambda.sexp.StringVector;

/**
 * The tag lines print() writes above list elements: {@code $name} for syntactic names,
 * {@code $`name`} otherwise, {@code $<NA>} for an NA name and {@code [[i]]} when unnamed;
 * nested lists append to the parent's tag (e.g. {@code $a$b}, {@code [[1]][[2]]}).
 */
public final class ListTags {
    private ListTags() {}

    private static final Set<String> RESERVED = Set.of("if", "else", "repeat", "while", "function", "for", "next",
            "break", "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_",
            "NA_complex_", "in");

    /** GNU R's isValidName: a syntactic name that needs no backticks. */
    public static boolean isSyntacticName(String s) {
        if (s.isEmpty()) return false;
        int i = 0;
        int c = s.codePointAt(0);
        if (c == '.') {
            if (s.length() > 1 && Character.isDigit(s.charAt(1))) return false;
        } else if (!Character.isLetter(c)) {
            return false;
        }
        while (i < s.length()) {
            c = s.codePointAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_')) return false;
            i += Character.charCount(c);
        }
        if (s.equals("...")) return true;
        if (s.startsWith("..") && s.length() > 2 && s.substring(2).chars().allMatch(Character::isDigit)) return true;
        return !RESERVED.contains(s);
    }

    /**
     * The tag for element {@code index} (0-based) with name {@code name} (null or "" if unnamed)
     * appended to the enclosing {@code prefix} ("" at top level).
     */
    public static String tag(String prefix, String name, int index) {
        if (name != null && !name.isEmpty()) {
            if (StringVector.isNA(name)) return prefix + "$<NA>";
            String enc = org.rlambda.format.StringEncoder.escape(name, (char) 0);
            return prefix + (isSyntacticName(enc) ? "$" + enc : "$`" + enc + "`");
        }
        return prefix + "[[" + (index + 1) + "]]";
    }
}
