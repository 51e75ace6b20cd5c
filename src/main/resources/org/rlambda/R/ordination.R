# Principal components and classical scaling: prcomp, princomp, cmdscale, with the print,
# summary and predict methods of GNU R's stats package (src/library/stats/R/prcomp.R,
# princomp.R, princomp-add.R, cmdscale.R), computed from our svd() and eigen().

prcomp <- function(x, ...) UseMethod("prcomp")

prcomp.default <- function(x, retx = TRUE, center = TRUE, scale. = FALSE, tol = NULL,
                           rank. = NULL, ...) {
    x <- scale(as.matrix(x), center = center, scale = scale.)
    cen <- attr(x, "scaled:center")
    sc <- attr(x, "scaled:scale")
    if (any(sc == 0))
        stop("cannot rescale a constant/zero column to unit variance")
    n <- nrow(x)
    p <- ncol(x)
    k <- min(n, p)
    if (!is.null(rank.)) {
        stopifnot(length(rank.) == 1, is.finite(rank.), as.integer(rank.) > 0)
        k <- min(as.integer(rank.), k)
    }
    s <- svd(x, nu = 0, nv = k)
    sdev <- s$d / sqrt(max(1, n - 1))
    v <- s$v
    j <- seq_len(k)
    if (!is.null(tol)) {
        keep <- sum(sdev > sdev[1L] * tol)
        if (keep < k) {
            j <- seq_len(k <- keep)
            v <- v[, j, drop = FALSE]
        }
    }
    dimnames(v) <- list(colnames(x), paste0("PC", j))
    res <- list(sdev = sdev, rotation = v,
                center = if (is.null(cen)) FALSE else cen,
                scale = if (is.null(sc)) FALSE else sc)
    if (retx) res$x <- x %*% v
    class(res) <- "prcomp"
    res
}

print.prcomp <- function(x, print.x = FALSE, ...) {
    cat(sprintf("Standard deviations (1, .., p=%d):\n", length(x$sdev)))
    print(x$sdev, ...)
    d <- dim(x$rotation)
    cat(sprintf("\nRotation (n x k) = (%d x %d):\n", d[1L], d[2L]))
    print(x$rotation, ...)
    if (print.x && length(x$x)) {
        cat("\nRotated variables:\n")
        print(x$x, ...)
    }
    invisible(x)
}

summary.prcomp <- function(object, ...) {
    share <- object$sdev^2 / sum(object$sdev^2)
    imp <- rbind("Standard deviation" = object$sdev,
                 "Proportion of Variance" = round(share, 5),
                 "Cumulative Proportion" = round(cumsum(share), 5))
    k <- ncol(object$rotation)
    colnames(imp) <- c(colnames(object$rotation), rep("", length(share) - k))
    object$importance <- imp
    class(object) <- "summary.prcomp"
    object
}

print.summary.prcomp <- function(x, digits = max(3L, getOption("digits") - 3L), ...) {
    k <- ncol(x$rotation)
    p <- length(x$sdev)
    if (k < p) {
        cat(sprintf("Importance of first k=%d (out of %d) components:\n", k, p))
        print(x$importance[, seq_len(k), drop = FALSE], digits = digits, ...)
    } else {
        cat("Importance of components:\n")
        print(x$importance, digits = digits, ...)
    }
    invisible(x)
}

predict.prcomp <- function(object, newdata, ...) {
    if (missing(newdata)) {
        if (!is.null(object$x)) return(object$x)
        stop("no scores are available: refit with 'retx=TRUE'")
    }
    if (length(dim(newdata)) != 2L)
        stop("'newdata' must be a matrix or data frame")
    nm <- rownames(object$rotation)
    if (!is.null(nm)) {
        if (!all(nm %in% colnames(newdata)))
            stop("'newdata' does not have named columns matching one or more of the original columns")
        newdata <- newdata[, nm, drop = FALSE]
    } else if (NCOL(newdata) != NROW(object$rotation))
        stop("'newdata' does not have the correct number of columns")
    scale(newdata, object$center, object$scale) %*% object$rotation
}

