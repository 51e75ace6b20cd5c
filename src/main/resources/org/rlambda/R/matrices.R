# Matrix helpers that GNU R also writes in R (our own code).
nrow <- function(x) dim(x)[1L]
ncol <- function(x) dim(x)[2L]
NROW <- function(x) if (length(d <- dim(x))) d[1L] else length(x)
NCOL <- function(x) if (length(d <- dim(x)) > 1L) d[2L] else 1L
t <- function(x) UseMethod("t")
rownames <- function(x, do.NULL = TRUE, prefix = "row") {
    dn <- dimnames(x)
    if (!is.null(dn[[1L]])) dn[[1L]]
    else {
        nr <- NROW(x)
        if (do.NULL) NULL else if (nr > 0L) paste0(prefix, seq_len(nr)) else character()
    }
}
colnames <- function(x, do.NULL = TRUE, prefix = "col") {
    if (is.data.frame(x) && do.NULL) return(names(x))
    dn <- dimnames(x)
    if (!is.null(dn[[2L]])) dn[[2L]]
    else {
        nc <- NCOL(x)
        if (do.NULL) NULL else if (nc > 0L) paste0(prefix, seq_len(nc)) else character()
    }
}
`rownames<-` <- function(x, value) {
    if (is.data.frame(x)) {
        row.names(x) <- value
    } else {
        dn <- dimnames(x)
        if (is.null(dn)) {
            if (is.null(value)) return(x)
            if ((nd <- length(dim(x))) < 1L) stop("attempt to set 'rownames' on an object with no dimensions")
            dn <- vector("list", nd)
        }
        if (length(dn) < 1L) stop("attempt to set 'rownames' on an object with no dimensions")
        if (is.null(value)) dn[1L] <- list(NULL) else dn[[1L]] <- value
        dimnames(x) <- dn
    }
    x
}
`colnames<-` <- function(x, value) {
    if (is.data.frame(x)) {
        names(x) <- value
    } else {
        dn <- dimnames(x)
        if (is.null(dn)) {
            if (is.null(value)) return(x)
            if ((nd <- length(dim(x))) < 2L) stop("attempt to set 'colnames' on an object with less than two dimensions")
            dn <- vector("list", nd)
        }
        if (length(dn) < 2L) stop("attempt to set 'colnames' on an object with less than two dimensions")
        if (is.null(value)) dn[2L] <- list(NULL) else dn[[2L]] <- value
        dimnames(x) <- dn
    }
    x
}
row <- function(x) {
    d <- dim(x)
    matrix(rep.int(seq_len(d[1L]), d[2L]), d[1L], d[2L])
}
col <- function(x) {
    d <- dim(x)
    matrix(rep(seq_len(d[2L]), each = d[1L]), d[1L], d[2L])
}
lower.tri <- function(x, diag = FALSE) {
    d <- dim(as.matrix(x))
    if (diag) row(matrix(0, d[1L], d[2L])) >= col(matrix(0, d[1L], d[2L]))
    else row(matrix(0, d[1L], d[2L])) > col(matrix(0, d[1L], d[2L]))
}
upper.tri <- function(x, diag = FALSE) {
    d <- dim(as.matrix(x))
    if (diag) row(matrix(0, d[1L], d[2L])) <= col(matrix(0, d[1L], d[2L]))
    else row(matrix(0, d[1L], d[2L])) < col(matrix(0, d[1L], d[2L]))
}
diag <- function(x = 1, nrow, ncol, names = TRUE) {
    if (is.matrix(x)) {
        n <- min(dim(x))
        y <- x[cbind(seq_len(n), seq_len(n))]
        nms <- dimnames(x)
        if (names && is.list(nms) && !is.null(nms[[1L]]) && identical(nms[[1L]][seq_len(n)], nms[[2L]][seq_len(n)]))
            names(y) <- nms[[1L]][seq_len(n)]
        return(y)
    }
    if (missing(nrow) && missing(ncol) && length(x) == 1L) {
        n <- as.integer(x)
        x <- 1
    } else n <- length(x)
    if (!missing(nrow)) n <- nrow
    p <- if (missing(ncol)) n else ncol
    y <- matrix(0 * x[1L], n, p)
    if ((m <- min(n, p)) > 0L) y[cbind(seq_len(m), seq_len(m))] <- x
    y
}
as.matrix <- function(x, ...) UseMethod("as.matrix")
as.matrix.default <- function(x, ...) {
    if (is.matrix(x)) x
    else array(x, c(length(x), 1L), if (!is.null(names(x))) list(names(x), NULL) else NULL)
}
outer <- function(X, Y, FUN = "*", ...) {
    # the extents and dimnames of each side: an array's own, or a vector's length and names
    side <- function(v) {
        if (is.array(v)) list(d = dim(v), dn = dimnames(v))
        else list(d = length(v), dn = if (!is.null(names(v))) list(names(v)))
    }
    sx <- side(X); sy <- side(Y)
    if (is.character(FUN) && FUN == "*") {
        # a plain product is the matrix product of a column and a row (so it is double)
        robj <- as.vector(X) %*% t(as.vector(Y))
        dim(robj) <- c(sx$d, sy$d)
    } else {
        FUN <- match.fun(FUN)
        nx <- length(X); ny <- length(Y)
        Y <- rep(Y, rep.int(nx, ny))
        if (nx) X <- rep(X, times = ceiling(length(Y) / nx))
        robj <- FUN(X, Y, ...)
        dim(robj) <- c(sx$d, sy$d)
    }
    if (!is.null(sx$dn) || !is.null(sy$dn)) {
        dnx <- if (is.null(sx$dn)) vector("list", length(sx$d)) else sx$dn
        dny <- if (is.null(sy$dn)) vector("list", length(sy$d)) else sy$dn
        dimnames(robj) <- c(dnx, dny)
    }
    robj
}
`%o%` <- function(X, Y) outer(X, Y)
`diag<-` <- function(x, value) {
    dx <- dim(x)
    if (length(dx) != 2L) stop("only matrix diagonals can be replaced")
    n <- min(dx)
    if (length(value) != 1L && length(value) != n) stop("replacement diagonal has wrong length")
    if (n > 0L) x[cbind(seq_len(n), seq_len(n))] <- value
    x
}
aperm <- function(a, perm, ...) UseMethod("aperm")
sweep <- function(x, MARGIN, STATS, FUN = "-", check.margin = TRUE, ...) {
    FUN <- match.fun(FUN)
    dims <- dim(x)
    if (check.margin) {
        # STATS should fill the MARGIN extents exactly (or recycle evenly through them)
        extent <- dims[MARGIN]
        n <- length(STATS)
        if (n > prod(extent)) {
            warning("STATS is longer than the extent of 'dim(x)[MARGIN]'")
        } else if (is.null(dim(STATS))) {
            steps <- c(1L, cumprod(extent))
            above <- min(steps[steps >= n])
            below <- max(steps[steps <= n])
            if (n && (above %% n != 0L || n %% below != 0L))
                warning("STATS does not recycle exactly across MARGIN")
        } else {
            ds <- dim(STATS)
            ds <- ds[ds > 1L]
            de <- extent[extent > 1L]
            if (length(ds) != length(de) || any(ds != de))
                warning("length(STATS) or dim(STATS) do not match dim(x)[MARGIN]")
        }
    }
    # STATS laid out along MARGIN, recycled over the other dimensions
    perm <- c(MARGIN, seq_along(dims)[-MARGIN])
    FUN(x, aperm(array(STATS, dims[perm]), order(perm)), ...)
}

