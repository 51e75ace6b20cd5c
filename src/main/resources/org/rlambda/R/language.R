# Functional helpers, packages and evaluation helpers that GNU R writes in R.
# Evaluated into the base environment (lazily: this file only assigns).

Map <- function(f, ...) {
    f <- match.fun(f)
    mapply(FUN = f, ..., SIMPLIFY = FALSE)
}

Reduce <- function(f, x, init, right = FALSE, accumulate = FALSE) {
    missingInit <- missing(init)
    n <- length(x)
    if (n == 0L) return(if (missingInit) NULL else init)
    f <- match.fun(f)
    if (!is.vector(x) || is.object(x)) x <- as.list(x)
    ind <- seq_len(n)
    if (missingInit) {
        if (right) {
            init <- x[[n]]
            ind <- ind[-n]
        } else {
            init <- x[[1L]]
            ind <- ind[-1L]
        }
    }
    if (!accumulate) {
        if (right) {
            for (i in rev(ind)) init <- forceAndCall(2, f, x[[i]], init)
        } else {
            for (i in ind) init <- forceAndCall(2, f, init, x[[i]])
        }
        return(init)
    }
    steps <- length(ind)
    out <- vector("list", steps + 1L)
    if (right) {
        out[[steps + 1L]] <- init
        k <- steps
        for (i in rev(ind)) {
            init <- forceAndCall(2, f, x[[i]], init)
            out[[k]] <- init
            k <- k - 1L
        }
    } else {
        out[[1L]] <- init
        k <- 2L
        for (i in ind) {
            init <- forceAndCall(2, f, init, x[[i]])
            out[[k]] <- init
            k <- k + 1L
        }
    }
    if (all(vapply(out, length, 1L) == 1L)) out <- simplify2array(out)
    out
}

Filter <- function(f, x) {
    f <- match.fun(f)
    keep <- as.logical(unlist(lapply(x, f)))
    x[which(keep)]
}

Position <- function(f, x, right = FALSE, nomatch = NA_integer_) {
    f <- match.fun(f)
    ind <- seq_along(x)
    if (right) ind <- rev(ind)
    for (i in ind) if (f(x[[i]])) return(i)
    nomatch
}

Find <- function(f, x, right = FALSE, nomatch = NULL) {
    f <- match.fun(f)
    pos <- Position(f, x, right, nomatch = 0L)
    if (pos > 0L) x[[pos]] else nomatch
}

as.function <- function(x, ...) UseMethod("as.function")

formalArgs <- function(def) names(formals(def, envir = parent.frame()))

Negate <- function(f) {
    f <- match.fun(f)
    function(...) !f(...)
}

Vectorize <- function(FUN, vectorize.args = arg.names, SIMPLIFY = TRUE, USE.NAMES = TRUE) {
    arg.names <- names(formals(FUN))
    arg.names <- arg.names[arg.names != "..."]
    vectorize.args <- as.character(vectorize.args)
    if (!length(vectorize.args)) return(FUN)
    if (!all(vectorize.args %in% arg.names))
        stop("must specify names of formal arguments for 'vectorize'")
    FUNV <- function() {
        args <- lapply(as.list(match.call())[-1L], eval, parent.frame())
        argNames <- names(args)
        if (is.null(argNames)) argNames <- character(length(args))
        vec <- argNames %in% vectorize.args
        do.call("mapply", c(FUN = FUN, args[vec], MoreArgs = list(args[!vec]),
                            SIMPLIFY = SIMPLIFY, USE.NAMES = USE.NAMES))
    }
    formals(FUNV) <- formals(FUN)
    FUNV
}

rapply <- function(object, f, classes = "ANY", deflt = NULL, how = c("unlist", "replace", "list"), ...) {
    how <- match.arg(how)
    if (typeof(object) != "list") stop("'object' must be a list or expression")
    if (!is.function(f)) stop("invalid 'f' argument")
    matches <- function(x) any(classes == "ANY") || any(class(x) %in% classes)
    walk <- function(x) {
        # NULL counts as an empty list: left alone by "replace", list() otherwise
        if (is.null(x)) return(if (how == "replace") NULL else list())
        if (is.list(x) && !is.object(x) || is.data.frame(x)) return(lapply(x, walk))
        if (matches(x)) f(x, ...) else if (how == "replace") x else deflt
    }
    res <- lapply(object, walk)
    if (how == "replace") attributes(res) <- attributes(object)
    if (how == "unlist") unlist(res, recursive = TRUE) else res
}

