package org.rlambda.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SnapStart's lifecycle as the Runtime Interface Client runs it (init type {@code snap-start}):
 * init, the org.crac beforeCheckpoint hooks, {@code /restore/next}, afterRestore, then invocations,
 * in one JVM (the snapshot itself is Lambda's). The seed's function file runs as
 * {@code RLAMBDA_HANDLER=functions.handle_event}. Prints (does not assert) the first invocation's
 * latency after the restore with and without priming.
 */
class SnapStartEndToEndTest {
    @TempDir Path root;

    record Run(String body, String log, long firstAfterRestoreNanos) {}

    Run run(String name, boolean prime) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        ImageLayout.read(ImageLayout.IMAGE_TAR).unpack(dir);
        Path task = dir.resolve("var/task");
        Files.writeString(task.resolve("r-scripts/prime-event.json"), "{\"name\": \"priming\", \"language\": \"R\"}");
        Map<String, String> env = new HashMap<>(Map.of("RLAMBDA_HANDLER", "functions.handle_event",
                "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start", "RLAMBDA_TMP_DIR", dir.resolve("tmp").toString()));
        if (prime) env.put("RLAMBDA_PRIME_EVENTS", "r-scripts/prime-event.json");
        try (RuntimeApiEmulator api = new RuntimeApiEmulator();
             LambdaProcess lambda = new LambdaProcess(task, "org.rlambda.lambda.RLambdaHandler::handleRequest", api.address(), env)) {
            api.restored.get(120, TimeUnit.SECONDS);
            var first = api.invoke("{\"name\": \"Ada\", \"language\": \"R\"}", Duration.ofSeconds(30), Duration.ofSeconds(60));
            assertFalse(first.error(), () -> first.body() + "\n" + lambda.output());
            return new Run(first.body(), lambda.output(), first.nanosToAnswer());
        }
    }

    @Test void initFailureIsReportedThroughInitErrorWithItsRText() throws Exception {
        Path dir = Files.createDirectories(root.resolve("broken"));
        ImageLayout.read(ImageLayout.IMAGE_TAR).unpack(dir);
        Path task = dir.resolve("var/task");
        Files.writeString(task.resolve("r-scripts/broken.R"), "x <- 1\ny <- (2 +\n)\n");
        try (RuntimeApiEmulator api = new RuntimeApiEmulator();
             LambdaProcess lambda = new LambdaProcess(task, "org.rlambda.lambda.RLambdaHandler::handleRequest", api.address(),
                     Map.of("RLAMBDA_HANDLER", "broken.handler", "RLAMBDA_TMP_DIR", dir.resolve("tmp").toString()))) {
            var err = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.initError.get(120, TimeUnit.SECONDS));
            assertEquals("parseError", err.get("errorType").asText(), err.toString());
            assertTrue(err.get("errorMessage").asText().startsWith("Error: broken.R:3:1: unexpected ')'"), err.toString());
            assertFalse(err.toString().contains("java."), err.toString());
        }
    }

    @Test void seedFunctionFileRunsAfterCheckpointAndRestoreAndPrimingIsSilent() throws Exception {
        Run cold = run("plain", false);
        Run primed = run("primed", true);
        assertEquals("\"name Ada; language R\"", cold.body());
        assertEquals("\"name Ada; language R\"", primed.body());
        assertTrue(cold.log().contains("restored from a snapshot"), "the afterRestore hook ran:\n" + cold.log());
        assertFalse(primed.log().contains("priming"), "priming output is discarded:\n" + primed.log());
        System.out.printf("[rlambda snapstart] first invocation after restore: %.1f ms without priming, %.1f ms with "
                + "RLAMBDA_PRIME_EVENTS (same JVM, hooks run by the Runtime Interface Client)%n",
                cold.firstAfterRestoreNanos() / 1e6, primed.firstAfterRestoreNanos() / 1e6);
    }
}
