package org.rlambda.lambda;

import org.rlambda.engine.REngine;
import org.rlambda.engine.RException;
import org.rlambda.jsonlite.FromJsonOptions;
import org.rlambda.jsonlite.JsonParseException;
import org.rlambda.jsonlite.JsonToR;
import org.rlambda.jsonlite.JsonliteException;
import org.rlambda.jsonlite.RToJson;
import org.rlambda.jsonlite.ToJsonOptions;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The user's R script as a Lambda function: one R session. The script is sourced once (init); its
 * handler function (default {@code handler}) is then called per event. How the event reaches the
 * handler (docs/DEPLOY.md, "The R contract"):
 * <ol>
 *   <li>a formal named {@code event} receives the whole event, converted with jsonlite's rules
 *       ({@code fromJSON}) — AWS's convention for its other runtimes;</li>
 *   <li>otherwise a JSON object event's top-level fields become named arguments ({@code ...}
 *       receives the rest) — lambdr's convention;</li>
 *   <li>otherwise (an array, a string, a number, null) the event is the one positional argument,
 *       which needs a handler with at least one formal besides {@code context};</li>
 *   <li>an S3 record gives {@code path}, {@code bucket}, {@code key}, {@code size}, {@code event_time}
 *       and {@code output_dir}, each only if the handler declares it (or has {@code ...});</li>
 *   <li>a formal named {@code context} receives the invocation context as a named list.</li>
 * </ol>
 * The return value is serialised with jsonlite's {@code toJSON(auto_unbox = TRUE)}; for S3 a data
 * frame becomes CSV, a character vector text, the path of a file written in {@code output_dir} that
 * file, anything else JSON. Event conversion and serialisation run on the session's R thread, whose
 * deep stack takes deeply nested JSON.
 */
public final class RScriptFunction implements ScriptFunction {
    private static final String[] OBJECT_ARGS = {"path", "bucket", "key", "size", "event_time", "output_dir"};

    private final REngine engine;
    private final String handlerName;
    private final Closure handler;
    private final Set<String> formals = new HashSet<>();
    private final boolean hasDots;
    private final boolean seededAtInit;

    private RScriptFunction(REngine engine, String handlerName, Closure handler, boolean seededAtInit) {
        this.engine = engine;
        this.handlerName = handlerName;
        this.handler = handler;
        for (int i = 0; i < handler.formals.length(); i++) formals.add(handler.formals.tag(i));
        this.hasDots = formals.contains("...");
        this.seededAtInit = seededAtInit;
    }

    /** Sources the script (the init phase) and finds its handler; an R error here is a {@link FunctionFailure}. */
    public static RScriptFunction load(LambdaConfig config, RequestLog log) {
        REngine engine = new REngine(log.out(), log.err());
        boolean seeded;
        engine.watchSetSeed(true);
        SEXP h;
        try {
            // a plumber-annotated script (#* @get /path) is its own handler: see plumbing.R
            h = PlumberScripts.loadIfPlumber(engine, config.script(), config.handlerName());
            if (h == null) engine.source(config.script());
        } catch (RException e) {
            if (engine.brokenReason() == null) engine.flushWarnings();
            engine.close();
            throw failure(e);
        }
        if (engine.brokenReason() != null) {
            engine.close();
            throw new FunctionFailure("InitError", "Error: the R session cannot be used: " + engine.brokenReason(), List.of());
        }
        seeded = engine.watchSetSeed(false);
        engine.flushWarnings();
        if (h != null) return new RScriptFunction(engine, config.handlerName(), (Closure) h, seeded);
        h = engine.get(config.handlerName());
        if (!(h instanceof Closure c)) {
            engine.close();
            throw new FunctionFailure("HandlerNotFound", script(config) + " does not define "
                    + "a function named '" + config.handlerName() + "'"
                    + (h == null ? "" : " (it is a " + h.type() + ")")
                    + "; define it, or set RLAMBDA_HANDLER to the name of the handler function"
                    + " (or to FILE.FUNCTION, e.g. functions.handle_event for r-scripts/functions.R)", List.of());
        }
        return new RScriptFunction(engine, config.handlerName(), c, seeded);
    }

