package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The plumber-annotated r-scripts/plumber-api.R served through the Runtime Interface Client; the
 * expected bodies are the ones plumber's documentation shows for the same annotations.
 */
class PlumberEndToEndTest {
    @TempDir static Path root;
    static TriggerLambda fn;

    @BeforeAll static void start() throws Exception {
        fn = new TriggerLambda(root, "r-scripts/plumber-api.R", Map.of());
    }

    @AfterAll static void stop() throws Exception {
        if (fn != null) fn.close();
    }

    static JsonNode call(String method, String target, String body) throws Exception {
        return fn.ok(new String(HttpEvents.httpApiEvent(method, target, body), StandardCharsets.UTF_8));
    }

    @Test void getWithAQueryParameterIsPlumbersJson() throws Exception {
        JsonNode r = call("GET", "/echo?msg=hello", null);
        assertEquals(200, r.get("statusCode").asInt());
        assertEquals("application/json", r.get("headers").get("Content-Type").asText());
        assertEquals("{\"msg\":[\"The message is: 'hello'\"]}", r.get("body").asText());
    }

    @Test void missingQueryParameterUsesTheDefault() throws Exception {
        assertEquals("{\"msg\":[\"The message is: ''\"]}", call("GET", "/echo", null).get("body").asText());
    }

    @Test void postJsonAndFormBodiesMatchArguments() throws Exception {
        assertEquals("[3]", call("POST", "/sum", "{\"a\": 1, \"b\": 2}").get("body").asText());
        assertEquals("[7]", call("POST", "/sum", "a=3&b=4").get("body").asText());
    }

    @Test void typedPathParameterIsConvertedAndNarrowsTheMatch() throws Exception {
        assertEquals("{\"id\":2,\"name\":\"grace\"}", call("GET", "/users/2", null).get("body").asText());
        JsonNode r = call("GET", "/users/abc", null);
        assertEquals(404, r.get("statusCode").asInt());
        assertEquals("{\"error\":\"404 - Resource Not Found\"}", r.get("body").asText());
    }

    @Test void unknownPathIs404AndWrongMethodIs405WithAllow() throws Exception {
        assertEquals(404, call("GET", "/nowhere", null).get("statusCode").asInt());
        JsonNode r = call("DELETE", "/echo", null);
        assertEquals(405, r.get("statusCode").asInt());
        assertEquals("GET", r.get("headers").get("Allow").asText());
        assertEquals("{\"error\":\"405 - Method Not Allowed\"}", r.get("body").asText());
    }

    @Test void serializersSetBodyAndContentType() throws Exception {
        JsonNode csv = call("GET", "/users.csv", null);
        assertEquals("text/csv; charset=UTF-8", csv.get("headers").get("Content-Type").asText());
        assertEquals("id,name\n1,ada\n2,grace\n3,linus\n", csv.get("body").asText());
        JsonNode html = call("GET", "/", null);
        assertEquals("text/html; charset=UTF-8", html.get("headers").get("Content-Type").asText());
        assertEquals("<html><body><h1>plumber is alive!</h1></body></html>", html.get("body").asText());
        JsonNode text = call("GET", "/version", null);
        assertEquals("rlambda 1.0", text.get("body").asText());
        assertEquals("no-store", text.get("headers").get("Cache-Control").asText());
    }

    @Test void filterCanAnswerWithItsOwnStatus() throws Exception {
        JsonNode r = call("GET", "/admin/stats", null);
        assertEquals(401, r.get("statusCode").asInt());
        assertEquals("{\"error\":[\"Authentication required\"]}", r.get("body").asText());
        assertTrue(fn.output().contains("GET /admin/stats"), "the logger filter ran first");
    }

    @Test void rawPngIsBase64EncodedWithItsContentType() throws Exception {
        JsonNode r = call("GET", "/pixel.png", null);
        assertEquals("image/png", r.get("headers").get("Content-Type").asText());
        assertTrue(r.get("isBase64Encoded").asBoolean());
        byte[] png = java.util.Base64.getDecoder().decode(r.get("body").asText());
        assertEquals(67, png.length);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test void endpointErrorIsPlumbers500() throws Exception {
        JsonNode r = call("GET", "/fail", null);
        assertEquals(500, r.get("statusCode").asInt());
        assertEquals("{\"error\":\"500 - Internal server error\"}", r.get("body").asText());
    }

    @Test void warmLatency() throws Exception {
        String event = new String(HttpEvents.httpApiEvent("GET", "/users/2", null), StandardCharsets.UTF_8);
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            assertEquals(200, fn.ok(event).get("statusCode").asInt());
            nanos[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("[rlambda e2e] warm plumber route (plumber-api.R) round trip: median %.2f ms, min %.2f ms (20 events)%n",
                nanos[10] / 1e6, nanos[0] / 1e6);
    }
}
