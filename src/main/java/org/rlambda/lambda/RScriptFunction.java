package org.rlambda.lambda;

import org.rlambda.engine.REngine;
import org.rlambda.engine.RException;
import org.rlambda.jsonlite.FromJsonOptions;
import org.rlambda.jsonlite.JsonParseException;
import org.rlambda.jsonlite.JsonToR;
import org.rlambda.jsonlite.RToJson;
import org.rlambda.jsonlite.ToJsonOptions;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's R script as a Lambda function. The script is sourced once (init); its handler function
 * (default {@code handler}) is then called per event, following lambdr's convention:
 * <ul>
 *   <li>a JSON object event is converted with jsonlite's rules ({@code fromJSON}) and its top-level
 *       fields become named arguments ({@code ...} receives the rest); any other JSON value is one
 *       positional argument;</li>
 *   <li>an S3 record gives {@code path}, {@code bucket}, {@code key}, {@code size}, {@code event_time}
 *       and {@code output_dir}, each only if the handler declares it (or has {@code ...});</li>
 *   <li>a formal named {@code context} receives the invocation context as a named list.</li>
 * </ul>
 * The return value is serialised with jsonlite's {@code toJSON(auto_unbox = TRUE)}; for S3 a data
 * frame becomes CSV, a character vector text, the path of a file written in {@code output_dir} that
 * file, anything else JSON.
 */
public final class RScriptFunction implements ScriptFunction {
    private static final String[] OBJECT_ARGS = {"path", "bucket", "key", "size", "event_time", "output_dir"};

    private final REngine engine;
    private final String handlerName;
    private final Closure handler;
    private final Set<String> formals = new HashSet<>();
    private final boolean hasDots;

    private RScriptFunction(REngine engine, String handlerName, Closure handler) {
        this.engine = engine;
        this.handlerName = handlerName;
        this.handler = handler;
        for (int i = 0; i < handler.formals.length(); i++) formals.add(handler.formals.tag(i));
        this.hasDots = formals.contains("...");
    }

    /** Sources the script (the init phase) and finds its handler; an R error here is a {@link FunctionFailure}. */
    public static RScriptFunction load(LambdaConfig config, RequestLog log) {
        REngine engine = new REngine(log.out(), log.err());
        SEXP h;
        try {
            // a plumber-annotated script (#* @get /path) is its own handler: see plumbing.R
            h = PlumberScripts.loadIfPlumber(engine, config.script(), config.handlerName());
            if (h == null) engine.source(config.script());
        } catch (RException e) {
            throw failure(e);
        } finally {
            engine.flushWarnings();
        }
        if (h != null) return new RScriptFunction(engine, config.handlerName(), (Closure) h);
        h = engine.get(config.handlerName());
        if (!(h instanceof Closure c)) {
            throw new FunctionFailure("HandlerNotFound", config.taskRoot().relativize(config.script()) + " does not define "
                    + "a function named '" + config.handlerName() + "'"
                    + (h == null ? "" : " (it is a " + h.type() + ")")
                    + "; define it, or set RLAMBDA_HANDLER to the name of the handler function", List.of());
        }
        return new RScriptFunction(engine, config.handlerName(), c);
    }

    @Override public String invokeJson(String eventJson, InvocationInfo context) {
        SEXP event;
        try {
            event = JsonToR.parse(eventJson, FromJsonOptions.defaults());
        } catch (JsonParseException e) {
            throw new FunctionFailure("simpleError", "Error: " + e.getMessage(), List.of());
        }
        List<SEXP> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringVector fieldNames = event instanceof ListVector l ? l.names() : null;
        if (event instanceof ListVector l && (fieldNames != null || l.length() == 0)) {
            for (int i = 0; i < l.length(); i++) {
                String name = fieldNames.get(i);
                if (name.equals("context") && formals.contains("context")) continue; // the context argument wins
                args.add(l.get(i));
                names.add(name);
            }
        } else {
            args.add(event);
            names.add("");
        }
        addContext(args, names, context);
        SEXP result = call(args, names);
        return RToJson.serialize(result, ToJsonOptions.handlerDefaults());
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
                engine.call(Symbol.get("write.csv"), List.of(result, str(f.toString()), org.rlambda.sexp.LogicalVector.FALSE),
                        java.util.Arrays.asList("", "file", "row.names"));
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
        Files.writeString(f, RToJson.serialize(result, ToJsonOptions.handlerDefaults()), StandardCharsets.UTF_8);
        return new ObjectOutput(f, "json", "application/json");
    }

    @Override public String invokeAdapter(String adapter, String eventJson, InvocationInfo context) {
        SEXP result;
        try {
            result = engine.call(Symbol.get(adapter), List.of(handler, str(eventJson), contextList(context)),
                    List.of("handler", "event", "context"));
        } catch (RException e) {
            throw failure(e);
        }
        if (result instanceof StringVector s && s.length() == 1 && s.inherits("json")) return s.get(0);
        return RToJson.serialize(result, ToJsonOptions.handlerDefaults());
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

    private static FunctionFailure failure(RException e) {
        String text = e.formatted().endsWith("\n") ? e.formatted().substring(0, e.formatted().length() - 1) : e.formatted();
        return new FunctionFailure(e.conditionClass(), text, e.rStackTrace(), e);
    }

    private static StringVector str(String s) { return new StringVector(new String[]{s == null ? StringVector.NA : s}); }

    @Override public void setTimeLimit(Duration limit) { engine.setTimeLimit(limit); }

    @Override public void flush() { engine.flushWarnings(); }
}
