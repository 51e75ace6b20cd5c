package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * End to end as on Lambda: the image's /var/task (unpacked from the Jib-built tar) run by the AWS
 * Lambda Runtime Interface Client in its own JVM, with the real handler class and an R script,
 * against the local Runtime API and a real S3 server. Sends a console event, a failing event, a
 * malformed event and an S3 event, and measures cold start (JVM start to first response) and warm
 * latency, printed (not asserted) with {@code Rscript -e} start-up for comparison.
 */
class RHandlerEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Uses only what the interpreter had from its first day, so this test checks the runtime, not the library. */
    static final String SCRIPT = """
            double_it <- function(n) {
              if (n < 0) stop("n must not be negative, got ", n)
              n * 2
            }
            handler <- function(n, key, ...) {
              message("handling")
              if (!missing(key)) return(key)
              double_it(n)
            }
            """;
    @TempDir static Path root;
    static RuntimeApiEmulator api;
    static LambdaProcess lambda;
    static S3ProxyServer s3;
    static RuntimeApiEmulator.Outcome first;
    static long coldStartNanos, initNanos;

    @BeforeAll static void start() throws Exception {
        ImageLayout.read(ImageLayout.IMAGE_TAR).unpack(root);
        Path task = root.resolve("var/task");
        Files.writeString(task.resolve("r-scripts/e2e.R"), SCRIPT);
        s3 = new S3ProxyServer(Files.createDirectories(root.resolve("s3")));
        api = new RuntimeApiEmulator();
        lambda = new LambdaProcess(task, "org.rlambda.lambda.RLambdaHandler::handleRequest", api.address(),
                Map.of("RLAMBDA_SCRIPT", "r-scripts/e2e.R", "RLAMBDA_TMP_DIR", root.resolve("tmp").toString(),
                        "RLAMBDA_OUTPUT_PREFIX", "results/", "AWS_ENDPOINT_URL_S3", s3.endpoint,
                        "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
        // the first event is queued at once: its answer time is the cold start
        var f = api.send("{\"n\": 21}", Duration.ofSeconds(30));
        first = f.get(120, TimeUnit.SECONDS);
        coldStartNanos = System.nanoTime() - lambda.startNanos;
        initNanos = api.firstPoll.get() - lambda.startNanos;
    }

    @AfterAll static void stop() throws Exception {
        if (lambda != null) {
            System.out.println("[rlambda e2e] peak RSS of the function JVM: " + peakRssMb(lambda.process.pid()) + " MB");
            lambda.close();
        }
        if (api != null) api.close();
        if (s3 != null) s3.close();
    }

    @Test void consoleEventIsAnsweredByTheRHandler() throws Exception {
        assertFalse(first.error(), () -> first.body() + "\n" + lambda.output());
        assertEquals("42", first.body());
        assertTrue(lambda.output().matches("(?s).*[0-9a-f-]{36}\thandling\n.*"), lambda.output());
        System.out.printf("[rlambda e2e] cold start (JVM start -> first response): %.0f ms (init, JVM start -> first poll: %.0f ms)%n",
                coldStartNanos / 1e6, initNanos / 1e6);
    }

    @Test void rErrorIsALambdaErrorAndTheContainerKeepsServing() throws Exception {
        var out = api.invoke("{\"n\": -1}", Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertTrue(out.error(), out.body());
        JsonNode err = JSON.readTree(out.body());
        assertEquals("simpleError", err.get("errorType").asText());
        assertEquals("Error in double_it(n) : n must not be negative, got -1", err.get("errorMessage").asText());
        assertTrue(err.get("stackTrace").get(0).asText().contains("double_it(n)"), err.toString());
        assertTrue(lambda.output().contains("Error in double_it(n) : n must not be negative, got -1"), lambda.output());
        assertEquals("8", api.invoke("{\"n\": 4}", Duration.ofSeconds(30), Duration.ofSeconds(60)).body());
    }

    @Test void malformedEventIsJsonlitesParseError() throws Exception {
        var out = api.invoke("{\"n\": nope}", Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertTrue(out.error(), out.body());
        JsonNode err = JSON.readTree(out.body());
        assertEquals("simpleError", err.get("errorType").asText());
        assertTrue(err.get("errorMessage").asText().startsWith("Error: lexical error: invalid"), err.toString());
    }

    @Test void s3EventRunsTheHandlerOnTheObjectAndWritesTheResult() throws Exception {
        try (var client = s3.client()) {
            client.createBucket(b -> b.bucket("r-in"));
            client.putObject(b -> b.bucket("r-in").key("up/x y.csv"), RequestBody.fromString("a\n1\n"));
            var out = api.invoke(S3EventHandlingTest.event("r-in", "up/x+y.csv"), Duration.ofSeconds(30), Duration.ofSeconds(60));
            assertFalse(out.error(), () -> out.body() + "\n" + lambda.output());
            assertEquals("up/x y.csv\n", client.getObjectAsBytes(b -> b.bucket("r-in").key("results/up/x y.csv.txt")).asUtf8String());
        }
    }

    @Test void warmInvocationLatency() throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            var out = api.invoke("{\"n\": " + i + "}", Duration.ofSeconds(30), Duration.ofSeconds(60));
            nanos.add(System.nanoTime() - t);
            assertEquals(String.valueOf(i * 2), out.body());
        }
        Collections.sort(nanos);
        System.out.printf("[rlambda e2e] warm invocation round trip: median %.2f ms, min %.2f ms, max %.2f ms (20 events)%n",
                nanos.get(10) / 1e6, nanos.get(0) / 1e6, nanos.get(19) / 1e6);
        Long rscript = rscriptStartupNanos();
        if (rscript != null) System.out.printf("[rlambda e2e] GNU R for comparison: Rscript -e 'NULL' takes %.0f ms%n", rscript / 1e6);
    }

    /** Wall time of {@code Rscript --vanilla -e NULL}, best of 3, or null when GNU R is not installed. */
    static Long rscriptStartupNanos() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            try {
                long t = System.nanoTime();
                Process p = new ProcessBuilder("Rscript", "--vanilla", "-e", "NULL").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() != 0) return null;
                best = Math.min(best, System.nanoTime() - t);
            } catch (Exception e) {
                return null;
            }
        }
        return best;
    }

    static long peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
