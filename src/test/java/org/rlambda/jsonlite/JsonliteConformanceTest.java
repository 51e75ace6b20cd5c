package org.rlambda.jsonlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * Runs every case of src/test/resources/jsonlite/*_cases.R against the outputs GNU R + jsonlite
 * produced for it (regenerate with gen.R there): toJSON text, fromJSON values (compared as exact
 * dumps: types, values, attributes and their order), prettify/minify text, validate, unbox, and
 * error messages. One dynamic test per case, named after the behaviour it checks.
 */
class JsonliteConformanceTest {

    private record Case(String kind, String name, String input, ListVector args, String expected, String warnings) {}

    private static List<Case> load(String resource) throws IOException {
        try (InputStream in = JsonliteConformanceTest.class.getResourceAsStream("/jsonlite/" + resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i + 4 < lines.length; i += 5) {
                String header = lines[i].substring(3);
                int sp = header.indexOf(' ');
                cases.add(new Case(header.substring(0, sp), header.substring(sp + 1), lines[i + 1],
                        (ListVector) RValueDump.read(lines[i + 2]), lines[i + 3], lines[i + 4].substring(1).trim()));
            }
            return cases;
        }
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(d == 'n' ? '\n' : d == 'r' ? '\r' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static List<String> names(ListVector args) {
        List<String> names = new ArrayList<>();
        StringVector n = (StringVector) args.getAttribute("names");
        for (int i = 0; n != null && i < args.length(); i++) names.add(n.get(i));
        return names;
    }

    private static List<SEXP> values(ListVector args) {
        List<SEXP> values = new ArrayList<>();
        for (int i = 0; i < args.length(); i++) values.add(args.get(i));
        return values;
    }

    private static SEXP arg(ListVector args, String name) {
        StringVector n = (StringVector) args.getAttribute("names");
        for (int i = 0; n != null && i < args.length(); i++) if (n.get(i).equals(name)) return args.get(i);
        return null;
    }

    private static String run(Function<List<String>, String> body, List<String> warnings) {
        try {
            return "OK " + body.apply(warnings);
        } catch (JsonParseException | JsonliteException e) {
            return "ERROR " + escape(e.getMessage());
        }
    }

    private static String actual(Case c, List<String> warnings) {
        switch (c.kind()) {
            case "T":
                return run(w -> {
                    ToJsonOptions o = JsonliteArgs.toJson(names(c.args()), values(c.args()), ToJsonOptions.defaults());
                    return escape(RToJson.serialize(RValueDump.read(c.input()), o));
                }, warnings);
            case "F":
                return run(w -> {
                    FromJsonOptions o = JsonliteArgs.fromJson(names(c.args()), values(c.args()), FromJsonOptions.defaults());
                    return RValueDump.write(JsonToR.parse(unescape(c.input()), o, w::add));
                }, warnings);
            case "P":
                return run(w -> {
                    SEXP indent = arg(c.args(), "indent");
                    int n = indent == null ? 4 : indent instanceof IntVector ? ((IntVector) indent).get(0) : (int) ((DoubleVector) indent).get(0);
                    return escape(Reformatter.prettify(unescape(c.input()), n));
                }, warnings);
            case "M":
                return run(w -> escape(Reformatter.minify(unescape(c.input()))), warnings);
            case "V":
                return run(w -> JsonToR.validate(unescape(c.input())) ? "TRUE" : "FALSE", warnings);
            case "U":
                return run(w -> RValueDump.write(RToJson.unbox(RValueDump.read(c.input()))), warnings);
            default:
                throw new IllegalArgumentException(c.kind());
        }
    }

    private static Stream<DynamicTest> tests(String resource) throws IOException {
        return load(resource).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<String> warnings = new ArrayList<>();
            String got = actual(c, warnings);
            assertEquals(c.expected(), got, c.name());
            if (c.kind().equals("F")) assertEquals(c.warnings(), escape(String.join("|", warnings)), c.name() + " (warnings)");
        }));
    }

    @TestFactory
    Stream<DynamicTest> toJSON() throws IOException { return tests("tojson.expected"); }

    @TestFactory
    Stream<DynamicTest> fromJSON() throws IOException { return tests("fromjson.expected"); }
}
