package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The image's /var/task (unpacked from the Jib-built tar) run by the Runtime Interface Client in its
 * own JVM against the local Runtime API, with a plain-Java function: proves the layout, the
 * emulator and the error reporting independently of the R engine.
 */
class JavaHandlerEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path root;
    static RuntimeApiEmulator api;
    static LambdaProcess lambda;
    static S3ProxyServer s3;

    @BeforeAll static void start() throws Exception {
        ImageLayout.read(ImageLayout.IMAGE_TAR).unpack(root);
        Path task = root.resolve("var/task");
        // the test function's classes stand in for a user's classes in the task root
        Path classes = Path.of("target/test-classes");
        try (Stream<Path> s = Files.walk(classes.resolve("org/rlambda/lambda/testfn"))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = task.resolve(classes.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        s3 = new S3ProxyServer(Files.createDirectories(root.resolve("s3")));
        api = new RuntimeApiEmulator();
        lambda = new LambdaProcess(task, "org.rlambda.lambda.testfn.EchoHandler::handleRequest", api.address(),
                Map.of("RLAMBDA_TMP_DIR", root.resolve("tmp").toString(), "RLAMBDA_OUTPUT_PREFIX", "results/",
                        "AWS_ENDPOINT_URL_S3", s3.endpoint, "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
    }

    @AfterAll static void stop() throws Exception {
        if (lambda != null) lambda.close();
        if (api != null) api.close();
        if (s3 != null) s3.close();
    }

    @Test void consoleEventIsAnsweredWithTheFunctionsJson() throws Exception {
        var out = api.invoke("{\"name\":\"Ada\",\"n\":[1,2,3]}", Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertFalse(out.error(), () -> out.body() + "\n" + lambda.output());
        JsonNode body = JSON.readTree(out.body());
        assertEquals("Ada", body.at("/echo/name").asText());
        assertEquals("rlambda-test", body.get("functionName").asText());
        long limit = body.get("timeLimitMillis").asLong();
        assertTrue(limit > 25_000 && limit < 30_000, "R time limit leaves a margin below the deadline: " + limit);
        // the function's log line carries the request id
        String id = body.get("requestId").asText();
        assertTrue(waitForLog(id + "\techo handler called"), lambda.output());
    }

    @Test void userErrorBecomesLambdaErrorWithItsTypeAndStackAndTheProcessKeepsServing() throws Exception {
        var out = api.invoke("{\"fail\":\"boom\"}", Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertTrue(out.error(), out.body());
        JsonNode err = JSON.readTree(out.body());
        assertEquals("customError", err.get("errorType").asText());
        assertEquals("Error in inner(x) : boom", err.get("errorMessage").asText());
        assertEquals(2, err.get("stackTrace").size());
        assertTrue(err.get("stackTrace").get(0).asText().contains("inner(x)"), err.toString());
        var next = api.invoke("{\"name\":\"again\"}", Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertFalse(next.error(), next.body());
    }

    @Test void malformedEventIsAnErrorWithThePosition() throws Exception {
        var out = api.invoke("{\"name\": nope}", Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertTrue(out.error(), out.body());
        JsonNode err = JSON.readTree(out.body());
        assertEquals("InvalidEventError", err.get("errorType").asText());
        assertTrue(err.get("errorMessage").asText().contains("line 1, column"), err.toString());
    }

    @Test void s3EventReadsTheObjectAndWritesTheResultThroughTheSdk() throws Exception {
        try (var client = s3.client()) {
            client.createBucket(b -> b.bucket("e2e-in"));
            client.putObject(b -> b.bucket("e2e-in").key("up/x y.csv"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("a\n1\n"));
            var out = api.invoke(S3EventHandlingTest.event("e2e-in", "up/x+y.csv"), Duration.ofSeconds(30), Duration.ofSeconds(60));
            assertFalse(out.error(), () -> out.body() + "\n" + lambda.output());
            assertEquals("s3://e2e-in/results/up/x y.csv.txt", JSON.readTree(out.body()).at("/outputs/0/output").asText());
            assertEquals("key=up/x y.csv\nlines=2\nsize=4\n",
                    client.getObjectAsBytes(b -> b.bucket("e2e-in").key("results/up/x y.csv.txt")).asUtf8String());
        }
    }

    private static boolean waitForLog(String text) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (lambda.output().contains(text)) return true;
            Thread.sleep(100);
        }
        return false;
    }
}
