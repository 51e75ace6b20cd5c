package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One function of the trigger end-to-end tests: the image's /var/task run by the Runtime Interface
 * Client against the Runtime API emulator, with one of the example scripts in r-scripts/.
 */
final class TriggerLambda implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final RuntimeApiEmulator api;
    final LambdaProcess lambda;
    final Path task;

    TriggerLambda(Path root, String script, Map<String, String> env) throws Exception {
        ImageLayout.read(ImageLayout.IMAGE_TAR).unpack(root);
        task = root.resolve("var/task");
        api = new RuntimeApiEmulator();
        Map<String, String> all = new HashMap<>(env);
        all.put("RLAMBDA_SCRIPT", script);
        all.put("RLAMBDA_TMP_DIR", root.resolve("tmp").toString());
        lambda = new LambdaProcess(task, "org.rlambda.lambda.RLambdaHandler::handleRequest", api.address(), all);
    }

    /** The sample event events/NAME, as shipped. */
    static String event(String name) throws Exception {
        return Files.readString(Path.of("events", name), StandardCharsets.UTF_8);
    }

    RuntimeApiEmulator.Outcome invoke(String event) throws Exception {
        return api.invoke(event, Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    /** Invokes and parses a successful response. */
    JsonNode ok(String event) throws Exception {
        RuntimeApiEmulator.Outcome out = invoke(event);
        if (out.error()) throw new AssertionError("invocation failed: " + out.body() + "\n" + lambda.output());
        return JSON.readTree(out.body());
    }

    String output() { return lambda.output(); }

    @Override public void close() throws Exception {
        lambda.close();
        api.close();
    }
}
