package org.rlambda.lambda;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ErrorTypesTest {
    @Test void exceptionClassIsNamedAfterTheErrorType() {
        LambdaFunctionError e = ErrorTypes.exception("simpleError", "Error in f(1) : boom", List.of("f(1)", "g()"), "hello.R");
        assertEquals("simpleError", e.getClass().getName());
        assertEquals("Error in f(1) : boom", e.getLocalizedMessage());
        assertEquals(2, e.getStackTrace().length);
        assertEquals("R.f(1)(hello.R)", e.getStackTrace()[0].toString());
        // one class per type, reused
        assertSame(e.getClass(), ErrorTypes.exception("simpleError", "x", List.of(), "a.R").getClass());
    }

    @Test void dottedAndOddNamesStayReadable() {
        assertEquals("rlang_error", ErrorTypes.exception("rlang_error", "m", List.of(), "a.R").getClass().getName());
        assertEquals("my.custom.error", ErrorTypes.exception("my.custom.error", "m", List.of(), "a.R").getClass().getName());
        assertEquals("a_b", ErrorTypes.className("a/b"));
        assertEquals("_java.lang.Error", ErrorTypes.className("java.lang.Error"));
        assertEquals("_.x", ErrorTypes.className(".x"));
    }
}
