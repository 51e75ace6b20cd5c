package org.rlambda.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Everything that lives as long as the execution environment: the configuration, the R sessions
 * (one per concurrent invocation), the shared object store and the SnapStart hooks. Built during
 * Lambda's init phase: the first session sources the script (with SnapStart every session is
 * made before the snapshot), and the priming events run through the sessions made at init.
 */
public final class FunctionRuntime {
    private final LambdaConfig config;
    private final SessionPool pool;
    private final SharedStore store;
    private final SnapStartHooks hooks;

    public FunctionRuntime(LambdaConfig config, RequestLog firstLog, Supplier<ObjectStore> storeFactory,
                           BiFunction<LambdaConfig, RequestLog, ScriptFunction> loader, boolean snapStart) {
        OutputRouting.checkConfiguration(config);   // refuse a re-triggering setup before any R code runs
        this.config = config;
        this.store = new SharedStore(storeFactory);
        FunctionHost first = new FunctionHost(config, loader.apply(config, firstLog), store, firstLog);
        this.pool = new SessionPool(config.maxConcurrency(), first, () -> {
            RequestLog log = firstLog.sibling();
            return new FunctionHost(config, loader.apply(config, log), store, log);
        });
        if (snapStart) {
            try {
                pool.fill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // only the sessions made during init are primed: one made on demand later would make its
        // invocation wait for the priming events
        pool.forEachIdle(this::prime);
        this.hooks = new SnapStartHooks(pool, store).register();
    }

    public LambdaConfig config() { return config; }

    public SessionPool pool() { return pool; }

    SnapStartHooks hooks() { return hooks; }

    /** One invocation in a session of its own. */
    public byte[] handle(byte[] event, InvocationInfo context) throws IOException {
        FunctionHost host;
        try {
            host = pool.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for an R session", e);
        }
        try {
            return host.handle(event, context);
        } finally {
            pool.release(host);
        }
    }

    /**
     * Runs the priming events through a session with its output discarded and S3 uploads dropped, so
     * the code they use is loaded (and compiled) before the snapshot. The random-number state is
     * kept as init left it: a script that called set.seed() still gets its numbers afterwards.
     */
    private void prime(FunctionHost h) {
        List<Path> events = config.primeEvents();
        if (events.isEmpty()) return;
        FunctionHost priming = new FunctionHost(config, h.function(), store.readOnly(), h.log());
        Object state = h.function().saveState();
        int n = 0;
        for (Path e : events) {
            n++;
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(e);
            } catch (IOException ex) {
                h.log().info("priming event " + e + " cannot be read (" + ex.getClass().getSimpleName() + "); skipped");
                continue;
            }
            h.log().mute(true);
            try {
                priming.handle(bytes, new InvocationInfo("priming-" + n, "", "", "", 0,
                        System.currentTimeMillis() + 60_000, "", ""));
            } catch (IOException | RuntimeException ex) {
                h.log().mute(false);
                h.log().info("priming event " + e.getFileName() + " failed (output discarded): " + firstLine(ex.getMessage()));
            } finally {
                h.log().mute(false);
            }
        }
        h.function().restoreState(state);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }
}
