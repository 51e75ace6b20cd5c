package org.rlambda.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Runs an R script as a Lambda function on this machine with an event file, printing what the
 * Lambda console's Test button shows: the logs (with START/END/REPORT lines) on stderr, the response
 * (or the error object) on stdout. S3 events read and write a local folder by default
 * ({@code <event's folder>/local-s3/<bucket>/<key>}), so the S3 example needs no AWS account;
 * {@code --aws} uses real S3 through the standard AWS environment.
 *
 * <pre>java -cp "target/rlambda.jar:target/lib/*" org.rlambda.lambda.LocalInvoke r-scripts/hello.R events/hello.json</pre>
 * or, building first: {@code java -jar target/rlambda.jar invoke r-scripts/hello.R events/hello.json}
 */
public final class LocalInvoke {
    static final String USAGE = """
            usage: invoke SCRIPT.R EVENT.json [options]
                   invoke --http METHOD PATH[?QUERY] [--data BODY] SCRIPT.R   (an HTTP API event)
              --handler NAME        R function called per event (default: handler)
              --s3-dir DIR          folder standing in for S3: DIR/<bucket>/<key> (default: <event dir>/local-s3)
              --aws                 use real S3 (region, credentials, endpoint from the standard AWS environment)
              --output-bucket NAME  bucket for S3 results (default: the input object's bucket)
              --output-prefix P     key prefix for S3 results (default: rlambda-output/)
              --timeout SECONDS     the function's timeout (default: 60)
              --memory MB           the function's memory size, as the context reports it (default: 1024)
            Other settings come from the same environment variables as in Lambda (RLAMBDA_*).""";

    private LocalInvoke() {}

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err, RScriptFunction::load);
        System.exit(status);
    }

    /** Runs one invocation; returns the exit status (0: response, 1: error, 2: usage). */
    static int run(String[] args, Map<String, String> environment, PrintStream stdout, PrintStream stderr,
                   BiFunction<LambdaConfig, RequestLog, ScriptFunction> loader) {
        Map<String, String> env = new HashMap<>(environment);
        String script = null, eventFile = null, s3Dir = null, httpMethod = null, httpTarget = null, httpBody = null;
        boolean aws = false;
        int timeoutSeconds = 60, memory = 1024;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--handler" -> env.put("RLAMBDA_HANDLER", args[++i]);
                    case "--s3-dir" -> s3Dir = args[++i];
                    case "--aws" -> aws = true;
                    case "--http" -> {   // an HTTP API (payload 2.0) event instead of an event file
                        httpMethod = args[++i];
                        httpTarget = args[++i];
                    }
                    case "--data" -> httpBody = args[++i];
                    case "--output-bucket" -> env.put("RLAMBDA_OUTPUT_BUCKET", args[++i]);
                    case "--output-prefix" -> env.put("RLAMBDA_OUTPUT_PREFIX", args[++i]);
                    case "--timeout" -> timeoutSeconds = Integer.parseInt(args[++i]);
                    case "--memory" -> memory = Integer.parseInt(args[++i]);
                    case "-h", "--help" -> {
                        stdout.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                        if (script == null) script = args[i];
                        else if (eventFile == null) eventFile = args[i];
                        else throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            stderr.println("invoke: " + (e instanceof ArrayIndexOutOfBoundsException ? "option needs a value" : e.getMessage()));
            stderr.println(USAGE);
            return 2;
        }
        if (script == null || (eventFile == null) == (httpMethod == null)) {
            stderr.println(USAGE);
            return 2;
        }
        Path scriptPath = Path.of(script).toAbsolutePath();
        Path eventPath = eventFile != null ? Path.of(eventFile).toAbsolutePath() : scriptPath;
        byte[] event;
        try {
            event = httpMethod != null ? HttpEvents.httpApiEvent(httpMethod, httpTarget, httpBody) : Files.readAllBytes(eventPath);
        } catch (IllegalArgumentException e) {
            stderr.println("invoke: " + e.getMessage());
            return 2;
        } catch (java.nio.file.NoSuchFileException e) {
            stderr.println("invoke: the event file " + eventFile + " does not exist");
            return 2;
        } catch (IOException e) {
            stderr.println("invoke: cannot read the event file " + eventFile + ": " + e.getMessage());
            return 2;
        }
        String problem = httpMethod == null ? EventFileCheck.problem(event) : null;
        if (problem != null) {
            stderr.println("invoke: the event file " + eventFile + " " + problem);
            return 2;
        }
        if (event.length > ResponseLimits.MAX_PAYLOAD_BYTES) {
            stderr.println("invoke: warning: the event file has " + event.length + " bytes; Lambda refuses synchronous "
                    + "invocations over " + ResponseLimits.MAX_PAYLOAD_BYTES + " bytes (6 MB) (asynchronous ones: 1 MB)");
        }
        if (!Files.isRegularFile(scriptPath)) {
            stderr.println("invoke: no such script: " + script);
            return 2;
        }
        env.putIfAbsent("LAMBDA_TASK_ROOT", System.getProperty("user.dir"));
        LambdaConfig config;
        try {
            config = LambdaConfig.from(env).withScript(scriptPath).withConcurrency(1);
            OutputRouting.checkConfiguration(config);   // before any R code runs
        } catch (IllegalStateException e) {
            stderr.println("invoke: " + e.getMessage());
            return 2;
        }
        Path folder = s3Dir != null ? Path.of(s3Dir) : eventPath.getParent().resolve("local-s3");
        Supplier<ObjectStore> store = aws ? () -> S3ObjectStore.fromEnvironment(env) : () -> new FolderObjectStore(folder);

        RequestLog log = new RequestLog(() -> stderr, () -> stderr, config.prefixLogLines(), config.outputBudgetBytes());
        ObjectMapper json = new ObjectMapper();
        String requestId = UUID.randomUUID().toString();
        long initStart = System.nanoTime();
        FunctionRuntime host;
        try {
            host = new FunctionRuntime(config, log, store, loader, false);
        } catch (FunctionFailure f) {
            log.end();
            stderr.println("INIT_REPORT Init Duration: " + millis(initStart) + " ms\tPhase: init\tStatus: error");
            stdout.println(LambdaErrors.toJson(f, scriptPath.getFileName().toString()).toPrettyString());
            return 1;
        } catch (RuntimeException e) {
            stderr.println("INIT_REPORT Init Duration: " + millis(initStart) + " ms\tPhase: init\tStatus: error");
            stdout.println(LambdaErrors.toJson(e).toPrettyString());
            return 1;
        }
        String initMillis = millis(initStart);
        if (!aws && S3EventRecord.isS3Notification(readTree(json, event))) {
            stderr.println("rlambda: S3 is the folder " + folder.toAbsolutePath().normalize() + " (use --aws for real S3)");
        }
        EventKind kind = EventKind.of(readTree(json, event));
        if (kind.adapter() != null) stderr.println("rlambda: " + kind.label() + " event");
        stderr.println("START RequestId: " + requestId + " Version: $LATEST");
        long start = System.nanoTime();
        InvocationInfo ctx = new InvocationInfo(requestId, "arn:aws:lambda:local:000000000000:function:" + functionName(scriptPath),
                functionName(scriptPath), "$LATEST", memory, System.currentTimeMillis() + timeoutSeconds * 1000L,
                "/aws/lambda/" + functionName(scriptPath), "local");
        int status;
        String output;
        try {
            output = new String(host.handle(event, ctx), StandardCharsets.UTF_8);
            status = 0;
        } catch (Exception e) {
            output = LambdaErrors.toJson(e).toPrettyString();
            status = 1;
        }
        String duration = millis(start);
        stderr.println("END RequestId: " + requestId);
        long used = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        stderr.println("REPORT RequestId: " + requestId + "\tDuration: " + duration + " ms\tMemory Size: " + memory
                + " MB\tMax Memory Used: " + Math.max(used, peakHeapMb()) + " MB\tInit Duration: " + initMillis + " ms");
        stdout.println(output);
        stdout.flush();
        return status;
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(ObjectMapper json, byte[] event) {
        try {
            return json.readTree(event);
        } catch (IOException e) {
            return null;
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }

    private static String functionName(Path script) {
        String n = script.getFileName().toString();
        return n.endsWith(".R") || n.endsWith(".r") ? n.substring(0, n.length() - 2) : n;
    }

    private static String millis(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - startNanos) / 1e6);
    }
}
