# Runs an R file one top-level expression at a time, as a peer-suite harness:
#   bench/peer/compare.sh runs it under both interpreters and compares.
# For each expression prints a marker line "### <index> OK" or "### <index> ERROR", then
# what the expression printed (its visible value included) or the error message. Warnings
# are muffled so the outputs of both interpreters compare line by line.
file <- commandArgs(trailingOnly = TRUE)[1L]
if (is.na(file)) stop("usage: run-by-expression.R FILE.R")
exprs <- parse(file, keep.source = FALSE)
for (i in seq_along(exprs)) {
    res <- tryCatch({
        out <- capture.output(withCallingHandlers({
            v <- withVisible(eval(exprs[[i]], globalenv()))
            if (v$visible) print(v$value)
        }, warning = function(w) invokeRestart("muffleWarning")))
        list(ok = TRUE, out = out)
    }, error = function(e) list(ok = FALSE, out = conditionMessage(e)))
    cat("###", i, if (res$ok) "OK" else "ERROR", "\n")
    writeLines(res$out)
}
