package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** {@code invoke --http METHOD PATH SCRIPT}: an HTTP API event built locally, served by the R script. */
class LocalInvokeHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int invoke(String... args) {
        return LocalInvoke.run(args, Map.of("RLAMBDA_TMP_DIR", dir.resolve("tmp").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                RScriptFunction::load);
    }

    @Test void getWithAQueryStringIsAnHttpApiEvent() throws Exception {
        assertEquals(0, invoke("--http", "GET", "/echo?msg=hi", "r-scripts/plumber-api.R"), err::toString);
        JsonNode r = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(200, r.get("statusCode").asInt());
        assertEquals("{\"msg\":[\"The message is: 'hi'\"]}", r.get("body").asText());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("rlambda: HTTP event"), err::toString);
    }

    @Test void dataIsTheBodyWithAJsonContentType() throws Exception {
        assertEquals(0, invoke("r-scripts/http-echo.R", "--http", "post", "/sum", "--data", "{\"a\": 1, \"b\": 2}"), err::toString);
        assertEquals("{\"sum\":3}", JSON.readTree(out.toString(StandardCharsets.UTF_8)).get("body").asText());
    }

    @Test void httpEventShape() throws Exception {
        JsonNode e = JSON.readTree(HttpEvents.httpApiEvent("get", "/a%20b?x=1&x=2&y", "k=v"));
        assertEquals("2.0", e.get("version").asText());
        assertEquals("GET", e.get("requestContext").get("http").get("method").asText());
        assertEquals("/a%20b", e.get("rawPath").asText());
        assertEquals("x=1&x=2&y", e.get("rawQueryString").asText());
        assertEquals("1,2", e.get("queryStringParameters").get("x").asText(), "repeated keys joined as API Gateway does");
        assertEquals("application/x-www-form-urlencoded", e.get("headers").get("content-type").asText());
        assertEquals(EventKind.HTTP, EventKind.of(e));
    }

    @Test void badMethodOrPathIsAUsageError() {
        assertEquals(2, invoke("--http", "GET", "echo", "r-scripts/http-echo.R"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the path must start with /"), err::toString);
    }

    @Test void eventFileAndHttpTogetherIsAUsageError() {
        assertEquals(2, invoke("--http", "GET", "/", "r-scripts/http-echo.R", "events/hello.json"));
    }
}
