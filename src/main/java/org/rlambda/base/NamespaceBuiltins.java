package org.rlambda.base;

import java.util.Set;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * Packages the way scripts use them: every bundled package (base, stats, utils, methods,
 * jsonlite, and the other default packages) lives in the one base environment, so
 * {@code pkg::name} finds {@code name} there; any other package does not exist. library(),
 * require() and friends are R code in language.R on top of {@code .rlambdaHasPackage}.
 */
public final class NamespaceBuiltins {
    private NamespaceBuiltins() { }

    /** The packages bundled with the engine. */
    static final Set<String> BUNDLED = Set.of("base", "stats", "utils", "methods", "jsonlite", "graphics", "grDevices",
            "datasets", "tools",
            "plumber");   // plumber files run as rlambda HTTP handlers (plumbing.R): plumber::forward() etc.

    /** The namespaces an Rscript session has loaded at start-up; others load on first use. */
    static final java.util.List<String> INITIAL = java.util.List.of("compiler", "graphics", "utils", "grDevices", "stats",
            "datasets", "methods", "base");

    private static Symbol marker(String pkg) { return Symbol.get(".rlambdaNamespace:" + pkg); }

    static boolean isLoaded(Interpreter in, String pkg) {
        return INITIAL.contains(pkg) || in.baseEnv.getLocal(marker(pkg)) != null;
    }

    static void markLoaded(Interpreter in, String pkg) {
        if (!isLoaded(in, pkg)) in.baseEnv.putRaw(marker(pkg), LogicalVector.TRUE);
    }

    public static void register(Builtins b) {
        b.addSpecial("::", (in, call, args, names, rho) -> lookup(in, call, args, rho, true));
        b.addSpecial(":::", (in, call, args, names, rho) -> lookup(in, call, args, rho, false));
        b.add(".rlambdaNamespaceLoaded", "package", (in, call, a, rho) ->
                LogicalVector.valueOf(isLoaded(in, RArgs.string(a[0]))));
        b.add(".rlambdaLoadNamespace", "package", (in, call, a, rho) -> {
            markLoaded(in, RArgs.string(a[0]));
            in.visible = false;
            return LogicalVector.TRUE;
        });
        b.add("loadedNamespaces", "", (in, call, a, rho) -> {
            java.util.List<String> out = new java.util.ArrayList<>(INITIAL);
            for (String p : new java.util.TreeSet<>(BUNDLED)) if (!INITIAL.contains(p) && isLoaded(in, p)) out.add(0, p);
            return new StringVector(out.toArray(new String[0]));
        });
        b.add(".rlambdaHasPackage", "package", (in, call, a, rho) ->
                LogicalVector.valueOf(a[0] instanceof StringVector && a[0].length() == 1
                        && BUNDLED.contains(((StringVector) a[0]).get(0))));
    }

    private static String name(Interpreter in, Call call, SEXP x) {
        if (x instanceof Symbol) return ((Symbol) x).name;
        if (x instanceof StringVector && x.length() == 1) return ((StringVector) x).get(0);
        throw in.error(call, "bad namespace name");
    }

    private static SEXP lookup(Interpreter in, Call call, SEXP[] args, Environment rho, boolean exported) {
        if (args.length != 2) throw in.error(call, args.length + " arguments passed to '" + (exported ? "::" : ":::") + "' which requires 2");
        String pkg = name(in, call, args[0]);
        String nm = name(in, call, args[1]);
        if (!BUNDLED.contains(pkg)) {
            // loadNamespace signals GNU R's packageNotFoundError
            SEXP load = in.findFunction(Symbol.get("loadNamespace"), in.baseEnv);
            in.callFunction(load, new SEXP[] {StringVector.of(pkg)}, null, rho, Call.of("loadNamespace", Symbol.get("x")));
            throw in.error(null, "there is no package called '" + pkg + "'");
        }
        markLoaded(in, pkg);
        SEXP v = in.baseEnv.getLocal(Symbol.get(nm));
        if (v instanceof Promise) v = in.force((Promise) v);
        if (v == null) {
            if (exported && !pkg.equals("base")) {
                throw in.error(null, "'" + nm + "' is not an exported object from 'namespace:" + pkg + "'");
            }
            throw in.error(exported ? in.currentCall() : in.currentCall(), "object '" + nm + "' not found");
        }
        v.markShared();
        return v;
    }
}
