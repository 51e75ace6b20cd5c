package org.rlambda.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.RError;
import org.rlambda.parse.Parser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * The bundled R library sources (src/main/resources/org/rlambda/R/*.R), loaded lazily for cold
 * start: a file whose top level only assigns names is not parsed at start-up; its names are
 * bound to promises that load the whole file on first use (like GNU R's lazy-loaded
 * namespaces). The build writes which files qualify and their names into an index; other
 * files, and every file when there is no index, are evaluated at start-up.
 */
final class RSources {
    static final String INDEX_RESOURCE = "/org/rlambda/R/lazy.index";
    private static final String LOADER = ".rlambdaLoadSource";
    private static final String LOADED_PREFIX = ".rlambdaLoaded:";

    private RSources() { }

    static void register(Builtins b) {
        b.add(LOADER, "file, name", (in, call, a, rho) -> {
            String file = ((StringVector) a[0]).get(0);
            String name = ((StringVector) a[1]).get(0);
            load(in, file);
            SEXP v = in.baseEnv.getLocal(Symbol.get(name));
            if (v instanceof Promise) v = in.force((Promise) v);
            in.visible = true; // the file's own assignments must not make the first use of a name invisible
            return v;
        });
    }

    /** Evaluates every bundled file at start-up, except those the index lets us load on demand. */
    static void install(Interpreter in) {
        installUnlocked(in);
        in.lockBaseBindings();
    }

    private static void installUnlocked(Interpreter in) {
        Map<String, List<String>> lazy = readIndex();
        // the datasets package: promises that read each dataset on first use
        org.rlambda.base.Datasets.bind(in);
        for (String file : Library.R_SOURCES) {
            List<String> names = lazy.get(file);
            if (names == null) {
                load(in, file);
                continue;
            }
            for (String n : names) {
                Promise p = new Promise(new Call(Symbol.get(LOADER), StringVector.of(file), StringVector.of(n)), in.baseEnv);
                in.baseEnv.putRaw(Symbol.get(n), p);
            }
        }
    }

    private static void load(Interpreter in, String file) {
        Symbol marker = Symbol.get(LOADED_PREFIX + file);
        if (in.baseEnv.getLocal(marker) != null) return;
        in.baseEnv.putRaw(marker, org.rlambda.sexp.LogicalVector.TRUE);
        String path = "/org/rlambda/R/" + file;
        boolean locked = in.baseLocked;
        in.baseLocked = false;
        try {
            for (SEXP e : parse(file)) in.eval(e, in.baseEnv);
        } catch (RError e) {
            throw new IllegalStateException("error loading " + path + ": " + e.conditionMessage(), e);
        } finally {
            in.baseLocked = locked;
        }
    }

    private static List<SEXP> parse(String file) {
        String path = "/org/rlambda/R/" + file;
        try (InputStream s = RSources.class.getResourceAsStream(path)) {
            if (s == null) throw new IllegalStateException("missing library source " + path);
            Parser p = new Parser(new String(s.readAllBytes(), StandardCharsets.UTF_8), file);
            List<SEXP> out = new ArrayList<>();
            for (SEXP e = p.next(); e != null; e = p.next()) out.add(e);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static Map<String, List<String>> readIndex() {
        Map<String, List<String>> m = new HashMap<>();
        InputStream s = RSources.class.getResourceAsStream(INDEX_RESOURCE);
        if (s == null) return m;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length < 2) continue;
                List<String> names = new ArrayList<>();
                for (int i = 1; i < f.length; i++) names.add(f[i]);
                m.put(f[0], names);
            }
        } catch (IOException e) {
            return new HashMap<>();
        }
        return m;
    }

    /**
     * Writes the index: one line per file that may load lazily (file, then its names). A file
     * qualifies when its top level is only {@code name <- value} assignments and none of its
     * names is also defined by another file (then the order of definitions would matter).
     */
    static void writeIndex(Writer out) throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<String, Integer> definedBy = new HashMap<>();
        Set<String> eager = new HashSet<>();
        for (String file : Library.R_SOURCES) {
            List<String> ns = new ArrayList<>();
            for (SEXP e : parse(file)) {
                String n = assignedName(e);
                if (n == null) {
                    eager.add(file);
                    continue;
                }
                ns.add(n);
                definedBy.merge(n, 1, Integer::sum);
            }
            names.put(file, ns);
        }
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            if (eager.contains(e.getKey())) continue;
            boolean clash = false;
            for (String n : e.getValue()) if (definedBy.get(n) > 1) clash = true;
            if (clash || e.getValue().isEmpty()) continue;
            out.write(e.getKey());
            for (String n : e.getValue()) out.write("\t" + n);
            out.write("\n");
        }
    }

    private static String assignedName(SEXP e) {
        if (!(e instanceof Call)) return null;
        Call c = (Call) e;
        if (!(c.isCallTo("<-") || c.isCallTo("=")) || c.argCount() != 2) return null;
        SEXP lhs = c.arg(0);
        if (lhs instanceof Symbol) return ((Symbol) lhs).name;
        if (lhs instanceof StringVector && lhs.length() == 1) return ((StringVector) lhs).get(0);
        return null;
    }
}
