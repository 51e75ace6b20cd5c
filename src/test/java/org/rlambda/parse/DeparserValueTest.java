package org.rlambda.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ExpressionVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/** Deparsing data values, compared with GNU R 4.2.2's {@code deparse(value)} output. */
class DeparserValueTest {
    private static final int NA = IntVector.NA;

    private static String dep(SEXP x) { return String.join("\n", Deparser.deparse(x, 60)); }

    private static String dep20(SEXP x) { return String.join("\n", Deparser.deparse(x, 20)); }

    private static DoubleVector dbl(double... v) { return new DoubleVector(v); }

    private static IntVector ints(int... v) { return new IntVector(v); }

    private static StringVector str(String... v) { return new StringVector(v); }

    private static <T extends SEXP> T attr(T x, String name, SEXP value) {
        x.setAttributeRaw(name, value);
        return x;
    }

    private static ListVector list(SEXP... v) { return new ListVector(v); }

    private static DoubleVector seqPlus(int n, double add) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = i + 1 + add;
        return dbl(d);
    }

    private static StringVector letters(int n) {
        String[] s = new String[n];
        for (int i = 0; i < n; i++) s[i] = String.valueOf((char) ('a' + i));
        return str(s);
    }

    @Test void atomicVectors() {
        assertEquals("c(1, 2, 3)", dep(dbl(1, 2, 3)));
        assertEquals("1:10", dep(IntVector.sequence(1, 1, 10)));
        assertEquals("10:1", dep(ints(10, 9, 8, 7, 6, 5, 4, 3, 2, 1)));
        assertEquals("c(1L, 3L)", dep(ints(1, 3)));
        assertEquals("c(TRUE, FALSE)", dep(new LogicalVector(new int[] {1, 0})));
        assertEquals("100000L", dep(ints(100000)));
    }

    @Test void emptyVectors() {
        assertEquals("character(0)", dep(StringVector.EMPTY));
        assertEquals("integer(0)", dep(IntVector.EMPTY));
        assertEquals("numeric(0)", dep(DoubleVector.EMPTY));
        assertEquals("logical(0)", dep(LogicalVector.EMPTY));
        assertEquals("complex(0)", dep(new ComplexVector(0)));
        assertEquals("raw(0)", dep(new RawVector(new byte[0])));
        assertEquals("list()", dep(ListVector.EMPTY));
        assertEquals("NULL", dep(Null.NULL));
    }

    @Test void missingValuesAreTypedOnlyWhenAllMissing() {
        assertEquals("c(TRUE, NA)", dep(new LogicalVector(new int[] {1, NA})));
        assertEquals("c(1L, NA)", dep(ints(1, NA)));
        assertEquals("c(NA_integer_, NA_integer_)", dep(ints(NA, NA)));
        assertEquals("c(1, NA)", dep(dbl(1, DoubleVector.NA)));
        assertEquals("c(NA_real_, NA_real_)", dep(dbl(DoubleVector.NA, DoubleVector.NA)));
        assertEquals("c(\"a\", NA)", dep(str("a", StringVector.NA)));
        assertEquals("c(NA_character_, NA_character_)", dep(str(StringVector.NA, StringVector.NA)));
        assertEquals("c(NA, NA)", dep(new LogicalVector(new int[] {NA, NA})));
        assertEquals("c(1.5, NA, Inf, -Inf, NaN)",
                dep(dbl(1.5, DoubleVector.NA, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN)));
    }

    @Test void numbersUseFifteenSignificantDigits() {
        assertEquals("-1.5", dep(dbl(-1.5)));
        assertEquals("c(-1, 1e-20, 1e+20)", dep(dbl(-1, 1e-20, 1e20)));
        assertEquals("3.14159265358979", dep(dbl(Math.PI)));
        assertEquals("0.666666666666667", dep(dbl(2.0 / 3)));
        assertEquals("314.159265358979", dep(dbl(100 * Math.PI)));
        assertEquals("27182818284.5905", dep(dbl(Math.E * 1e10)));
        assertEquals("1.79769313486232e+308", dep(dbl(Double.MAX_VALUE)));
        assertEquals("4.94065645841247e-324", dep(dbl(Double.MIN_VALUE)));
        assertEquals("0.3", dep(dbl(0.1 + 0.2)));
        assertEquals("1e+15", dep(dbl(1e15 + 0.3)));
        assertEquals("123456789012", dep(dbl(123456789012.0)));
        assertEquals("1234567890123456", dep(dbl(1234567890123456.0)));
        assertEquals("0.000123456", dep(dbl(0.000123456)));
        assertEquals("0", dep(dbl(-0.0)));
        assertEquals("c(1e-15, 1)", dep(dbl(1e-15, 1)));
        assertEquals("c(123456, 1e+05)", dep(dbl(123456, 1e5)));
    }

    @Test void complexAndRaw() {
        assertEquals("3+0i", dep(new ComplexVector(new double[] {3}, new double[] {0})));
        assertEquals("1.5-2i", dep(new ComplexVector(new double[] {1.5}, new double[] {-2})));
        assertEquals("c(1+2i, NA)", dep(new ComplexVector(new double[] {1, DoubleVector.NA}, new double[] {2, DoubleVector.NA})));
        assertEquals("NA_complex_", dep(new ComplexVector(new double[] {DoubleVector.NA}, new double[] {DoubleVector.NA})));
        assertEquals("as.raw(c(0x01, 0x02, 0x03))", dep(new RawVector(new byte[] {1, 2, 3})));
        assertEquals("as.raw(0xff)", dep(new RawVector(new byte[] {(byte) 255})));
    }

    @Test void namesAreWrittenInline() {
        assertEquals("c(a = 1, b = 2)", dep(attr(dbl(1, 2), "names", str("a", "b"))));
        assertEquals("c(a = 1, 2)", dep(attr(dbl(1, 2), "names", str("a", ""))));
        assertEquals("c(\"a b\" = 1, \"if\" = 2)", dep(attr(dbl(1, 2), "names", str("a b", "if"))));
        assertEquals("c(... = 1, ..1 = 2)", dep(attr(dbl(1, 2), "names", str("...", "..1"))));
        assertEquals("list(a = 1, b = \"x\")", dep(attr(list(dbl(1), str("x")), "names", str("a", "b"))));
        assertEquals("list(\"a b\" = 1, \"NA\" = 2)", dep(attr(list(dbl(1), dbl(2)), "names", str("a b", "NA"))));
    }

    @Test void unusableNamesGoIntoStructure() {
        assertEquals("structure(1:2, names = c(\"a\", \"b\"))", dep(attr(ints(1, 2), "names", str("a", "b"))));
        assertEquals("structure(1:2, names = c(\"a\", NA))", dep(attr(ints(1, 2), "names", str("a", StringVector.NA))));
        assertEquals("structure(numeric(0), names = character(0))", dep(attr(new DoubleVector(0), "names", new StringVector(0))));
        assertEquals("structure(\"a\", names = \"\")", dep(attr(str("a"), "names", str(""))));
        assertEquals("structure(list(), names = character(0))", dep(attr(new ListVector(0), "names", new StringVector(0))));
    }

    @Test void otherAttributesUseStructure() {
        assertEquals("structure(1:3, class = \"foo\")", dep(attr(IntVector.sequence(1, 1, 3), "class", str("foo"))));
        assertEquals("structure(list(a = 1), class = \"foo\")",
                dep(attr(attr(list(dbl(1)), "names", str("a")), "class", str("foo"))));
        assertEquals("structure(c(a = 1), foo = \"bar\")", dep(attr(attr(dbl(1), "foo", str("bar")), "names", str("a"))));
        assertEquals("structure(1:4, dim = c(2L, 2L))", dep(attr(IntVector.sequence(1, 1, 4), "dim", ints(2, 2))));
        assertEquals("structure(1:3, dim = 3L)", dep(attr(IntVector.sequence(1, 1, 3), "dim", ints(3))));
        assertEquals("structure(c(1.5, 2, 3, 4), dim = c(2L, 2L), dimnames = list(c(\"a\", \n\"b\"), NULL))",
                dep(attr(attr(dbl(1.5, 2, 3, 4), "dim", ints(2, 2)), "dimnames", list(str("a", "b"), Null.NULL))));
    }

    @Test void factorsAndDataFrames() {
        IntVector f = attr(attr(ints(1, 2, 1), "levels", str("a", "b")), "class", str("factor"));
        assertEquals("structure(c(1L, 2L, 1L), levels = c(\"a\", \"b\"), class = \"factor\")", dep(f));
        IntVector o = attr(attr(ints(2, 1), "levels", str("hi", "lo")), "class", str("ordered", "factor"));
        assertEquals("structure(2:1, levels = c(\"hi\", \"lo\"), class = c(\"ordered\", \"factor\"\n))", dep(o));
        ListVector df = attr(list(IntVector.sequence(1, 1, 2), str("x", "y")), "names", str("a", "b"));
        attr(df, "class", str("data.frame"));
        attr(df, "row.names", ints(NA, -2));
        assertEquals("structure(list(a = 1:2, b = c(\"x\", \"y\")), class = \"data.frame\", row.names = c(NA, \n-2L))", dep(df));
    }

    @Test void listsAndLanguageInsideThem() {
        assertEquals("list(1, list(2, 3))", dep(list(dbl(1), list(dbl(2), dbl(3)))));
        assertEquals("list(a = NULL)", dep(attr(list(Null.NULL), "names", str("a"))));
        assertEquals("list(NULL)", dep(list(Null.NULL)));
        assertEquals("list(x, f(y))", dep(list(Symbol.get("x"), Call.of("f", Symbol.get("y")))));
        assertEquals("expression(a + b, 2)",
                dep(new ExpressionVector(new SEXP[] {Call.of("+", Symbol.get("a"), Symbol.get("b")), dbl(2)})));
        assertEquals("a b", dep(Symbol.get("a b")));
    }

    @Test void stringsAreEscaped() {
        StringVector s = str("a\nb", "tab\there", "q\"uote", "back\\slash", "\u00e9", "\u0001", "\u200b", "\u007f");
        assertEquals("c(\"a\\nb\", \"tab\\there\", \"q\\\"uote\", \"back\\\\slash\", \"\u00e9\", \"\\001\", \n\"\u200b\", \"\\177\")", dep(s));
    }

    @Test void longVectorsWrapWithoutIndent() {
        assertEquals("c(1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, \n"
                + "13.5, 14.5, 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, 21.5, 22.5, 23.5, \n"
                + "24.5, 25.5, 26.5, 27.5, 28.5, 29.5, 30.5)", dep(seqPlus(30, 0.5)));
        assertEquals("c(\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\", \n"
                + "\"m\", \"n\", \"o\", \"p\", \"q\", \"r\", \"s\", \"t\", \"u\", \"v\", \"w\", \"x\", \"y\", \n\"z\")", dep(letters(26)));
        assertEquals("c(1, 2, 3, 4, 5, 6, 7, \n8, 9, 10, 11, 12, 13, \n14, 15, 16, 17, 18, 19, \n20, 21, 22, 23, 24, 25, \n26, 27, 28, 29, 30)",
                dep20(seqPlus(30, 0)));
        assertEquals("c(\"a\", \"b\", \"c\", \"d\", \n\"e\", \"f\", \"g\", \"h\", \"i\", \n\"j\")", dep20(letters(10)));
    }

    @Test void longListsWrapWithIndent() {
        ListVector l = attr(list(dbl(1), dbl(2), dbl(3), dbl(4)), "names", str("aaa", "bbb", "ccc", "ddd"));
        assertEquals("list(aaa = 1, bbb = 2, \n    ccc = 3, ddd = 4)", dep20(l));
        ListVector inner = attr(list(dbl(1), str("a long string here to force the wrapping of lines")), "names", str("x", "y"));
        ListVector outer = attr(list(IntVector.sequence(1, 1, 10), letters(10), inner), "names", str("a", "b", "c"));
        assertEquals("list(a = 1:10, b = c(\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \n"
                + "\"i\", \"j\"), c = list(x = 1, y = \"a long string here to force the wrapping of lines\"))", dep(outer));
    }

    @Test void closuresPrintWithSpaceAfterFunction() {
        SEXP body = Parser.parseAll("{ z <- x + y; if (z > 1) \"big\" else \"small\" }").get(0);
        Closure f = new Closure(new PairList(new String[] {"x", "y"}, new SEXP[] {Symbol.MISSING_ARG, dbl(2)}), body, null);
        assertEquals(List.of("function (x, y = 2) ", "{", "    z <- x + y", "    if (z > 1) ", "        \"big\"",
                "    else \"small\"", "}"), Deparser.deparseFunction(f));
        Closure g = new Closure(new PairList(new String[0], new SEXP[0]), Null.NULL, null);
        assertEquals(List.of("function () ", "NULL"), Deparser.deparseFunction(g));
        Closure h = new Closure(new PairList(new String[] {"x"}, new SEXP[] {Symbol.MISSING_ARG}), Symbol.get("x"), null);
        assertEquals(List.of("list(f = function (x) ", "x)"), Deparser.deparse(attr(list(h), "names", str("f")), 60));
    }

    @Test void errorCallsUseTheFirstLine() {
        SEXP call = Parser.parseAll("f(function(x) {\n x\n})").get(0);
        assertEquals("f(function(x) {", Deparser.deparseFirstLine(call));
        assertEquals("`my f`(1)", Deparser.deparseFirstLine(Parser.parseAll("`my f`(1)").get(0)));
    }
}
