package org.rlambda.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A separate JVM started the way the Lambda Java runtime starts one: the Runtime Interface Client's
 * main class with the handler as its argument, working directory = the task root ({@code /var/task}
 * laid out as in the image). Only the runtime's own jars are on the system class path; the handler,
 * its classes and {@code lib/*.jar} are found by the runtime's class loader in the task root, exactly
 * as in the AWS base image.
 */
final class LambdaProcess implements AutoCloseable {
    static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final List<String> RUNTIME_JARS = List.of("aws-lambda-java-runtime-interface-client-",
            "aws-lambda-java-core-", "aws-lambda-java-serialization-", "utils-lite-");

    final Process process;
    final long startNanos;
    private final StringBuffer output = new StringBuffer();
    private final Thread pump;

    LambdaProcess(Path taskRoot, String handler, String runtimeApi, Map<String, String> extraEnv) throws IOException {
        List<String> cp = new ArrayList<>();
        try (Stream<Path> jars = Files.list(taskRoot.resolve("lib"))) {
            jars.filter(j -> RUNTIME_JARS.stream().anyMatch(p -> j.getFileName().toString().startsWith(p)))
                    .forEach(j -> cp.add(j.toString()));
        }
        if (cp.size() != RUNTIME_JARS.size()) throw new IllegalStateException("runtime jars missing in " + taskRoot + "/lib: " + cp);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", String.join(java.io.File.pathSeparator, cp), RIC_MAIN, handler);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(taskRoot.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("RLAMBDA_") || k.startsWith("LAMBDA_"));
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "rlambda-test");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/rlambda-test");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "2026/01/01/[$LATEST]0123456789abcdef");
        env.put("AWS_REGION", "us-east-1");
        env.put("LANG", "C.UTF-8");
        env.putAll(extraEnv);
        startNanos = System.nanoTime();
        process = pb.start();
        pump = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) output.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // process ended
            }
        }, "lambda-process-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Everything the function wrote to stdout and stderr so far (what CloudWatch would receive). */
    String output() { return output.toString(); }

    @Override public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        pump.join(2000);
    }
}
