package org.rlambda.lambda;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rlambda.engine.REngine;
import org.rlambda.engine.RException;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.StringVector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The user's R tests: every {@code r-scripts/tests/test-*.R} runs in a fresh R session with the
 * testthat subset loaded, and each {@code test_that()} block is reported as one JUnit test named
 * {@code file: description} — so {@code mvn test} (quickly: {@code mvn test -Dtest=RScriptTests})
 * shows a user's R tests by name. A failed expectation is a test failure with testthat's text
 * (actual and expected values); an R error inside a block is a test error; an R error outside
 * the blocks is one more error entry for the file. Passing tests are listed on stdout.
 */
class RScriptTests {
    static final Path TESTS = Path.of("r-scripts", "tests");

    @TestFactory Stream<DynamicNode> userRTests() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(TESTS)) {
            files = s.filter(p -> p.getFileName().toString().matches("test-.*\\.[Rr]")).sorted().toList();
        }
        if (files.isEmpty()) return Stream.of(DynamicTest.dynamicTest("no R tests", () -> fail("no test-*.R in " + TESTS)));
        return files.stream().map(RScriptTests::runFile);
    }

    static DynamicContainer runFile(Path file) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(output, true, StandardCharsets.UTF_8);
        List<DynamicNode> tests = new ArrayList<>();
        try {
            REngine r = new REngine(p, p);
            r.eval(testthat());
            RException sourceError = null;
            try {
                r.source(file);
            } catch (RException e) {
                sourceError = e;
            }
            ListVector o = (ListVector) r.eval(".testthat_outcomes()");
            StringVector names = (StringVector) o.get(0), status = (StringVector) o.get(1), message = (StringVector) o.get(2);
            String fileName = file.getFileName().toString();
            for (int i = 0; i < names.length(); i++) {
                String st = status.get(i), msg = message.get(i), name = fileName + ": " + names.get(i);
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    if (st.equals("pass")) {
                        System.out.println("[R test] passed: " + name);
                    } else if (st.equals("fail")) {
                        fail(msg + "\n--- output of " + fileName + " ---\n" + output);
                    } else {
                        throw new RTestError(msg + "\n--- output of " + fileName + " ---\n" + output);
                    }
                }));
            }
            if (sourceError != null) {
                String text = sourceError.formatted();
                tests.add(DynamicTest.dynamicTest(fileName + ": (error outside test_that)", () -> {
                    throw new RTestError(text + "\n" + output);
                }));
            } else if (names.length() == 0) {
                tests.add(DynamicTest.dynamicTest("(no test_that blocks)", () -> fail(file + " defines no tests")));
            }
        } catch (RuntimeException | IOException e) {
            tests.add(DynamicTest.dynamicTest("(could not run)", () -> {
                throw e;
            }));
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(), tests.stream());
    }

    /** An R error in a test: reported by JUnit as an error, not as a failed expectation. */
    static final class RTestError extends RuntimeException {
        RTestError(String message) { super(message, null, false, false); }
    }

    static String testthat() throws IOException {
        try (InputStream in = RScriptTests.class.getResourceAsStream("/org/rlambda/R/testthat.R")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
