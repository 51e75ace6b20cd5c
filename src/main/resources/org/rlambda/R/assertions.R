# tools::assertCondition, assertWarning and assertError (GNU R's own test files use them): the
# expression is evaluated once in the caller's frame, its conditions are collected, and the
# call fails unless one of the wanted classes was signalled.

.assertConditions <- function(expr) {
    conds <- list()
    withCallingHandlers(
        tryCatch(expr, error = function(e) conds <<- c(conds, list(e))),
        warning = function(w) {
            conds <<- c(conds, list(w))
            invokeRestart("muffleWarning")
        },
        message = function(m) conds <<- c(conds, list(m)))
    conds
}

.assertExprString <- function(e) {
    s <- paste(deparse(e, width.cutoff = 30L), collapse = "\n")
    if (nchar(s) > 30L) paste(substr(s, 1L, 30L), "...") else s
}

assertCondition <- function(expr, ..., .exprString = .assertExprString(substitute(expr)), verbose = FALSE) {
    wanted <- c(...)
    wantedText <- if (length(wanted)) paste(wanted, collapse = " or ") else "any condition"
    res <- .assertConditions(expr)
    if (!length(res)) stop(gettextf("Failed to get %s in evaluating %s", wantedText, .exprString), call. = FALSE)
    if (is.null(wanted)) return(invisible(res))
    hit <- vapply(res, function(cond) any(class(cond) %in% wanted), NA)
    if (any(hit)) return(invisible(res[hit]))
    got <- paste(unique(vapply(res, function(cond) class(cond)[[1L]], "")), collapse = ", ")
    stop(gettextf("Got %s in evaluating %s; wanted %s", got, .exprString, wantedText), call. = FALSE)
}

assertWarning <- function(expr, classes = "warning", verbose = FALSE)
    invisible(assertCondition(expr, classes, .exprString = .assertExprString(substitute(expr))))

assertError <- function(expr, classes = "error", verbose = FALSE)
    invisible(assertCondition(expr, classes, .exprString = .assertExprString(substitute(expr))))
