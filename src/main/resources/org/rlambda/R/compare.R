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

# all.equal(): TRUE, or the character vector of differences GNU R reports. Every method first
# compares attributes (attr.all.equal), then the values by type.

attr.all.equal <- function(target, current, ..., check.attributes = TRUE, check.names = TRUE) {
    if (!is.logical(check.attributes))
        stop(gettextf("'%s' must be logical", "check.attributes"), domain = NA)
    if (!is.logical(check.names))
        stop(gettextf("'%s' must be logical", "check.names"), domain = NA)
    msg <- NULL
    if (mode(target) != mode(current))
        msg <- paste0("Modes: ", mode(target), ", ", mode(current))
    if (length(target) != length(current))
        msg <- c(msg, paste0("Lengths: ", length(target), ", ", length(current)))
    ax <- attributes(target)
    ay <- attributes(current)
    if (check.names) {
        nx <- names(target)
        ny <- names(current)
        if (length(nx) || length(ny)) {
            ax$names <- NULL
            ay$names <- NULL
            if (length(nx) && length(ny)) {
                m <- all.equal.character(nx, ny, check.attributes = check.attributes)
                if (is.character(m)) msg <- c(msg, paste("Names:", m))
            } else msg <- c(msg, if (length(nx)) "names for target but not for current"
                                 else "names for current but not for target")
        }
    } else {
        ax[["names"]] <- NULL
        ay[["names"]] <- NULL
    }
    if (check.attributes && (length(ax) || length(ay))) {
        # attributes compare as lists sorted by attribute name
        if (length(ax)) ax <- ax[order(names(ax))]
        if (length(ay)) ay <- ay[order(names(ay))]
        d <- all.equal(ax, ay, ..., check.attributes = check.attributes)
        if (!isTRUE(d)) msg <- c(msg, paste("Attributes: <", d, ">"))
    }
    msg
}

.dropLengthsMsg <- function(msg) if (is.null(msg)) msg else msg[!grepl("\\bLengths\\b", msg)]

.classMismatch <- function(target, current)
    if (data.class(target) != data.class(current))
        paste0("target is ", data.class(target), ", current is ", data.class(current))

all.equal.default <- function(target, current, ..., check.class = TRUE) {
    if (is.language(target) || is.function(target))
        return(all.equal.language(target, current, ...))
    if (is.environment(target) || is.environment(current))
        return(if (identical(target, current)) TRUE else "Component: environments differ")
    if (is.recursive(target)) return(all.equal.list(target, current, ...))
    msg <- switch(mode(target),
                  numeric = , complex = all.equal.numeric(target, current, ...),
                  character = all.equal.character(target, current, ...),
                  logical = , raw = all.equal.raw(target, current, ...),
                  if (check.class) .classMismatch(target, current))
    if (is.null(msg)) TRUE else msg
}

