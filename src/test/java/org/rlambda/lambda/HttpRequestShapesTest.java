package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** What an HTTP handler receives from each payload shape, and the response shape each expects; in process. */
class HttpRequestShapesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path tmp;
    FunctionHost host;

    @BeforeEach void load() {
        PrintStream p = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        RequestLog log = new RequestLog(() -> p, () -> p, true);
        LambdaConfig c = LambdaConfig.from(Map.of("LAMBDA_TASK_ROOT", Path.of("").toAbsolutePath().toString(),
                "RLAMBDA_SCRIPT", "src/test/resources/triggers/http-inspect.R", "RLAMBDA_TMP_DIR", tmp.toString()));
        host = new FunctionHost(c, RScriptFunction.load(c, log), () -> { throw new IllegalStateException("no S3"); }, log);
    }

    JsonNode response(String event) throws Exception {
        InvocationInfo ctx = new InvocationInfo("r", RuntimeApiEmulator.FUNCTION_ARN, "f", "$LATEST", 1024,
                System.currentTimeMillis() + 60_000, "g", "s");
        return JSON.readTree(host.handle(event.getBytes(StandardCharsets.UTF_8), ctx));
    }

    JsonNode seen(String event) throws Exception { return JSON.readTree(response(event).get("body").asText()); }

    @Test void restApiMultiValueQueryAndCookieHeader() throws Exception {
        JsonNode s = seen("""
                {"httpMethod": "get", "path": "/items/7", "resource": "/items/{id}",
                 "headers": {"User-Agent": "ua", "Cookie": "a=1; b=x%20y"},
                 "queryStringParameters": {"tag": "b"}, "multiValueQueryStringParameters": {"tag": ["a", "b"]},
                 "pathParameters": {"id": "7"}, "requestContext": {"stage": "prod"}, "body": null, "isBase64Encoded": false}""");
        assertEquals("GET", s.get("method").asText());
        assertEquals("[\"a\",\"b\"]", s.get("query").get("tag").toString());
        assertEquals("ua", s.get("ua").asText(), "header names are lower-cased");
        assertEquals("7", s.get("path_params").get("id").asText());
        assertEquals("{\"a\":\"1\",\"b\":\"x y\"}", s.get("cookies").toString());
        assertEquals("prod", s.get("stage").asText());
        assertEquals("NULL", s.get("body_class").asText());
    }

    @Test void base64BinaryBodyIsRawAndBase64TextIsText() throws Exception {
        String png = Base64.getEncoder().encodeToString(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1});
        JsonNode s = seen("{\"version\": \"2.0\", \"rawPath\": \"/up\", \"rawQueryString\": \"\", \"headers\": {\"content-type\": \"image/png\"},"
                + "\"requestContext\": {\"http\": {\"method\": \"POST\"}}, \"body\": \"" + png + "\", \"isBase64Encoded\": true}");
        assertEquals("raw", s.get("body_class").asText());
        assertEquals(6, s.get("body").asInt());
        String form = Base64.getEncoder().encodeToString("a=1&b=two+words".getBytes(StandardCharsets.UTF_8));
        JsonNode f = seen("{\"version\": \"2.0\", \"rawPath\": \"/f\", \"headers\": {\"content-type\": \"application/x-www-form-urlencoded\"},"
                + "\"requestContext\": {\"http\": {\"method\": \"POST\"}}, \"body\": \"" + form + "\", \"isBase64Encoded\": true}");
        assertEquals("{\"a\":\"1\",\"b\":\"two words\"}", f.get("body").toString());
    }

    @Test void jsonBodyFollowsFromJsonSimplification() throws Exception {
        JsonNode s = seen("{\"version\": \"2.0\", \"rawPath\": \"/j\", \"headers\": {\"content-type\": \"application/json; charset=utf-8\"},"
                + "\"cookies\": [\"s=abc\"], \"requestContext\": {\"http\": {\"method\": \"POST\"}},"
                + "\"body\": \"{\\\"xs\\\": [1, 2, 3], \\\"rows\\\": [{\\\"a\\\": 1}, {\\\"a\\\": 2}]}\", \"isBase64Encoded\": false}");
        assertEquals("[1,2,3]", s.get("body").get("xs").toString());
        assertEquals("[{\"a\":1},{\"a\":2}]", s.get("body").get("rows").toString(), "an array of objects is a data frame");
        assertEquals("{\"s\":\"abc\"}", s.get("cookies").toString());
    }

    @Test void setCookieBecomesTheCookiesFieldOfAnHttpApiResponse() throws Exception {
        JsonNode r = response("{\"version\": \"2.0\", \"rawPath\": \"/cookie\", \"requestContext\": {\"http\": {\"method\": \"GET\"}}}");
        assertEquals("[\"a=1; Path=/\"]", r.get("cookies").toString());
        assertEquals("y", r.get("headers").get("X-Other").asText());
        assertNull(r.get("headers").get("Set-Cookie"));
    }

    @Test void albWithMultiValueHeadersAnswersWithMultiValueHeaders() throws Exception {
        JsonNode r = response("""
                {"requestContext": {"elb": {"targetGroupArn": "arn"}}, "httpMethod": "GET", "path": "/cookie",
                 "multiValueQueryStringParameters": {"q": ["a%20b"]}, "multiValueHeaders": {"accept": ["*/*"]}, "body": "", "isBase64Encoded": false}""");
        assertEquals("200 OK", r.get("statusDescription").asText());
        assertEquals("[\"a=1; Path=/\"]", r.get("multiValueHeaders").get("Set-Cookie").toString());
        assertNull(r.get("headers"));
        JsonNode s = seen("""
                {"requestContext": {"elb": {"targetGroupArn": "arn"}}, "httpMethod": "GET", "path": "/q",
                 "multiValueQueryStringParameters": {"q": ["a%20b", "c"]}, "multiValueHeaders": {"accept": ["*/*"]}, "body": "", "isBase64Encoded": false}""");
        assertEquals("[\"a b\",\"c\"]", s.get("query").get("q").toString(), "ALB passes query values still encoded");
    }
}
