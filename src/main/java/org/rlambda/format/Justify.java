package org.rlambda.format;

/** Justification of a string in a field, in GNU R's order (format()'s justify = 0..3). */
public enum Justify {
    LEFT, RIGHT, CENTRE, NONE;

    public static Justify fromCode(int code) { return values()[code]; }
}