princomp <- function(x, ...) UseMethod("princomp")

princomp.default <- function(x, cor = FALSE, scores = TRUE, covmat = NULL,
                             subset = rep_len(TRUE, nrow(as.matrix(x))), fix_sign = TRUE, ...) {
    cl <- match.call()
    cl[[1L]] <- as.name("princomp")
    z <- if (!missing(x)) as.matrix(x)[subset, , drop = FALSE]
    if (is.list(covmat)) {
        if (anyNA(match(c("cov", "n.obs"), names(covmat))))
            stop("'covmat' is not a valid covariance list")
        cv <- covmat$cov
        n.obs <- covmat$n.obs
        cen <- covmat$center
    } else if (is.matrix(covmat)) {
        if (!missing(x))
            warning("both 'x' and 'covmat' were supplied: 'x' will be ignored")
        cv <- covmat
        n.obs <- NA
        cen <- NULL
    } else if (is.null(covmat)) {
        if (nrow(z) < ncol(z))
            stop("'princomp' can only be used with more units than variables")
        cw <- cov.wt(z)
        n.obs <- cw$n.obs
        cv <- cw$cov * (1 - 1 / n.obs)  # divisor n, as S-PLUS
        cen <- cw$center
    } else stop("'covmat' is of unknown type")
    if (!is.numeric(cv)) stop("PCA applies only to numerical variables")
    if (cor) {
        sds <- sqrt(diag(cv))
        if (any(sds == 0))
            stop("cannot use 'cor = TRUE' with a constant variable")
        cv <- cv / (sds %o% sds)
    }
    e <- eigen(cv, symmetric = TRUE)
    ev <- e$values
    if (any(neg <- ev < 0)) {
        if (any(ev[neg] < -9 * .Machine$double.eps * ev[1L]))
            stop("covariance matrix is not non-negative definite")
        ev[neg] <- 0
    }
    cn <- paste0("Comp.", seq_len(ncol(cv)))
    names(ev) <- cn
    vec <- e$vectors
    dimnames(vec) <- list(if (missing(x)) dimnames(cv)[[2L]] else dimnames(x)[[2L]], cn)
    sc <- if (cor) sds else rep.int(1, ncol(cv))
    names(sc) <- colnames(cv)
    if (fix_sign) vec[] <- apply(vec, 2L, function(v) if (v[1L] < 0) -v else v)
    scr <- if (scores && !missing(x) && !is.null(cen))
        scale(z, center = cen, scale = sc) %*% vec
    if (is.null(cen)) cen <- rep(NA_real_, nrow(cv))
    res <- list(sdev = sqrt(ev), loadings = structure(vec, class = "loadings"),
                center = cen, scale = sc, n.obs = n.obs, scores = scr, call = cl)
    class(res) <- "princomp"
    res
}

print.princomp <- function(x, ...) {
    cat("Call:\n")
    dput(x$call, control = NULL)
    cat("\nStandard deviations:\n")
    print(x$sdev, ...)
    cat("\n", length(x$scale), " variables and ", x$n.obs, "observations.\n")
    invisible(x)
}

summary.princomp <- function(object, loadings = FALSE, cutoff = 0.1, ...) {
    object$cutoff <- cutoff
    object$print.loadings <- loadings
    class(object) <- "summary.princomp"
    object
}

print.summary.princomp <- function(x, digits = 3L, loadings = x$print.loadings,
                                   cutoff = x$cutoff, ...) {
    share <- x$sdev^2 / sum(x$sdev^2)
    cat("Importance of components:\n")
    print(rbind("Standard deviation" = x$sdev, "Proportion of Variance" = share,
                "Cumulative Proportion" = cumsum(share)))
    if (loadings) {
        cat("\nLoadings:\n")
        cx <- format(round(x$loadings, digits = digits))
        cx[abs(x$loadings) < cutoff] <- strrep(" ", nchar(cx[1, 1], type = "w"))
        print(cx, quote = FALSE, ...)
    }
    invisible(x)
}

