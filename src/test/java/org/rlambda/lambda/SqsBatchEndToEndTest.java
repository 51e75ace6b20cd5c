package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** SQS batches through the Runtime Interface Client to r-scripts/sqs-orders.R (5 messages, 2 bad). */
class SqsBatchEndToEndTest {

    @Test void partialBatchReportsExactlyTheFailedMessages(@TempDir Path root) throws Exception {
        try (TriggerLambda fn = new TriggerLambda(root, "r-scripts/sqs-orders.R", Map.of("RLAMBDA_SQS_PARTIAL_BATCH", "true"))) {
            JsonNode r = fn.ok(TriggerLambda.event("sqs-batch.json"));
            assertEquals("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-2\"},{\"itemIdentifier\":\"m-4\"}]}", r.toString());
            String log = fn.output();
            assertTrue(log.contains("order 1: 10") && log.contains("order 3: 7.50") && log.contains("order 5: 1"), log);
            assertTrue(log.contains("SQS message m-2 failed: Error in handler(body = body, message_id = message_id) :"), log);
            JsonNode none = fn.ok(TriggerLambda.event("sqs-batch.json").replace("-5}", "5}").replace("not json at all", "{\\\"order\\\": 4, \\\"amount\\\": 0}"));
            assertEquals("{\"batchItemFailures\":[]}", none.toString());
        }
    }

    @Test void withoutPartialBatchAFailureFailsTheInvocation(@TempDir Path root) throws Exception {
        try (TriggerLambda fn = new TriggerLambda(root, "r-scripts/sqs-orders.R", Map.of())) {
            RuntimeApiEmulator.Outcome out = fn.invoke(TriggerLambda.event("sqs-batch.json"));
            assertTrue(out.error(), out.body());
            JsonNode err = TriggerLambda.JSON.readTree(out.body());
            assertEquals("simpleError", err.get("errorType").asText());
            assertTrue(err.get("errorMessage").asText().contains("order 2 has a negative amount"), err.toString());
            assertEquals("handler(body = body, message_id = message_id)", err.get("stackTrace").get(0).asText().replaceAll("^R\\.|\\(sqs-orders\\.R\\)$", ""));
        }
    }
}
