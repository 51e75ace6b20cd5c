package org.rlambda.lambda;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** SNS, EventBridge (scheduled and custom), DynamoDB and Kinesis events to r-scripts/events-router.R. */
class EventSourcesEndToEndTest {
    @TempDir static Path root;
    static TriggerLambda fn;

    @BeforeAll static void start() throws Exception {
        fn = new TriggerLambda(root, "r-scripts/events-router.R", Map.of());
    }

    @AfterAll static void stop() throws Exception {
        if (fn != null) fn.close();
    }

    @Test void snsMessageIsParsedJson() throws Exception {
        assertEquals("[{\"kind\":\"sns\",\"reading\":70.7}]", fn.ok(TriggerLambda.event("sns.json")).toString());
    }

    @Test void scheduledEventGivesDetailType() throws Exception {
        assertEquals("{\"kind\":\"schedule\",\"ran\":true}", fn.ok(TriggerLambda.event("schedule.json")).toString());
    }

    @Test void eventBridgeDetailIsSimplifiedLikeFromJson() throws Exception {
        assertEquals("{\"kind\":\"eventbridge\",\"units\":3}", fn.ok(TriggerLambda.event("eventbridge.json")).toString());
    }

    @Test void dynamoDbImagesArePlainValues() throws Exception {
        assertEquals("[{\"kind\":\"dynamodb\",\"event\":\"INSERT\",\"score\":42.5},{\"kind\":\"dynamodb\",\"event\":\"MODIFY\",\"score\":50}]",
                fn.ok(TriggerLambda.event("dynamodb-stream.json")).toString());
    }

    @Test void kinesisDataIsDecoded() throws Exception {
        assertEquals("[{\"kind\":\"kinesis\",\"key\":\"sensor-1\",\"value\":21.5},{\"kind\":\"kinesis\",\"key\":\"sensor-2\",\"value\":19},"
                + "{\"kind\":\"kinesis\",\"key\":\"sensor-1\",\"value\":\"plain text reading\"}]", fn.ok(TriggerLambda.event("kinesis.json")).toString());
    }
}
