package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Lambda Managed Instances' concurrent invocations end to end: the image's /var/task run by the
 * Runtime Interface Client with {@code AWS_LAMBDA_MAX_CONCURRENCY=8} against the local Runtime API,
 * 8 invocations in flight at once. Each handler waits until all 8 have started (a barrier of files),
 * so the test only passes when 8 sessions really run at the same time; every response, log line and
 * warning must carry its own request's id. Prints (does not assert) the memory of 1 vs 8 sessions
 * and the throughput.
 */
class ConcurrentEndToEndTest {
    static final int N = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SCRIPT = """
            started <- 0
            handler <- function(id, barrier, context) {
              message("start ", id)
              writeLines(id, file.path(barrier, id))
              waited <- 0
              while (length(list.files(barrier)) < %d && waited < 600) { Sys.sleep(0.05); waited <- waited + 1 }
              warning("late ", id)
              cat("end", id, "\\n")
              started <<- started + 1
              list(id = id, request = context$aws_request_id, all_started = length(list.files(barrier)) >= %d,
                   calls_in_this_session = started)
            }
            """.formatted(N, N);
    @TempDir static Path root;
    static RuntimeApiEmulator api;
    static LambdaProcess lambda;
    static long rssOneSessionMb;

    @BeforeAll static void start() throws Exception {
        ImageLayout.read(ImageLayout.IMAGE_TAR).unpack(root);
        Path task = root.resolve("var/task");
        Files.writeString(task.resolve("r-scripts/concurrent.R"), SCRIPT);
        api = new RuntimeApiEmulator();
        lambda = new LambdaProcess(task, "org.rlambda.lambda.RLambdaHandler::handleRequest", api.address(),
                Map.of("RLAMBDA_SCRIPT", "r-scripts/concurrent.R", "RLAMBDA_TMP_DIR", root.resolve("tmp").toString(),
                        "AWS_LAMBDA_MAX_CONCURRENCY", String.valueOf(N)));
        Path warm = Files.createDirectories(root.resolve("barrier-warm"));
        for (int i = 1; i < N; i++) Files.writeString(warm.resolve("w" + i), "");
        var out = api.invoke(event("w0", warm), Duration.ofSeconds(60), Duration.ofSeconds(120));
        assertFalse(out.error(), () -> out.body() + "\n" + lambda.output());
        rssOneSessionMb = rssMb(lambda.process.pid());
    }

    static String event(String id, Path barrier) {
        return "{\"id\": \"" + id + "\", \"barrier\": \"" + barrier.toString().replace("\\", "/") + "\"}";
    }

    @AfterAll static void stop() throws Exception {
        if (lambda != null) lambda.close();
        if (api != null) api.close();
    }

    @Test void eightInvocationsInFlightEachInItsOwnSessionWithItsOwnLogLines() throws Exception {
        Path barrier = Files.createDirectories(root.resolve("barrier-1"));
        List<CompletableFuture<RuntimeApiEmulator.Outcome>> futures = new ArrayList<>();
        long t = System.nanoTime();
        for (int i = 0; i < N; i++) futures.add(api.send(event("c" + i, barrier), Duration.ofSeconds(60)));
        Set<String> requests = new HashSet<>();
        for (int i = 0; i < N; i++) {
            var out = futures.get(i).get(120, TimeUnit.SECONDS);
            assertFalse(out.error(), out.body() + "\n" + lambda.output());
            JsonNode r = JSON.readTree(out.body());
            assertEquals("c" + i, r.get("id").asText());
            assertTrue(r.get("all_started").asBoolean(), "all " + N + " were in flight together");
            String req = r.get("request").asText();
            assertTrue(requests.add(req), "a request id of its own");
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        String log = lambda.output();
        for (int i = 0; i < N; i++) {
            String id = "c" + i;
            String req = requestOf(log, "start " + id);
            assertNotNull(req, "log line 'start " + id + "' in\n" + log);
            assertEquals(req, requestOf(log, "end " + id), log);
            assertEquals(req, requestOf(log, "In handler(id = \"" + id + "\""), "warning of " + id + " in\n" + log);
            assertTrue(requests.contains(req));
        }
        long rss = rssMb(lambda.process.pid());
        System.out.printf("[rlambda concurrent] %d invocations in flight: %.2f s for the batch; RSS with 1 session %d MB, "
                + "with %d sessions %d MB (%.1f MB per extra session)%n", N, seconds, rssOneSessionMb, N, rss,
                (rss - rssOneSessionMb) / (double) (N - 1));
    }

    /** The request id prefixing the first log line that contains {@code text}. */
    static String requestOf(String log, String text) {
        for (String line : log.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && line.contains(text)) return line.substring(0, tab);
        }
        return null;
    }

    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
