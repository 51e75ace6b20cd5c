package org.rlambda.lambda;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Each sample event in events/ is recognised as its kind; console events stay direct. */
class EventKindTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static EventKind kindOf(String file) throws Exception {
        return EventKind.of(JSON.readTree(Files.readString(Path.of("events", file))));
    }

    static EventKind kindOfJson(String json) throws Exception { return EventKind.of(JSON.readTree(json)); }

    @Test void httpPayloadShapes() throws Exception {
        assertEquals(EventKind.HTTP, kindOf("http-api.json"));
        assertEquals(EventKind.HTTP, kindOf("http-rest-post.json"));
        assertEquals(EventKind.HTTP, kindOf("http-function-url.json"));
        assertEquals(EventKind.HTTP, kindOf("alb.json"));
    }

    @Test void recordBatchesBySource() throws Exception {
        assertEquals(EventKind.SQS, kindOf("sqs-batch.json"));
        assertEquals(EventKind.SNS, kindOf("sns.json"));
        assertEquals(EventKind.DYNAMODB, kindOf("dynamodb-stream.json"));
        assertEquals(EventKind.KINESIS, kindOf("kinesis.json"));
        assertEquals(EventKind.S3, kindOf("s3-sales-upload.json"));
    }

    @Test void schedulesAndEventBridge() throws Exception {
        assertEquals(EventKind.EVENTBRIDGE, kindOf("schedule.json"));
        assertEquals(EventKind.EVENTBRIDGE, kindOf("eventbridge.json"));
    }

    @Test void stepFunctionsInputs() throws Exception {
        assertEquals(EventKind.SFN_BATCH, kindOf("stepfunctions-batch.json"));
        assertEquals(EventKind.SFN_BATCH, kindOf("stepfunctions-rows.json"));
        assertEquals(EventKind.SFN_BATCH, kindOfJson("{\"Items\": [1, 2]}"));
        assertEquals(EventKind.SFN_S3_ITEM, kindOfJson("{\"Key\": \"a.csv\", \"Size\": 1, \"Etag\": \"x\", \"LastModified\": \"2026-01-01T00:00:00Z\"}"));
    }

    @Test void consoleEventsStayDirect() throws Exception {
        assertEquals(EventKind.DIRECT, kindOf("hello.json"));
        assertEquals(EventKind.DIRECT, kindOf("good-order.json"));
        assertEquals(EventKind.DIRECT, kindOfJson("[1, 2, 3]"));
        assertEquals(EventKind.DIRECT, kindOfJson("{\"Items\": [1], \"total\": 3, \"owner\": \"x\"}"), "a user's own Items field");
        assertEquals(EventKind.DIRECT, kindOfJson("{\"path\": \"/x\", \"method\": \"GET\"}"));
        assertEquals(EventKind.DIRECT, kindOfJson("{\"Records\": [{\"eventSource\": \"aws:sqs\"}, {\"eventSource\": \"aws:sns\"}]}"), "mixed sources");
        assertEquals(EventKind.DIRECT, EventKind.of(null));
    }
}