split <- function(x, f, drop = FALSE, ...) UseMethod("split")

split.default <- function(x, f, drop = FALSE, sep = ".", lex.order = FALSE, ...) {
    if (is.list(f)) f <- interaction(f, drop = drop, sep = sep, lex.order = lex.order)
    else if (!is.factor(f)) f <- as.factor(f)
    else if (drop) f <- factor(f)
    if (is.null(attr(x, "class"))) return(.splitInternal(x, f))
    groups <- .splitInternal(seq_along(x), f)
    lapply(groups, function(i) x[i])
}

`split<-` <- function(x, f, drop = FALSE, ..., value) UseMethod("split<-")

`split<-.default` <- function(x, f, drop = FALSE, ..., value) {
    groups <- split(seq_along(x), f, drop = drop, ...)
    k <- 0L
    for (idx in groups) {
        # values are recycled over the groups
        k <- k %% length(value) + 1L
        x[idx] <- value[[k]]
    }
    x
}

`split<-.data.frame` <- function(x, f, drop = FALSE, ..., value) {
    groups <- split(seq_len(nrow(x)), f, drop = drop, ...)
    k <- 0L
    for (idx in groups) {
        k <- k %% length(value) + 1L
        x[idx, ] <- value[[k]]
    }
    x
}

tapply <- function(X, INDEX, FUN = NULL, ..., default = NA, simplify = TRUE) {
    if (!is.null(FUN)) FUN <- match.fun(FUN)
    if (!is.list(INDEX)) INDEX <- list(INDEX)
    INDEX <- lapply(INDEX, as.factor)
    if (length(INDEX) == 0L) stop("'INDEX' is of length zero")
    if (!all(vapply(INDEX, length, 1L) == length(X))) stop("arguments must have same length")
    levs <- lapply(INDEX, levels)
    dims <- vapply(levs, length, 1L, USE.NAMES = FALSE)
    # the cell of each observation, the first factor varying fastest
    cell <- as.integer(INDEX[[1L]])
    stride <- 1L
    for (k in seq_along(INDEX)[-1L]) {
        stride <- stride * dims[k - 1L]
        cell <- cell + stride * (as.integer(INDEX[[k]]) - 1L)
    }
    if (is.null(FUN)) return(cell)
    ncell <- prod(dims)
    groups <- split(X, structure(cell, levels = as.character(seq_len(ncell)), class = "factor"))
    names(groups) <- NULL
    filled <- vapply(groups, length, 1L) > 0L
    ans <- lapply(X = groups[filled], FUN = FUN, ...)
    if (simplify && all(vapply(ans, length, 1L) == 1L)) {
        ans <- unlist(ans, recursive = FALSE, use.names = FALSE)
        init <- if (!is.null(ans) && is.atomic(ans) && length(default) == 1L && is.na(default)) vector(typeof(ans)) else default
    } else {
        init <- vector("list", ncell)
    }
    out <- array(init, dim = dims, dimnames = levs)
    if (length(ans)) out[filled] <- ans
    out
}

as.pairlist <- function(x) .rlambdaAsPairlist(x)

unname <- function(obj, force = FALSE) {
    if (!is.null(names(obj))) names(obj) <- NULL
    if (!is.null(dimnames(obj)) && (force || !is.data.frame(obj))) dimnames(obj) <- NULL
    obj
}

local <- function(expr, envir = new.env()) eval.parent(substitute(eval(quote(expr), envir)))

eval.parent <- function(expr, n = 1) {
    p <- parent.frame(n + 1)
    eval(expr, p)
}

# ---------------------------------------------------------------- packages

.rlambdaAttached <- c("stats", "graphics", "grDevices", "utils", "datasets", "methods")

.packages <- function(all.available = FALSE, lib.loc = NULL) {
    if (all.available) return(c("base", "datasets", "graphics", "grDevices", "jsonlite", "methods", "stats", "tools", "utils"))
    invisible(c(.rlambdaAttached, "base"))
}

search <- function() c(".GlobalEnv", paste0("package:", .rlambdaAttached), "Autoloads", "package:base")

packageNotFoundError <- function(package, lib.loc, call = NULL) {
    msg <- if (length(lib.loc)) gettextf("there is no package called %s", sQuote(package))
           else gettextf("there is no package called %s", sQuote(package))
    errorCondition(msg, package = package, lib.loc = lib.loc, class = "packageNotFoundError", call = call)
}

