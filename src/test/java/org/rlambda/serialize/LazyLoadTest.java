package org.rlambda.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * lazyLoad()/lazyLoadDBfetch() over databases GNU R's own writer made (make-lazyload.R), one
 * per entry compression (zlib, bzip2, xz), with an environment shared through the database's
 * reference table: rlambda prints what GNU R printed (expected.txt).
 */
class LazyLoadTest {
    @Test
    void readsGnuRsLazyLoadDatabasesInEveryCompression() throws Exception {
        Path dir = Path.of("src/test/resources/lazyload");
        String script = "lazyload_dir <- \"" + dir.toAbsolutePath().toString().replace("\\", "/") + "\"\n"
                + Files.readString(dir.resolve("check.R"), StandardCharsets.UTF_8);
        assertEquals(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8), CorpusTest.run(script));
    }
}
