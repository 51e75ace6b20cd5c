package org.rlambda.jsonlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rlambda.jsonlite.RBuild.c;
import static org.rlambda.jsonlite.RBuild.chr;
import static org.rlambda.jsonlite.RBuild.dataFrame;
import static org.rlambda.jsonlite.RBuild.factor;
import static org.rlambda.jsonlite.RBuild.ints;
import static org.rlambda.jsonlite.RBuild.lgl;
import static org.rlambda.jsonlite.RBuild.list;
import static org.rlambda.jsonlite.RBuild.named;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * The Java entry points the Lambda handler and the R builtins use, on values built in Java.
 * Expected texts were produced by GNU R + jsonlite 1.8.4 (shown in each comment).
 */
class JsonApiTest {

    private static String handler(SEXP x) { return RToJson.serialize(x, ToJsonOptions.handlerDefaults()); }

    @Test
    void handlerDefaultsUnboxScalars() {
        // toJSON(list(msg = "hi", n = 3L, xs = c(1.5, 2), ok = TRUE), auto_unbox = TRUE)
        SEXP x = named("msg", chr("hi"), "n", ints(3), "xs", c(1.5, 2), "ok", lgl(1));
        assertEquals("{\"msg\":\"hi\",\"n\":3,\"xs\":[1.5,2],\"ok\":true}", handler(x));
    }

    @Test
    void handlerDataFrameIsArrayOfRecords() {
        // toJSON(data.frame(id = 1:2, v = c(0.5, NA), g = factor(c("a", "b"))), auto_unbox = TRUE)
        SEXP df = dataFrame("id", ints(1, 2), "v", c(0.5, DoubleVector.NA), "g", factor(new String[] {"a", "b"}, 1, 2));
        assertEquals("[{\"id\":1,\"v\":0.5,\"g\":\"a\"},{\"id\":2,\"g\":\"b\"}]", handler(df));
    }

    @Test
    void defaultOptionsKeepLengthOneArrays() {
        // toJSON(list(a = 1))
        assertEquals("{\"a\":[1]}", RToJson.serialize(named("a", c(1)), ToJsonOptions.defaults()));
    }

    @Test
    void nullHandlerResultIsEmptyObject() {
        assertEquals("{}", handler(Null.NULL));
    }

    @Test
    void toJsonValueHasClassJson() {
        StringVector v = RToJson.toJSON(ints(1, 2), ToJsonOptions.defaults());
        assertEquals("[1,2]", v.get(0));
        assertEquals("json", v.classAttribute().get(0));
    }

    @Test
    void printJsonWritesTextSpaceNewline() {
        // print(toJSON(1:2)) shows: [1,2] followed by " \n" (cat(x, "\n"))
        assertEquals("[1,2] \n", RToJson.printText(RToJson.toJSON(ints(1, 2), ToJsonOptions.defaults())));
    }

    @Test
    void prettyTrueUsesTwoSpaces() {
        // toJSON(list(a = 1, b = list(c = "x")), pretty = TRUE, auto_unbox = TRUE)
        String expected = "{\n  \"a\": 1,\n  \"b\": {\n    \"c\": \"x\"\n  }\n}";
        assertEquals(expected, RToJson.serialize(named("a", c(1), "b", named("c", chr("x"))),
                ToJsonOptions.handlerDefaults().pretty(true)));
    }

    @Test
    void unboxMarksScalarClass() {
        SEXP u = RToJson.unbox(c(2));
        assertEquals("scalar", u.classAttribute().get(0));
        assertEquals("numeric", u.classAttribute().get(1));
        assertEquals("{\"a\":2}", RToJson.serialize(named("a", u), ToJsonOptions.defaults()));
    }

    @Test
    void unboxOfLongVectorFails() {
        JsonliteException e = assertThrows(JsonliteException.class, () -> RToJson.unbox(ints(1, 2)));
        assertEquals("Tried to unbox a vector of length 2", e.getMessage());
    }

    @Test
    void unknownClassFailsWithJsonliteMessage() {
        SEXP x = RBuild.withClass(named("a", c(1)), "foo");
        JsonliteException e = assertThrows(JsonliteException.class, () -> handler(x));
        assertEquals("No method asJSON S3 class: foo", e.getMessage());
    }

    @Test
    void parsesRecordsToDataFrame() {
        SEXP x = JsonToR.parse("[{\"a\":1,\"b\":\"x\"},{\"a\":2}]", FromJsonOptions.defaults());
        assertTrue(x.inherits("data.frame"));
        ListVector df = (ListVector) x;
        assertEquals("a", df.names().get(0));
        assertEquals("b", df.names().get(1));
        assertEquals(2, ((IntVector) df.get(0)).get(1));
        assertSame(StringVector.NA, ((StringVector) df.get(1)).get(1));
        // row.names = 1:2 (stored expanded for n <= 2)
        IntVector rn = (IntVector) df.getAttribute("row.names");
        assertEquals(2, rn.length());
        assertEquals(1, rn.get(0));
    }

