package org.rlambda.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.parse.ParseException;
import org.rlambda.parse.Parser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/** source(): evaluates an R file's expressions one by one, in the global or a given environment. */
public final class SourceBuiltins {
    private SourceBuiltins() { }

    private static final Call FILE_CALL = new Call(Symbol.get("file"),
            new SEXP[] {Symbol.get("filename"), StringVector.of("r"), Symbol.get("encoding")}, new String[] {"", "", "encoding"});

    public static void register(Builtins b) {
        b.add("source", "file, local, echo, print.eval, exprs, spaced, verbose, prompt.echo, max.deparse.length, chdir, encoding",
                (in, call, a, rho) -> {
                    if (!(a[0] instanceof StringVector) || a[0].length() != 1) {
                        throw in.error(call, "'file' must be a character string or connection");
                    }
                    String file = ((StringVector) a[0]).get(0);
                    Environment env = target(in, call, a[1], rho);
                    String text;
                    try {
                        text = Files.readString(FileBuiltins.path(in, file), StandardCharsets.UTF_8);
                    } catch (IOException | RuntimeException e) {
                        // GNU R fails inside file(), a closure: it shows in the "Calls:" line
                        org.rlambda.eval.Context ctx = in.pushContext(FILE_CALL, in.findFunction(Symbol.get("file"), in.baseEnv),
                                new Environment(in.baseEnv), rho);
                        try {
                            in.warning(FILE_CALL, "cannot open file '" + file + "': No such file or directory");
                            throw in.error(FILE_CALL, "cannot open the connection");
                        } finally {
                            in.popContext(ctx);
                        }
                    }
                    Parser p = new Parser(text, file);
                    SEXP value = Null.NULL;
                    boolean visible = false;
                    try {
                        for (SEXP e = p.next(); e != null; e = p.next()) {
                            in.visible = true;
                            value = in.eval(e, env);
                            visible = in.visible;
                        }
                    } catch (ParseException pe) {
                        throw in.error(call, pe.parseMessage(file));
                    }
                    ListVector r = new ListVector(new SEXP[] {value, LogicalVector.valueOf(visible)});
                    r.setAttributeRaw("names", StringVector.of("value", "visible"));
                    in.visible = false;
                    return r;
                });
        b.markClosureLike("source");
    }

    private static Environment target(Interpreter in, Call call, SEXP local, Environment rho) {
        if (local == null) return in.globalEnv;
        if (local instanceof Environment) return (Environment) local;
        if (local instanceof LogicalVector && local.length() == 1) {
            return ((LogicalVector) local).get(0) == 1 ? rho : in.globalEnv;
        }
        throw in.error(call, "'local' must be TRUE, FALSE or an environment");
    }
}
