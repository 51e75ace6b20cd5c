package org.rlambda.nmath.random;

/** GNU R's normal generators, numbered as in {@code .Random.seed[1] %% 10000 %/% 100} (src/nmath/snorm.c). */
public enum NormalKind {
    BUGGY_KINDERMAN_RAMAGE("Buggy Kinderman-Ramage"),
    AHRENS_DIETER("Ahrens-Dieter"),
    BOX_MULLER("Box-Muller"),
    USER_NORM("user-supplied"),
    INVERSION("Inversion"),
    KINDERMAN_RAMAGE("Kinderman-Ramage");

    public final String rName;

    NormalKind(String rName) { this.rName = rName; }

    public static NormalKind of(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