library <- function(package, help, pos = 2, lib.loc = NULL, character.only = FALSE,
                    logical.return = FALSE, warn.conflicts, quietly = FALSE,
                    verbose = getOption("verbose"), mask.ok, exclude, include.only,
                    attach.required = missing(include.only)) {
    if (missing(package)) stop("listing the available packages is not supported")
    if (!character.only) package <- as.character(substitute(package))
    if (length(package) != 1L) stop("'package' must be of length 1")
    if (is.na(package) || (package == "")) stop("invalid package name")
    if (!.rlambdaHasPackage(package)) {
        if (logical.return) {
            warning(gettextf("there is no package called %s", sQuote(package)))
            return(invisible(FALSE))
        }
        stop(packageNotFoundError(package, lib.loc, sys.call()))
    }
    .rlambdaLoadNamespace(package)
    if (!(package %in% .rlambdaAttached) && package != "base")
        assign(".rlambdaAttached", c(package, .rlambdaAttached), envir = baseenv())
    if (logical.return) invisible(TRUE) else invisible(c(.rlambdaAttached, "base"))
}

require <- function(package, lib.loc = NULL, quietly = FALSE, warn.conflicts,
                    character.only = FALSE, mask.ok, exclude, include.only,
                    attach.required = missing(include.only)) {
    if (!character.only) package <- as.character(substitute(package))
    if (package %in% c(.rlambdaAttached, "base")) return(invisible(TRUE))
    if (!quietly) packageStartupMessage(gettextf("Loading required package: %s", package), domain = NA)
    value <- tryCatch(library(package, lib.loc = lib.loc, character.only = TRUE, logical.return = TRUE,
                              warn.conflicts = warn.conflicts, quietly = quietly, mask.ok = mask.ok,
                              exclude = exclude, include.only = include.only,
                              attach.required = attach.required),
                      error = function(e) e)
    if (inherits(value, "error")) {
        if (!quietly) {
            msg <- conditionMessage(value)
            cat("Failed with error:  ", sQuote(msg), "\n", file = stderr(), sep = "")
        }
        return(invisible(FALSE))
    }
    if (!value) return(invisible(FALSE))
    invisible(TRUE)
}

requireNamespace <- function(package, ..., quietly = FALSE) {
    package <- as.character(package)[[1L]]
    ok <- TRUE
    if (!.rlambdaNamespaceLoaded(package)) {
        if (!quietly)
            packageStartupMessage(gettextf("Loading required namespace: %s", package), domain = NA)
        value <- tryCatch(loadNamespace(package, ...), error = function(e) e)
        if (inherits(value, "error")) {
            if (!quietly) {
                cat("Failed with error:  ", sQuote(conditionMessage(value)), "\n", file = stderr(), sep = "")
                .printWarningsNow()
            }
            ok <- FALSE
        }
    }
    invisible(ok)
}

loadNamespace <- function(package, ...) {
    package <- as.character(package)[[1L]]
    if (.rlambdaHasPackage(package)) {
        .rlambdaLoadNamespace(package)
        return(baseenv())
    }
    withRestarts(stop(packageNotFoundError(package, NULL, sys.call())), abort = function() NULL)
}

attachNamespace <- function(ns, pos = 2L, depends = NULL, exclude, include.only) invisible(baseenv())
isNamespaceLoaded <- function(name) .rlambdaNamespaceLoaded(as.character(name)[[1L]])
asNamespace <- function(ns, base.OK = TRUE) {
    if (is.environment(ns)) return(ns)
    loadNamespace(ns)
}
getNamespace <- function(name) loadNamespace(name)
getExportedValue <- function(ns, name) get(name, envir = asNamespace(ns), inherits = FALSE)

packageStartupMessage <- function(..., domain = NULL, appendLF = TRUE) {
    call <- sys.call()
    msg <- paste0(..., collapse = "")
    if (appendLF) msg <- paste0(msg, "\n")
    message(structure(class = c("packageStartupMessage", "simpleMessage", "message", "condition"),
                      list(message = msg, call = call)))
}

suppressPackageStartupMessages <- function(expr)
    withCallingHandlers(expr, packageStartupMessage = function(c) invokeRestart("muffleMessage"))

deparse1 <- function(expr, collapse = " ", width.cutoff = 500L, ...)
    paste(deparse(expr, width.cutoff, ...), collapse = collapse)
