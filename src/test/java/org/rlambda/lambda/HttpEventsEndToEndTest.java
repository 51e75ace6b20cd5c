package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** HTTP events of every payload shape, through the Runtime Interface Client, to r-scripts/http-echo.R. */
class HttpEventsEndToEndTest {
    @TempDir static Path root;
    static TriggerLambda fn;

    @BeforeAll static void start() throws Exception {
        fn = new TriggerLambda(root, "r-scripts/http-echo.R", Map.of());
    }

    @AfterAll static void stop() throws Exception {
        if (fn != null) fn.close();
    }

    static JsonNode body(JsonNode response) throws Exception {
        return TriggerLambda.JSON.readTree(response.get("body").asText());
    }

    @Test void httpApiEventGetsQueryValuesAndAJsonBody() throws Exception {
        JsonNode r = fn.ok(TriggerLambda.event("http-api.json"));
        assertEquals(200, r.get("statusCode").asInt());
        assertEquals("application/json", r.get("headers").get("content-type").asText());
        assertFalse(r.get("isBase64Encoded").asBoolean());
        assertEquals("{\"msg\":\"The message is: 'hello world'\",\"tags\":[\"a\",\"b\"]}", r.get("body").asText());
    }

    @Test void restApiPostBodyIsParsedAsJson() throws Exception {
        JsonNode r = fn.ok(TriggerLambda.event("http-rest-post.json"));
        assertEquals(200, r.get("statusCode").asInt());
        assertEquals(5.5, body(r).get("sum").asDouble());
    }

    @Test void functionUrlEventReturnsCsvWithItsContentType() throws Exception {
        JsonNode r = fn.ok(TriggerLambda.event("http-function-url.json"));
        assertEquals("text/csv; charset=utf-8", r.get("headers").get("content-type").asText());
        assertEquals("max-age=60", r.get("headers").get("cache-control").asText());
        assertEquals("region,units\nnorth,12\nsouth,7", r.get("body").asText());
    }

    @Test void albEventGetsDecodedQueryAndAStatusDescription() throws Exception {
        JsonNode r = fn.ok(TriggerLambda.event("alb.json"));
        assertEquals("200 OK", r.get("statusDescription").asText());
        assertEquals("The message is: 'hi from ALB'", body(r).get("msg").asText());
    }

    @Test void rawBytesArriveBase64EncodedWithTheirContentType() throws Exception {
        JsonNode r = fn.ok(new String(HttpEvents.httpApiEvent("GET", "/pixel.png", null), StandardCharsets.UTF_8));
        assertEquals("image/png", r.get("headers").get("content-type").asText());
        assertTrue(r.get("isBase64Encoded").asBoolean());
        byte[] png = Base64.getDecoder().decode(r.get("body").asText());
        assertEquals(67, png.length);
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    }

    @Test void rErrorIsA500JsonResponseAndIsLogged() throws Exception {
        RuntimeApiEmulator.Outcome out = fn.invoke(new String(HttpEvents.httpApiEvent("GET", "/fail", null), StandardCharsets.UTF_8));
        assertFalse(out.error(), "an R error must not become a Lambda error (API Gateway would answer 502)");
        JsonNode r = TriggerLambda.JSON.readTree(out.body());
        assertEquals(500, r.get("statusCode").asInt());
        assertEquals("{\"error\":\"500 - Internal server error\"}", r.get("body").asText());
        assertTrue(fn.output().contains("GET /fail: Error in handler("), fn.output());
        assertTrue(fn.output().contains("this endpoint always fails"), fn.output());
        assertEquals(200, fn.ok(TriggerLambda.event("http-api.json")).get("statusCode").asInt());
    }

    @Test void explicitStatusFromHttpResponse() throws Exception {
        JsonNode r = fn.ok(new String(HttpEvents.httpApiEvent("PUT", "/nothing?x=1", "{\"a\":1}"), StandardCharsets.UTF_8));
        assertEquals(404, r.get("statusCode").asInt());
        assertEquals("no route for PUT /nothing", body(r).get("error").asText());
    }

    @Test void warmLatency() throws Exception {
        String event = TriggerLambda.event("http-api.json");
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            assertEquals(200, fn.ok(event).get("statusCode").asInt());
            nanos[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("[rlambda e2e] warm HTTP API event (http-echo.R) round trip: median %.2f ms, min %.2f ms (20 events)%n",
                nanos[10] / 1e6, nanos[0] / 1e6);
    }
}
