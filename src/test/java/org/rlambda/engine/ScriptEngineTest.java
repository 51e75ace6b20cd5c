package org.rlambda.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drives the engine only through the javax.script API, as a Java program embedding R would. */
class ScriptEngineTest {
    private static ScriptEngineManager manager;

    @BeforeAll
    static void manager() { manager = new ScriptEngineManager(); }

    private static ScriptEngine engine() {
        ScriptEngine e = manager.getEngineByName("R");
        assertNotNull(e, "engine R registered in META-INF/services");
        return e;
    }

    private static StringWriter captureOutput(ScriptEngine e) {
        StringWriter out = new StringWriter();
        e.getContext().setWriter(out);
        return out;
    }

    @Test
    void theEngineIsFoundByNameExtensionAndMimeType() {
        assertNotNull(manager.getEngineByName("rlambda"));
        assertNotNull(manager.getEngineByExtension("R"));
        assertNotNull(manager.getEngineByMimeType("text/x-R"));
        assertEquals("R", engine().getFactory().getLanguageName());
        assertEquals("4.2.2", engine().getFactory().getLanguageVersion());
    }

    @Test
    void evalReturnsTheLastValueAsAJavaValue() throws ScriptException {
        ScriptEngine e = engine();
        assertEquals(7.0, e.eval("x <- 3\nx + 4"));
        assertEquals(6, e.eval("length(letters) %/% 4L"));
        assertEquals("a-b", e.eval("paste('a', 'b', sep = '-')"));
        assertEquals(Boolean.TRUE, e.eval("is.function(sum)"));
        assertNull(e.eval("NULL"));
        assertNull(e.eval("NA_real_"));
        assertArrayEquals(new double[] {1.5, 2.5}, (double[]) e.eval("c(1, 2) + 0.5"));
        assertArrayEquals(new String[] {"a", null}, (String[]) e.eval("c('a', NA)"));
        assertArrayEquals(new String[] {"lo", "hi", "lo"}, (String[]) e.eval("factor(c('lo', 'hi', 'lo'))"));
    }

    @Test
    void evalReadsAReader() throws ScriptException {
        ScriptEngine e = engine();
        assertEquals(55.0, e.eval(new StringReader("s <- 0\nfor (i in 1:10) s <- s + i\ns")));
    }

