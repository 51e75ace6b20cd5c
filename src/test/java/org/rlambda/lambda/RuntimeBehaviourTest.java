package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The R function runtime in process (FunctionRuntime: sessions, handler convention, bounds), each
 * test with a small script of its own.
 */
class RuntimeBehaviourTest {
    @TempDir Path root;
    final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    FunctionRuntime runtime(String script, Map<String, String> env) throws Exception {
        Files.createDirectories(root.resolve("r-scripts"));
        Files.writeString(root.resolve("r-scripts/fn.R"), script);
        Map<String, String> e = new HashMap<>(Map.of("LAMBDA_TASK_ROOT", root.toString(), "RLAMBDA_SCRIPT", "r-scripts/fn.R",
                "RLAMBDA_TMP_DIR", root.resolve("tmp").toString()));
        e.putAll(env);
        return runtime(LambdaConfig.from(e));
    }

    FunctionRuntime runtime(LambdaConfig c) {
        PrintStream p = new PrintStream(logs, true, StandardCharsets.UTF_8);
        RequestLog log = new RequestLog(() -> p, () -> p, true, c.outputBudgetBytes());
        return new FunctionRuntime(c, log, () -> new FolderObjectStore(root.resolve("s3")), RScriptFunction::load, false);
    }

    static String call(FunctionRuntime r, String event) throws Exception {
        return new String(r.handle(event.getBytes(StandardCharsets.UTF_8), RFunctionTest.ctx("req")), StandardCharsets.UTF_8);
    }

    static JsonNode error(FunctionRuntime r, String event) throws Exception {
        LambdaFunctionError e = assertThrows(LambdaFunctionError.class, () -> call(r, event));
        return LambdaErrors.toJson(e);
    }

    String log() { return logs.toString(StandardCharsets.UTF_8); }

    @Test void seedFunctionFileRunsAsFileDotFunctionHandler() throws Exception {
        LambdaConfig c = LambdaConfig.from(Map.of("LAMBDA_TASK_ROOT", Path.of("").toAbsolutePath().toString(),
                "RLAMBDA_HANDLER", "functions.handle_event"));
        assertEquals(Path.of("r-scripts/functions.R").toAbsolutePath(), c.script());
        assertEquals("handle_event", c.handlerName());
        assertEquals("\"name Ada; language R\"", call(runtime(c), Files.readString(Path.of("events/functions.json"))));
    }

    @Test void handlerNameWithDotsStaysAFunctionNameWhenNoSuchFileExists() throws Exception {
        FunctionRuntime r = runtime("my.handler <- function(x) x * 2\n", Map.of("RLAMBDA_HANDLER", "my.handler"));
        assertEquals("8", call(r, "[4]"));
    }

    @Test void formalEventReceivesTheWholeEvent() throws Exception {
        FunctionRuntime r = runtime("handler <- function(event, context) list(n = nrow(event), id = context$aws_request_id)\n", Map.of());
        assertEquals("{\"n\":2,\"id\":\"req\"}", call(r, "[{\"a\":1},{\"a\":2}]"));
    }

    @Test void arrayOfObjectsIsOneArgumentNotSpreadIntoFields() throws Exception {
        FunctionRuntime r = runtime("handler <- function(x) names(x)\n", Map.of());
        assertEquals("\"a\"", call(r, "[{\"a\":1},{\"a\":2}]"));
    }

    @Test void nonObjectEventForAHandlerWithoutFormalsNamesTheRule() throws Exception {
        FunctionRuntime r = runtime("handler <- function(context) 1\n", Map.of());
        JsonNode e = error(r, "[1, 2]");
        assertEquals("HandlerSignature", e.get("errorType").asText());
        assertTrue(e.get("errorMessage").asText().contains("has no formal `event` and the event is a JSON array"), e.toString());
    }

    @Test void deepRecursionErrorResponseIsSmallWithAtMostFiftyFrames() throws Exception {
        FunctionRuntime r = runtime("f <- function(n) f(n + 1)\nhandler <- function(...) f(1)\n", Map.of());
        JsonNode e = error(r, "{}");
        assertTrue(e.toString().length() < 16 * 1024, e.toString().length() + " bytes");
        assertEquals(ResponseLimits.MAX_FRAMES, e.get("stackTrace").size());
        assertTrue(e.get("stackTrace").get(49).asText().matches("R\\.\\.\\.\\. [0-9]+ more frames.*"), e.toString());
    }

    @Test void callsInTheTraceAreAbbreviatedNotTheWholeEvent() throws Exception {
        FunctionRuntime r = runtime("handler <- function(event) stop('bad')\n", Map.of());
        String big = "{\"v\":[" + "1,".repeat(200_000) + "1]}";
        JsonNode e = error(r, big);
        assertTrue(e.toString().length() < 4096, e.toString().length() + " bytes");
        assertTrue(log().length() < 4096, log().length() + " bytes of log");
    }

    @Test void resultOverSixMegabytesIsTheSizeError() throws Exception {
        FunctionRuntime r = runtime("handler <- function(...) strrep('x', 7 * 1024 * 1024)\n", Map.of());
        JsonNode e = error(r, "{}");
        assertEquals("ResponseSizeTooLarge", e.get("errorType").asText());
        assertTrue(e.get("errorMessage").asText().contains("7340034 bytes"), e.toString());
    }

