package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlambda.lambda.testfn.EchoFunction;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The local invoke command's behaviour, with a Java stand-in function (R scripts: RFunctionTest). */
class LocalInvokeTest {
    @TempDir Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int invoke(String... args) {
        return LocalInvoke.run(args, Map.of("RLAMBDA_TMP_DIR", dir.resolve("tmp").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                (config, log) -> new EchoFunction(log));
    }

    @Test void printsTheResponseOnStdoutAndConsoleStyleLogsOnStderr() throws Exception {
        Path script = Files.writeString(dir.resolve("f.R"), "handler <- function(...) list(...)\n");
        Path event = Files.writeString(dir.resolve("e.json"), "{\"name\":\"Ada\"}");
        assertEquals(0, invoke(script.toString(), event.toString()));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("Ada", r.at("/echo/name").asText());
        String logs = err.toString(StandardCharsets.UTF_8);
        String id = r.get("requestId").asText();
        assertTrue(logs.contains("START RequestId: " + id + " Version: $LATEST"), logs);
        assertTrue(logs.contains(id + "\techo handler called"), logs);
        assertTrue(logs.contains("END RequestId: " + id), logs);
        assertTrue(logs.matches("(?s).*REPORT RequestId: " + id + "\tDuration: [0-9.]+ ms.*Init Duration: [0-9.]+ ms.*"), logs);
    }

    @Test void errorObjectOnStdoutAndStatusOne() throws Exception {
        Path script = Files.writeString(dir.resolve("f.R"), "x");
        Path event = Files.writeString(dir.resolve("e.json"), "{\"fail\":\"no\"}");
        assertEquals(1, invoke(script.toString(), event.toString()));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("customError", r.get("errorType").asText());
        assertEquals("Error in inner(x) : no", r.get("errorMessage").asText());
    }

    @Test void s3EventsUseTheFolderBesideTheEventByDefault() throws Exception {
        Path script = Files.writeString(dir.resolve("f.R"), "x");
        Path obj = dir.resolve("events/local-s3/my-bucket/in/a b.csv");
        Files.createDirectories(obj.getParent());
        Files.writeString(obj, "x\n1\n2\n");
        Path event = Files.writeString(dir.resolve("events/s3.json"), S3EventHandlingTest.event("my-bucket", "in/a+b.csv"));
        assertEquals(0, invoke(script.toString(), event.toString()), err.toString(StandardCharsets.UTF_8));
        Path result = dir.resolve("events/local-s3/my-bucket/rlambda-output/in/a b.csv.txt");
        assertEquals("key=in/a b.csv\nlines=3\nsize=6\n", Files.readString(result));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("S3 is the folder"), err.toString(StandardCharsets.UTF_8));
    }

    @Test void usageErrors() {
        assertEquals(2, invoke("only-one-arg.R"));
        assertEquals(2, invoke("a.R", "missing.json"));
        assertEquals(2, invoke("a.R", "b.json", "--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: invoke"));
    }

    @Test void missingEventFileSaysSoWithoutAJavaExceptionName() throws Exception {
        Path script = Files.writeString(dir.resolve("f.R"), "handler <- function(...) 1\n");
        assertEquals(2, invoke(script.toString(), dir.resolve("nope.json").toString()));
        String logs = err.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("the event file " + dir.resolve("nope.json") + " does not exist"), logs);
        assertFalse(logs.contains("java."), logs);
    }

    @Test void emptyOrMalformedEventFileIsNamedWithThePosition() throws Exception {
        Path script = Files.writeString(dir.resolve("f.R"), "handler <- function(...) 1\n");
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"a\": 1,\n \"b\": }");
        assertEquals(2, invoke(script.toString(), empty.toString()));
        assertEquals(2, invoke(script.toString(), bad.toString()));
        String logs = err.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("the event file " + empty + " is empty"), logs);
        assertTrue(logs.contains("the event file " + bad + " is not valid JSON (line 2, column"), logs);
    }

    @Test void eventOverTheSynchronousLimitIsWarnedAbout() throws Exception {
        Path script = Files.writeString(dir.resolve("f.R"), "handler <- function(...) 1\n");
        Path big = Files.writeString(dir.resolve("big.json"), "{\"x\": \"" + "a".repeat(7 << 20) + "\"}");
        invoke(script.toString(), big.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Lambda refuses synchronous invocations over 6291456 bytes"));
    }

    @Test void heapExhaustionIsAnRStyleErrorAndTheSessionIsDiscarded() throws Exception {
        Path script = Files.writeString(dir.resolve("oom.R"),
                "handler <- function(...) { l <- list(); i <- 0; repeat { i <- i + 1; l[[i]] <- numeric(1e4) } }\n");
        Path event = Files.writeString(dir.resolve("e.json"), "{}");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx128m", "-Xss16m", "-cp", "target/classes" + java.io.File.pathSeparator + "target/lib/*",
                "org.rlambda.lambda.LocalInvoke", script.toString(), event.toString()).redirectErrorStream(false).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor(), stderr);
        JsonNode r = new ObjectMapper().readTree(stdout);
        assertEquals("outOfMemory", r.get("errorType").asText(), stdout);
        assertTrue(r.get("errorMessage").asText().contains("cannot allocate memory"), stdout);
        assertFalse(stdout.contains("java.lang"), stdout);
        assertTrue(stderr.contains("the R session is discarded (the Java heap was exhausted)"), stderr);
    }
}
