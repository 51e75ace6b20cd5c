package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of an incoming event, recognised from its JSON. Each kind other than {@link #DIRECT}
 * and {@link #S3} is handled by an R adapter in the bundled triggers.R, which calls the handler
 * with the arguments of that kind and returns the response the calling service expects.
 */
public enum EventKind {
    /** A console or direct invocation: the top-level fields are the handler's arguments. */
    DIRECT(null, "direct"),
    /** An S3 notification, handled by {@link FunctionHost} (object downloaded, result uploaded). */
    S3(null, "S3"),
    /** API Gateway REST (payload 1.0), HTTP API (2.0), Lambda Function URL, ALB target. */
    HTTP(".rlambda_adapter_http", "HTTP"),
    SQS(".rlambda_adapter_sqs", "SQS"),
    SNS(".rlambda_adapter_sns", "SNS"),
    /** EventBridge events, including scheduled (CloudWatch Events) ones. */
    EVENTBRIDGE(".rlambda_adapter_eventbridge", "EventBridge"),
    DYNAMODB(".rlambda_adapter_dynamodb", "DynamoDB stream"),
    KINESIS(".rlambda_adapter_kinesis", "Kinesis"),
    /** Step Functions Distributed Map with an ItemBatcher: {@code {"Items": [...], "BatchInput": ...}}. */
    SFN_BATCH(".rlambda_adapter_sfn_batch", "Step Functions item batch"),
    /** Step Functions Distributed Map, one S3 object item from an S3 ItemReader. */
    SFN_S3_ITEM(".rlambda_adapter_sfn_item", "Step Functions S3 item");

    private final String adapter;
    private final String label;

    EventKind(String adapter, String label) {
        this.adapter = adapter;
        this.label = label;
    }

    /** How logs name the kind. */
    public String label() { return label; }

    /** The R function that adapts this kind of event to the handler, or null when Java handles it. */
    public String adapter() { return adapter; }

    public static EventKind of(JsonNode e) {
        if (e == null || !e.isObject()) return DIRECT;
        JsonNode records = e.get("Records");
        if (records != null && records.isArray() && !records.isEmpty()) {
            String source = text(records.get(0), "eventSource");
            if (source == null) source = text(records.get(0), "EventSource");
            EventKind k = source == null ? null : switch (source) {
                case "aws:s3" -> S3;
                case "aws:sqs" -> SQS;
                case "aws:sns" -> SNS;
                case "aws:dynamodb" -> DYNAMODB;
                case "aws:kinesis" -> KINESIS;
                default -> null;
            };
            if (k != null && sameSource(records, source)) return k;
        }
        JsonNode rc = e.get("requestContext");
        if ((e.has("httpMethod") && (e.has("path") || e.has("resource")))
                || ("2.0".equals(text(e, "version")) && rc != null && rc.has("http"))
                || (rc != null && rc.has("elb") && e.has("httpMethod"))) {
            return HTTP;
        }
        if (e.has("detail-type") && e.has("source") && e.has("detail")) return EVENTBRIDGE;
        if (e.has("Items") && e.get("Items").isArray() && e.size() <= 2 && (e.size() == 1 || e.has("BatchInput"))) {
            return SFN_BATCH;
        }
        if (e.has("Key") && (e.has("Etag") || e.has("ETag")) && e.has("LastModified")) return SFN_S3_ITEM;
        return DIRECT;
    }

    private static boolean sameSource(JsonNode records, String source) {
        for (JsonNode r : records) {
            String s = text(r, "eventSource");
            if (s == null) s = text(r, "EventSource");
            if (!source.equals(s)) return false;
        }
        return true;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
