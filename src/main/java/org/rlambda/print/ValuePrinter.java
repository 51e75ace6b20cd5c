package org.rlambda.print;

import java.util.List;
import org.rlambda.eval.BuiltinFunction;
import org.rlambda.eval.Interpreter;
import org.rlambda.parse.Deparser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * print.default for any value: atomic vectors through {@link VectorPrinter}, lists with their
 * {@code $a} / {@code [[1]]} tags (elements that are objects go through print() dispatch),
 * functions, language objects, environments, and the trailing {@code attr(,"x")} sections.
 */
public final class ValuePrinter {
    private ValuePrinter() { }

    /** Prints {@code x} to the interpreter's output with the session's options. */
    public static void print(Interpreter in, SEXP x, Environment rho) {
        print(in, x, rho, options(in));
    }

    public static void print(Interpreter in, SEXP x, Environment rho, PrintOptions o) {
        StringBuilder sb = new StringBuilder();
        printValue(in, x, rho, o, "", sb);
        in.out.print(sb);
    }

    public static PrintOptions options(Interpreter in) {
        return PrintOptions.DEFAULT.withDigits(in.optionInt("digits", 7)).withWidth(in.optionInt("width", 80))
                .withScipen(in.optionInt("scipen", 0));
    }

    static void printValue(Interpreter in, SEXP x, Environment rho, PrintOptions o, String tag, StringBuilder sb) {
        printValue(in, x, rho, o, tag, tag, sb);
    }

    /**
     * {@code tag} prefixes the tags of nested list elements; {@code attrTag} prefixes the
     * attr(,"name") lines. GNU R restarts the latter for list elements ("$a" then "attr(,\"x\")"),
     * but keeps it inside attributes ("attr(,\"a\")attr(,\"b\")").
     */
    static void printValue(Interpreter in, SEXP x, Environment rho, PrintOptions o, String tag, String attrTag,
                           StringBuilder sb) {
        if (x == Null.NULL) {
            sb.append("NULL\n");
            return;
        }
        if (x instanceof org.rlambda.sexp.ExpressionVector && x.length() > 0) {
            // expression vectors print as their deparsed source, names included
            for (String line : Deparser.deparse(x, 60, true)) sb.append(line).append('\n');
            return;
        }
        if (x instanceof org.rlambda.sexp.PairList) {
            // pairlists (formals) print like the named list they hold
            org.rlambda.sexp.PairList p = (org.rlambda.sexp.PairList) x;
            ListVector l = new ListVector(p.values().clone());
            String[] tags = new String[p.length()];
            for (int i = 0; i < tags.length; i++) tags[i] = p.tag(i);
            l.setAttributeRaw("names", new StringVector(tags));
            printList(in, l, rho, o, tag, sb);
            return;
        }
        if (x instanceof ListVector) {
            printList(in, (ListVector) x, rho, o, tag, sb);
        } else if (x instanceof Vector) {
            VectorPrinter.print((Vector) x, o, sb);
        } else if (x instanceof Closure) {
            for (String line : Deparser.deparseFunction((Closure) x)) sb.append(line).append('\n');
            Environment env = ((Closure) x).env;
            if (env != in.globalEnv && env != in.baseEnv) sb.append(environmentLabel(in, env)).append('\n');
        } else if (x instanceof BuiltinFunction) {
            sb.append("function (...) .Primitive(\"").append(((BuiltinFunction) x).name).append("\")\n");
        } else if (x instanceof Environment) {
            sb.append(environmentLabel(in, (Environment) x)).append('\n');
        } else if (x instanceof Symbol || x instanceof Call) {
            for (String line : Deparser.deparseForPrint(x, 60)) sb.append(line).append('\n');
        } else {
            for (String line : Deparser.deparse(x, 60)) sb.append(line).append('\n');
        }
        printAttributes(in, x, rho, o, attrTag, sb);
    }

    public static String environmentLabel(Interpreter in, Environment e) {
        if (e == in.globalEnv) return "<environment: R_GlobalEnv>";
        if (e == in.baseEnv) return "<environment: base>";
        if (e == in.emptyEnv) return "<environment: R_EmptyEnv>";
        return "<environment: 0x" + String.format("%012x", System.identityHashCode(e) * 16L) + ">";
    }

    private static void printList(Interpreter in, ListVector x, Environment rho, PrintOptions o, String tag, StringBuilder sb) {
        int n = x.length();
        int[] dim = x.dim();
        if (dim != null && dim.length == 2) {
            VectorPrinter.print(listAsCells(x), o.withQuote(false), sb);
            return;
        }
        if (n == 0) {
            if (x instanceof org.rlambda.sexp.ExpressionVector) sb.append("expression()\n");
            else sb.append(x.names() != null ? "named list()\n" : "list()\n");
            return;
        }
        StringVector names = x.elementNames();
        for (int i = 0; i < n; i++) {
            String t;
            String nm = names == null ? "" : names.get(i);
            t = ListTags.tag(tag, nm, i);
            sb.append(t).append('\n');
            SEXP el = x.get(i);
            if (el.isObject()) {
                in.out.print(sb);
                sb.setLength(0);
                SEXP print = in.findFunction(Symbol.get("print"), in.baseEnv);
                in.callFunction(print, new SEXP[] {el}, null, rho, Call.of("print", Symbol.get("x")));
            } else {
                printValue(in, el, rho, o, t, "", sb);
            }
            sb.append('\n');
        }
    }

    private static Vector listAsCells(ListVector x) {
        String[] cells = new String[x.length()];
        for (int i = 0; i < cells.length; i++) cells[i] = cellSummary(x.get(i));
        StringVector s = new StringVector(cells);
        s.setAttributeRaw("dim", x.getAttribute("dim"));
        if (x.getAttribute("dimnames") != null) s.setAttributeRaw("dimnames", x.getAttribute("dimnames"));
        return s;
    }

    private static String cellSummary(SEXP e) {
        if (e == Null.NULL) return "NULL";
        if (e instanceof StringVector && e.length() == 1) {
            // a string cell shows quoted, as print() shows character data
            String v = ((StringVector) e).get(0);
            return v == StringVector.NA ? "NA" : org.rlambda.parse.Deparser.quote(v, '"');
        }
        if (e instanceof Vector && e.length() == 1 && ((Vector) e).isAtomic()) {
            return org.rlambda.eval.Coerce.stringElement((Vector) e, 0);
        }
        String type;
        switch (e.type()) {
            case DOUBLE: type = "numeric"; break;
            case INTEGER: type = "integer"; break;
            case CHARACTER: type = "character"; break;
            case LOGICAL: type = "logical"; break;
            case LIST: type = "list"; break;
            default: type = e.type().rName;
        }
        return type + "," + e.length();
    }

    private static void printAttributes(Interpreter in, SEXP x, Environment rho, PrintOptions o, String tag, StringBuilder sb) {
        if (!x.hasAttributes() || x instanceof Closure) return;
        List<String> attrs = VectorPrinter.printedAttributes(x);
        for (String a : attrs) {
            if (x instanceof ListVector && a.equals("names")) continue;
            String t = tag + "attr(,\"" + a + "\")";
            sb.append(t).append('\n');
            SEXP v = x.getAttribute(a);
            if (v.isObject()) {
                in.out.print(sb);
                sb.setLength(0);
                SEXP print = in.findFunction(Symbol.get("print"), in.baseEnv);
                in.callFunction(print, new SEXP[] {v}, null, rho, Call.of("print", Symbol.get("x")));
            } else {
                printValue(in, v, rho, o, t, sb);
            }
        }
    }
}
