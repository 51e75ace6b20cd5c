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
is.matrix <- function(x) length(dim(x)) == 2L
is.array <- function(x) length(dim(x)) >= 1L
as.matrix <- function(x, ...) UseMethod("as.matrix")
as.matrix.default <- function(x, ...) {
    if (is.matrix(x)) x
    else array(x, c(length(x), 1L), if (!is.null(names(x))) list(names(x), NULL) else NULL)
}
outer <- function(X, Y, FUN = "*", ...) {
    FUN <- match.fun(FUN)
    dX <- dim(X); if (is.null(dX)) dX <- length(X)
    dY <- dim(Y); if (is.null(dY)) dY <- length(Y)
    nx <- names(X); ny <- names(Y)
    robj <- FUN(rep(X, times = length(Y)), rep(Y, each = length(X)), ...)
    dim(robj) <- c(dX, dY)
    if (!is.null(nx) || !is.null(ny)) dimnames(robj) <- list(nx, ny)
    robj
}
`%o%` <- function(X, Y) outer(X, Y)
unname <- function(obj, force = FALSE) {
    if (!is.null(names(obj))) names(obj) <- NULL
    if (!is.null(dimnames(obj)) && (force || !is.data.frame(obj))) dimnames(obj) <- NULL
    obj
}
