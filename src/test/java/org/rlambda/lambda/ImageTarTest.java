package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The image Jib builds (offline, scratch base, before the tests) has the layout the AWS Java base
 * image loads: classes and resources directly in /var/task, jars in /var/task/lib, scripts in
 * /var/task/r-scripts, nothing in Jib's default /app; the handler is the command and the base's
 * entrypoint is inherited.
 */
class ImageTarTest {
    static ImageLayout image;

    @BeforeAll static void read() throws IOException { image = ImageLayout.read(ImageLayout.IMAGE_TAR); }

    private static List<String> files(String layer) {
        List<String> out = new ArrayList<>();
        for (ImageLayout.Entry e : image.layers.get(layer)) if (!e.directory()) out.add(e.name());
        return out;
    }

    @Test void layersAreLibrariesClassesAndScripts() {
        assertEquals(List.of("lambda-classes", "lambda-lib", "lambda-r-scripts"), image.layerNames);
    }

    @Test void classesAndResourcesSitDirectlyInVarTask() {
        List<String> classes = files("lambda-classes");
        assertTrue(classes.contains("var/task/org/rlambda/lambda/RLambdaHandler.class"), classes.toString());
        assertTrue(classes.stream().allMatch(f -> f.startsWith("var/task/") && !f.startsWith("var/task/lib/")
                && !f.startsWith("var/task/r-scripts/")), classes.toString());
    }

    @Test void jarsSitInVarTaskLib() {
        List<String> lib = files("lambda-lib");
        assertTrue(lib.contains("var/task/lib/aws-lambda-java-runtime-interface-client-2.10.1.jar"), lib.toString());
        assertTrue(lib.contains("var/task/lib/aws-lambda-java-core-1.4.0.jar"), lib.toString());
        assertTrue(lib.stream().anyMatch(f -> f.matches("var/task/lib/s3-[0-9.]+\\.jar")), lib.toString());
        assertTrue(lib.stream().allMatch(f -> f.matches("var/task/lib/[^/]+\\.jar")), lib.toString());
        assertFalse(lib.stream().anyMatch(f -> f.contains("junit")), "no test jars in the image");
    }

    @Test void scriptsAreCopiedWithoutTheirTests() {
        assertTrue(files("lambda-r-scripts").contains("var/task/r-scripts/hello.R"));
        assertTrue(files("lambda-r-scripts").stream().noneMatch(f -> f.startsWith("var/task/r-scripts/tests")),
                files("lambda-r-scripts").toString());
    }

    @Test void nothingInJibsDefaultAppDirectory() {
        for (var layer : image.layers.values()) {
            for (ImageLayout.Entry e : layer) assertFalse(e.name().startsWith("app/"), e.name());
        }
    }

    @Test void filesAreReadOnlyForTheLambdaUser() {
        // Lambda runs the image as a non-root user on a read-only file system: files need world read
        for (var layer : image.layers.values()) {
            for (ImageLayout.Entry e : layer) {
                assertEquals(e.directory() ? 0755 : 0644, e.mode() & 0777, e.name());
            }
        }
    }

    @Test void commandIsTheHandlerAndEntrypointIsInherited() {
        JsonNode c = image.config.get("config");
        assertEquals("org.rlambda.lambda.RLambdaHandler::handleRequest", c.get("Cmd").get(0).asText());
        assertEquals(1, c.get("Cmd").size());
        assertTrue(c.path("Entrypoint").isMissingNode() || c.path("Entrypoint").isNull(), c.toString());
        assertEquals("/var/task", c.get("WorkingDir").asText());
        List<String> env = new ArrayList<>();
        c.get("Env").forEach(e -> env.add(e.asText()));
        // unset, so the function's RLAMBDA_HANDLER=FILE.FUNCTION can name the script (the defaults run hello.R)
        assertTrue(env.stream().noneMatch(e -> e.startsWith("RLAMBDA_SCRIPT=") || e.startsWith("RLAMBDA_HANDLER=")), env.toString());
        assertTrue(env.contains("JAVA_TOOL_OPTIONS=-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), env.toString());
    }
}
