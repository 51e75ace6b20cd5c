package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * textConnection(): reading lines from a character vector, or writing complete lines into an
 * R variable (updated as each line completes, the partial last line added on close).
 */
final class TextConnections {
    private TextConnections() { }

    static Connections.Conn openRead(Interpreter in, String description, StringVector lines) {
        Connections.Conn c = Connections.add(in, description, "textConnection", "r", true, false);
        List<String> l = new ArrayList<>();
        // an element holding newlines is several lines
        for (String s : lines.values()) {
            if (StringVector.isNA(s)) l.add("NA");
            else if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) l.add(s);
            else {
                List<String> parts = Connections.splitLines(s);
                l.addAll(parts);
                if (s.endsWith("\n") || s.endsWith("\r")) l.add("");
            }
        }
        // a leading byte order mark is dropped, as GNU R's connections do in a UTF-8 locale
        if (!l.isEmpty() && l.get(0).startsWith("\uFEFF")) l.set(0, l.get(0).substring(1));
        c.lines = l;
        c.open = true;
        return c;
    }

    static Connections.Conn openWrite(Interpreter in, String description, String varName, Environment env, boolean append) {
        Connections.Conn c = Connections.add(in, description, "textConnection", append ? "a" : "w", false, true);
        c.varName = varName;
        c.varEnv = env;
        c.written = new ArrayList<>();
        c.pendingLine = new StringBuilder();
        c.open = true;
        if (append && varName != null && env.getLocal(Symbol.get(varName)) instanceof StringVector) {
            for (String s : ((StringVector) env.getLocal(Symbol.get(varName))).values()) c.written.add(s);
        }
        publish(in, c);
        return c;
    }

    static void append(Interpreter in, Connections.Conn c, String text) {
        c.pendingLine.append(text);
        int nl;
        boolean any = false;
        while ((nl = c.pendingLine.indexOf("\n")) >= 0) {
            c.written.add(c.pendingLine.substring(0, nl));
            c.pendingLine.delete(0, nl + 1);
            any = true;
        }
        if (any) publish(in, c);
    }

    static void close(Interpreter in, Connections.Conn c) {
        if (c.pendingLine != null && c.pendingLine.length() > 0) {
            c.written.add(c.pendingLine.toString());
            c.pendingLine.setLength(0);
            publish(in, c);
        }
    }

    static boolean incomplete(Connections.Conn c) { return c.pendingLine != null && c.pendingLine.length() > 0; }

    static StringVector value(Connections.Conn c) {
        return new StringVector(c.written == null ? new String[0] : c.written.toArray(new String[0]));
    }

    private static void publish(Interpreter in, Connections.Conn c) {
        if (c.varName == null) return;
        StringVector v = value(c);
        in.define(Symbol.get(c.varName), v, c.varEnv);
    }
}
