# Base-library functions that are most natural in R. Evaluated into the base environment.

simpleCondition <- function(message, call = NULL)
    structure(class = c("simpleCondition", "condition"), list(message = as.character(message), call = call))
simpleError <- function(message, call = NULL)
    structure(class = c("simpleError", "error", "condition"), list(message = as.character(message), call = call))
simpleWarning <- function(message, call = NULL)
    structure(class = c("simpleWarning", "warning", "condition"), list(message = as.character(message), call = call))
simpleMessage <- function(message, call = NULL)
    structure(class = c("simpleMessage", "message", "condition"), list(message = message, call = call))
errorCondition <- function(message, ..., class = character(), call = NULL)
    structure(class = c(class, "error", "condition"), list(message = as.character(message), call = call, ...))
warningCondition <- function(message, ..., class = character(), call = NULL)
    structure(class = c(class, "warning", "condition"), list(message = as.character(message), call = call, ...))

conditionMessage <- function(c) UseMethod("conditionMessage")
conditionMessage.condition <- function(c) c$message
conditionCall <- function(c) UseMethod("conditionCall")
conditionCall.condition <- function(c) c$call

print.condition <- function(x, ...) {
    msg <- conditionMessage(x)
    call <- conditionCall(x)
    cl <- class(x)[1L]
    if (!is.null(call))
        cat("<", cl, " in ", paste(deparse(call, nlines = 1L), collapse = "\n"), ": ", msg, ">\n", sep = "")
    else
        cat("<", cl, ": ", msg, ">\n", sep = "")
    invisible(x)
}
as.character.condition <- function(x, ...) {
    msg <- conditionMessage(x)
    call <- conditionCall(x)
    cl <- class(x)[1L]
    if (!is.null(call))
        paste0(cl, " in ", deparse(call, nlines = 1L), ": ", msg, "\n")
    else
        paste0(cl, ": ", msg, "\n")
}
as.character.error <- function(x, ...) {
    msg <- conditionMessage(x)
    call <- conditionCall(x)
    if (!is.null(call))
        paste0("Error in ", deparse(call, nlines = 1L), ": ", msg, "\n")
    else
        paste0("Error: ", msg, "\n")
}

try <- function(expr, silent = FALSE, outFile = getOption("try.outFile", default = stderr())) {
    tryCall <- sys.call()
    tryCatch(expr, error = function(e) {
        call <- conditionCall(e)
        if (!is.null(call)) {
            # an error raised directly in expr names tryCatch's frame; GNU R shows try's own call
            if (identical(call[[1L]], quote(doTryCatch))) call <- tryCall
            dcall <- deparse(call, nlines = 1L)
            prefix <- paste("Error in", dcall, ": ")
            firstLine <- strsplit(conditionMessage(e), "\n")[[1L]][1L]
            if (is.na(firstLine)) firstLine <- ""
            if (14L + nchar(dcall, type = "w") + nchar(firstLine, type = "w") > 75L)
                prefix <- paste0(prefix, "\n  ")
        } else prefix <- "Error : "
        msg <- paste0(prefix, conditionMessage(e), "\n")
        .setErrorMessage(msg[1L])
        if (!silent && isTRUE(getOption("show.error.messages"))) {
            cat(msg, file = outFile)
            .printWarningsNow()
        }
        invisible(structure(msg, class = "try-error", condition = e))
    })
}

suppressWarnings <- function(expr, classes = "warning") {
    withCallingHandlers(expr, warning = function(w) if (inherits(w, classes)) invokeRestart("muffleWarning"))
}
suppressMessages <- function(expr, classes = "message") {
    withCallingHandlers(expr, message = function(c) if (inherits(c, classes)) invokeRestart("muffleMessage"))
}

print.proc_time <- function(x, ...) {
    y <- x[1:3]
    y[1L] <- y[1L] + if (is.na(x[4L])) 0 else x[4L]
    y[2L] <- y[2L] + if (is.na(x[5L])) 0 else x[5L]
    names(y) <- c("user", "system", "elapsed")
    print(y, ...)
    invisible(x)
}


print.formula <- function(x, showEnv = !identical(e, globalenv()), ...) {
    e <- environment(x)
    attr(x, ".Environment") <- NULL
    print.default(unclass(x), ...)
    if (showEnv) print(e)
    invisible(x)
}
format.formula <- function(x, ...) {
    attr(x, ".Environment") <- NULL
    deparse(unclass(x))
}
