package org.rlambda.engine;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/** JSR-223 factory: {@code new ScriptEngineManager().getEngineByName("R")} finds rlambda through META-INF/services. */
public final class RScriptEngineFactory implements ScriptEngineFactory {
    static final String ENGINE_NAME = "rlambda";
    static final String ENGINE_VERSION = "0.1.0";
    static final String LANGUAGE_VERSION = "4.2.2";

    @Override public String getEngineName() { return ENGINE_NAME; }

    @Override public String getEngineVersion() { return ENGINE_VERSION; }

    @Override public List<String> getExtensions() { return List.of("R", "r"); }

    @Override public List<String> getMimeTypes() { return List.of("text/x-R"); }

    @Override public List<String> getNames() { return List.of("R", "r", "rlambda"); }

    @Override public String getLanguageName() { return "R"; }

    @Override public String getLanguageVersion() { return LANGUAGE_VERSION; }

    @Override public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE: return getEngineName();
            case ScriptEngine.ENGINE_VERSION: return getEngineVersion();
            case ScriptEngine.NAME: return "R";
            case ScriptEngine.LANGUAGE: return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION: return getLanguageVersion();
            // One engine must not be used by several threads at once (it has one R session).
            case "THREADING": return null;
            default: return null;
        }
    }

    @Override public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "$" + m + "(" + String.join(", ", args) + ")";
    }

    @Override public String getOutputStatement(String toDisplay) {
        return "cat(" + rString(toDisplay) + ")";
    }

    @Override public String getProgram(String... statements) { return String.join("\n", statements) + "\n"; }

    @Override public ScriptEngine getScriptEngine() { return new RScriptEngine(this); }

    /** A double-quoted R string literal for arbitrary text. */
    static String rString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default: b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