# apply(X, MARGIN, FUN, ...): FUN gets each cell of the margin (a vector, or an array when
# more than one dimension remains); the results are simplified the way GNU R does.
apply <- function(X, MARGIN, FUN, ..., simplify = TRUE) {
    FUN <- match.fun(FUN)
    simplify <- isTRUE(simplify)
    nd <- length(dim(X))
    if (nd == 0L) stop("dim(X) must have a positive length")
    if (is.object(X) && nd == 2L) X <- as.matrix(X)
    d <- dim(X)
    dn <- dimnames(X)
    if (is.character(MARGIN)) {
        if (is.null(names(dn))) stop("'X' must have named dimnames")
        MARGIN <- match(MARGIN, names(dn))
        if (anyNA(MARGIN)) stop("not all elements of 'MARGIN' are names of dimensions")
    }
    inner <- seq_len(nd)[-MARGIN]
    d.call <- d[inner]
    d.ans <- d[MARGIN]
    if (anyNA(d.call) || anyNA(d.ans)) stop("'MARGIN' does not match dim(X)")
    dn.call <- dn[inner]
    dn.ans <- dn[MARGIN]
    d2 <- prod(d.ans)
    if (d2 == 0L) {
        # no cells: call FUN once on a dummy cell only to learn the result's type
        newX <- array(vector(typeof(X), 1L), dim = c(prod(d.call), 1L))
        ans <- FUN(if (length(d.call) < 2L) newX[, 1] else array(newX[, 1L], d.call, dn.call), ...)
        return(if (is.null(ans)) ans else if (length(d.ans) < 2L) ans[1L][-1L] else array(ans, d.ans, dn.ans))
    }
    newX <- aperm(X, c(inner, MARGIN))
    dim(newX) <- c(prod(d.call), d2)
    ans <- vector("list", d2)
    if (length(d.call) < 2L) {
        if (length(dn.call)) dimnames(newX) <- c(dn.call, list(NULL))
        for (i in seq_len(d2)) {
            tmp <- FUN(newX[, i], ...)
            if (!is.null(tmp)) ans[[i]] <- tmp
        }
    } else {
        for (i in seq_len(d2)) {
            tmp <- FUN(array(newX[, i], d.call, dn.call), ...)
            if (!is.null(tmp)) ans[[i]] <- tmp
        }
    }
    first <- ans[[1L]]
    n1 <- length(first)
    recursive <- typeof(first) %in% c("list", "expression", "pairlist", "language", "closure", "builtin", "special", "environment")
    as.list <- !simplify || recursive || any(lengths(ans) != n1)
    rnames <- names(first)
    if (!as.list && length(rnames)) {
        for (r in ans) if (!identical(names(r), rnames)) { rnames <- NULL; break }
    }
    if (!as.list) ans <- unlist(ans, recursive = FALSE)
    total <- if (as.list) d2 else length(ans)
    if (total == d2) {
        if (length(MARGIN) == 1L) {
            names(ans) <- if (length(dn.ans[[1L]])) dn.ans[[1L]]
            return(ans)
        }
        return(array(ans, d.ans, dn.ans))
    }
    if (total > 0L && total %% d2 == 0L) {
        if (is.null(dn.ans)) dn.ans <- vector("list", length(d.ans))
        lead <- list(rnames)
        if (length(dn.call) && !is.null(nm <- names(dn.call[1L])) && nzchar(nm) && length(rnames) == length(dn.call[[1L]]))
            names(lead) <- nm
        dn.ans <- c(lead, dn.ans)
        keep <- !is.null(names(dn.ans)) || !all(vapply(dn.ans, is.null, NA))
        return(array(ans, c(total %/% d2, d.ans), if (keep) dn.ans))
    }
    ans
}
