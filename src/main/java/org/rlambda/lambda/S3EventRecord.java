package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** One record of an S3 event notification, key already URL-decoded. */
public record S3EventRecord(String bucket, String key, long size, String eventTime, String eventName) {

    /** True when the event is an S3 notification: a {@code Records} array whose entries come from aws:s3. */
    public static boolean isS3Notification(JsonNode event) {
        JsonNode records = event == null ? null : event.get("Records");
        if (records == null || !records.isArray() || records.isEmpty()) return false;
        for (JsonNode r : records) {
            if (!"aws:s3".equals(r.path("eventSource").asText(null))) return false;
        }
        return true;
    }

    public static List<S3EventRecord> parse(JsonNode event) {
        List<S3EventRecord> out = new ArrayList<>();
        int i = 0;
        for (JsonNode r : event.get("Records")) {
            JsonNode s3 = r.path("s3");
            String bucket = s3.path("bucket").path("name").asText(null);
            String key = s3.path("object").path("key").asText(null);
            if (bucket == null || key == null) {
                throw new MalformedRecord("S3 event record " + (i + 1) + " of " + event.get("Records").size()
                        + " has no s3.bucket.name or s3.object.key: not an S3 notification Lambda would send");
            }
            JsonNode size = s3.path("object").path("size");
            out.add(new S3EventRecord(bucket, S3Keys.decode(key), size.isNumber() ? size.asLong() : -1,
                    r.path("eventTime").asText(""), r.path("eventName").asText("")));
            i++;
        }
        return out;
    }

    public String uri() { return "s3://" + bucket + "/" + key; }

    /** An S3 notification record without the fields every S3 notification has. */
    public static final class MalformedRecord extends IllegalArgumentException {
        MalformedRecord(String message) { super(message); }
    }
}
