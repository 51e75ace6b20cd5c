package org.rlambda.lambda;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * R sessions for concurrent invocations (Lambda Managed Instances call the handler from up to
 * {@code AWS_LAMBDA_MAX_CONCURRENCY} threads at once). R code is single-threaded and its global
 * state is per session, so each invocation borrows a session of its own: an idle one, else a new
 * one while fewer than the limit exist, else it waits for one to be returned. A session that
 * broke (heap exhausted, quit()) is discarded on return and a new one is made when next needed.
 * What sessions share is what the engine shares (the builtins, the JVM's loaded classes).
 */
public final class SessionPool {
    private final int max;
    private final Supplier<FunctionHost> factory;
    private final Deque<FunctionHost> idle = new ArrayDeque<>();
    private final List<FunctionHost> all = new ArrayList<>();
    private int creating;

    /** @param first a session already made during init (it is the first one lent) */
    public SessionPool(int max, FunctionHost first, Supplier<FunctionHost> factory) {
        this.max = Math.max(1, max);
        this.factory = factory;
        idle.push(first);
        all.add(first);
    }

    public int max() { return max; }

    /** Sessions that exist now (idle or lent). */
    public synchronized int size() { return all.size(); }

    /** An idle session, a new one, or (all {@code max} lent) the next one returned. */
    public FunctionHost acquire() throws InterruptedException {
        synchronized (this) {
            while (idle.isEmpty() && all.size() + creating >= max) wait();
            if (!idle.isEmpty()) return idle.pop();
            creating++;
        }
        FunctionHost made = null;
        try {
            made = factory.get();
            return made;
        } finally {
            synchronized (this) {
                creating--;
                if (made != null) all.add(made);
                notifyAll();
            }
        }
    }

    /** Returns a session; a broken one is closed and forgotten. */
    public void release(FunctionHost host) {
        String broken = host.function().brokenReason();
        synchronized (this) {
            if (broken == null) {
                idle.push(host);
            } else {
                all.remove(host);
            }
            notifyAll();
        }
        if (broken != null) {
            host.log().info("the R session is discarded (" + broken + "); the next invocation starts a new one");
            host.function().close();
        }
    }

    /** Makes sessions until {@code max} exist (init with SnapStart: every session is in the snapshot). */
    public void fill() throws InterruptedException {
        List<FunctionHost> made = new ArrayList<>();
        while (size() < max) made.add(acquire());
        for (FunctionHost h : made) release(h);
    }

    /** Runs {@code action} on every idle session (checkpoint and restore hooks run while no invocation does). */
    public synchronized void forEachIdle(Consumer<FunctionHost> action) {
        for (FunctionHost h : idle) action.accept(h);
    }
}
