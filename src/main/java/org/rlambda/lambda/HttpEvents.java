package org.rlambda.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * HTTP API (payload format 2.0) events built on this machine, for {@code invoke --http GET /path?q=1}:
 * the same shape API Gateway's HTTP APIs and Lambda Function URLs send.
 */
final class HttpEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    private HttpEvents() {}

    /**
     * @param target the path with an optional query string, as typed after the method
     * @param body   the request body or null; JSON when it looks like JSON, else a form
     */
    static byte[] httpApiEvent(String method, String target, String body) {
        String m = method.toUpperCase(Locale.ROOT);
        if (!m.matches("[A-Z]+")) throw new IllegalArgumentException("not an HTTP method: " + method);
        if (!target.startsWith("/")) throw new IllegalArgumentException("the path must start with /: " + target);
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        Instant now = Instant.now();
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", "$default");
        e.put("rawPath", path);
        e.put("rawQueryString", query);
        ObjectNode headers = e.putObject("headers");
        headers.put("host", "localhost");
        headers.put("user-agent", "rlambda-invoke");
        if (body != null) {
            String t = body.stripLeading();
            headers.put("content-type", t.startsWith("{") || t.startsWith("[") ? "application/json" : "application/x-www-form-urlencoded");
        }
        ObjectNode queryParams = JSON.createObjectNode();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq)), v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            queryParams.put(k, queryParams.has(k) ? queryParams.get(k).asText() + "," + v : v);
        }
        if (!queryParams.isEmpty()) e.set("queryStringParameters", queryParams);
        ObjectNode rc = e.putObject("requestContext");
        rc.put("accountId", "000000000000");
        rc.put("apiId", "local");
        rc.put("domainName", "localhost");
        ObjectNode http = rc.putObject("http");
        http.put("method", m);
        http.put("path", path);
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "rlambda-invoke");
        rc.put("requestId", UUID.randomUUID().toString());
        rc.put("routeKey", "$default");
        rc.put("stage", "$default");
        rc.put("time", CLF.format(now.atOffset(ZoneOffset.UTC)));
        rc.put("timeEpoch", now.toEpochMilli());
        if (body != null) e.put("body", body);
        e.put("isBase64Encoded", false);
        return e.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
