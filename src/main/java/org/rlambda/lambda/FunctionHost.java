package org.rlambda.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One invocation, independent of how it arrived (Lambda runtime, local invoke, tests): decide the
 * event kind, run the user's function, and produce the response bytes or throw the error Lambda
 * reports. Holds what lives as long as the container: config, the initialised function, the store.
 */
public final class FunctionHost {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Free space kept on /tmp beyond an input object, for the result and the R session's own files. */
    static final long TMP_RESERVE_BYTES = 16L << 20;

    private final LambdaConfig config;
    private final ScriptFunction function;
    private final Supplier<ObjectStore> storeFactory;
    private final RequestLog log;
    private final OutputRouting routing;
    private ObjectStore store;

    /**
     * @param storeFactory called on the first S3 event only: building an S3 client costs cold-start
     *                     time that console invocations should not pay
     */
    public FunctionHost(LambdaConfig config, ScriptFunction function, Supplier<ObjectStore> storeFactory, RequestLog log) {
        this.config = config;
        this.function = function;
        this.storeFactory = storeFactory;
        this.log = log;
        this.routing = new OutputRouting(config);
    }

    public LambdaConfig config() { return config; }

    public RequestLog log() { return log; }

    public ScriptFunction function() { return function; }

    /** Handles one event; the returned bytes are the Lambda response. Failures of user code throw {@link LambdaFunctionError}. */
    public byte[] handle(byte[] event, InvocationInfo context) throws IOException {
        log.begin(context.requestId());
        try {
            function.setTimeLimit(timeLimit(context.remainingMillis()));
            String text = new String(event, StandardCharsets.UTF_8);
            JsonNode tree = null;
            try {
                tree = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                // not JSON, so not an S3 event: the function's own JSON reader reports the error, with its position
            }
            byte[] response;
            try {
                response = dispatch(tree, text, context).getBytes(StandardCharsets.UTF_8);
                if (response.length > ResponseLimits.MAX_PAYLOAD_BYTES) throw ResponseLimits.payloadTooLarge(response.length);
            } catch (FunctionFailure f) {
                throw failure(f);
            }
            return response;
        } finally {
            function.flush();
            function.setTimeLimit(null);
            function.endInvocation();
            log.end();
        }
    }

    /**
     * Decides what kind of event arrived and runs it: the one place event kinds are told apart.
     * Returns the response text; failures are {@link FunctionFailure}s.
     */
    private String dispatch(JsonNode tree, String text, InvocationInfo context) throws IOException {
        if (tree != null && S3EventRecord.isS3Notification(tree)) return handleS3(tree, context);
        // trigger kinds (HTTP, SQS, SNS, EventBridge, streams, Step Functions): see EventKind
        EventKind kind = EventKind.of(tree);
        if (kind.adapter() != null) return function.invokeAdapter(kind.adapter(), text, context);
        return function.invokeJson(text, context);
    }

    /**
     * The R time limit: the time Lambda has left minus a margin to report the timeout as a clean R
     * error (and, for S3 events, to upload). The margin is a tenth of the remaining time, between
     * 0.2 s and 5 s, unless configured.
     */
    Duration timeLimit(long remainingMillis) {
        long margin = config.timeoutMarginMillis() >= 0 ? config.timeoutMarginMillis()
                : Math.min(5000, Math.max(200, remainingMillis / 10));
        return Duration.ofMillis(Math.max(1, remainingMillis - margin));
    }

    private LambdaFunctionError failure(FunctionFailure f) {
        String message = ResponseLimits.boundedMessage(f.getMessage());
        log.err().print(message.endsWith("\n") ? message : message + "\n");
        if (!f.trace().isEmpty()) log.err().print("Calls: " + callsLine(f.trace()) + "\n");
        log.err().flush();
        return ErrorTypes.exception(f, config.script().getFileName().toString());
    }

