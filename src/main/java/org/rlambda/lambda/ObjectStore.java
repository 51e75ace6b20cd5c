package org.rlambda.lambda;

import java.io.IOException;
import java.nio.file.Path;

/** Where S3 objects are read from and results written to: real S3 (or any S3 endpoint), or a local folder. */
public interface ObjectStore {

    /** The object's size in bytes. */
    long size(String bucket, String key) throws IOException;

    /**
     * Streams the object to {@code target}, failing (and leaving no file) if it turns out larger
     * than {@code maxBytes} — the event's size may be stale, so the limit is enforced while copying.
     */
    void download(String bucket, String key, Path target, long maxBytes) throws IOException;

    /** Writes {@code file} to the key in one request, so readers never see a partial object. */
    void upload(String bucket, String key, Path file, String contentType) throws IOException;

    /** A human-readable description for logs. */
    String describe();

    /** Releases network clients and files (before a snapshot, or when discarded). */
    default void close() {}
}
