package org.rlambda.sexp;

import java.util.concurrent.ConcurrentHashMap;

/** An interned R symbol (name). Symbols compare by identity. */
public final class Symbol extends SEXP {
    private static final ConcurrentHashMap<String, Symbol> TABLE = new ConcurrentHashMap<>();

    /** R_MissingArg: the empty symbol that stands for an argument with no value. */
    public static final Symbol MISSING_ARG = new Symbol("");
    public static final Symbol DOTS = get("...");

    public final String name;
    private final int hash;
    /** For {@code ..1}, {@code ..2}: the index; 0 otherwise. */
    public final int dotDotIndex;
    /**
     * How many global environments (one per engine) bind this symbol. While zero, lookups
     * that reach the global environment go straight on to base: most function lookups.
     */
    volatile int globalBindings;

    public boolean maybeInGlobal() { return globalBindings != 0; }

    /**
     * The builtin bound to this symbol in base environments, while every base environment
     * binds this same builtin (builtins are shared by all engines); null otherwise.
     */
    volatile SEXP baseBuiltin;
    /** Set for good once any base environment binds this symbol to something else. */
    volatile boolean baseOverridden;

    public SEXP baseBuiltin() { return baseBuiltin; }

    private Symbol replacement;

    /** The symbol of the replacement function: {@code names} -> {@code names<-}. */
    public Symbol replacementSymbol() {
        Symbol r = replacement;
        if (r == null) replacement = r = get(name + "<-");
        return r;
    }

    private Symbol(String name) {
        this.name = name;
        this.hash = name.hashCode();
        this.dotDotIndex = parseDotDot(name);
        this.named = 2;
    }

    private static int parseDotDot(String name) {
        if (name.length() < 3 || !name.startsWith("..")) return 0;
        int n = 0;
        for (int i = 2; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') return 0;
            n = n * 10 + (c - '0');
            if (n > 1_000_000) return 0;
        }
        return n;
    }

    public static Symbol get(String name) {
        if (name.isEmpty()) return MISSING_ARG;
        Symbol s = TABLE.get(name);
        if (s != null) return s;
        return TABLE.computeIfAbsent(name, Symbol::new);
    }

    @Override public SexpType type() { return SexpType.SYMBOL; }

    @Override public int hashCode() { return hash; }

    @Override public boolean equals(Object o) { return this == o; }

    @Override public void setAttributeRaw(String n, SEXP v) {
        throw new IllegalStateException("cannot set attribute on a symbol");
    }

    @Override public String toString() { return name; }
}