    private static String script(LambdaConfig config) {
        Path s = config.script();
        return s.startsWith(config.taskRoot()) ? config.taskRoot().relativize(s).toString() : s.toString();
    }

    /** True when the init phase called set.seed(): the script wants its own random numbers, restored or not. */
    boolean seededAtInit() { return seededAtInit; }

    @Override public String invokeJson(String eventJson, InvocationInfo context) {
        SEXP event = onR(() -> {
            try {
                return JsonToR.parse(eventJson, FromJsonOptions.defaults());
            } catch (JsonParseException e) {
                throw new FunctionFailure("simpleError", "Error: " + e.getMessage(), List.of());
            } catch (JsonliteException e) {
                throw new FunctionFailure("simpleError", "Error: " + e.getMessage(), List.of());
            }
        });
        List<SEXP> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String kind = jsonKind(eventJson);
        if (formals.contains("event")) {
            args.add(event);
            names.add("event");
        } else if (kind.equals("object") && event instanceof ListVector l) {
            StringVector fieldNames = l.names();
            for (int i = 0; i < l.length(); i++) {
                String name = fieldNames == null ? "" : fieldNames.get(i);
                if (name.equals("context") && formals.contains("context")) continue; // the context argument wins
                args.add(l.get(i));
                names.add(name);
            }
        } else {
            Set<String> others = new HashSet<>(formals);
            others.remove("context");
            if (others.isEmpty()) {
                throw new FunctionFailure("HandlerSignature", "Error: " + handlerName + "() has no formal `event` and the event"
                        + " is a JSON " + kind + ", not an object whose fields could become arguments; declare "
                        + handlerName + " <- function(event) to receive the whole event", List.of());
            }
            args.add(event);
            names.add("");
        }
        addContext(args, names, context);
        SEXP result = call(args, names);
        return toJson(result);
    }

    /** "object", "array", "string", "number", "true/false" or "null": what the event's JSON text is. */
    static String jsonKind(String json) {
        int i = 0;
        while (i < json.length() && (Character.isWhitespace(json.charAt(i)) || json.charAt(i) == '\uFEFF')) i++;
        if (i == json.length()) return "empty text";
        return switch (json.charAt(i)) {
            case '{' -> "object";
            case '[' -> "array";
            case '"' -> "string";
            case 't', 'f' -> "true/false value";
            case 'n' -> "null";
            default -> "number";
        };
    }

    private String toJson(SEXP result) {
        return onR(() -> {
            try {
                return RToJson.serialize(result, ToJsonOptions.handlerDefaults());
            } catch (JsonliteException e) {
                throw new FunctionFailure("simpleError", "Error: the value returned by " + handlerName
                        + "() cannot be sent as JSON: " + e.getMessage(), List.of());
            }
        });
    }

