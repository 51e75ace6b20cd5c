package org.rlambda.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local implementation of the Lambda Runtime API (2018-06-01) as the Lambda service presents it to
 * a runtime: {@code /invocation/next} blocks until an event is queued and answers with every header
 * Lambda sends (the Runtime Interface Client's native part crashes without {@code Content-Type});
 * {@code /response}, {@code /error} and {@code /init/error} complete the matching invocation.
 */
final class RuntimeApiEmulator implements AutoCloseable {
    static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:rlambda-test";

    /** What the runtime answered for one invocation. */
    record Outcome(boolean error, String body, String errorTypeHeader, long nanosToAnswer) {}

    private record Pending(String id, byte[] event, long deadlineMillis) {}

    static {
        // Like Lambda's Runtime API, answer without Nagle delays: otherwise each small response waits
        // for the runtime's delayed ACK (~40 ms) and latency figures measure TCP, not the function.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api-emulator");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Outcome>> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    final CompletableFuture<String> initError = new CompletableFuture<>();
    /** System.nanoTime() of the runtime's /restore/next request (SnapStart init type only). */
    final CompletableFuture<Long> restored = new CompletableFuture<>();
    /** System.nanoTime() of the runtime's first /next request: init has finished. */
    final CompletableFuture<Long> firstPoll = new CompletableFuture<>();

    RuntimeApiEmulator() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(executor);
        server.createContext("/2018-06-01/runtime/", this::route);
        server.start();
    }

    /** The value for AWS_LAMBDA_RUNTIME_API. */
    String address() { return "127.0.0.1:" + server.getAddress().getPort(); }

    /** Queues an event and returns a future for the runtime's answer. */
    CompletableFuture<Outcome> send(String eventJson, Duration functionTimeout) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        outcomes.put(id, f);
        queue.add(new Pending(id, eventJson.getBytes(StandardCharsets.UTF_8),
                System.currentTimeMillis() + functionTimeout.toMillis()));
        return f;
    }

    Outcome invoke(String eventJson, Duration functionTimeout, Duration wait) throws Exception {
        return send(eventJson, functionTimeout).get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void route(HttpExchange x) throws IOException {
        try {
            String path = x.getRequestURI().getPath().substring("/2018-06-01/runtime/".length());
            if (path.equals("invocation/next") && x.getRequestMethod().equals("GET")) {
                next(x);
            } else if (path.equals("restore/next") && x.getRequestMethod().equals("GET")) {
                // SnapStart: the runtime ran its beforeCheckpoint hooks; answering is the restore
                restored.complete(System.nanoTime());
                reply(x, 200, "{}");
            } else if (path.equals("init/error") && x.getRequestMethod().equals("POST")) {
                initError.complete(read(x));
                reply(x, 202, "{\"status\":\"OK\"}");
            } else if (path.startsWith("invocation/") && x.getRequestMethod().equals("POST")) {
                String[] parts = path.split("/");
                String id = parts[1];
                boolean error = parts[2].equals("error");
                String body = read(x);
                CompletableFuture<Outcome> f = outcomes.remove(id);
                Long start = sentAt.remove(id);
                if (f == null) {
                    reply(x, 400, "{\"errorMessage\":\"unknown request id\",\"errorType\":\"InvalidRequestID\"}");
                    return;
                }
                reply(x, 202, "{\"status\":\"OK\"}");
                f.complete(new Outcome(error, body, x.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"),
                        start == null ? -1 : System.nanoTime() - start));
            } else {
                reply(x, 404, "{\"errorMessage\":\"not found\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            x.close();
        }
    }

    private void next(HttpExchange x) throws IOException, InterruptedException {
        firstPoll.complete(System.nanoTime());
        Pending p = queue.take();
        sentAt.put(p.id(), System.nanoTime());
        var h = x.getResponseHeaders();
        h.set("Content-Type", "application/json");
        h.set("Lambda-Runtime-Aws-Request-Id", p.id());
        h.set("Lambda-Runtime-Deadline-Ms", Long.toString(p.deadlineMillis()));
        h.set("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
        h.set("Lambda-Runtime-Trace-Id", "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");
        h.set("Lambda-Runtime-Client-Context", "");
        h.set("Lambda-Runtime-Cognito-Identity", "");
        x.sendResponseHeaders(200, p.event().length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(p.event());
        }
    }

    private static String read(HttpExchange x) throws IOException {
        return new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    @Override public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