all.equal.language <- function(target, current, ...) {
    mt <- mode(target)
    mc <- mode(current)
    if (mt == "expression" && mc == "expression")
        return(all.equal.list(target, current, ...))
    ttxt <- paste(deparse(target), collapse = "\n")
    ctxt <- paste(deparse(current), collapse = "\n")
    msg <- c(if (mt != mc) paste0("Modes of target, current: ", mt, ", ", mc),
             if (ttxt != ctxt) {
                 if (pmatch(ttxt, ctxt, 0L)) "target is a subset of current"
                 else if (pmatch(ctxt, ttxt, 0L)) "current is a subset of target"
                 else "target, current do not match when deparsed"
             })
    if (is.null(msg)) TRUE else msg
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

# The steps shared by the atomic methods: class, lengths (values then compare on the common
# prefix, or not at all for numbers), then where the NAs are.
.atomicPrelude <- function(target, current, msg, lengthMsg) {
    if (!is.null(cm <- .classMismatch(target, current)))
        return(list(done = c(msg, cm)))
    lt <- length(target)
    lc <- length(current)
    if (lt != lc) {
        msg <- c(.dropLengthsMsg(msg), lengthMsg(lt, lc))
        if (is.null(attr(lengthMsg, "prefix"))) return(list(done = msg))
        keep <- seq_len(min(lt, lc))
        target <- target[keep]
        current <- current[keep]
    }
    nt <- is.na(target)
    nc <- is.na(current)
    if (any(nt != nc))
        return(list(done = c(msg, paste("'is.NA' value mismatch:", sum(nc), "in current", sum(nt), "in target"))))
    list(target = target, current = current, msg = msg)
}

all.equal.numeric <- function(target, current, tolerance = sqrt(.Machine$double.eps), scale = NULL,
                              countEQ = FALSE, formatFUN = function(err, what) format(err), ...,
                              check.attributes = TRUE) {
    if (!is.numeric(tolerance)) stop("'tolerance' should be numeric")
    if (!is.numeric(scale) && !is.null(scale)) stop("'scale' should be numeric or NULL")
    if (!is.logical(check.attributes))
        stop(gettextf("'%s' must be logical", "check.attributes"), domain = NA)
    msg <- if (check.attributes) attr.all.equal(target, current, tolerance = tolerance, scale = scale, ...)
    cplx <- is.complex(target)
    p <- .atomicPrelude(target, current, msg, function(lt, lc)
        paste0(if (cplx) "Complex" else "Numeric", ": lengths (", lt, ", ", lc, ") differ"))
    if (!is.null(p$done)) return(p$done)
    msg <- p$msg
    target <- as.vector(p$target)
    current <- as.vector(p$current)
    same <- is.na(target) | target == current
    if (all(same)) return(if (is.null(msg)) TRUE else msg)
    sabst0 <- if (countEQ) sum(abs(target[same])) else 0
    N <- if (countEQ) length(same) else sum(!same)
    target <- target[!same]
    current <- current[!same]
    if (is.integer(target) && is.integer(current)) target <- as.double(target)
    err <- sum(abs(target - current)) / N
    what <- if (is.null(scale)) {
        xn <- (sabst0 + sum(abs(target))) / N
        if (is.finite(xn) && xn > tolerance) {
            err <- err / xn
            "relative"
        } else "absolute"
    } else {
        stopifnot(all(scale > 0))
        err <- err / scale
        if (all(abs(scale - 1) < 1e-07)) "absolute" else "scaled"
    }
    if (cplx) what <- paste(what, "Mod")
    if (is.na(err) || err > tolerance)
        msg <- c(msg, paste("Mean", what, "difference:", formatFUN(err, what)))
    if (is.null(msg)) TRUE else msg
}

# Character and raw (and logical) vectors count the elements that differ.
.countMismatches <- function(target, current, msg, unit) {
    ne <- !is.na(target) & target != current
    k <- sum(ne)
    if (!k && is.null(msg)) TRUE
    else if (k == 1L) c(msg, paste("1", unit, "mismatch"))
    else if (k > 1L) c(msg, paste(k, unit, "mismatches"))
    else msg
}

all.equal.character <- function(target, current, ..., check.attributes = TRUE) {
    if (!is.logical(check.attributes))
        stop(gettextf("'%s' must be logical", "check.attributes"), domain = NA)
    msg <- if (check.attributes) attr.all.equal(target, current, ...)
    lengthMsg <- function(lt, lc)
        paste0("Lengths (", lt, ", ", lc, ") differ (string compare on first ", min(lt, lc), ")")
    attr(lengthMsg, "prefix") <- TRUE
    p <- .atomicPrelude(target, current, msg, lengthMsg)
    if (!is.null(p$done)) return(p$done)
    .countMismatches(p$target, p$current, p$msg, "string")
}

all.equal.raw <- function(target, current, ..., check.attributes = TRUE) {
    if (!is.logical(check.attributes))
        stop(gettextf("'%s' must be logical", "check.attributes"), domain = NA)
    msg <- if (check.attributes) attr.all.equal(target, current, ...)
    lengthMsg <- function(lt, lc)
        paste0("Lengths (", lt, ", ", lc, ") differ (comparison on first ", min(lt, lc), " components)")
    attr(lengthMsg, "prefix") <- TRUE
    p <- .atomicPrelude(target, current, msg, lengthMsg)
    if (!is.null(p$done)) return(p$done)
    .countMismatches(p$target, p$current, p$msg, "element")
}

all.equal.factor <- function(target, current, ..., check.attributes = TRUE) {
    if (!inherits(target, "factor")) return("'target' is not a factor")
    if (!inherits(current, "factor")) return("'current' is not a factor")
    msg <- if (check.attributes) attr.all.equal(target, current, ...)
    d <- all.equal(as.character(target), as.character(current), check.attributes = check.attributes, ...)
    if (is.character(d)) msg <- c(msg, d)
    if (is.null(msg)) TRUE else msg
}

all.equal.list <- function(target, current, ..., check.attributes = TRUE, use.names = TRUE) {
    if (!is.logical(check.attributes))
        stop(gettextf("'%s' must be logical", "check.attributes"), domain = NA)
    msg <- if (check.attributes) attr.all.equal(target, current, ...)
    target <- unclass(target)
    current <- unclass(current)
    if (!is.list(target) && !is.vector(target)) return(c(msg, "target is not list-like"))
    if (!is.list(current) && !is.vector(current)) return(c(msg, "current is not list-like"))
    n <- length(target)
    if (n != length(current)) {
        n <- min(n, length(current))
        msg <- c(.dropLengthsMsg(msg), paste("Length mismatch: comparison on first", n, "components"))
    }
    idx <- seq_len(n)
    nt <- names(target)[idx]
    nc <- names(current)[idx]
    if (use.names) use.names <- length(nt) == n && length(nc) == n
    for (i in idx) {
        d <- all.equal(target[[i]], current[[i]], check.attributes = check.attributes, use.names = use.names, ...)
        if (is.character(d)) {
            label <- if (use.names && nt[i] == nc[i]) dQuote(nt[i]) else i
            msg <- c(msg, paste0("Component ", label, ": ", d))
        }
    }
    if (is.null(msg)) TRUE else msg
}

charmatch <- function(x, table, nomatch = NA_integer_) {
    x <- as.character(x); table <- as.character(table)
    out <- integer(length(x))
    for (i in seq_along(x)) {
        xi <- x[i]
        exact <- which(table == xi)
        if (length(exact) == 1L) { out[i] <- exact; next }
        if (length(exact) > 1L) { out[i] <- 0L; next }
        partial <- which(startsWith(table, xi))
        out[i] <- if (length(partial) == 1L) partial else if (length(partial) > 1L) 0L else as.integer(nomatch)
    }
    out
}

pmatch <- function(x, table, nomatch = NA_integer_, duplicates.ok = FALSE) {
    x <- as.character(x); table <- as.character(table)
    out <- rep(as.integer(nomatch), length(x))
    done <- logical(length(x))
    used <- logical(length(table))
    for (i in seq_along(x)) {
        xi <- x[i]
        if (is.na(xi) || !nzchar(xi)) next
        exact <- which(table == xi & (duplicates.ok | !used))
        if (length(exact)) {
            out[i] <- exact[1L]
            done[i] <- TRUE
            if (!duplicates.ok) used[exact[1L]] <- TRUE
        }
    }
    for (i in seq_along(x)) {
        xi <- x[i]
        if (done[i] || is.na(xi) || !nzchar(xi)) next
        partial <- which(startsWith(table, xi) & (duplicates.ok | !used))
        if (length(partial) == 1L) { out[i] <- partial; if (!duplicates.ok) used[partial] <- TRUE }
    }
    out
}
