package org.rlambda.nmath.random;

/**
 * GNU R's uniform generators, numbered as in {@code .Random.seed[1] %% 100} (src/main/RNG.c,
 * RNG_Table), with the number of integers of state each keeps after the kind code.
 */
public enum RngKind {
    WICHMANN_HILL("Wichmann-Hill", 3),
    MARSAGLIA_MULTICARRY("Marsaglia-Multicarry", 2),
    SUPER_DUPER("Super-Duper", 2),
    MERSENNE_TWISTER("Mersenne-Twister", 1 + 624),
    KNUTH_TAOCP("Knuth-TAOCP", 1 + 100),
    USER_UNIF("user-supplied", 0),
    KNUTH_TAOCP2("Knuth-TAOCP-2002", 1 + 100),
    LECUYER_CMRG("L'Ecuyer-CMRG", 6);

    public final String rName;
    public final int seedLength;

    RngKind(String rName, int seedLength) {
        this.rName = rName;
        this.seedLength = seedLength;
    }

    public static RngKind of(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
