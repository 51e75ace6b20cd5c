package org.rlambda.jsonlite;

/**
 * The arguments of jsonlite's {@code toJSON(x, dataframe, matrix, Date, POSIXt, factor, complex,
 * raw, null, na, auto_unbox, digits, pretty, force, ...)}, with its defaults, plus the
 * {@code ...} options its methods understand ({@code keep_vec_names}, {@code always_decimal},
 * {@code rownames}, {@code UTC}, {@code time_format}, {@code json_verbatim}, {@code no_dots}).
 * Mutable: set fields directly. Values are the R strings ("rows", "columnmajor", ...).
 */
public final class ToJsonOptions {
    public String dataframe = "rows";
    public String matrix = "rowmajor";
    public String date = "ISO8601";
    public String posixt = "string";
    public String factor = "string";
    public String complex = "string";
    public String raw = "base64";
    public String nullValue = "list";
    /** null (each type's default), "null" or "string". */
    public String na = null;
    public boolean autoUnbox = false;
    /** Decimal digits; {@link #DIGITS_MAX} for {@code digits = NA}. */
    public int digits = 4;
    /** {@code digits = I(n)}: significant instead of decimal digits. */
    public boolean digitsSignificant = false;
    /** {@code pretty = TRUE}: jsonlite's own 2-space layout. */
    public boolean pretty = false;
    /** {@code pretty = n} (a number): the compact text re-indented by prettify with n spaces; null if not given. */
    public Double prettyIndent = null;
    public boolean force = false;
    public boolean keepVecNames = false;
    public boolean alwaysDecimal = false;
    /** null: row names only when they are non-numeric strings; true/false: always/never. */
    public Boolean rownames = null;
    public boolean utc = false;
    public String timeFormat = null;
    public boolean jsonVerbatim = false;
    public boolean noDots = false;

    public static final int DIGITS_MAX = NumberText.DIGITS_NA;

    /** toJSON's defaults. */
    public static ToJsonOptions defaults() { return new ToJsonOptions(); }

    /** What the Lambda handler uses: toJSON's defaults with {@code auto_unbox = TRUE}. */
    public static ToJsonOptions handlerDefaults() {
        ToJsonOptions o = new ToJsonOptions();
        o.autoUnbox = true;
        return o;
    }

    public ToJsonOptions autoUnbox(boolean b) {
        autoUnbox = b;
        return this;
    }

    public ToJsonOptions pretty(boolean b) {
        pretty = b;
        return this;
    }

    public ToJsonOptions digits(int d) {
        digits = d;
        return this;
    }
}