    @Test
    void putAndGetConvertJavaValues() throws ScriptException {
        ScriptEngine e = engine();
        e.put("n", 4);
        e.put("xs", new double[] {1, 2, 3});
        e.put("name", "world");
        e.put("flags", List.of(true, false));
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("retries", 3);
        cfg.put("tags", List.of("a", "b"));
        e.put("cfg", cfg);
        assertEquals("integer", e.eval("typeof(n)"));
        assertEquals(24.0, e.eval("sum(xs) * n"));
        assertEquals("hello world", e.eval("paste('hello', name)"));
        assertEquals("logical", e.eval("class(flags)"));
        assertEquals(3, e.eval("cfg$retries"));
        assertEquals("b", e.eval("cfg$tags[2]"));
        e.eval("out <- list(total = sum(xs), parts = c('p', 'q'), nested = list(1L, 'z'))");
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) e.get("out");
        assertEquals(6.0, out.get("total"));
        assertArrayEquals(new String[] {"p", "q"}, (String[]) out.get("parts"));
        assertEquals(List.of(1, "z"), out.get("nested"));
        assertNull(e.get("never_defined"));
    }

    @Test
    void engineBindingsAreTheGlobalEnvironment() throws ScriptException {
        ScriptEngine e = engine();
        Bindings b = e.getBindings(ScriptContext.ENGINE_SCOPE);
        b.put("k", 10);
        e.eval("k2 <- k * 2L");
        assertEquals(20, b.get("k2"));
        assertTrue(b.containsKey("k2"));
        assertFalse(b.containsKey("sum"), "base functions are not globals");
        assertTrue(b.keySet().containsAll(List.of("k", "k2")));
        b.remove("k");
        assertEquals(Boolean.FALSE, e.eval("tryCatch({ k; TRUE }, error = function(e) FALSE)"));
    }

    @Test
    void evalWithOtherBindingsCopiesValuesInAndOut() throws ScriptException {
        ScriptEngine e = engine();
        Bindings mine = new SimpleBindings();
        mine.put("a", 2.5);
        assertEquals(5.0, e.eval("b <- a * 2\nb", mine));
        assertEquals(5.0, mine.get("b"));
    }

    @Test
    void outputGoesToTheContextWriter() throws ScriptException {
        ScriptEngine e = engine();
        StringWriter out = captureOutput(e);
        e.eval("cat('héllo\\n'); print(1:3)");
        assertEquals("héllo\n[1] 1 2 3\n", out.toString());
    }

    @Test
    void warningsGoToTheContextErrorWriter() throws ScriptException {
        ScriptEngine e = engine();
        StringWriter err = new StringWriter();
        e.getContext().setErrorWriter(err);
        e.eval("f <- function() { warning('careful'); 1 }\nf()");
        assertEquals("Warning message:\nIn f() : careful\n", err.toString());
    }

    @Test
    void rErrorsBecomeScriptExceptionsWithGnuRText() throws ScriptException {
        ScriptEngine e = engine();
        ScriptException ex = assertThrows(ScriptException.class, () -> e.eval("f <- function(x) stop('bad input: ', x)\nf(42)"));
        assertTrue(ex.getMessage().startsWith("Error in f(42) : bad input: 42"), ex.getMessage());
        assertEquals(3.0, e.eval("1 + 2"), "the engine keeps working after an error");
        assertThrows(ScriptException.class, () -> e.eval("1 +"));
    }

    @Test
    void invokeFunctionCallsRFunctionsWithConvertedArguments() throws Exception {
        ScriptEngine e = engine();
        e.eval("area <- function(w, h = w) w * h\nshout <- function(s) toupper(s)");
        Invocable inv = (Invocable) e;
        assertEquals(12.0, inv.invokeFunction("area", 3, 4.0));
        assertEquals(9, inv.invokeFunction("area", 3));
        assertEquals("HI", inv.invokeFunction("shout", "hi"));
        assertEquals(6, inv.invokeFunction("sum", new int[] {1, 2, 3}));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("no_such_function"));
        ScriptException ex = assertThrows(ScriptException.class, () -> inv.invokeFunction("area", "a", 2));
        assertTrue(ex.getMessage().contains("non-numeric argument to binary operator"), ex.getMessage());
    }

    /** A Java view of R functions. */
    public interface Geometry {
        double area(double w, double h);

        int count(int[] xs);
    }

    @Test
    void getInterfaceImplementsJavaInterfacesWithRFunctions() throws Exception {
        ScriptEngine e = engine();
        e.eval("area <- function(w, h) w * h\ncount <- function(xs) length(xs)");
        Geometry g = ((Invocable) e).getInterface(Geometry.class);
        assertEquals(6.0, g.area(2, 3));
        assertEquals(4, g.count(new int[] {5, 6, 7, 8}));
        Object obj = e.eval("list(area = function(w, h) w + h, count = function(xs) 0L)");
        Geometry g2 = ((Invocable) e).getInterface(obj, Geometry.class);
        assertEquals(5.0, g2.area(2, 3));
        assertEquals(10, ((Invocable) e).invokeMethod(obj, "area", 4, 6));
    }

    @Test
    void enginesAreIndependentSessions() throws ScriptException {
        ScriptEngine a = engine();
        ScriptEngine b = engine();
        assertSame(a.getFactory().getClass(), b.getFactory().getClass());
        a.eval("only_in_a <- 1");
        assertEquals(Boolean.FALSE, b.eval("tryCatch({ only_in_a; TRUE }, error = function(e) FALSE)"));
    }
}
