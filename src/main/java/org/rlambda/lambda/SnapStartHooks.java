package org.rlambda.lambda;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Lambda SnapStart's checkpoint and restore (through org.crac, which the Lambda Java runtime
 * drives). Before the snapshot: pending output is written, sinks closed and the S3 client closed.
 * After a restore, each session renews what would otherwise be the same in every environment
 * restored from one snapshot: its random-number state (unless the script chose a seed with
 * set.seed() during init) and its tempdir(). Configuration is read from the environment once at
 * init; Lambda restores with the same function configuration, so it stays valid.
 */
public final class SnapStartHooks implements Resource {
    private final SessionPool pool;
    private final SharedStore store;
    private volatile int restores;

    SnapStartHooks(SessionPool pool, SharedStore store) {
        this.pool = pool;
        this.store = store;
    }

    /** Registers the hooks with the global CRaC context (a no-op on a JVM without checkpoint support). */
    SnapStartHooks register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override public void beforeCheckpoint(Context<? extends Resource> context) {
        pool.forEachIdle(h -> {
            h.function().flush();
            h.function().endInvocation();
        });
        store.close();
    }

    @Override public void afterRestore(Context<? extends Resource> context) {
        pool.forEachIdle(h -> h.function().afterRestore());
        restores++;
    }

    /** How many restores this process has seen (for its log line and tests). */
    int restores() { return restores; }
}
