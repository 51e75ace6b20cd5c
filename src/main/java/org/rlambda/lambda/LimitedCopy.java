package org.rlambda.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies a stream to a file, refusing to write more than a limit. */
final class LimitedCopy {
    private LimitedCopy() {}

    static long toFile(InputStream in, Path target, long maxBytes, String what) throws IOException {
        Files.createDirectories(target.getParent());
        long total = 0;
        boolean ok = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ObjectStoreException("ObjectTooLarge", what + " is larger than the " + maxBytes + " bytes allowed");
                }
                out.write(buf, 0, n);
            }
            ok = true;
        } finally {
            if (!ok) Files.deleteIfExists(target);
        }
        return total;
    }
}
