package org.rlambda.engine;

import java.util.List;
import org.rlambda.base.LanguageBuiltins;
import org.rlambda.eval.Builtins;

/**
 * The one place that lists every builtin topic and every R source file of the bundled
 * library. Adding a topic class means adding one line here.
 */
final class Library {
    private Library() { }

    /** R files under org/rlambda/R/, evaluated into the base environment in this order. */
    static final List<String> R_SOURCES = List.of(
            "base.R",
            "vectors.R",
            "print.R",
            "factor.R",
            "random.R",
            "dates.R"
    );

    static Builtins builtins() {
        Builtins b = new Builtins();
        LanguageBuiltins.register(b);
        org.rlambda.base.ConditionBuiltins.register(b);
        org.rlambda.base.Arithmetic.register(b);
        org.rlambda.base.SystemBuiltins.register(b);
        org.rlambda.print.PrintBuiltins.register(b);
        org.rlambda.print.FormatBuiltins.register(b);
        org.rlambda.base.FileBuiltins.register(b);
        org.rlambda.base.StringBuiltins.register(b);
        org.rlambda.base.RegexBuiltins.register(b);
        org.rlambda.base.FactorBuiltins.register(b);
        org.rlambda.jsonlite.JsonliteBuiltins.register(b);
        org.rlambda.base.Combine.register(b);
        org.rlambda.base.Types.register(b);
        org.rlambda.base.Attrib.register(b);
        org.rlambda.base.Identical.register(b);
        org.rlambda.base.Sequences.register(b);
        org.rlambda.base.MathFunctions.register(b);
        org.rlambda.base.Summaries.register(b);
        org.rlambda.stats.Descriptive.register(b);
        org.rlambda.base.Sets.register(b);
        org.rlambda.base.Sorting.register(b);
        org.rlambda.base.Bitwise.register(b);
        org.rlambda.stats.RandomBuiltins.register(b);
        org.rlambda.stats.DistributionBuiltins.register(b);
        org.rlambda.base.DateTimeBuiltins.register(b);
        return b;
    }
}