    @Test void longErrorMessageIsCutWithANote() throws Exception {
        FunctionRuntime r = runtime("handler <- function(...) stop(strrep('m', 100000))\n", Map.of());
        String msg = error(r, "{}").get("errorMessage").asText();
        assertTrue(msg.length() < ResponseLimits.MAX_MESSAGE_CHARS + 100, msg.length() + " chars");
        assertTrue(msg.endsWith("more characters]"), msg.substring(msg.length() - 80));
    }

    @Test void quitEndsTheSessionWithAnRStyleErrorAndANewSessionServesNext() throws Exception {
        FunctionRuntime r = runtime("n <- 0\nhandler <- function(stop = FALSE) { n <<- n + 1; if (stop) quit(); n }\n", Map.of());
        assertEquals("1", call(r, "{}"));
        JsonNode e = error(r, "{\"stop\": true}");
        assertEquals("quit", e.get("errorType").asText());
        assertTrue(e.get("errorMessage").asText().startsWith("Error: quit() was called"), e.toString());
        assertEquals("1", call(r, "{}"), "a fresh session: globals as init left them");
    }

    @Test void environmentResultIsAnRStyleErrorAndLogged() throws Exception {
        FunctionRuntime r = runtime("handler <- function(...) new.env()\n", Map.of());
        JsonNode e = error(r, "{}");
        assertEquals("simpleError", e.get("errorType").asText());
        assertTrue(e.get("errorMessage").asText().contains("No method asJSON S3 class: environment"), e.toString());
        assertTrue(log().contains("No method asJSON S3 class: environment"), log());
    }

    @Test void functionResultIsItsDeparsedSourceAsJsonliteSendsIt() throws Exception {
        FunctionRuntime r = runtime("handler <- function(...) function(x) x + 1\n", Map.of());
        assertEquals("[\"function (x) \",\"x + 1\"]", call(r, "{}"));
    }

    @Test void sinkLeftOpenDoesNotSwallowTheNextInvocationsOutput() throws Exception {
        FunctionRuntime r = runtime("handler <- function(open = FALSE) { if (open) sink(tempfile()); cat('visible\\n'); 1 }\n", Map.of());
        call(r, "{\"open\": true}");
        call(r, "{}");
        assertTrue(log().contains("req\tvisible\n"), log());
    }

    @Test void timeLimitInterruptsSysSleep() throws Exception {
        FunctionRuntime r = runtime("handler <- function(...) { Sys.sleep(30); 1 }\n", Map.of("RLAMBDA_TIMEOUT_MARGIN_MS", "0"));
        long t = System.nanoTime();
        LambdaFunctionError e = assertThrows(LambdaFunctionError.class, () -> r.handle("{}".getBytes(StandardCharsets.UTF_8),
                new InvocationInfo("req", "", "", "", 128, System.currentTimeMillis() + 1000, "", "")));
        assertTrue((System.nanoTime() - t) / 1e9 < 10, "stopped near the limit");
        assertTrue(e.getMessage().contains("reached elapsed time limit"), e.getMessage());
    }

    @Test void deeplyNestedEventAndResultAreConvertedOnTheRThread() throws Exception {
        FunctionRuntime r = runtime("handler <- function(event) event\n", Map.of());
        String deep = "{\"a\":" + "[".repeat(5000) + "1" + "]".repeat(5000) + "}";
        assertEquals(deep, call(r, deep));
        String objects = "{\"a\":".repeat(20000) + "1" + "}".repeat(20000);
        assertEquals(objects, call(r, objects));
    }

    @Test void syntaxErrorAtInitNamesFileLineAndColumn() {
        FunctionFailure f = assertThrows(FunctionFailure.class, () -> runtime("x <- 1\ny <- (2 +\n)\n", Map.of()));
        assertEquals("parseError", f.errorType());
        assertTrue(f.getMessage().startsWith("Error: fn.R:3:1: unexpected ')'"), f.getMessage());
    }

    @Test void outputBeyondTheBudgetIsDroppedWithOneNote() throws Exception {
        FunctionRuntime r = runtime("handler <- function(...) { for (i in 1:1000) cat(strrep('y', 99), '\\n'); 1 }\n",
                Map.of("RLAMBDA_LOG_BUDGET_BYTES", "10000"));
        call(r, "{}");
        assertTrue(log().length() < 15000, log().length() + " bytes");
        assertTrue(log().contains("bytes of this invocation's output were dropped"), log().substring(log().length() - 300));
    }

    @Test void malformedS3RecordIsAnInvalidS3EventWithoutJavaFrames() throws Exception {
        FunctionRuntime r = runtime("handler <- function(...) 1\n", Map.of());
        JsonNode e = error(r, "{\"Records\":[{\"eventSource\":\"aws:s3\"}]}");
        assertEquals("InvalidS3Event", e.get("errorType").asText());
        assertEquals(0, e.get("stackTrace").size());
    }

    @Test void jsonTextWithANulByteIsAnRStyleParseError() throws Exception {
        FunctionRuntime r = runtime("handler <- function(event) event\n", Map.of());
        JsonNode e = error(r, "\"a\u0000b\"");
        assertFalse(e.get("errorMessage").asText().contains("java."), e.toString());
        assertFalse(e.get("errorType").asText().contains("java."), e.toString());
    }
}
