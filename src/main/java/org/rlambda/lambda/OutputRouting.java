package org.rlambda.lambda;

/**
 * Where S3 results go, and the refusal to write where the function's own trigger would fire again
 * (an S3-triggered function writing into its trigger's prefix invokes itself forever).
 *
 * <p>The output key is {@code outputPrefix + inputKey + "." + extension}: derived only from the input
 * key, so a redelivered event overwrites the same object instead of adding another.
 */
public final class OutputRouting {
    private final String outputBucket;
    private final String outputPrefix;

    public OutputRouting(LambdaConfig config) {
        this.outputBucket = config.outputBucket();
        this.outputPrefix = config.outputPrefix() == null ? "" : config.outputPrefix();
        checkConfiguration(config);
    }

    /** Refuses, at init, a configuration that is known to re-trigger. */
    static void checkConfiguration(LambdaConfig c) {
        String prefix = c.outputPrefix() == null ? "" : c.outputPrefix();
        if (c.outputBucket() == null && prefix.isEmpty()) {
            throw new IllegalStateException("refusing to start: RLAMBDA_OUTPUT_PREFIX is empty and RLAMBDA_OUTPUT_BUCKET is "
                    + "not set, so results would be written at the top of the bucket that triggers the function, "
                    + "invoking it again. Set RLAMBDA_OUTPUT_PREFIX (e.g. \"" + LambdaConfig.DEFAULT_OUTPUT_PREFIX
                    + "\") outside the trigger's prefix, or a different RLAMBDA_OUTPUT_BUCKET.");
        }
        String trigger = c.triggerPrefix();
        if (trigger != null && c.outputBucket() == null && prefix.startsWith(trigger)) {
            throw new IllegalStateException("refusing to start: results go to prefix \"" + prefix
                    + "\" of the triggering bucket, inside the trigger's prefix \"" + trigger + "\""
                    + ", so every result would invoke the function again. Choose an RLAMBDA_OUTPUT_PREFIX outside "
                    + "RLAMBDA_TRIGGER_PREFIX, or a different RLAMBDA_OUTPUT_BUCKET.");
        }
    }

    public String bucketFor(S3EventRecord r) { return outputBucket != null ? outputBucket : r.bucket(); }

    public String keyFor(S3EventRecord r, String extension) { return outputPrefix + r.key() + "." + extension; }

    /**
     * Refuses a record that is itself one of our outputs: the function was triggered by what it wrote.
     * Checked for every record before any R code runs.
     */
    public void checkRecord(S3EventRecord r) {
        if (bucketFor(r).equals(r.bucket()) && r.key().startsWith(outputPrefix)) {
            throw new Refusal("refusing to process " + r.uri() + ": it is under the output prefix \""
                    + outputPrefix + "\" of the same bucket, i.e. the function was triggered by its own output and "
                    + "would invoke itself forever. Configure the S3 trigger with a prefix that excludes \""
                    + outputPrefix + "\", or set RLAMBDA_OUTPUT_BUCKET to another bucket.");
        }
    }

    /** A record that would make the function invoke itself. */
    public static final class Refusal extends IllegalStateException {
        Refusal(String message) { super(message); }
    }

    public String describe() {
        return (outputBucket == null ? "s3://<input bucket>/" : "s3://" + outputBucket + "/") + outputPrefix;
    }
}
