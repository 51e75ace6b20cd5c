package org.rlambda.lambda.testfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rlambda.lambda.FunctionFailure;
import org.rlambda.lambda.InvocationInfo;
import org.rlambda.lambda.ObjectInput;
import org.rlambda.lambda.ObjectOutput;
import org.rlambda.lambda.RequestLog;
import org.rlambda.lambda.ScriptFunction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A Java stand-in for an R script: echoes JSON events (failing on request, to exercise error
 * reporting) and counts the lines of S3 objects.
 */
public class EchoFunction implements ScriptFunction {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RequestLog log;
    public volatile Duration lastTimeLimit;

    public EchoFunction(RequestLog log) { this.log = log; }

    @Override public String invokeJson(String eventJson, InvocationInfo context) {
        try {
            JsonNode event;
            try {
                event = JSON.readTree(eventJson);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new FunctionFailure("InvalidEventError", "the event is not valid JSON: " + e.getOriginalMessage()
                        + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), List.of());
            }
            log.out().println("echo handler called");
            if (event.has("fail")) {
                throw new FunctionFailure("customError", "Error in inner(x) : " + event.get("fail").asText(),
                        List.of("inner(x)", "outer(event)"));
            }
            if (event.has("failRecord")) {
                throw new FunctionFailure("simpleError", "record failed", List.of());
            }
            ObjectNode out = JSON.createObjectNode();
            out.set("echo", event);
            out.put("requestId", context.requestId());
            out.put("functionName", context.functionName());
            out.put("timeLimitMillis", lastTimeLimit == null ? -1 : lastTimeLimit.toMillis());
            return JSON.writeValueAsString(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public ObjectOutput invokeObject(ObjectInput input, InvocationInfo context) {
        try {
            List<String> lines = Files.readAllLines(input.path());
            if (lines.stream().anyMatch(l -> l.contains("FAIL"))) {
                throw new FunctionFailure("simpleError", "Error in summarise(path) : bad row in " + input.key(),
                        List.of("summarise(path)"));
            }
            Path out = input.outputDir().resolve("count.txt");
            Files.writeString(out, "key=" + input.key() + "\nlines=" + lines.size() + "\nsize=" + input.size() + "\n");
            return new ObjectOutput(out, "txt", "text/plain; charset=utf-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void setTimeLimit(Duration limit) {
        if (limit != null) lastTimeLimit = limit;
    }
}
