# Dense linear algebra: the R side of qr(), the solvers and the decompositions. Our own code
# following the semantics of GNU R's base/R/qr.R, solve.R, backsolve.R, chol.R; the numerical
# kernels are the .rlambda_* builtins (org.rlambda.base.LinearAlgebra*).

is.qr <- function(x) is.list(x) && inherits(x, "qr")

qr <- function(x, ...) UseMethod("qr")

qr.default <- function(x, tol = 1e-07, LAPACK = FALSE, ...) {
    x <- as.matrix(x)
    if (is.complex(x)) stop("complex matrices are not supported by 'qr' in rlambda")
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

det <- function(x, ...) {
    z <- determinant(x, logarithm = TRUE, ...)
    c(z$sign * exp(z$modulus))
}

determinant <- function(x, logarithm = TRUE, ...) UseMethod("determinant")

determinant.matrix <- function(x, logarithm = TRUE, ...) {
    if ((n <- ncol(x)) != nrow(x)) stop("'x' must be a square matrix")
    if (n < 1L)
        return(structure(list(modulus = structure(if (logarithm) 0 else 1, logarithm = logarithm),
                              sign = 1L), class = "det"))
    if (is.complex(x)) stop("'determinant' not currently defined for complex matrices")
    .rlambda_det_ge_real(x, logarithm)
}

La.svd <- function(x, nu = min(n, p), nv = min(n, p)) {
    if (!is.logical(x) && !is.numeric(x) && !is.complex(x))
        stop("argument to 'La.svd' must be numeric or complex")
    if (any(!is.finite(x))) stop("infinite or missing values in 'x'")
    x <- as.matrix(x)
    n <- nrow(x)
    p <- ncol(x)
    if (!n || !p) stop("a dimension is zero")
    if (is.complex(x)) stop("complex matrices are not supported by 'La.svd' in rlambda")
    np <- min(n, p)
    if (nu || nv) {
        if (nu <= np && nv <= np) { jobu <- "S"; nu0 <- nv0 <- np }
        else { jobu <- "A"; nu0 <- n; nv0 <- p }
    } else jobu <- "N"
    res <- .rlambda_La_svd(jobu, x)
    res <- res[c("d", if (nu) "u", if (nv) "vt")]
    if (nu && nu < nu0) res$u <- res$u[, seq_len(min(n, nu)), drop = FALSE]
    if (nv && nv < nv0) res$vt <- res$vt[seq_len(min(p, nv)), , drop = FALSE]
    res
}

svd <- function(x, nu = min(n, p), nv = min(n, p), LINPACK = FALSE) {
    if (!missing(LINPACK)) stop("the LINPACK argument has been defunct since R 3.1.0")
    x <- as.matrix(x)
    if (any(!is.finite(x))) stop("infinite or missing values in 'x'")
    dx <- dim(x)
    n <- dx[1L]
    p <- dx[2L]
    if (!n || !p) stop("a dimension is zero")
    La.res <- La.svd(x, nu, nv)
    res <- list(d = La.res$d)
    if (nu) res$u <- La.res$u
    if (nv) res$v <- if (is.complex(x)) Conj(t(La.res$vt)) else t(La.res$vt)
    res
}

isSymmetric <- function(object, ...) UseMethod("isSymmetric")

isSymmetric.matrix <- function(object, tol = 100 * .Machine$double.eps, tol1 = 8 * tol, ...) {
    if (!is.matrix(object)) return(FALSE)
    d <- dim(object)
    if ((n <- d[1L]) != d[2L]) return(FALSE)
    iCplx <- is.complex(object)
    if (n > 1L && length(tol1)) {
        # cheap test of a few rows against columns first
        Cj <- if (iCplx) Conj else identity
        for (i in unique(c(1L, 2L, n - 1L, n)))
            if (is.character(all.equal(object[i, ], Cj(object[, i]), tolerance = tol1, ...)))
                return(FALSE)
    }
    test <- if (iCplx) all.equal.numeric(object, Conj(t(object)), tolerance = tol, ...)
            else all.equal(object, t(object), tolerance = tol, ...)
    isTRUE(test)
}

eigen <- function(x, symmetric, only.values = FALSE, EISPACK = FALSE) {
    x <- unname(as.matrix(x))
    n <- nrow(x)
    if (!n) stop("0 x 0 matrix")
    if (n != ncol(x)) stop("non-square matrix in 'eigen'")
    n <- as.integer(n)
    if (is.na(n)) stop("invalid nrow(x)")
    complex.x <- is.complex(x)
    if (!all(is.finite(x))) stop("infinite or missing values in 'x'")
    if (complex.x) stop("complex matrices are not supported by 'eigen' in rlambda")
    if (missing(symmetric)) symmetric <- isSymmetric.matrix(x)
    if (symmetric) {
        z <- .rlambda_La_rs(x, only.values)
        ord <- rev(seq_along(z$values))
    } else {
        z <- .rlambda_La_rg(x, only.values)
        ord <- sort.list(Mod(z$values), decreasing = TRUE)
    }
    if (only.values) list(values = z$values[ord], vectors = NULL)
    else structure(class = "eigen",
                   list(values = z$values[ord], vectors = z$vectors[, ord, drop = FALSE]))
}

print.eigen <- function(x, ...) {
    cat("eigen() decomposition\n")
    print(unclass(x), ...)
    invisible(x)
}

norm <- function(x, type = c("O", "I", "F", "M", "2")) {
    if (identical("2", type)) {
        if (anyNA(x)) return(NA_real_)
        svd(x, nu = 0L, nv = 0L)$d[1L]
    } else .rlambda_La_dlange(x, type)
}

rcond <- function(x, norm = c("O", "I", "1"), triangular = FALSE, ...) {
    norm <- match.arg(norm)
    stopifnot(is.matrix(x))
    d <- dim(x)
    if (d[1L] != d[2L])
        return(rcond(qr.R(qr(if (d[1L] < d[2L]) t(x) else x)), norm = norm, ...))
    if (is.complex(x)) stop("complex matrices are not supported by 'rcond' in rlambda")
    if (triangular) .rlambda_La_dtrcon(x, norm) else .rlambda_La_dgecon(x, norm)
}

kappa <- function(z, ...) UseMethod("kappa")

kappa.default <- function(z, exact = FALSE, norm = NULL, method = c("qr", "direct"), ...) {
    method <- match.arg(method)
    z <- as.matrix(z)
    norm <- if (!is.null(norm)) match.arg(norm, c("2", "1", "O", "I")) else "2"
    if (exact && norm == "2") {
        s <- svd(z, nu = 0, nv = 0)$d
        max(s) / min(s[s > 0])
    } else {
        if (exact) warning(gettextf("norm '%s' currently always uses exact = FALSE", norm))
        d <- dim(z)
        if (method == "qr" || d[1L] != d[2L])
            kappa.qr(qr(if (d[1L] < d[2L]) t(z) else z), exact = FALSE, norm = norm, ...)
        else .kappa_tri(z, exact = FALSE, norm = norm, ...)
    }
}

kappa.lm <- function(z, ...) kappa.qr(z$qr, ...)

kappa.qr <- function(z, ...) {
    qr <- z$qr
    R <- qr[1L:min(dim(qr)), , drop = FALSE]
    R[lower.tri(R)] <- 0
    .kappa_tri(R, ...)
}

.kappa_tri <- function(z, exact = FALSE, LINPACK = TRUE, norm = NULL, ...) {
    if (exact) {
        stopifnot(is.null(norm) || identical("2", norm))
        kappa.default(z, exact = TRUE)
    } else {
        p <- as.integer(nrow(z))
        if (is.na(p)) stop("invalid nrow(x)")
        if (p != ncol(z)) stop("triangular matrix should be square")
        if (is.null(norm)) norm <- "1"
        if (LINPACK) {
            if (norm == "I") z <- t(z)
            1 / .rlambda_dtrco(z)
        } else 1 / .rlambda_La_dtrcon(z, norm)
    }
}

kronecker <- function(X, Y, FUN = "*", make.dimnames = FALSE, ...)
    .kronecker(X, Y, FUN = FUN, make.dimnames = make.dimnames, ...)

.kronecker <- function(X, Y, FUN = "*", make.dimnames = FALSE, ...) {
    X <- as.array(X)
    Y <- as.array(Y)
    if (make.dimnames) {
        dnx <- dimnames(X)
        dny <- dimnames(Y)
    }
    dX <- dim(X)
    dY <- dim(Y)
    ld <- length(dX) - length(dY)
    if (ld < 0L) dX <- dim(X) <- c(dX, rep.int(1, -ld))
    else if (ld > 0L) dY <- dim(Y) <- c(dY, rep.int(1, ld))
    opobj <- outer(X, Y, FUN, ...)
    # interleave the dimensions of X and Y: (y1, x1, y2, x2, ...)
    dp <- as.vector(t(matrix(1L:(2 * length(dX)), ncol = 2)[, 2:1]))
    opobj <- aperm(opobj, dp)
    dim(opobj) <- dX * dY
    if (make.dimnames && !(is.null(dnx) && is.null(dny))) {
        blanks <- function(dn, d, extra) {
            if (is.null(dn)) dn <- vector("list", length(d))
            else if (extra > 0) dn <- c(dn, vector("list", extra))
            for (i in which(vapply(dn, is.null, NA))) dn[[i]] <- rep.int("", d[i])
            dn
        }
        dnx <- blanks(dnx, dX, -ld)
        dny <- blanks(dny, dY, ld)
        k <- length(dim(opobj))
        dno <- vector("list", k)
        for (i in 1L:k) dno[[i]] <- as.vector(t(outer(dnx[[i]], dny[[i]], FUN = paste, sep = ":")))
        dimnames(opobj) <- dno
    }
    opobj
}

`%x%` <- function(X, Y) kronecker(X, Y)

max.col <- function(m, ties.method = c("random", "first", "last")) {
    ties.method <- match.arg(ties.method)
    .rlambda_max_col(as.matrix(m), match(ties.method, c("random", "first", "last")))
}

mahalanobis <- function(x, center, cov, inverted = FALSE, ...) {
    x <- if (is.vector(x)) matrix(x, ncol = length(x)) else as.matrix(x)
    if (!isFALSE(center)) x <- sweep(x, 2L, center)
    if (!inverted) cov <- solve(cov, ...)
    setNames(rowSums(x %*% cov * x), rownames(x))
}

slice.index <- function(x, MARGIN) {
    d <- dim(x)
    if (is.null(d)) d <- length(x)
    n <- length(d)
    if (is.character(MARGIN)) {
        dn <- dimnames(x)
        if (is.null(dnn <- names(dn))) stop("'x' must have named dimnames")
        MARGIN <- match(MARGIN, dnn)
        if (anyNA(MARGIN)) stop("not all elements of 'MARGIN' are names of dimensions")
    }
    if (!length(MARGIN) || any(MARGIN < 1L) || any(MARGIN > n))
        stop("incorrect value for 'MARGIN'")
    if (any(d == 0L)) return(array(integer(), d))
    # index along dimension m, repeated over the dimensions before and after it
    along <- function(m, from) rep.int(rep.int(from + seq_len(d[m]) - 1L, prod(d[seq_len(m - 1L)]) * rep.int(1L, d[m])),
                                       prod(d[seq.int(from = m + 1L, length.out = n - m)]))
    y <- along(MARGIN[1L], 1L)
    p <- d[MARGIN[1L]]
    for (m in MARGIN[-1L]) {
        y <- y + p * along(m, 0L)
        p <- p * d[m]
    }
    dim(y) <- d
    y
}

provideDimnames <- function(x, sep = "", base = list(LETTERS), unique = TRUE) {
    dx <- dim(x)
    dnx <- dimnames(x)
    if (new <- is.null(dnx)) dnx <- vector("list", length(dx))
    k <- length(M <- lengths(base))
    for (i in which(vapply(dnx, is.null, NA))) {
        ii <- 1L + (i - 1L) %% k
        ss <- seq_len(dx[i]) - 1L
        bi <- base[[ii]][1L + (ss %% M[ii])]
        dnx[[i]] <- if (unique) make.unique(bi, sep = sep) else bi
        new <- TRUE
    }
    if (new) dimnames(x) <- dnx
    x
}

asplit <- function(x, MARGIN) {
    dl <- length(dim(x))
    if (!dl) stop("dim(x) must have a positive length")
    if (is.object(x)) x <- if (dl == 2L) as.matrix(x) else as.array(x)
    d <- dim(x)
    dn <- dimnames(x)
    ds <- seq_len(dl)
    if (is.character(MARGIN)) {
        if (is.null(dnn <- names(dn))) stop("'x' must have named dimnames")
        MARGIN <- match(MARGIN, dnn)
        if (anyNA(MARGIN)) stop("not all elements of 'MARGIN' are names of dimensions")
    }
    d.call <- d[-MARGIN]
    d.ans <- d[MARGIN]
    dn.call <- dn[-MARGIN]
    dn.ans <- dn[MARGIN]
    d2 <- prod(d.ans)
    # the kept dimensions first, so each slice is one column
    newx <- aperm(x, c(ds[-MARGIN], ds[MARGIN]))
    dim(newx) <- c(prod(d.call), d2)
    ans <- vector("list", d2)
    for (i in seq_len(d2)) ans[[i]] <- array(newx[, i], d.call, dn.call)
    array(ans, d.ans, dn.ans)
}

as.array <- function(x, ...) UseMethod("as.array")

as.array.default <- function(x, ...) {
    if (is.array(x)) return(x)
    n <- names(x)
    dim(x) <- length(x)
    if (length(n)) dimnames(x) <- list(n)
    x
}
