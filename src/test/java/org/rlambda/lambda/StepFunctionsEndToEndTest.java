package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Distributed Map inputs through the Runtime Interface Client: an ItemBatcher batch of S3 object
 * items (the objects read from the local S3 server with the aws.s3-style API), a single S3 item,
 * and a batch of CSV rows; plus the shipped state machine definition's agreement with them.
 */
class StepFunctionsEndToEndTest {
    @TempDir static Path root;
    static S3ProxyServer s3;
    static TriggerLambda objects;

    @BeforeAll static void start() throws Exception {
        s3 = new S3ProxyServer(Files.createDirectories(root.resolve("s3")));
        try (var c = s3.client()) {
            c.createBucket(b -> b.bucket("my-data"));
            c.putObject(b -> b.bucket("my-data").key("sales/2026-12-01.csv"), RequestBody.fromString("day,amount\n1,10\n2,5.5\n"));
            c.putObject(b -> b.bucket("my-data").key("sales/2026-12-02.csv"), RequestBody.fromString("day,amount\n3,1\n"));
        }
        objects = new TriggerLambda(Files.createDirectories(root.resolve("fn")), "r-scripts/fanout-objects.R",
                Map.of("AWS_ENDPOINT_URL_S3", s3.endpoint, "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
    }

    @AfterAll static void stop() throws Exception {
        if (objects != null) objects.close();
        if (s3 != null) s3.close();
    }

    @Test void batchOfS3ItemsGivesOneResultPerObject() throws Exception {
        JsonNode r = objects.ok(TriggerLambda.event("stepfunctions-batch.json"));
        assertEquals("[{\"key\":\"sales/2026-12-01.csv\",\"rows\":2,\"total\":15.5},{\"key\":\"sales/2026-12-02.csv\",\"rows\":1,\"total\":1}]",
                r.toString());
    }

    @Test void singleS3ItemWithItsBucket() throws Exception {
        JsonNode r = objects.ok("{\"Bucket\": \"my-data\", \"Key\": \"sales/2026-12-02.csv\", \"Size\": 16, \"Etag\": \"\\\"x\\\"\", "
                + "\"LastModified\": \"2026-12-02T23:59:00Z\"}");
        assertEquals("{\"key\":\"sales/2026-12-02.csv\",\"rows\":1,\"total\":1}", r.toString());
    }

    @Test void failingItemFailsTheBatchWithTheAwsErrorCode() throws Exception {
        RuntimeApiEmulator.Outcome out = objects.invoke(TriggerLambda.event("stepfunctions-batch.json").replace("2026-12-02.csv", "missing.csv"));
        assertTrue(out.error(), out.body());
        JsonNode err = TriggerLambda.JSON.readTree(out.body());
        assertEquals("aws_NoSuchKey", err.get("errorType").asText());
        assertTrue(err.get("errorMessage").asText().contains("s3://my-data/sales/missing.csv: NoSuchKey (HTTP 404)"), err.toString());
    }

    @Test void batchOfCsvRowsWithBatchInput(@TempDir Path rows) throws Exception {
        try (TriggerLambda fn = new TriggerLambda(rows, "r-scripts/fanout-rows.R", Map.of())) {
            assertEquals("[{\"region\":\"north\",\"revenue\":30,\"currency\":\"EUR\"},{\"region\":\"south\",\"revenue\":21,\"currency\":\"EUR\"},"
                    + "{\"region\":\"east\",\"revenue\":0,\"currency\":\"EUR\"}]", fn.ok(TriggerLambda.event("stepfunctions-rows.json")).toString());
        }
    }

    @Test void shippedStateMachineSendsTheShapesTheAdapterReads() throws Exception {
        JsonNode asl = TriggerLambda.JSON.readTree(Path.of("docs/stepfunctions/run-r-over-prefix.asl.json").toFile());
        JsonNode map = asl.get("States").get(asl.get("StartAt").asText());
        assertEquals("Map", map.get("Type").asText());
        assertEquals("arn:aws:states:::s3:listObjectsV2", map.get("ItemReader").get("Resource").asText());
        assertEquals("$.bucket", map.get("ItemBatcher").get("BatchInput").get("bucket.$").asText(), "the adapter reads BatchInput$bucket");
        assertEquals("DISTRIBUTED", map.get("ItemProcessor").get("ProcessorConfig").get("Mode").asText());
        JsonNode task = map.get("ItemProcessor").get("States").get(map.get("ItemProcessor").get("StartAt").asText());
        assertEquals("arn:aws:states:::lambda:invoke", task.get("Resource").asText());
        assertEquals("$", task.get("Parameters").get("Payload.$").asText(), "the whole batch is the event");
        assertEquals(EventKind.SFN_BATCH, EventKind.of(TriggerLambda.JSON.readTree(TriggerLambda.event("stepfunctions-batch.json"))));
    }
}
