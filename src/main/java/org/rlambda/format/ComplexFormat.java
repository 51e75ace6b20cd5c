package org.rlambda.format;

/** Layouts of the real and imaginary parts of a complex vector (formatComplex's six outputs). */
public record ComplexFormat(int wr, int dr, int er, int wi, int di, int ei) {
    /** Total width of one element: both parts plus the sign and the "i". */
    public int width() { return wr + wi + 2; }
}
