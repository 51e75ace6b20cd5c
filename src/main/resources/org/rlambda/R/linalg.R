# Dense linear algebra: the R side of qr(), the solvers and the decompositions. Our own code
# following the semantics of GNU R's base/R/qr.R, solve.R, backsolve.R, chol.R; the numerical
# kernels are the .rlambda_* builtins (org.rlambda.base.LinearAlgebra*).

is.qr <- function(x) is.list(x) && inherits(x, "qr")

qr <- function(x, ...) UseMethod("qr")

qr.default <- function(x, tol = 1e-07, LAPACK = FALSE, ...) {
    x <- as.matrix(x)
    if (is.complex(x))
        return(structure(.rlambda_La_qr_cmplx(x), class = "qr"))
    if (LAPACK)
        return(structure(.rlambda_La_qr(x), useLAPACK = TRUE, class = "qr"))
    p <- as.integer(ncol(x))
    if (is.na(p)) stop("invalid ncol(x)")
    n <- as.integer(nrow(x))
    if (is.na(n)) stop("invalid nrow(x)")
    if (1.0 * n * p > 2147483647) stop("too large a matrix for LINPACK")
    res <- .rlambda_dqrdc2(x, as.double(tol))
    if (!is.null(cn <- colnames(x)))
        colnames(res$qr) <- cn[res$pivot]
    class(res) <- "qr"
    res
}

qr.coef <- function(qr, y) {
    if (!is.qr(qr)) stop("first argument must be a QR decomposition")
    n <- as.integer(nrow(qr$qr)); if (is.na(n)) stop("invalid nrow(qr$qr)")
    p <- as.integer(ncol(qr$qr)); if (is.na(p)) stop("invalid ncol(qr$qr)")
    k <- as.integer(qr$rank); if (is.na(k)) stop("invalid ncol(qr$rank)")
    im <- is.matrix(y)
    if (!im) y <- as.matrix(y)
    ny <- as.integer(ncol(y))
    if (is.na(ny)) stop("invalid ncol(y)")
    if (nrow(y) != n) stop("'qr' and 'y' must have the same number of rows")
    isC <- is.complex(qr$qr)
    coef <- matrix(if (isC) NA_complex_ else NA_real_, p, ny)
    ix <- if (p > n) c(seq_len(n), rep(NA, p - n)) else seq_len(p)
    nam <- colnames(qr$qr)
    pivotted <- NA
    if (p == 0L) {
        pivotted <- FALSE
    } else if (isC) {
        coef[qr$pivot, ] <- .rlambda_qr_coef_cmplx(qr, y)[ix, ]
    } else if (isTRUE(attr(qr, "useLAPACK"))) {
        coef[qr$pivot, ] <- .rlambda_qr_coef_real(qr, y)[ix, ]
    } else if (k > 0L) {
        z <- .rlambda_dqrsl(qr$qr, k, qr$qraux, y, "coef")
        if (z$info) stop("exact singularity in 'qr.coef'")
        pivotted <- k < p
        if (pivotted) coef[qr$pivot[seq_len(k)], ] <- z$coef
        else coef <- z$coef
    }
    if (!is.null(nam)) {
        if (is.na(pivotted)) pivotted <- is.unsorted(qr$pivot)
        if (pivotted) rownames(coef)[qr$pivot] <- nam
        else rownames(coef) <- nam
    }
    if (im && !is.null(nam <- colnames(y)))
        colnames(coef) <- nam
    if (im) coef else drop(coef)
}

.rlambda_qr_apply <- function(qr, y, op) {
    n <- as.integer(nrow(qr$qr))
    if (is.na(n)) stop("invalid nrow(qr$qr)")
    ny <- as.integer(NCOL(y))
    if (is.na(ny)) stop("invalid NCOL(y)")
    if (NROW(y) != n) stop("'qr' and 'y' must have the same number of rows")
    .rlambda_dqrsl(qr$qr, as.integer(qr$rank), qr$qraux, y, op)
}

qr.qy <- function(qr, y) {
    if (!is.qr(qr)) stop("argument is not a QR decomposition")
    if (is.complex(qr$qr)) return(.rlambda_qr_qy_cmplx(qr, as.matrix(y), FALSE))
    if (isTRUE(attr(qr, "useLAPACK"))) return(.rlambda_qr_qy_real(qr, as.matrix(y), FALSE))
    .rlambda_qr_apply(qr, y, "qy")
}

qr.qty <- function(qr, y) {
    if (!is.qr(qr)) stop("argument is not a QR decomposition")
    if (is.complex(qr$qr)) return(.rlambda_qr_qy_cmplx(qr, as.matrix(y), TRUE))
    if (isTRUE(attr(qr, "useLAPACK"))) return(.rlambda_qr_qy_real(qr, as.matrix(y), TRUE))
    .rlambda_qr_apply(qr, y, "qty")
}

qr.resid <- function(qr, y) {
    if (!is.qr(qr)) stop("argument is not a QR decomposition")
    if (is.complex(qr$qr)) stop("not implemented for complex 'qr'")
    if (isTRUE(attr(qr, "useLAPACK"))) stop("not supported for LAPACK QR")
    if (as.integer(qr$rank) == 0) return(y)
    .rlambda_qr_apply(qr, y, "resid")
}

qr.fitted <- function(qr, y, k = qr$rank) {
    if (!is.qr(qr)) stop("argument is not a QR decomposition")
    if (is.complex(qr$qr)) stop("not implemented for complex 'qr'")
    if (isTRUE(attr(qr, "useLAPACK"))) stop("not supported for LAPACK QR")
    n <- as.integer(nrow(qr$qr))
    if (is.na(n)) stop("invalid nrow(qr$qr)")
    k <- as.integer(k)
    if (k > qr$rank) stop("'k' is too large")
    ny <- as.integer(NCOL(y))
    if (is.na(ny)) stop("invalid NCOL(y)")
    if (NROW(y) != n) stop("'qr' and 'y' must have the same number of rows")
    .rlambda_dqrsl(qr$qr, k, qr$qraux, y, "fitted")
}

