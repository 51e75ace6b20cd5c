package org.rlambda.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rlambda.engine.REngine;

/**
 * The fidelity corpus (src/test/resources/serialize-corpus, written by GNU R with
 * make-corpus.R): rlambda runs check.R over GNU R's files and must print what GNU R printed
 * (expected.txt) — each object's printed value, identical() across format versions, ascii and
 * gzip, re-serialized bytes equal to GNU R's file, the object built afresh by rlambda
 * serializing to GNU R's bytes, and save() writing GNU R's .RData bytes. One test per object.
 */
class CorpusTest {
    static final Path DIR = Path.of("src/test/resources/serialize-corpus");

    @TestFactory
    Stream<DynamicTest> corpus() throws Exception {
        Map<String, String> expected = sections(Files.readString(DIR.resolve("expected.txt"), StandardCharsets.UTF_8));
        String script = "corpus_dir <- \"" + DIR.toAbsolutePath().toString().replace("\\", "/") + "\"\n"
                + Files.readString(DIR.resolve("check.R"), StandardCharsets.UTF_8);
        Map<String, String> actual = sections(run(script));
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                String got = actual.get(e.getKey());
                if (got == null) fail("rlambda printed no section for " + e.getKey() + "; its output:\n" + actual);
                assertEquals(e.getValue(), got);
            }));
        }
        return tests.stream();
    }

    /** The output split at its "== name" lines. */
    private static Map<String, String> sections(String out) {
        Map<String, String> m = new LinkedHashMap<>();
        String name = "(before the first object)";
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("== ")) {
                if (sb.length() > 0 || !m.isEmpty()) m.put(name, sb.toString());
                name = line.substring(3).strip();
                sb.setLength(0);
                continue;
            }
            sb.append(line).append('\n');
        }
        m.put(name, sb.toString());
        return m;
    }

    static String run(String script) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, false, StandardCharsets.UTF_8);
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try (REngine engine = new REngine(ps, ps)) {
                engine.runScript(script, "check.R", true);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "R-corpus", 1L << 29);
        t.start();
        t.join(120_000);
        ps.flush();
        if (failure[0] != null) throw new AssertionError("engine crashed", failure[0]);
        return buf.toString(StandardCharsets.UTF_8);
    }
}
