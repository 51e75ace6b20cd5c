package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlambda.lambda.testfn.EchoFunction;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The S3 side of the function against a real S3 server (S3Proxy) through the AWS SDK: upload an
 * object, deliver the S3 notification, read the result back. The user function is a Java stand-in
 * here (R scripts are tested end to end elsewhere), so only the S3 handling is under test.
 */
class S3EventHandlingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static S3ProxyServer server;
    static S3Client s3;
    static final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    @BeforeAll static void start() throws Exception {
        server = new S3ProxyServer(dir);
        s3 = server.client();
        s3.createBucket(b -> b.bucket("in-bucket"));
        s3.createBucket(b -> b.bucket("out-bucket"));
    }

    @AfterAll static void stop() throws Exception {
        if (s3 != null) s3.close();
        if (server != null) server.close();
    }

    private static FunctionHost host(String outBucket, String outPrefix, long maxBytes) {
        PrintStream p = new PrintStream(logs, true, StandardCharsets.UTF_8);
        RequestLog log = new RequestLog(() -> p, () -> p, true);
        LambdaConfig c = LambdaConfig.from(Map.of("LAMBDA_TASK_ROOT", dir.toString()))
                .withOutput(outBucket, outPrefix).withTmpDir(dir.resolve("tmp"), maxBytes);
        return new FunctionHost(c, new EchoFunction(log), () -> new S3ObjectStore(s3, "test S3"), log);
    }

    static String event(String bucket, String... encodedKeys) {
        StringBuilder b = new StringBuilder("{\"Records\":[");
        for (int i = 0; i < encodedKeys.length; i++) {
            if (i > 0) b.append(',');
            b.append("{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\",")
                    .append("\"eventTime\":\"2024-05-01T12:00:00.000Z\",\"eventName\":\"ObjectCreated:Put\",")
                    .append("\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":\"").append(bucket)
                    .append("\",\"arn\":\"arn:aws:s3:::").append(bucket).append("\"},\"object\":{\"key\":\"")
                    .append(encodedKeys[i]).append("\",\"eTag\":\"0\",\"sequencer\":\"0\"}}}");
        }
        return b.append("]}").toString();
    }

    private static InvocationInfo ctx(String id) {
        return new InvocationInfo(id, RuntimeApiEmulator.FUNCTION_ARN, "f", "$LATEST", 1024,
                System.currentTimeMillis() + 60_000, "g", "s");
    }

    private static String get(String bucket, String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
    }

    private static void put(String bucket, String key, String body) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body));
    }

    @Test void objectWithSpacesInItsKeyIsProcessedAndTheResultWrittenUnderADerivedKey() throws Exception {
        put("in-bucket", "uploads/sales 2024.csv", "a,b\n1,2\n3,4\n");
        FunctionHost h = host(null, "results/", 1 << 20);
        byte[] response = h.handle(event("in-bucket", "uploads/sales+2024.csv").getBytes(StandardCharsets.UTF_8), ctx("req-1"));
        JsonNode r = JSON.readTree(response);
        assertEquals("s3://in-bucket/results/uploads/sales 2024.csv.txt", r.at("/outputs/0/output").asText());
        assertEquals("key=uploads/sales 2024.csv\nlines=3\nsize=12\n", get("in-bucket", "results/uploads/sales 2024.csv.txt"));
        // redelivery overwrites the same key
        h.handle(event("in-bucket", "uploads/sales+2024.csv").getBytes(StandardCharsets.UTF_8), ctx("req-2"));
        assertEquals(1, s3.listObjectsV2(b -> b.bucket("in-bucket").prefix("results/")).keyCount());
        assertTrue(logs.toString(StandardCharsets.UTF_8).contains("req-1\trlambda: record 1/1 s3://in-bucket/uploads/sales 2024.csv -> "));
        assertFalse(Files.list(dir.resolve("tmp")).findAny().isPresent(), "scratch files are removed");
    }

    @Test void oneFailingRecordFailsTheInvocationAndNothingIsWritten() throws Exception {
        put("in-bucket", "batch/good.csv", "x\n1\n");
        put("in-bucket", "batch/bad.csv", "x\nFAIL\n");
        FunctionHost h = host("out-bucket", "", 1 << 20);
        LambdaFunctionError e = assertThrows(LambdaFunctionError.class, () -> h.handle(
                event("in-bucket", "batch/good.csv", "batch/bad.csv").getBytes(StandardCharsets.UTF_8), ctx("req-3")));
        assertEquals("simpleError", e.getClass().getName());
        assertEquals(0, s3.listObjectsV2(b -> b.bucket("out-bucket").prefix("batch/")).keyCount());
        assertTrue(logs.toString(StandardCharsets.UTF_8).contains("record 2/2 (s3://in-bucket/batch/bad.csv) failed"));
    }

    @Test void objectLargerThanTheLimitIsRefusedBeforeDownload() throws Exception {
        put("in-bucket", "big/data.csv", "0123456789".repeat(20));
        FunctionHost h = host("out-bucket", "r/", 100);
        var e = assertThrows(LambdaFunctionError.class, () -> h.handle(
                event("in-bucket", "big/data.csv").getBytes(StandardCharsets.UTF_8), ctx("req-4")));
        assertEquals("ObjectTooLarge", e.getClass().getName());
        assertTrue(e.getMessage().contains("200 bytes; at most 100"), e.getMessage());
        assertThrows(NoSuchKeyException.class, () -> get("out-bucket", "r/big/data.csv.txt"));
    }

    @Test void eventTriggeredByOurOwnOutputIsRefusedBeforeRunning() {
        FunctionHost h = host(null, "results/", 1 << 20);
        var e = assertThrows(LambdaFunctionError.class, () -> h.handle(
                event("in-bucket", "results/x.csv.txt").getBytes(StandardCharsets.UTF_8), ctx("req-5")));
        assertEquals("RecursiveInvocationRefused", e.getClass().getName());
        assertTrue(e.getMessage().contains("own output"), e.getMessage());
    }

    @Test void missingObjectFailsTheInvocation() {
        FunctionHost h = host("out-bucket", "r/", 1 << 20);
        var e = assertThrows(LambdaFunctionError.class, () -> h.handle(
                event("in-bucket", "nope/missing.csv").getBytes(StandardCharsets.UTF_8), ctx("req-6")));
        assertEquals("NoSuchKey", e.getClass().getName());
        assertTrue(e.getMessage().contains("s3://in-bucket/nope/missing.csv"), e.getMessage());
        assertEquals(0, e.getStackTrace().length, "no Java frames");
    }

    @Test void recordWithoutBucketOrKeyIsAnInvalidS3Event() {
        FunctionHost h = host("out-bucket", "r/", 1 << 20);
        var e = assertThrows(LambdaFunctionError.class, () -> h.handle(
                "{\"Records\":[{\"eventSource\":\"aws:s3\"}]}".getBytes(StandardCharsets.UTF_8), ctx("req-7")));
        assertEquals("InvalidS3Event", e.getClass().getName());
        assertTrue(e.getMessage().contains("record 1 of 1 has no s3.bucket.name"), e.getMessage());
    }
}
