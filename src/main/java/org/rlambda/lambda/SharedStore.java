package org.rlambda.lambda;

import java.util.function.Supplier;

/**
 * The object store all sessions share, made on first use (an S3 client costs cold-start time that
 * console invocations should not pay) under a lock, and closed before a snapshot (a restored
 * environment must not reuse the snapshot's network connections); the next use makes a new one.
 */
public final class SharedStore implements Supplier<ObjectStore> {
    private final Supplier<ObjectStore> factory;
    private ObjectStore store;

    public SharedStore(Supplier<ObjectStore> factory) { this.factory = factory; }

    @Override public synchronized ObjectStore get() {
        if (store == null) store = factory.get();
        return store;
    }

    /** Closes the store if one was made; the next {@link #get()} makes a new one. */
    public synchronized void close() {
        if (store != null) store.close();
        store = null;
    }

    /** The same store with uploads discarded (priming must leave no trace in the output bucket). */
    public Supplier<ObjectStore> readOnly() {
        return () -> new ObjectStore() {
            @Override public long size(String bucket, String key) throws java.io.IOException { return get().size(bucket, key); }

            @Override public void download(String bucket, String key, java.nio.file.Path target, long maxBytes) throws java.io.IOException {
                get().download(bucket, key, target, maxBytes);
            }

            @Override public void upload(String bucket, String key, java.nio.file.Path file, String contentType) { }

            @Override public String describe() { return get().describe() + " (read only: priming)"; }
        };
    }
}
