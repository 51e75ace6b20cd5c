package org.rlambda.engine;

import java.util.List;
import org.rlambda.base.LanguageBuiltins;
import org.rlambda.eval.Builtins;

/**
 * The one place that lists every builtin topic and every R source file of the bundled
 * library. Adding a topic class means adding one line here.
 */
public final class Library {
    private Library() { }

    /**
     * R files under org/rlambda/R/, evaluated into the base environment in this order. Every
     * entry ends with a comma (an array initializer allows it) so additions never touch a
     * neighbouring line.
     */
    static final List<String> R_SOURCES = List.of(new String[] {
            "base.R",
            "matrices.R",
            "linalg.R",
            "compare.R",
            "vectors.R",
            "print.R",
            "factor.R",
            "random.R",
            "dates.R",
            "utils.R",
            "dataframes.R",
            "str.R",
            "language.R",
            "stats.R",
            "distributions.R",
            "assertions.R",
            "strings.R",
            "conveniences.R",
            "formula.R",
            "models.R",
            "htest.R",
            "tables.R",
            "ts.R",
            "triggers.R",
            "plumbing.R",
            "aws.R",
            "optim.R",
            "serialize.R",
            "smooth.R",
            "multivariate.R",
            "ordination.R",
            "density.R",
            "deriv.R",
            "fourier.R",
    });

    /** The builtins from the build's lazy-registration index, or all registered now when there is none. */
    static Builtins load() {
        Builtins lazy = org.rlambda.eval.LazyBuiltins.fromIndex();
        return lazy != null ? lazy : builtins();
    }

    /** Writes the lazy-registration index (run by the build at process-classes). */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path out = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.createDirectories(out.getParent());
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(out)) {
            org.rlambda.eval.LazyBuiltins.writeIndex(Library.class, Library::builtins, w);
        }
        java.nio.file.Path rIndex = java.nio.file.Path.of(args[1]);
        java.nio.file.Files.createDirectories(rIndex.getParent());
        try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(rIndex)) {
            RSources.writeIndex(w);
        }
    }

    /** Every builtin topic, registered now. New topics add one line here. */
    static Builtins builtins() {
        Builtins b = new Builtins();
        RSources.register(b);
        LanguageBuiltins.register(b);
        org.rlambda.base.ConditionBuiltins.register(b);
        org.rlambda.base.ApplyBuiltins.register(b);
        org.rlambda.base.EnvBuiltins.register(b);
        org.rlambda.base.StackBuiltins.register(b);
        org.rlambda.base.CodeBuiltins.register(b);
        org.rlambda.base.DeparseOptions.register(b);
        org.rlambda.base.OptionsBuiltins.register(b);
        org.rlambda.base.NamespaceBuiltins.register(b);
        org.rlambda.base.Bquote.register(b);
        org.rlambda.base.LimitBuiltins.register(b);
        org.rlambda.base.Arithmetic.register(b);
        org.rlambda.base.Subset.register(b);
        org.rlambda.base.SubAssign.register(b);
        org.rlambda.base.Matrices.register(b);
        org.rlambda.base.LinearAlgebra.register(b);
        org.rlambda.base.LinearAlgebraLapack.register(b);
        org.rlambda.base.SourceBuiltins.register(b);
        org.rlambda.base.ArrayPermutation.register(b);
        org.rlambda.base.SystemBuiltins.register(b);
        org.rlambda.print.PrintBuiltins.register(b);
        org.rlambda.print.FormatBuiltins.register(b);
        org.rlambda.base.FileBuiltins.register(b);
        org.rlambda.base.StringBuiltins.register(b);
        org.rlambda.base.RegexBuiltins.register(b);
        org.rlambda.base.Iconv.register(b);
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
        org.rlambda.stats.Quantiles.register(b);
        org.rlambda.stats.Covariance.register(b);
        org.rlambda.stats.Rowsum.register(b);
        org.rlambda.stats.TermsForm.register(b);
        org.rlambda.stats.ModelFrames.register(b);
        org.rlambda.stats.Optim.register(b);
        org.rlambda.stats.Brent.register(b);
        org.rlambda.stats.Quadpack.register(b);
        org.rlambda.stats.Interpolation.register(b);
        org.rlambda.stats.Clustering.register(b);
        org.rlambda.stats.Kmeans.register(b);
        org.rlambda.stats.Fourier.register(b);
        org.rlambda.stats.ModelFamilies.register(b);
        org.rlambda.stats.ModelInfluence.register(b);
        org.rlambda.stats.HtestRankCorrelation.register(b);
        org.rlambda.stats.ModelAutocorrelation.register(b);
        org.rlambda.base.Sets.register(b);
        org.rlambda.base.Sorting.register(b);
        org.rlambda.base.Bitwise.register(b);
        org.rlambda.stats.RandomBuiltins.register(b);
        org.rlambda.stats.DistributionBuiltins.register(b);
        org.rlambda.base.DateTimeBuiltins.register(b);
        org.rlambda.utils.CsvBuiltins.register(b);
        org.rlambda.utils.Scan.register(b);
        org.rlambda.base.Sinks.register(b);
        org.rlambda.base.FileInfo.register(b);
        org.rlambda.base.SerializeBuiltins.register(b);
        org.rlambda.base.Datasets.register(b);
        org.rlambda.base.BinaryIO.register(b);
        org.rlambda.base.DataFrames.register(b);
        org.rlambda.base.Translation.register(b);
        org.rlambda.base.FilesBuiltins.register(b);
        org.rlambda.aws.WebCodecs.register(b);
        org.rlambda.aws.AwsBuiltins.register(b);
        return b;
    }
}