qr.Q <- function(qr, complete = FALSE, Dvec) {
    if (!is.qr(qr)) stop("argument is not a QR decomposition")
    dqr <- dim(qr$qr)
    n <- dqr[1L]
    cmplx <- mode(qr$qr) == "complex"
    if (missing(Dvec))
        Dvec <- rep.int(if (cmplx) 1 + 0i else 1, if (complete) n else min(dqr))
    D <- if (complete) diag(Dvec, n)
         else diag(Dvec[seq_len(min(dqr))], nrow = n, ncol = min(dqr))
    qr.qy(qr, D)
}

qr.R <- function(qr, complete = FALSE) {
    if (!is.qr(qr)) stop("argument is not a QR decomposition")
    R <- qr$qr
    if (!complete) R <- R[seq.int(min(dim(R))), , drop = FALSE]
    R[row(R) > col(R)] <- 0
    R
}

qr.X <- function(qr, complete = FALSE, ncol = if (complete) nrow(R) else min(dim(R))) {
    if (!is.qr(qr)) stop("argument is not a QR decomposition")
    ip <- seq_along(qr$pivot)
    pivoted <- !identical(qr$pivot, ip)
    R <- qr.R(qr, complete = TRUE)
    if (pivoted && ncol < length(qr$pivot))
        stop("need larger value of 'ncol' as pivoting occurred")
    cmplx <- mode(R) == "complex"
    p <- as.integer(dim(R)[2L])
    if (is.na(p)) stop("invalid NCOL(R)")
    if (ncol < p) R <- R[, seq_len(ncol), drop = FALSE]
    else if (ncol > p) {
        wide <- diag(if (cmplx) 1 + 0i else 1, nrow(R), ncol)
        wide[, seq_len(p)] <- R
        R <- wide
    }
    res <- qr.qy(qr, R)
    cn <- colnames(res)
    if (pivoted) {
        res[, qr$pivot] <- res[, ip]
        if (!is.null(cn)) colnames(res)[qr$pivot] <- cn[ip]
    }
    res
}

qr.solve <- function(a, b, tol = 1e-7) {
    if (!inherits(a, "qr")) a <- qr(a, tol = tol)
    nc <- ncol(a$qr); nr <- nrow(a$qr)
    if (a$rank != min(nc, nr)) stop("singular matrix 'a' in solve")
    if (missing(b)) {
        if (nc != nr) stop("only square matrices can be inverted")
        b <- diag(1, nc)
    }
    res <- qr.coef(a, b)
    res[is.na(res)] <- 0
    res
}

solve <- function(a, b, ...) UseMethod("solve")

solve.qr <- function(a, b, ...) {
    if (!inherits(a, "qr"))
        stop("this is the \"qr\" method for the generic function solve()")
    nc <- ncol(a$qr); nr <- nrow(a$qr)
    if (a$rank != min(nc, nr)) stop("singular matrix 'a' in 'solve'")
    if (missing(b)) {
        if (nc != nr) stop("only square matrices can be inverted")
        b <- diag(1, nc)
    }
    res <- qr.coef(a, b)
    res[is.na(res)] <- 0
    res
}

solve.default <- function(a, b, tol = .Machine$double.eps, LINPACK = FALSE, ...) {
    if (!missing(LINPACK)) stop("the LINPACK argument has been defunct since R 3.1.0")
    if (is.complex(a) || (!missing(b) && is.complex(b))) {
        a <- as.matrix(a)
        if (missing(b)) {
            b <- diag(1.0 + 0.0i, nrow(a))
            colnames(b) <- rownames(a)
        }
        return(.rlambda_La_solve_cmplx(a, b))
    }
    if (inherits(a, "qr")) {
        warning("solve.default called with a \"qr\" object: use 'qr.solve'")
        return(solve.qr(a, b, tol))
    }
    a <- as.matrix(a)
    if (missing(b)) {
        b <- diag(1.0, nrow(a))
        colnames(b) <- rownames(a)
    }
    .rlambda_La_solve(a, b, tol)
}

backsolve <- function(r, x, k = ncol(r), upper.tri = TRUE, transpose = FALSE) {
    r <- as.matrix(r)
    x.mat <- is.matrix(x)
    if (!x.mat) x <- as.matrix(x)
    z <- .rlambda_backsolve(r, x, k, upper.tri, transpose)
    if (x.mat) z else drop(z)
}

forwardsolve <- function(l, x, k = ncol(l), upper.tri = FALSE, transpose = FALSE) {
    l <- as.matrix(l)
    x.mat <- is.matrix(x)
    if (!x.mat) x <- as.matrix(x)
    z <- .rlambda_backsolve(l, x, k, upper.tri, transpose)
    if (x.mat) z else drop(z)
}

chol <- function(x, ...) UseMethod("chol")

chol.default <- function(x, pivot = FALSE, LINPACK = FALSE, tol = -1, ...) {
    if (!missing(LINPACK)) stop("the LINPACK argument has been defunct since R 3.1.0")
    if (is.complex(x)) stop("complex matrices not permitted at present")
    .rlambda_La_chol(as.matrix(x), pivot, tol)
}

chol2inv <- function(x, size = NCOL(x), LINPACK = FALSE) {
    if (!missing(LINPACK)) stop("the LINPACK argument has been defunct since R 3.1.0")
    .rlambda_La_chol2inv(x, size)
}
