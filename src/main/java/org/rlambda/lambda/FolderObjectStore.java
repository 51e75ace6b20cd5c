package org.rlambda.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A local stand-in for S3: bucket {@code b}, key {@code k} is the file {@code root/b/k}. Used by the
 * local {@code invoke} command so the S3 example runs without an AWS account.
 */
public final class FolderObjectStore implements ObjectStore {
    private final Path root;

    public FolderObjectStore(Path root) { this.root = root.toAbsolutePath().normalize(); }

    public Path root() { return root; }

    /** The file for an object; keys that would escape the bucket folder are rejected. */
    public Path file(String bucket, String key) throws IOException {
        Path bucketDir = root.resolve(bucket).normalize();
        Path f = bucketDir.resolve(key).normalize();
        if (!bucketDir.startsWith(root) || !f.startsWith(bucketDir) || f.equals(bucketDir)) {
            throw new ObjectStoreException("InvalidObjectName", "invalid bucket/key for a folder store: " + bucket + "/" + key);
        }
        return f;
    }

    @Override public long size(String bucket, String key) throws IOException {
        try {
            return Files.size(file(bucket, key));
        } catch (NoSuchFileException e) {
            throw new ObjectStoreException("NoSuchKey", "no such object: s3://" + bucket + "/" + key + " (looked for " + e.getFile() + ")");
        }
    }

    @Override public void download(String bucket, String key, Path target, long maxBytes) throws IOException {
        Path f = file(bucket, key);
        if (!Files.isRegularFile(f)) {
            throw new ObjectStoreException("NoSuchKey", "no such object: s3://" + bucket + "/" + key + " (looked for " + f + ")");
        }
        try (InputStream in = Files.newInputStream(f)) {
            LimitedCopy.toFile(in, target, maxBytes, "s3://" + bucket + "/" + key);
        }
    }

    @Override public void upload(String bucket, String key, Path file, String contentType) throws IOException {
        Path f = file(bucket, key);
        Files.createDirectories(f.getParent());
        // copy to a sibling then rename: the key never holds a half-written file
        Path tmp = Files.createTempFile(f.getParent(), ".upload-", ".tmp");
        try {
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override public String describe() { return "local folder " + root; }
}
