package org.rlambda.lambda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The function's configuration, read once from the environment (Lambda passes configuration only
 * that way). Every setting has a default so a bare image runs the example script.
 *
 * @param taskRoot            where the image's files are ({@code LAMBDA_TASK_ROOT}, else the working directory)
 * @param script              the R script sourced once at init ({@code RLAMBDA_SCRIPT}, relative to taskRoot, or the
 *                            file part of a {@code FILE.FUNCTION} handler)
 * @param handlerName         the R function called per event ({@code RLAMBDA_HANDLER}, see {@link HandlerName})
 * @param outputBucket        bucket for S3 results ({@code RLAMBDA_OUTPUT_BUCKET}); null: the input object's bucket
 * @param outputPrefix        key prefix for S3 results ({@code RLAMBDA_OUTPUT_PREFIX})
 * @param triggerPrefix       the prefix filter of the S3 trigger, when the user states it ({@code RLAMBDA_TRIGGER_PREFIX});
 *                            lets a re-triggering configuration be refused at init instead of at the first event
 * @param tmpDir              local scratch space ({@code RLAMBDA_TMP_DIR}; Lambda: /tmp, the only writable place)
 * @param maxInputBytes       largest S3 object accepted ({@code RLAMBDA_MAX_INPUT_BYTES})
 * @param timeoutMarginMillis time kept back from the Lambda deadline to report a clean timeout
 *                            ({@code RLAMBDA_TIMEOUT_MARGIN_MS}); negative: choose from the remaining time
 * @param prefixLogLines      prefix each log line written during an invocation with the request id
 * @param maxConcurrency      R sessions kept for concurrent invocations ({@code AWS_LAMBDA_MAX_CONCURRENCY}, at least 1)
 * @param primeEvents         event files run through the handler at init, output discarded ({@code RLAMBDA_PRIME_EVENTS},
 *                            comma-separated, relative to taskRoot)
 * @param outputBudgetBytes   stdout/stderr bytes one invocation may write before the rest is cut
 *                            ({@code RLAMBDA_LOG_BUDGET_BYTES}; 0 or less: no limit)
 */
