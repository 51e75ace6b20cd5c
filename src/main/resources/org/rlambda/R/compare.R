# all.equal and ifelse (our own R code, following GNU R's documented behaviour and messages).

ifelse <- function(test, yes, no) {
    if (is.atomic(test)) {
        if (typeof(test) != "logical") storage.mode(test) <- "logical"
    } else test <- if (isS4(test)) methods::as(test, "logical") else as.logical(test)
    ans <- test
    len <- length(ans)
    ypos <- which(test)
    npos <- which(!test)
    if (length(ypos) > 0L) ans[ypos] <- rep(yes, length.out = len)[ypos]
    if (length(npos) > 0L) ans[npos] <- rep(no, length.out = len)[npos]
    ans
}

isS4 <- function(object) FALSE

all.equal <- function(target, current, ...) UseMethod("all.equal")

.attrMsg <- function(target, current, check.attributes = TRUE) {
    if (!check.attributes) return(NULL)
    msg <- NULL
    nt <- names(target); nc <- names(current)
    if (is.null(nt) && !is.null(nc)) msg <- "names for current but not for target"
    else if (!is.null(nt) && is.null(nc)) msg <- "names for target but not for current"
    else if (!is.null(nt)) {
        r <- all.equal.character(nt, nc)
        if (!isTRUE(r)) msg <- paste0("Names: ", r)
    }
    msg
}

all.equal.default <- function(target, current, ...) {
    if (is.language(target) || is.function(target)) {
        return(if (identical(deparse(target), deparse(current))) TRUE else "target, current do not match when deparsed")
    }
    if (is.environment(target) || is.environment(current)) {
        return(if (identical(target, current)) TRUE else "Component: environments differ")
    }
    if (is.list(target) || is.list(current)) return(all.equal.list(target, current, ...))
    if (identical(target, current)) return(TRUE)
    msg <- switch(mode(target),
                  numeric = all.equal.numeric(target, current, ...),
                  character = all.equal.character(target, current, ...),
                  logical = all.equal.character(as.character(target), as.character(current), ...),
                  paste0("target is ", mode(target), ", current is ", mode(current)))
    msg
}

.modeMsg <- function(target, current) {
    if (data.class(target) != data.class(current))
        c(paste0("Modes: ", mode(target), ", ", mode(current)),
          paste0("target is ", data.class(target), ", current is ", data.class(current)))
    else NULL
}

data.class <- function(x) {
    if (length(cl <- oldClass(x))) cl[1L]
    else {
        l <- length(dim(x))
        if (l == 2L) "matrix" else if (l) "array" else mode(x)
    }
}

all.equal.numeric <- function(target, current, tolerance = sqrt(.Machine$double.eps), scale = NULL,
                              countEQ = FALSE, check.attributes = TRUE, ...) {
    if (!is.numeric(current) && !is.logical(current)) {
        return(c(paste0("Modes: ", mode(target), ", ", mode(current)),
                 paste0("target is ", data.class(target), ", current is ", data.class(current))))
    }
    msg <- .attrMsg(target, current, check.attributes)
    lt <- length(target); lc <- length(current)
    if (lt != lc) {
        return(c(msg, paste0(if (is.integer(target) && is.integer(current)) "Numeric" else "Numeric",
                             ": lengths (", lt, ", ", lc, ") differ")))
    }
    target <- as.vector(target); current <- as.vector(current)
    out <- is.na(target)
    if (any(out != is.na(current))) {
        return(c(msg, paste0("'is.NA' value mismatch: ", sum(is.na(current)), " in current ", sum(out), " in target")))
    }
    out <- out | target == current
    if (all(out)) return(if (is.null(msg)) TRUE else msg)
    if (countEQ) {
        N <- length(out)
        sabst0 <- sum(abs(target[out]))
    } else sabst0 <- 0
    target <- target[!out]
    current <- current[!out]
    if (!countEQ) N <- length(target)
    xy <- sum(abs(target - current)) / N
    what <- if (is.null(scale)) {
        xn <- (sabst0 + sum(abs(target))) / N
        if (is.finite(xn) && xn > tolerance) {
            xy <- xy / xn
            "relative"
        } else "absolute"
    } else {
        stopifnot(all(scale > 0))
        xy <- xy / scale
        if (all(abs(scale - 1) < 1e-07)) "absolute" else "scaled"
    }
    if (is.na(xy) || xy > tolerance)
        msg <- c(msg, paste0("Mean ", what, " difference: ", format(xy)))
    if (is.null(msg)) TRUE else msg
}

