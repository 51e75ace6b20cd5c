package org.rlambda.lambda;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rlambda.engine.REngine;
import org.rlambda.sexp.StringVector;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/**
 * get_secret() and get_parameter() through the SDK against a local server speaking the services'
 * JSON protocol (X-Amz-Target operations, error bodies with {@code __type}), as AWS answers.
 */
class AwsSecretsAndParametersTest {
    static HttpServer server;
    static REngine r;
    static final List<String> targets = new CopyOnWriteArrayList<>();

    @BeforeAll static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            String target = x.getRequestHeaders().getFirst("X-Amz-Target");
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            targets.add(target + " " + body);
            String reply;
            int status = 200;
            if ("secretsmanager.GetSecretValue".equals(target) && body.contains("\"db/password\"")) {
                reply = "{\"ARN\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:db/password-AbCdEf\",\"Name\":\"db/password\","
                        + "\"SecretString\":\"{\\\"user\\\":\\\"r\\\",\\\"password\\\":\\\"s3cr3t\\\"}\",\"VersionId\":\"v1\",\"VersionStages\":[\"AWSCURRENT\"]}";
            } else if ("secretsmanager.GetSecretValue".equals(target)) {
                status = 400;
                reply = "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified secret.\"}";
            } else if ("AmazonSSM.GetParameter".equals(target) && body.contains("\"/app/threshold\"")) {
                reply = "{\"Parameter\":{\"Name\":\"/app/threshold\",\"Type\":\"SecureString\",\"Value\":\"0.75\",\"Version\":3}}";
            } else {
                status = 400;
                reply = "{\"__type\":\"ParameterNotFound\",\"message\":\"\"}";
            }
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        });
        server.start();
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
        PrintStream p = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        r = new REngine(p, p);
        r.eval("Sys.setenv(AWS_ENDPOINT_URL_SECRETS_MANAGER = '" + endpoint + "', AWS_ENDPOINT_URL_SSM = '" + endpoint
                + "', AWS_ACCESS_KEY_ID = 'local', AWS_SECRET_ACCESS_KEY = 'local', AWS_REGION = 'us-east-1')");
    }

    @AfterAll static void stop() throws Exception {
        if (r != null) r.close();
        if (server != null) server.stop(0);
    }

    static String str(String code) { return ((StringVector) r.eval(code)).get(0); }

    @Test void secretStringIsReturnedAndJsonSecretsParse() {
        assertEquals("s3cr3t", str("jsonlite::fromJSON(get_secret('db/password'))$password"));
        assertTrue(targets.stream().anyMatch(t -> t.startsWith("secretsmanager.GetSecretValue") && t.contains("\"SecretId\":\"db/password\"")), targets.toString());
    }

    @Test void parameterIsDecryptedByDefault() {
        assertEquals("0.75", str("get_parameter('/app/threshold')"));
        assertTrue(targets.stream().anyMatch(t -> t.startsWith("AmazonSSM.GetParameter") && t.contains("\"WithDecryption\":true")), targets.toString());
    }

    @Test void missingSecretIsAnAwsConditionWithItsCode() {
        assertEquals("ResourceNotFoundException|secret nope: ResourceNotFoundException (HTTP 400): Secrets Manager can't find the specified secret.",
                str("e <- tryCatch(get_secret('nope'), aws_error = function(e) e); paste(e$code, conditionMessage(e), sep = '|')"));
        assertEquals("ParameterNotFound", str("tryCatch(get_parameter('/none'), aws_ParameterNotFound = function(e) e$code)"));
    }
}