public record LambdaConfig(Path taskRoot, Path script, String handlerName, String outputBucket, String outputPrefix,
                           String triggerPrefix, Path tmpDir, long maxInputBytes,
                           long timeoutMarginMillis, boolean prefixLogLines,
                           int maxConcurrency, List<Path> primeEvents, long outputBudgetBytes) {

    public static final String DEFAULT_SCRIPT = "r-scripts/hello.R";
    public static final String DEFAULT_OUTPUT_PREFIX = "rlambda-output/";
    public static final long DEFAULT_OUTPUT_BUDGET = 1L << 20;

    public LambdaConfig {
        primeEvents = List.copyOf(primeEvents);
        maxConcurrency = Math.max(1, maxConcurrency);
    }

    public static LambdaConfig fromEnvironment() { return from(System.getenv()); }

    public static LambdaConfig from(Map<String, String> env) {
        Path taskRoot = Path.of(env.getOrDefault("LAMBDA_TASK_ROOT", System.getProperty("user.dir")));
        HandlerName h = HandlerName.resolve(taskRoot, env.get("RLAMBDA_SCRIPT"), env.get("RLAMBDA_HANDLER"));
        String outputBucket = blankToNull(env.get("RLAMBDA_OUTPUT_BUCKET"));
        List<Path> prime = new ArrayList<>();
        for (String p : env.getOrDefault("RLAMBDA_PRIME_EVENTS", "").split(",")) {
            if (!p.isBlank()) prime.add(taskRoot.resolve(p.strip()));
        }
        return new LambdaConfig(taskRoot, h.script(), h.function(),
                outputBucket,
                env.getOrDefault("RLAMBDA_OUTPUT_PREFIX", DEFAULT_OUTPUT_PREFIX),
                env.get("RLAMBDA_TRIGGER_PREFIX"),
                Path.of(env.getOrDefault("RLAMBDA_TMP_DIR", System.getProperty("java.io.tmpdir"))),
                number(env, "RLAMBDA_MAX_INPUT_BYTES", 8L << 30),
                number(env, "RLAMBDA_TIMEOUT_MARGIN_MS", -1),
                !"false".equalsIgnoreCase(env.getOrDefault("RLAMBDA_LOG_REQUEST_ID", "true")),
                (int) number(env, "AWS_LAMBDA_MAX_CONCURRENCY", 1),
                prime,
                number(env, "RLAMBDA_LOG_BUDGET_BYTES", DEFAULT_OUTPUT_BUDGET));
    }

    private static long number(Map<String, String> env, String name, long dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, got \"" + v + "\"");
        }
    }

    public LambdaConfig withScript(Path newScript) {
        return new LambdaConfig(taskRoot, newScript, handlerName, outputBucket, outputPrefix, triggerPrefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines, maxConcurrency, primeEvents, outputBudgetBytes);
    }

    public LambdaConfig withOutput(String bucket, String prefix) {
        return new LambdaConfig(taskRoot, script, handlerName, bucket, prefix, triggerPrefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines, maxConcurrency, primeEvents, outputBudgetBytes);
    }

    public LambdaConfig withTriggerPrefix(String prefix) {
        return new LambdaConfig(taskRoot, script, handlerName, outputBucket, outputPrefix, prefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines, maxConcurrency, primeEvents, outputBudgetBytes);
    }

    public LambdaConfig withTmpDir(Path dir, long maxBytes) {
        return new LambdaConfig(taskRoot, script, handlerName, outputBucket, outputPrefix, triggerPrefix,
                dir, maxBytes, timeoutMarginMillis, prefixLogLines, maxConcurrency, primeEvents, outputBudgetBytes);
    }

    public LambdaConfig withConcurrency(int sessions) {
        return new LambdaConfig(taskRoot, script, handlerName, outputBucket, outputPrefix, triggerPrefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines, sessions, primeEvents, outputBudgetBytes);
    }

    public LambdaConfig withPrimeEvents(List<Path> events) {
        return new LambdaConfig(taskRoot, script, handlerName, outputBucket, outputPrefix, triggerPrefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines, maxConcurrency, events, outputBudgetBytes);
    }

    public LambdaConfig withOutputBudget(long bytes) {
        return new LambdaConfig(taskRoot, script, handlerName, outputBucket, outputPrefix, triggerPrefix,
                tmpDir, maxInputBytes, timeoutMarginMillis, prefixLogLines, maxConcurrency, primeEvents, bytes);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }

    /**
     * RLAMBDA_HANDLER as AWS's {@code _HANDLER} for other runtimes: {@code FILE.FUNCTION} names
     * {@code r-scripts/FILE.R} (or {@code FILE.R} under the task root) and its function. R names may
     * contain dots, so the value is read as FILE.FUNCTION only when RLAMBDA_SCRIPT is not set and a
     * script for some dot-separated prefix exists (the shortest such prefix wins); otherwise the
     * whole value is the function's name in RLAMBDA_SCRIPT (default {@value DEFAULT_SCRIPT}).
     */
    record HandlerName(Path script, String function) {
        static HandlerName resolve(Path taskRoot, String scriptSetting, String handlerSetting) {
            String handler = handlerSetting == null || handlerSetting.isBlank() ? "handler" : handlerSetting.strip();
            if (scriptSetting != null && !scriptSetting.isBlank()) return new HandlerName(taskRoot.resolve(scriptSetting.strip()), handler);
            for (int dot = handler.indexOf('.'); dot > 0 && dot < handler.length() - 1; dot = handler.indexOf('.', dot + 1)) {
                String file = handler.substring(0, dot);
                for (Path candidate : List.of(taskRoot.resolve("r-scripts").resolve(file + ".R"), taskRoot.resolve(file + ".R"))) {
                    if (Files.isRegularFile(candidate)) return new HandlerName(candidate, handler.substring(dot + 1));
                }
            }
            return new HandlerName(taskRoot.resolve(DEFAULT_SCRIPT), handler);
        }
    }
}