predict.princomp <- function(object, newdata, ...) {
    if (missing(newdata)) return(object$scores)
    if (length(dim(newdata)) != 2L)
        stop("'newdata' must be a matrix or data frame")
    nm <- rownames(object$loadings)
    if (!is.null(nm)) {
        if (!all(nm %in% colnames(newdata)))
            stop("'newdata' does not have named columns matching one or more of the original columns")
        newdata <- newdata[, nm]
    } else if (NCOL(newdata) != NCOL(object$loadings))
        stop("'newdata' does not have the correct number of columns")
    scale(newdata, object$center, object$scale) %*% object$loadings
}

loadings <- function(x, ...) x$loadings

# double centring of a square matrix: subtract row and column means
.doubleCentre <- function(a) {
    a <- a - rowMeans(a)
    t(t(a) - colMeans(a))
}

cmdscale <- function(d, k = 2, eig = FALSE, add = FALSE, x.ret = FALSE,
                     list. = eig || add || x.ret) {
    if (anyNA(d)) stop("NA values not allowed in 'd'")
    if (!list.) {
        if (eig) warning("eig=TRUE is disregarded when list.=FALSE")
        if (x.ret) warning("x.ret=TRUE is disregarded when list.=FALSE")
    }
    if (is.null(n <- attr(d, "Size"))) {
        if (add) d <- as.matrix(d)
        x <- as.matrix(d^2)
        storage.mode(x) <- "double"
        if ((n <- nrow(x)) != ncol(x))
            stop("distances must be result of 'dist' or a square matrix")
        rn <- rownames(x)
    } else {
        rn <- attr(d, "Labels")
        x <- matrix(0, n, n)
        lower <- row(x) > col(x)
        x[lower] <- d^2
        x <- x + t(x)
        if (add) {
            d0 <- matrix(0, n, n)
            d0[lower] <- d
            d <- d0 + t(d0)
        }
    }
    n <- as.integer(n)
    if (is.na(n) || n > 46340)
        stop(gettextf("invalid value of %s", "'n'"), domain = NA)
    if ((k <- as.integer(k)) > n - 1 || k < 1)
        stop("'k' must be in {1, 2, ..  n - 1}")
    x <- .doubleCentre(x)
    if (add) {
        i <- seq_len(n)
        i2 <- n + i
        Z <- matrix(0, 2L * n, 2L * n)
        Z[cbind(i2, i)] <- -1
        Z[i, i2] <- -x
        Z[i2, i2] <- .doubleCentre(2 * d)
        add.c <- max(Re(eigen(Z, symmetric = FALSE, only.values = TRUE)$values))
        x <- matrix(double(n * n), n, n)
        off <- row(d) != col(d)
        x[off] <- (d[off] + add.c)^2
        x <- .doubleCentre(x)
    }
    e <- eigen(-x / 2, symmetric = TRUE)
    ev <- e$values[seq_len(k)]
    evec <- e$vectors[, seq_len(k), drop = FALSE]
    k1 <- sum(ev > 0)
    if (k1 < k) {
        warning(gettextf("only %d of the first %d eigenvalues are > 0", k1, k), domain = NA)
        evec <- evec[, ev > 0, drop = FALSE]
        ev <- ev[ev > 0]
    }
    points <- evec * rep(sqrt(ev), each = n)
    dimnames(points) <- list(rn, NULL)
    if (!list.) return(points)
    list(points = points, eig = if (eig) e$values, x = if (x.ret) x,
         ac = if (add) add.c else 0,
         GOF = sum(ev) / c(sum(abs(e$values)), sum(pmax(e$values, 0))))
}
