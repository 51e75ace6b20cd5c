package org.rlambda.lambda;

import org.rlambda.engine.REngine;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scripts written as plumber APIs: a line {@code #* @get /path} (or {@code @post}, ..., {@code @filter})
 * makes the script a router instead of a script defining {@code handler}. The routing itself is R
 * code (plumbing.R); this class only recognises such scripts and builds their handler.
 */
final class PlumberScripts {
    private static final Pattern ANNOTATION =
            Pattern.compile("(?m)^#['*]\\s*@(get|post|put|delete|head|patch|options|filter)\\b");

    private PlumberScripts() {}

    static boolean isPlumber(Path script) {
        try {
            return ANNOTATION.matcher(Files.readString(script, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + script, e);
        }
    }

    /**
     * Evaluates a plumber script and returns its handler (also bound as {@code handlerName}), or
     * null when the script is not a plumber file (the caller sources it as usual).
     */
    static SEXP loadIfPlumber(REngine engine, Path script, String handlerName) {
        if (!isPlumber(script)) return null;
        SEXP h = engine.call(Symbol.get(".rlambda_plumber_handler"), List.of(StringVector.of(script.toString())), List.of("file"));
        engine.put(handlerName, h);
        return h;
    }
}