all.equal.character <- function(target, current, check.attributes = TRUE, ...) {
    if (!is.character(current) && !is.factor(current)) {
        return(c(paste0("Modes: ", mode(target), ", ", mode(current)),
                 paste0("target is ", data.class(target), ", current is ", data.class(current))))
    }
    msg <- .attrMsg(target, current, check.attributes)
    lt <- length(target); lc <- length(current)
    if (lt != lc) return(c(msg, paste0("Lengths (", lt, ", ", lc, ") differ (string compare on first ", min(lt, lc), ")")))
    nas <- is.na(target); nasc <- is.na(current)
    if (any(nas != nasc)) return(c(msg, paste("'is.NA' value mismatch:", sum(nasc), "in current", sum(nas), "in target")))
    ne <- !nas & (target != current)
    if (!any(ne) && is.null(msg)) TRUE
    else if (sum(ne) == 1L) c(msg, paste("1 string mismatch"))
    else if (sum(ne) > 1L) c(msg, paste(sum(ne), "string mismatches"))
    else msg
}

all.equal.logical <- function(target, current, check.attributes = TRUE, ...) {
    if (!is.logical(current) && !is.numeric(current)) {
        return(c(paste0("Modes: ", mode(target), ", ", mode(current)),
                 paste0("target is ", data.class(target), ", current is ", data.class(current))))
    }
    msg <- .attrMsg(target, current, check.attributes)
    lt <- length(target); lc <- length(current)
    if (lt != lc) return(c(msg, paste0("Lengths (", lt, ", ", lc, ") differ")))
    ne <- !is.na(target) & !is.na(current) & target != current
    ne <- ne | (is.na(target) != is.na(current))
    if (!any(ne) && is.null(msg)) TRUE
    else if (sum(ne) == 1L) c(msg, "1 element mismatch")
    else if (sum(ne) > 1L) c(msg, paste(sum(ne), "element mismatches"))
    else msg
}

all.equal.factor <- function(target, current, ..., check.attributes = TRUE) {
    if (!inherits(current, "factor")) return("'current' is not a factor")
    msg <- NULL
    nax <- is.na(target); nay <- is.na(current)
    if (n <- sum(nax != nay)) msg <- c(msg, paste("NA mismatches:", n))
    else {
        target <- levels(target)[target[!nax]]
        current <- levels(current)[current[!nay]]
        n <- all.equal(target, current, check.attributes = check.attributes, ...)
        if (is.character(n)) msg <- c(msg, n)
    }
    if (is.null(msg)) TRUE else msg
}

all.equal.list <- function(target, current, ..., check.attributes = TRUE, use.names = TRUE) {
    msg <- .attrMsg(target, current, check.attributes)
    if (!is.list(target) && !is.vector(target)) return(c(msg, "target is not list-like"))
    if (!is.list(current) && !is.vector(current)) return(c(msg, "current is not list-like"))
    if ((n <- length(target)) != length(current)) {
        return(c(msg, paste0("Length mismatch: comparison on first ", min(n, length(current)), " components")))
    }
    nt <- names(target)
    for (i in seq_len(n)) {
        mi <- all.equal(target[[i]], current[[i]], check.attributes = check.attributes, use.names = use.names, ...)
        if (is.character(mi)) {
            lab <- if (use.names && !is.null(nt) && nzchar(nt[i])) paste0("Component \u201c", nt[i], "\u201d")
                   else paste0("Component ", i)
            msg <- c(msg, paste0(lab, ": ", mi))
        }
    }
    if (is.null(msg)) TRUE else msg
}
