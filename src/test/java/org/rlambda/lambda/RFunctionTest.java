package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The example scripts in r-scripts/ with their events in events/, through the same code path as
 * Lambda (FunctionHost + RScriptFunction), in process. Expected responses are GNU R + jsonlite's.
 */
class RFunctionTest {
    @TempDir Path tmp;
    final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    FunctionHost host(String script, Path s3Folder) {
        PrintStream p = new PrintStream(logs, true, StandardCharsets.UTF_8);
        RequestLog log = new RequestLog(() -> p, () -> p, true);
        LambdaConfig c = LambdaConfig.from(Map.of("LAMBDA_TASK_ROOT", Path.of("").toAbsolutePath().toString(),
                "RLAMBDA_SCRIPT", script, "RLAMBDA_TMP_DIR", tmp.resolve("tmp").toString()));
        return new FunctionHost(c, RScriptFunction.load(c, log), () -> new FolderObjectStore(s3Folder), log);
    }

    static InvocationInfo ctx(String id) {
        return new InvocationInfo(id, RuntimeApiEmulator.FUNCTION_ARN, "f", "$LATEST", 1024,
                System.currentTimeMillis() + 60_000, "g", "s");
    }

    String invoke(FunctionHost h, String eventFile, String id) throws Exception {
        return new String(h.handle(Files.readAllBytes(Path.of("events", eventFile)), ctx(id)), StandardCharsets.UTF_8);
    }

    @Test void helloAnswersWithJsonliteText() throws Exception {
        FunctionHost h = host("r-scripts/hello.R", tmp);
        assertEquals("{\"message\":\"Hello, Ada!\",\"count\":3,\"total\":6.5,\"mean\":2.1667}", invoke(h, "hello.json", "r1"));
        assertTrue(logs.toString(StandardCharsets.UTF_8).contains("r1\tgreeting Ada \n"), logs.toString(StandardCharsets.UTF_8));
    }

    @Test void dataFrameBecomesArrayOfRecords() throws Exception {
        FunctionHost h = host("r-scripts/table.R", tmp);
        assertEquals("[{\"id\":1,\"label\":\"item 1\",\"square\":1,\"even\":false},"
                + "{\"id\":2,\"label\":\"item 2\",\"square\":4,\"even\":true},"
                + "{\"id\":3,\"label\":\"item 3\",\"square\":9,\"even\":false}]", invoke(h, "table.json", "r2"));
    }

    @Test void rErrorBecomesLambdaErrorWithConditionClassAndCallStack() throws Exception {
        FunctionHost h = host("r-scripts/validate-order.R", tmp);
        LambdaFunctionError e = assertThrows(LambdaFunctionError.class, () -> invoke(h, "bad-order.json", "r3"));
        assertEquals("invalidOrder", e.getClass().getName());
        assertEquals("Error in check_quantity(quantity) : \n  quantity must be a positive number, got -2", e.getMessage());
        assertTrue(e.getStackTrace().length >= 2, java.util.Arrays.toString(e.getStackTrace()));
        assertTrue(e.getStackTrace()[0].toString().contains("check_quantity(quantity)"), e.getStackTrace()[0].toString());
        // and the same container serves the next event
        assertEquals("{\"item\":\"widget\",\"quantity\":2,\"total\":19}", invoke(h, "good-order.json", "r4"));
    }

    @Test void malformedEventGivesJsonlitesParseError() {
        FunctionHost h = host("r-scripts/hello.R", tmp);
        LambdaFunctionError e = assertThrows(LambdaFunctionError.class,
                () -> h.handle("{\"a\": nope}".getBytes(StandardCharsets.UTF_8), ctx("r5")));
        assertEquals("simpleError", e.getClass().getName());
        assertTrue(e.getMessage().startsWith("Error: lexical error: invalid string in json text."), e.getMessage());
    }

    @Test void s3SummaryWritesJsonBesideTheInput() throws Exception {
        Path s3 = tmp.resolve("s3");
        Path in = s3.resolve("example-bucket/uploads/sales.csv");
        Files.createDirectories(in.getParent());
        Files.copy(Path.of("events/local-s3/example-bucket/uploads/sales.csv"), in);
        FunctionHost h = host("r-scripts/s3-sales-summary.R", s3);
        JsonNode r = new ObjectMapper().readTree(invoke(h, "s3-sales-upload.json", "r6"));
        assertEquals("s3://example-bucket/rlambda-output/uploads/sales.csv.json", r.at("/outputs/0/output").asText());
        assertEquals("{\"source\":\"uploads/sales.csv\",\"rows\":7,\"total\":425.24,\"by_region\":["
                        + "{\"region\":\"east\",\"orders\":2,\"total\":159.99},{\"region\":\"north\",\"orders\":3,\"total\":170.25},"
                        + "{\"region\":\"south\",\"orders\":2,\"total\":95}]}",
                Files.readString(s3.resolve("example-bucket/rlambda-output/uploads/sales.csv.json")));
    }

    @Test void handlerWithContextFormalReceivesTheContext() throws Exception {
        Path script = Files.writeString(tmp.resolve("ctx.R"),
                "handler <- function(x, context) list(x = x, id = context$aws_request_id, mem = context$memory_limit_in_mb)\n");
        FunctionHost h = host(script.toString(), tmp);
        assertEquals("{\"x\":1,\"id\":\"r7\",\"mem\":1024}",
                new String(h.handle("{\"x\":1}".getBytes(StandardCharsets.UTF_8), ctx("r7")), StandardCharsets.UTF_8));
    }

    @Test void nonObjectEventIsOneArgument() throws Exception {
        Path script = Files.writeString(tmp.resolve("sum.R"), "handler <- function(v) sum(v)\n");
        FunctionHost h = host(script.toString(), tmp);
        assertEquals("6", new String(h.handle("[1,2,3]".getBytes(StandardCharsets.UTF_8), ctx("r8")), StandardCharsets.UTF_8));
    }

    @Test void missingHandlerIsAClearInitError() throws Exception {
        Path script = Files.writeString(tmp.resolve("none.R"), "x <- 1\n");
        FunctionFailure f = assertThrows(FunctionFailure.class, () -> host(script.toString(), tmp));
        assertTrue(f.getMessage().contains("does not define a function named 'handler'"), f.getMessage());
    }
}
