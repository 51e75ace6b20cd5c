package org.rlambda.sexp;

/** The value bound to {@code ...} in a function frame: promises (or values) with optional names. */
public final class Dots extends SEXP {
    public static final Dots EMPTY = new Dots(new SEXP[0], new String[0]);

    private final SEXP[] values;
    private final String[] names;

    public Dots(SEXP[] values, String[] names) { this.values = values; this.names = names; }

    @Override public SexpType type() { return SexpType.DOTS; }

    @Override public int length() { return values.length; }

    public SEXP value(int i) { return values[i]; }

    public String name(int i) { return names[i] == null ? "" : names[i]; }

    public SEXP[] values() { return values; }

    public String[] names() { return names; }
}