    /** Rscript's "Calls:" line: the functions' names, outermost first, at most MAX_FRAMES of them. */
    static String callsLine(List<String> innermostFirst) {
        List<String> calls = reversed(innermostFirst);
        List<String> out = new ArrayList<>();
        for (String c : calls) {
            if (out.size() == ResponseLimits.MAX_FRAMES) {
                out.add("...");
                break;
            }
            int paren = c.indexOf('(');
            out.add(ResponseLimits.abbreviateCall(paren > 0 ? c.substring(0, paren) : c));
        }
        return String.join(" -> ", out);
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private String handleS3(JsonNode event, InvocationInfo context) throws IOException {
        try {
            return runS3(event, context);
        } catch (ObjectStoreException e) {
            throw new FunctionFailure(e.code(), "Error: " + e.getMessage(), List.of());
        } catch (IOException e) {
            throw new FunctionFailure("LocalFileError", "Error: cannot use " + config.tmpDir() + " for the S3 record: "
                    + e.getMessage(), List.of());
        } catch (S3EventRecord.MalformedRecord | OutputRouting.Refusal | S3ObjectStore.ObjectStoreSetupException e) {
            throw new FunctionFailure(e instanceof S3EventRecord.MalformedRecord ? "InvalidS3Event"
                    : e instanceof OutputRouting.Refusal ? "RecursiveInvocationRefused" : "S3ConfigurationError",
                    "Error: " + e.getMessage(), List.of());
        }
    }

    private String runS3(JsonNode event, InvocationInfo context) throws IOException {
        List<S3EventRecord> records = S3EventRecord.parse(event);
        for (S3EventRecord r : records) routing.checkRecord(r);   // before anything runs
        store = storeFactory.get();
        Files.createDirectories(config.tmpDir());
        Path work = Files.createTempDirectory(config.tmpDir(), "rlambda-");
        try {
            List<String> keys = new ArrayList<>();
            List<ObjectOutput> outputs = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                S3EventRecord r = records.get(i);
                String which = "record " + (i + 1) + "/" + records.size() + " (" + r.uri() + ")";
                try {
                    ObjectOutput out = runRecord(r, work.resolve("record-" + (i + 1)), context);
                    outputs.add(out);
                    keys.add(routing.keyFor(r, out.extension()));
                } catch (RuntimeException | IOException e) {
                    log.info(which + " failed; no output written for this invocation");
                    throw e;
                }
            }
            // Only now, with every record done, do results reach their keys (each PUT is atomic).
            ObjectNode response = JSON.createObjectNode();
            ArrayNode written = response.putArray("outputs");
            for (int i = 0; i < records.size(); i++) {
                S3EventRecord r = records.get(i);
                ObjectOutput out = outputs.get(i);
                String bucket = routing.bucketFor(r);
                store.upload(bucket, keys.get(i), out.file(), out.contentType());
                String uri = "s3://" + bucket + "/" + keys.get(i);
                log.info("record " + (i + 1) + "/" + records.size() + " " + r.uri() + " -> " + uri);
                written.addObject().put("input", r.uri()).put("output", uri).put("bytes", Files.size(out.file()));
            }
            return JSON.writeValueAsString(response);
        } finally {
            deleteTree(work);
        }
    }

    private ObjectOutput runRecord(S3EventRecord r, Path dir, InvocationInfo context) throws IOException {
        long size = r.size() >= 0 ? r.size() : store.size(r.bucket(), r.key());
        long free = Files.getFileStore(config.tmpDir()).getUsableSpace() - TMP_RESERVE_BYTES;
        long limit = Math.min(config.maxInputBytes(), free);
        if (size > limit) {
            throw new ObjectStoreException("ObjectTooLarge", r.uri() + " has " + size + " bytes; at most " + limit + " fit in "
                    + config.tmpDir() + (limit == config.maxInputBytes() ? " (RLAMBDA_MAX_INPUT_BYTES)" : " (free space)"));
        }
        Path input = dir.resolve("input").resolve(S3Keys.fileName(r.key()));
        store.download(r.bucket(), r.key(), input, limit);
        Path outDir = Files.createDirectories(dir.resolve("output"));
        ObjectOutput out = function.invokeObject(
                new ObjectInput(input, r.bucket(), r.key(), Files.size(input), r.eventTime(), outDir), context);
        if (out == null || !Files.isRegularFile(out.file())) {
            throw new FunctionFailure("NoOutput", "Error: the function produced no output file for " + r.uri(), List.of());
        }
        return out;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.delete(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + root, e);
        }
    }
}
