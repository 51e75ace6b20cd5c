package org.rlambda.sexp;

/** A pairlist (LISTSXP), as formals() returns: tags and values. Held as arrays. */
public final class PairList extends SEXP {
    private final String[] tags;
    private final SEXP[] values;

    public PairList(String[] tags, SEXP[] values) { this.tags = tags; this.values = values; }

    @Override public SexpType type() { return SexpType.PAIRLIST; }

    @Override public int length() { return values.length; }

    public String tag(int i) { return tags[i] == null ? "" : tags[i]; }

    public SEXP value(int i) { return values[i]; }

    public String[] tags() { return tags; }

    public SEXP[] values() { return values; }
}
