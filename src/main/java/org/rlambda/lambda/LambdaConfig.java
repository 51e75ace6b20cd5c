package org.rlambda.lambda;

import java.nio.file.Path;
import java.util.Map;

/**
 * The function's configuration, read once from the environment (Lambda passes configuration only
 * that way). Every setting has a default so a bare image runs the example script.
 *
 * @param taskRoot            where the image's files are ({@code LAMBDA_TASK_ROOT}, else the working directory)
 * @param script              the R script sourced once at init ({@code RLAMBDA_SCRIPT}, relative to taskRoot)
 * @param handlerName         the R function called per event ({@code RLAMBDA_HANDLER})
 * @param outputBucket        bucket for S3 results ({@code RLAMBDA_OUTPUT_BUCKET}); null: the input object's bucket
 * @param outputPrefix        key prefix for S3 results ({@code RLAMBDA_OUTPUT_PREFIX})
 * @param triggerPrefix       the prefix filter of the S3 trigger, when the user states it ({@code RLAMBDA_TRIGGER_PREFIX});
 *                            lets a re-triggering configuration be refused at init instead of at the first event
 * @param tmpDir              local scratch space (Lambda: /tmp, the only writable place)
 * @param maxInputBytes       largest S3 object accepted ({@code RLAMBDA_MAX_INPUT_BYTES})
 * @param timeoutMarginMillis time kept back from the Lambda deadline to report a clean timeout
 *                            ({@code RLAMBDA_TIMEOUT_MARGIN_MS}); negative: choose from the remaining time
 * @param prefixLogLines      prefix each log line written during an invocation with the request id
 */
public record LambdaConfig(Path taskRoot, Path script, String handlerName, String outputBucket, String outputPrefix,
                           String triggerPrefix, Path tmpDir, long maxInputBytes,
                           long timeoutMarginMillis, boolean prefixLogLines) {

    public static final String DEFAULT_SCRIPT = "r-scripts/hello.R";
    public static final String DEFAULT_OUTPUT_PREFIX = "rlambda-output/";

    public static LambdaConfig fromEnvironment() { return from(System.getenv()); }

    public static LambdaConfig from(Map<String, String> env) {
        Path taskRoot = Path.of(env.getOrDefault("LAMBDA_TASK_ROOT", System.getProperty("user.dir")));
        Path script = taskRoot.resolve(env.getOrDefault("RLAMBDA_SCRIPT", DEFAULT_SCRIPT));
        String outputBucket = blankToNull(env.get("RLAMBDA_OUTPUT_BUCKET"));
        return new LambdaConfig(taskRoot, script,
                env.getOrDefault("RLAMBDA_HANDLER", "handler"),
                outputBucket,
                env.getOrDefault("RLAMBDA_OUTPUT_PREFIX", DEFAULT_OUTPUT_PREFIX),
                env.get("RLAMBDA_TRIGGER_PREFIX"),
                Path.of(env.getOrDefault("RLAMBDA_TMP_DIR", System.getProperty("java.io.tmpdir"))),
                Long.parseLong(env.getOrDefault("RLAMBDA_MAX_INPUT_BYTES", String.valueOf(8L << 30))),
                Long.parseLong(env.getOrDefault("RLAMBDA_TIMEOUT_MARGIN_MS", "-1")),
                !"false".equalsIgnoreCase(env.getOrDefault("RLAMBDA_LOG_REQUEST_ID", "true")));
    }

    public LambdaConfig withScript(Path newScript) {
        return new LambdaConfig(taskRoot, newScript, handlerName, outputBucket, outputPrefix, triggerPrefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines);
    }

    public LambdaConfig withOutput(String bucket, String prefix) {
        return new LambdaConfig(taskRoot, script, handlerName, bucket, prefix, triggerPrefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines);
    }

    public LambdaConfig withTriggerPrefix(String prefix) {
        return new LambdaConfig(taskRoot, script, handlerName, outputBucket, outputPrefix, prefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines);
    }

    public LambdaConfig withTmpDir(Path dir, long maxBytes) {
        return new LambdaConfig(taskRoot, script, handlerName, outputBucket, outputPrefix, triggerPrefix,
                dir, maxBytes, timeoutMarginMillis, prefixLogLines);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
