package org.rlambda.lambda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlambda.engine.REngine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SnapStart's hooks driven as the Lambda runtime drives them (beforeCheckpoint at the end of init,
 * afterRestore before the first invocation). Two environments restored from one snapshot start
 * with identical state; that is simulated by giving the second runtime the first one's RNG state
 * before the checkpoint.
 */
class SnapStartTest {
    static final String DRAWS = "x0 <- runif(1)   # a draw during init: the RNG state is in the snapshot\n"
            + "handler <- function(...) runif(3)\n";
    @TempDir Path root;
    final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    FunctionRuntime runtime(String script, String primeEvents) throws Exception {
        Files.createDirectories(root.resolve("r-scripts"));
        Files.writeString(root.resolve("r-scripts/snap.R"), script);
        LambdaConfig c = LambdaConfig.from(Map.of("LAMBDA_TASK_ROOT", root.toString(), "RLAMBDA_SCRIPT", "r-scripts/snap.R",
                "RLAMBDA_TMP_DIR", root.resolve("tmp").toString(), "RLAMBDA_PRIME_EVENTS", primeEvents,
                "RLAMBDA_OUTPUT_PREFIX", "out/"));
        PrintStream p = new PrintStream(logs, true, StandardCharsets.UTF_8);
        return new FunctionRuntime(c, new RequestLog(() -> p, () -> p, true), () -> new FolderObjectStore(root.resolve("s3")),
                RScriptFunction::load, true);
    }

    static String invoke(FunctionRuntime r, String event) throws Exception {
        return new String(r.handle(event.getBytes(StandardCharsets.UTF_8), RFunctionTest.ctx("after-restore")),
                StandardCharsets.UTF_8);
    }

    /** Makes b's sessions hold a's RNG state, as two environments restored from one snapshot would. */
    static void sameSnapshot(FunctionRuntime a, FunctionRuntime b) {
        Object[] state = new Object[1];
        a.pool().forEachIdle(h -> state[0] = h.function().saveState());
        b.pool().forEachIdle(h -> h.function().restoreState(state[0]));
    }

    static void checkpointAndRestore(FunctionRuntime r) {
        r.hooks().beforeCheckpoint(null);
        r.hooks().afterRestore(null);
    }

    @Test void withoutRestoreHooksTwoEnvironmentsFromOneSnapshotDrawTheSameNumbers() throws Exception {
        FunctionRuntime a = runtime(DRAWS, ""), b = runtime(DRAWS, "");
        sameSnapshot(a, b);
        assertEquals(invoke(a, "{}"), invoke(b, "{}"), "the problem the restore hook solves");
    }

    @Test void restoredEnvironmentsDrawDifferentNumbersWhenTheScriptSetNoSeed() throws Exception {
        FunctionRuntime a = runtime(DRAWS, ""), b = runtime(DRAWS, "");
        sameSnapshot(a, b);
        checkpointAndRestore(a);
        checkpointAndRestore(b);
        assertNotEquals(invoke(a, "{}"), invoke(b, "{}"));
    }

    @Test void restoredEnvironmentsDrawGnuRsNumbersWhenTheScriptCalledSetSeed() throws Exception {
        String script = "set.seed(42)\nhandler <- function(...) runif(3)\n";
        FunctionRuntime a = runtime(script, "");
        checkpointAndRestore(a);
        String expected;
        try (REngine r = new REngine(System.out, System.err)) {
            expected = org.rlambda.jsonlite.RToJson.serialize(r.eval("set.seed(42); runif(3)"),
                    org.rlambda.jsonlite.ToJsonOptions.handlerDefaults());
        }
        assertEquals(expected, invoke(a, "{}"));
    }

    @Test void restoredSessionGetsItsOwnTempdir() throws Exception {
        FunctionRuntime a = runtime("handler <- function(...) tempdir()\n", "");
        String before = invoke(a, "{}");
        checkpointAndRestore(a);
        assertNotEquals(before, invoke(a, "{}"));
    }

    @Test void primingRunsTheHandlerButLeavesNoTraceInTheOutputBucketOrLog() throws Exception {
        Path s3 = Files.createDirectories(root.resolve("s3/in"));
        Files.writeString(s3.resolve("data.csv"), "x\n1\n");
        Files.writeString(root.resolve("s3-event.json"), S3EventHandlingTest.event("in", "data.csv"));
        Files.writeString(root.resolve("console.json"), "{\"n\": 1}");
        String script = "set.seed(7)\ncalls <- 0\nhandler <- function(...) { calls <<- calls + 1; cat('PRIMED-OUTPUT\\n'); "
                + "list(calls = calls, u = runif(1)) }\n";
        FunctionRuntime a = runtime(script, "console.json,s3-event.json");
        checkpointAndRestore(a);
        assertFalse(Files.exists(root.resolve("s3/in/out")), "no result object written while priming");
        assertFalse(logs.toString(StandardCharsets.UTF_8).contains("PRIMED-OUTPUT"), logs.toString(StandardCharsets.UTF_8));
        String first;
        try (REngine r = new REngine(System.out, System.err)) {
            first = org.rlambda.jsonlite.RToJson.serialize(r.eval("set.seed(7); runif(1)"),
                    org.rlambda.jsonlite.ToJsonOptions.handlerDefaults());
        }
        assertEquals("{\"calls\":3,\"u\":" + first + "}", invoke(a, "{}"),
                "the handler ran twice while priming, and the seeded numbers are still the script's");
    }
}
