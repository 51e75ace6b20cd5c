package org.rlambda.format;

/**
 * The common layout GNU R chooses for a set of doubles (formatReal in format.c):
 * total field {@code width}, {@code decimals} after the point, and {@code exponentDigits}
 * 0 for fixed notation, 1 for a two-digit exponent, 2 for a three-digit one.
 */
public record RealFormat(int width, int decimals, int exponentDigits) {
    public boolean scientific() { return exponentDigits != 0; }

    public RealFormat withWidth(int w) { return new RealFormat(w, decimals, exponentDigits); }
}
