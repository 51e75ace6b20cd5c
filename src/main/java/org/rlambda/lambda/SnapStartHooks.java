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

    /**
     * Registers the hooks with the global CRaC context (a no-op on a JVM without checkpoint
     * support). Under the Lambda Runtime Interface Client, org.crac is pointed at the client's own
     * CRaC context (the one it runs at the end of init and after restore) unless already configured.
     */
    SnapStartHooks register() {
        if (System.getProperty(COMPAT) == null && runtimeContextPresent()) System.setProperty(COMPAT, LAMBDA_CRAC);
        Core.getGlobalContext().register(this);
        return this;
    }

    static final String COMPAT = "org.crac.Core.Compat";
    static final String LAMBDA_CRAC = "com.amazonaws.services.lambda.crac";

    private static boolean runtimeContextPresent() {
        try {
            Class.forName(LAMBDA_CRAC + ".Core", false, SnapStartHooks.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
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
        pool.forEachIdle(h -> h.log().info("restored from a snapshot: this session's random-number state (unless the "
                + "script called set.seed() at init) and tempdir() are its own"));
    }

    /** How many restores this process has seen (for its log line and tests). */
    int restores() { return restores; }
}