    @Test
    void parsesThreeRecordsWithCompactRowNames() {
        ListVector df = (ListVector) JsonToR.parse("[{\"a\":1},{\"a\":2},{\"a\":3}]", FromJsonOptions.defaults());
        IntVector rn = (IntVector) df.getAttribute("row.names");
        assertEquals(IntVector.NA, rn.get(0));
        assertEquals(3, rn.get(1));
    }

    @Test
    void parsesNullInVectorAsNa() {
        DoubleVector v = (DoubleVector) JsonToR.parse("[1.5,null]", FromJsonOptions.defaults());
        assertTrue(DoubleVector.isNA(v.get(1)));
    }

    @Test
    void unsimplifiedKeepsLists() {
        SEXP x = JsonToR.parse("[1,2]", FromJsonOptions.unsimplified());
        assertTrue(x instanceof ListVector);
        assertEquals(2, x.length());
        assertNull(x.getAttribute("names"));
    }

    @Test
    void emptyObjectIsNamedEmptyList() {
        SEXP x = JsonToR.parse("{}", FromJsonOptions.defaults());
        assertEquals(0, x.length());
        assertEquals(0, x.getAttribute("names").length());
    }

    @Test
    void parseErrorCarriesYajlMessageAndPosition() {
        JsonParseException e = assertThrows(JsonParseException.class,
                () -> JsonToR.parse("{\"a\" 1}", FromJsonOptions.defaults()));
        assertEquals("parse", e.kind());
        assertEquals("object key and value must be separated by a colon (':')", e.detail());
        assertEquals(6, e.offset());
        assertEquals("parse error: object key and value must be separated by a colon (':')\n"
                + "                                  {\"a\" 1}\n"
                + "                     (right here) ------^\n", e.getMessage());
    }

    @Test
    void byteOrderMarkWarns() {
        List<String> warnings = new ArrayList<>();
        SEXP x = JsonToR.parse("\uFEFF[1]", FromJsonOptions.defaults(), warnings::add);
        assertEquals(1, ((IntVector) x).get(0));
        assertEquals(List.of("JSON string contains (illegal) UTF8 byte-order-mark!"), warnings);
    }

    @Test
    void roundTripOfHandlerStyleEvent() {
        String event = "{\"name\":\"x\",\"values\":[1,2,3],\"nested\":{\"flag\":true}}";
        SEXP x = JsonToR.parse(event, FromJsonOptions.defaults());
        assertEquals(event, handler(x));
    }

    @Test
    void validateAcceptsAndRejects() {
        assertTrue(JsonToR.validate("{\"a\":[1]}"));
        assertFalse(JsonToR.validate("{\"a\":[1}"));
        assertFalse(JsonToR.validate("[1] // comment"));
    }

    @Test
    void prettifyAndMinify() {
        assertEquals("{\n    \"a\": [\n        1\n    ]\n}\n", Reformatter.prettify("{\"a\":[1]}", 4));
        assertEquals("{\"a\":[1]}", Reformatter.minify("{ \"a\" : [ 1 ] }"));
    }

    @Test
    void logicalNaInRecordIsOmittedButNullInColumns() {
        SEXP df = dataFrame("l", lgl(1, LogicalVector.NA));
        assertEquals("[{\"l\":true},{}]", RToJson.serialize(df, ToJsonOptions.defaults()));
        ToJsonOptions cols = ToJsonOptions.defaults();
        cols.dataframe = "columns";
        assertEquals("{\"l\":[true,null]}", RToJson.serialize(df, cols));
    }

    @Test
    void argumentsAreMatchedLikeMatchArg() {
        ToJsonOptions o = JsonliteArgs.toJson(List.of("dataframe", "digits"), List.of(chr("val"), c(2)), ToJsonOptions.defaults());
        assertEquals("values", o.dataframe);
        assertEquals(2, o.digits);
        JsonliteException e = assertThrows(JsonliteException.class,
                () -> JsonliteArgs.toJson(List.of("matrix"), List.of(chr("diag")), ToJsonOptions.defaults()));
        assertEquals("'arg' should be one of \u201Crowmajor\u201D, \u201Ccolumnmajor\u201D", e.getMessage());
        assertEquals("match.arg(matrix)", e.call());
    }

    @Test
    void listOfRecordsInHandlerOutput() {
        // toJSON(list(list(a = 1), list(a = 2)), auto_unbox = TRUE)
        assertEquals("[{\"a\":1},{\"a\":2}]", handler(list(named("a", c(1)), named("a", c(2)))));
    }
}
