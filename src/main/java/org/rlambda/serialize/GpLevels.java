package org.rlambda.serialize;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.rlambda.sexp.SEXP;

/**
 * The "general purpose" bits (GNU R's LEVELS) that a value read from a stream carried and
 * rlambda's values have no field for — the S4 bit, a closure's no-JIT mark — so that writing
 * the value again gives GNU R's bytes. Weak: an entry lives as long as its value.
 */
public final class GpLevels {
    private GpLevels() { }

    /** GNU R's S4_OBJECT_MASK. */
    public static final int S4 = 1 << 4;

    // values do not override equals/hashCode, so this is an identity map
    private static final Map<SEXP, Integer> LEVELS = Collections.synchronizedMap(new WeakHashMap<>());

    static void record(SEXP x, int levels) {
        if (levels != 0) LEVELS.put(x, levels);
    }

    public static int of(SEXP x) {
        Integer l = LEVELS.get(x);
        return l == null ? 0 : l;
    }

    /** True when {@code x} was read with GNU R's S4 bit set (isS4()). */
    public static boolean isS4(SEXP x) { return (of(x) & S4) != 0 || x.type() == org.rlambda.sexp.SexpType.S4; }
}
