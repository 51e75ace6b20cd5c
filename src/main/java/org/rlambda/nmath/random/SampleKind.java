package org.rlambda.nmath.random;

/** How {@code sample()} turns uniforms into indices: R before 3.6.0 ("Rounding") or since ("Rejection"). */
public enum SampleKind {
    ROUNDING("Rounding"),
    REJECTION("Rejection");

    public final String rName;

    SampleKind(String rName) { this.rName = rName; }

    public static SampleKind of(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
