package org.rlambda.jsonlite;

/**
 * The arguments of {@code fromJSON(txt, simplifyVector = TRUE, simplifyDataFrame = simplifyVector,
 * simplifyMatrix = simplifyVector, flatten = FALSE, bigint_as_char = FALSE)}. Mutable, set fields
 * directly; {@link #simplifyAll(boolean)} sets the three simplify flags together as the defaults do.
 */
public final class FromJsonOptions {
    public boolean simplifyVector = true;
    public boolean simplifyDataFrame = true;
    public boolean simplifyMatrix = true;
    public boolean flatten = false;
    public boolean bigintAsChar = false;

    /** fromJSON's defaults. */
    public static FromJsonOptions defaults() { return new FromJsonOptions(); }

    /** {@code read_json}/{@code parse_json}'s defaults: no simplification. */
    public static FromJsonOptions unsimplified() { return new FromJsonOptions().simplifyAll(false); }

    public FromJsonOptions simplifyAll(boolean simplify) {
        simplifyVector = simplify;
        simplifyDataFrame = simplify;
        simplifyMatrix = simplify;
        return this;
    }

    public FromJsonOptions flatten(boolean f) {
        flatten = f;
        return this;
    }
}