    @Override public ObjectOutput invokeObject(ObjectInput in, InvocationInfo context) {
        SEXP[] values = {str(in.path().toString()), str(in.bucket()), str(in.key()), new DoubleVector(new double[]{in.size()}),
                str(in.eventTime()), str(in.outputDir().toString())};
        List<SEXP> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < OBJECT_ARGS.length; i++) {
            if (hasDots || formals.contains(OBJECT_ARGS[i])) {
                args.add(values[i]);
                names.add(OBJECT_ARGS[i]);
            }
        }
        addContext(args, names, context);
        SEXP result = call(args, names);
        try {
            return writeOutput(result, in.outputDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectOutput writeOutput(SEXP result, Path dir) throws IOException {
        if (result.inherits("data.frame")) {
            Path f = dir.resolve("result.csv");
            try {
                engine.call(Symbol.get("write.csv"), List.of(result, str(f.toString()), LogicalVector.FALSE),
                        Arrays.asList("", "file", "row.names"));
            } catch (RException e) {
                throw failure(e);
            }
            return new ObjectOutput(f, "csv", "text/csv; charset=utf-8");
        }
        if (result instanceof StringVector s && !s.isObject()) {
            if (s.length() == 1 && s.get(0) != StringVector.NA) {
                Path written = Path.of(s.get(0)).toAbsolutePath().normalize();
                if (written.startsWith(dir.toAbsolutePath().normalize()) && Files.isRegularFile(written)) {
                    String name = written.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    String ext = dot > 0 ? name.substring(dot + 1) : "out";
                    return new ObjectOutput(written, ext, Files.probeContentType(written) == null
                            ? "application/octet-stream" : Files.probeContentType(written));
                }
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) b.append(s.get(i) == StringVector.NA ? "NA" : s.get(i)).append('\n');
            Path f = dir.resolve("result.txt");
            Files.writeString(f, b, StandardCharsets.UTF_8);
            return new ObjectOutput(f, "txt", "text/plain; charset=utf-8");
        }
        Path f = dir.resolve("result.json");
        Files.writeString(f, toJson(result), StandardCharsets.UTF_8);
        return new ObjectOutput(f, "json", "application/json");
    }

    @Override public String invokeAdapter(String adapter, String eventJson, InvocationInfo context) {
        SEXP result;
        try {
            result = engine.call(Symbol.get(adapter), List.of(handler, str(eventJson), contextList(context)),
                    List.of("handler", "event", "context"));
        } catch (RException e) {
            FunctionFailure f = failure(e);
            // the user's frames only: the adapter's own frames (with the whole event) say nothing to them
            List<String> trace = new ArrayList<>();
            for (String frame : f.trace()) {
                if (frame.startsWith(".rlambda_call_handler(")) break;
                if (frame.equals("eval(call, env)")) continue;
                trace.add(frame);
            }
            throw new FunctionFailure(f.errorType(), f.getMessage(), trace.size() < f.trace().size() ? trace : f.trace(), e);
        }
        if (result instanceof StringVector s && s.length() == 1 && s.inherits("json")) return s.get(0);
        return toJson(result);
    }

    private void addContext(List<SEXP> args, List<String> names, InvocationInfo c) {
        if (!formals.contains("context")) return;
        args.add(contextList(c));
        names.add("context");
    }

    private static ListVector contextList(InvocationInfo c) {
        String[] n = {"aws_request_id", "invoked_function_arn", "function_name", "function_version",
                "memory_limit_in_mb", "remaining_time_in_millis", "deadline_ms", "log_group_name", "log_stream_name"};
        SEXP[] v = {str(c.requestId()), str(c.functionArn()), str(c.functionName()), str(c.functionVersion()),
                new IntVector(new int[]{c.memoryLimitMb()}), new DoubleVector(new double[]{c.remainingMillis()}),
                new DoubleVector(new double[]{c.deadlineMillis()}), str(c.logGroupName()), str(c.logStreamName())};
        ListVector ctx = new ListVector(v);
        ctx.setAttributeRaw("names", new StringVector(n));
        return ctx;
    }

    private SEXP call(List<SEXP> args, List<String> names) {
        try {
            return engine.call(Symbol.get(handlerName), args, names);
        } catch (RException e) {
            throw failure(e);
        }
    }

    /** Java work on the session's R thread; R-level failures become {@link FunctionFailure}s. */
    private <T> T onR(Callable<T> task) {
        try {
            return engine.execute(task);
        } catch (RException e) {
            throw failure(e);
        }
    }

    private static FunctionFailure failure(RException e) {
        String text = e.formatted().endsWith("\n") ? e.formatted().substring(0, e.formatted().length() - 1) : e.formatted();
        return new FunctionFailure(e.conditionClass(), text, e.rStackTrace(), e);
    }

    private static StringVector str(String s) { return new StringVector(new String[]{s == null ? StringVector.NA : s}); }

    @Override public void setTimeLimit(Duration limit) { engine.setTimeLimit(limit); }

    @Override public void flush() {
        if (engine.brokenReason() == null) engine.flushWarnings();
    }

    @Override public void endInvocation() {
        if (engine.brokenReason() == null) engine.closeSinks();
    }

    @Override public String brokenReason() { return engine.brokenReason(); }

    @Override public void afterRestore() {
        if (!seededAtInit) engine.forgetRandomSeed();
        engine.renewTempdir();
    }

    @Override public Object saveState() { return engine.getGlobal(".Random.seed"); }

    @Override public void restoreState(Object state) {
        if (state instanceof SEXP seed) engine.put(".Random.seed", seed);
        else engine.forgetRandomSeed();
    }

    @Override public void close() { engine.close(); }
}
