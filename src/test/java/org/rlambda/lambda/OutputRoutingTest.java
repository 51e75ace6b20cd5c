package org.rlambda.lambda;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class OutputRoutingTest {
    private static LambdaConfig config(String bucket, String prefix, String trigger) {
        return LambdaConfig.from(Map.of()).withOutput(bucket, prefix).withTriggerPrefix(trigger);
    }

    private static S3EventRecord record(String bucket, String key) {
        return new S3EventRecord(bucket, key, 10, "2024-01-01T00:00:00.000Z", "ObjectCreated:Put");
    }

    @Test void outputKeyIsDerivedFromTheInputKeyOnly() {
        OutputRouting r = new OutputRouting(config(null, "results/", null));
        assertEquals("results/uploads/a b.csv.json", r.keyFor(record("in", "uploads/a b.csv"), "json"));
        assertEquals("in", r.bucketFor(record("in", "uploads/a b.csv")));
        assertEquals("out", new OutputRouting(config("out", "", null)).bucketFor(record("in", "k")));
    }

    @Test void emptyPrefixInTheTriggeringBucketIsRefusedAtInit() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new OutputRouting(config(null, "", null)));
        assertTrue(e.getMessage().contains("RLAMBDA_OUTPUT_PREFIX"), e.getMessage());
    }

    @Test void outputInsideTheTriggerPrefixIsRefusedAtInit() {
        assertThrows(IllegalStateException.class, () -> new OutputRouting(config(null, "uploads/out/", "uploads/")));
        assertThrows(IllegalStateException.class, () -> new OutputRouting(config(null, "results/", "")));
        assertDoesNotThrow(() -> new OutputRouting(config(null, "results/", "uploads/")));
        assertDoesNotThrow(() -> new OutputRouting(config("other", "uploads/", "uploads/")));
    }

    @Test void anEventForOurOwnOutputIsRefused() {
        OutputRouting r = new OutputRouting(config(null, "results/", null));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.checkRecord(record("b", "results/x.csv.json")));
        assertTrue(e.getMessage().contains("invoke itself forever"), e.getMessage());
        assertDoesNotThrow(() -> r.checkRecord(record("b", "uploads/x.csv")));
        // a different output bucket: the same key is no loop
        assertDoesNotThrow(() -> new OutputRouting(config("out", "results/", null)).checkRecord(record("b", "results/x")));
    }
}
