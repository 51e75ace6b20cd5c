# Multivariate: dist and its methods, hclust, cutree, cov.wt, embed. R front ends after
# GNU R's stats package; kernels in org.rlambda.stats.Clustering.

dist <- function(x, method = "euclidean", diag = FALSE, upper = FALSE, p = 2) {
    if (!is.na(pmatch(method, "euclidian"))) method <- "euclidean"
    METHODS <- c("euclidean", "maximum", "manhattan", "canberra", "binary", "minkowski")
    method <- pmatch(method, METHODS)
    if (is.na(method)) stop("invalid distance method")
    if (method == -1) stop("ambiguous distance method")
    x <- as.matrix(x)
    N <- nrow(x)
    d <- .dist(x, method, p)
    attr(d, "Size") <- N
    attr(d, "Labels") <- dimnames(x)[[1L]]
    attr(d, "Diag") <- diag
    attr(d, "Upper") <- upper
    attr(d, "method") <- METHODS[method]
    if (method == 6L) attr(d, "p") <- p
    attr(d, "call") <- match.call()
    class(d) <- "dist"
    d
}

format.dist <- function(x, ...) format(as.vector(x), ...)

as.matrix.dist <- function(x, ...) {
    size <- attr(x, "Size")
    df <- matrix(0, size, size)
    df[row(df) > col(df)] <- x
    df <- df + t(df)
    labels <- attr(x, "Labels")
    dimnames(df) <- if (is.null(labels)) list(seq_len(size), seq_len(size)) else list(labels, labels)
    df
}

as.dist <- function(m, diag = FALSE, upper = FALSE) UseMethod("as.dist")

as.dist.default <- function(m, diag = FALSE, upper = FALSE) {
    if (inherits(m, "dist")) ans <- m
    else {
        m <- as.matrix(m)
        if (!is.numeric(m)) storage.mode(m) <- "numeric"
        p <- nrow(m)
        if (ncol(m) != p) warning("non-square matrix")
        ans <- m[row(m) > col(m)]
        attributes(ans) <- NULL
        if (!is.null(rownames(m))) attr(ans, "Labels") <- rownames(m)
        else if (!is.null(colnames(m))) attr(ans, "Labels") <- colnames(m)
        attr(ans, "Size") <- p
        attr(ans, "call") <- match.call()
        class(ans) <- "dist"
    }
    if (is.null(attr(ans, "Diag")) || !missing(diag)) attr(ans, "Diag") <- diag
    if (is.null(attr(ans, "Upper")) || !missing(upper)) attr(ans, "Upper") <- upper
    ans
}

print.dist <- function(x, diag = NULL, upper = NULL, digits = getOption("digits"),
                       justify = "none", right = TRUE, ...) {
    if (length(x)) {
        if (is.null(diag)) diag <- if (is.null(attr(x, "Diag"))) FALSE else attr(x, "Diag")
        if (is.null(upper)) upper <- if (is.null(attr(x, "Upper"))) FALSE else attr(x, "Upper")
        m <- as.matrix(x)
        cf <- format(m, digits = digits, justify = justify)
        if (!upper) cf[row(cf) < col(cf)] <- ""
        if (!diag) cf[row(cf) == col(cf)] <- ""
        print(if (diag || upper) cf else cf[-1, -attr(x, "Size"), drop = FALSE],
              quote = FALSE, right = right, ...)
    } else {
        cat(data.class(x), "(0)\n", sep = "")
    }
    invisible(x)
}

labels.dist <- function(object, ...) attr(object, "Labels")

hclust <- function(d, method = "complete", members = NULL) {
    METHODS <- c("ward.D", "single", "complete", "average", "mcquitty", "median",
                 "centroid", "ward.D2")
    if (method == "ward") {
        message("The \"ward\" method has been renamed to \"ward.D\"; note new \"ward.D2\"")
        method <- "ward.D"
    }
    i.meth <- pmatch(method, METHODS)
    if (is.na(i.meth)) stop("invalid clustering method", paste("", method))
    if (i.meth == -1) stop("ambiguous clustering method", paste("", method))
    n <- as.integer(attr(d, "Size"))
    if (is.null(n)) stop("invalid dissimilarities")
    if (is.na(n) || n > 65536L) stop("size cannot be NA nor exceed 65536")
    if (n < 2) stop("must have n >= 2 objects to cluster")
    len <- as.integer(n * (n - 1) / 2)
    if (length(d) != len)
        (if (length(d) < len) stop else warning)("dissimilarities of improper length")
    if (is.null(members)) members <- rep(1, n)
    else if (length(members) != n) stop("invalid length of members")
    hcl <- .hclust(n, as.integer(i.meth), as.double(d), as.double(members))
    structure(list(merge = hcl$merge, height = hcl$height, order = hcl$order,
                   labels = attr(d, "Labels"), method = METHODS[i.meth],
                   call = match.call(), dist.method = attr(d, "method")),
              class = "hclust")
}

print.hclust <- function(x, ...) {
    if (!is.null(x$call)) cat("\nCall:\n", deparse(x$call), "\n\n", sep = "")
    if (!is.null(x$method)) cat("Cluster method   :", x$method, "\n")
    if (!is.null(x$dist.method)) cat("Distance         :", x$dist.method, "\n")
    cat("Number of objects:", length(x$height) + 1, "\n")
    cat("\n")
    invisible(x)
}

cutree <- function(tree, k = NULL, h = NULL) {
    if (is.null(n1 <- nrow(tree$merge)) || n1 < 1) stop("invalid 'tree' ('merge' component)")
    n <- n1 + 1
    if (is.null(k) && is.null(h)) stop("either 'k' or 'h' must be specified")
    if (is.null(k)) {
        if (is.unsorted(tree$height))
            stop("the 'height' component of 'tree' is not sorted (increasingly)")
        k <- n + 1L - apply(outer(c(tree$height, Inf), h, `>`), 2, which.max)
    } else {
        k <- as.integer(k)
        if (min(k) < 1 || max(k) > n)
            stop(gettextf("elements of 'k' must be between 1 and %d", n), domain = NA)
    }
    ans <- .cutree(tree$merge, k)
    if (length(k) == 1L) {
        ans <- as.vector(ans)
        names(ans) <- tree$labels
    } else {
        colnames(ans) <- if (!is.null(h)) h else k
        rownames(ans) <- tree$labels
    }
    ans
}

cophenetic <- function(x) UseMethod("cophenetic")

# the height at which each pair of objects is first joined
cophenetic.default <- function(x) {
    x <- as.hclust(x)
    n <- length(x$order)
    members <- vector("list", n - 1L)
    coph <- matrix(0, n, n)
    for (i in seq_len(n - 1L)) {
        side <- lapply(x$merge[i, ], function(m) if (m < 0) -m else members[[m]])
        coph[side[[1]], side[[2]]] <- x$height[i]
        coph[side[[2]], side[[1]]] <- x$height[i]
        members[[i]] <- c(side[[1]], side[[2]])
    }
    if (!is.null(x$labels)) dimnames(coph) <- list(x$labels, x$labels)
    d <- coph[row(coph) > col(coph)]
    attr(d, "Size") <- n
    attr(d, "Labels") <- x$labels
    attr(d, "Diag") <- FALSE
    attr(d, "Upper") <- FALSE
    attr(d, "method") <- x$dist.method
    attr(d, "call") <- match.call()
    class(d) <- "dist"
    d
}

as.hclust <- function(x, ...) UseMethod("as.hclust")
as.hclust.default <- function(x, ...) {
    if (inherits(x, "hclust")) x
    else stop(gettextf("argument 'x' cannot be coerced to class %s", dQuote("hclust")), domain = NA)
}

cov.wt <- function(x, wt = rep(1 / nrow(x), nrow(x)), cor = FALSE, center = TRUE,
                   method = c("unbiased", "ML")) {
    if (is.data.frame(x)) x <- as.matrix(x)
    else if (!is.matrix(x)) stop("'x' must be a matrix or a data frame")
    if (!all(is.finite(x))) stop("'x' must contain finite values only")
    n <- nrow(x)
    if (with.wt <- !missing(wt)) {
        if (length(wt) != n) stop("length of 'wt' must equal the number of rows in 'x'")
        if (any(wt < 0) || (s <- sum(wt)) == 0)
            stop("weights must be non-negative and not all zero")
        wt <- wt / s
    }
    if (is.logical(center)) {
        center <- if (center) colSums(wt * x) else 0
    } else if (length(center) != ncol(x)) {
        stop("length of 'center' must equal the number of columns in 'x'")
    }
    x <- sqrt(wt) * sweep(x, 2, center, check.margin = FALSE)
    cov <- switch(match.arg(method), unbiased = crossprod(x) / (1 - sum(wt^2)),
                  ML = crossprod(x))
    y <- list(cov = cov, center = center, n.obs = n)
    if (with.wt) y$wt <- wt
    if (cor) {
        Is <- 1 / sqrt(diag(cov))
        R <- cov
        R[] <- Is * cov * rep(Is, each = nrow(cov))
        y$cor <- R
    }
    y
}

embed <- function(x, dimension = 1) {
    if (is.matrix(x)) {
        n <- nrow(x)
        m <- ncol(x)
        if ((dimension < 1) || (dimension > n)) stop("wrong embedding dimension")
        y <- matrix(0.0, n - dimension + 1L, dimension * m)
        for (i in seq_len(m))
            y[, seq.int(i, by = m, length.out = dimension)] <- embed(as.vector(x[, i]), dimension)
        y
    } else if (is.vector(x) || inherits(x, "ts")) {
        n <- length(x)
        if ((dimension < 1) || (dimension > n)) stop("wrong embedding dimension")
        m <- n - dimension + 1L
        data <- x[1L:m + rep.int(dimension:1L, rep.int(m, dimension)) - 1L]
        dim(data) <- c(m, dimension)
        data
    } else stop("'x' is not a vector or matrix")
}

kmeans <- function(x, centers, iter.max = 10L, nstart = 1L,
                   algorithm = c("Hartigan-Wong", "Lloyd", "Forgy", "MacQueen"), trace = FALSE) {
    do_one <- function(nmeth) {
        if (nmeth == 1L) {
            maxQtr <- as.integer(min(.Machine$integer.max, 50 * m))
            Z <- .kmeans(x, centers, k, iter.max, 1L, as.integer(trace), maxQtr)
            switch(Z$ifault,
                   stop("empty cluster: try a better set of initial centers", call. = FALSE),
                   Z$iter <- max(Z$iter, iter.max + 1L),
                   stop("number of cluster centres must lie between 1 and nrow(x)", call. = FALSE),
                   warning(gettextf("Quick-TRANSfer stage steps exceeded maximum (= %d)", maxQtr),
                           call. = FALSE))
        } else {
            Z <- .kmeans(x, centers, k, iter.max, nmeth, 0L, 0L)
        }
        if (m23 <- any(nmeth == c(2L, 3L))) {
            if (any(Z$nc == 0))
                warning("empty cluster: try a better set of initial centers", call. = FALSE)
        }
        if (Z$iter > iter.max) {
            warning(sprintf(ngettext(iter.max, "did not converge in %d iteration",
                                     "did not converge in %d iterations"), iter.max),
                    call. = FALSE, domain = NA)
            if (m23) Z$ifault <- 2L
        }
        if (nmeth %in% c(2L, 3L)) {
            if (any(Z$nc == 0))
                warning("empty cluster: try a better set of initial centers", call. = FALSE)
        }
        Z
    }
    x <- as.matrix(x)
    m <- as.integer(nrow(x)); if (is.na(m)) stop("invalid nrow(x)")
    p <- as.integer(ncol(x)); if (is.na(p)) stop("invalid ncol(x)")
    if (missing(centers)) stop("'centers' must be a number or a matrix")
    nmeth <- switch(match.arg(algorithm), "Hartigan-Wong" = 1L, "Lloyd" = 2L, "Forgy" = 2L,
                    "MacQueen" = 3L)
    storage.mode(x) <- "double"
    if (length(centers) == 1L) {
        k <- centers
        if (nstart == 1L) centers <- x[sample.int(m, k), , drop = FALSE]
        if (nstart >= 2L || any(duplicated(centers))) {
            cn <- unique(x)
            mm <- nrow(cn)
            if (mm < k) stop("more cluster centers than distinct data points.")
            centers <- cn[sample.int(mm, k), , drop = FALSE]
        }
    } else {
        centers <- as.matrix(centers)
        if (any(duplicated(centers))) stop("initial centers are not distinct")
        cn <- NULL
        k <- nrow(centers)
        if (m < k) stop("more cluster centers than data points")
    }
    k <- as.integer(k)
    if (is.na(k)) stop(gettextf("invalid value of %s", "'k'"), domain = NA)
    if (k == 1L) nmeth <- 3L
    iter.max <- as.integer(iter.max)
    if (is.na(iter.max) || iter.max < 1L) stop("'iter.max' must be positive")
    if (ncol(x) != ncol(centers)) stop("must have same number of columns in 'x' and 'centers'")
    storage.mode(centers) <- "double"
    Z <- do_one(nmeth)
    best <- sum(Z$wss)
    if (nstart >= 2L && !is.null(cn))
        for (i in 2:nstart) {
            centers <- cn[sample.int(mm, k), , drop = FALSE]
            ZZ <- do_one(nmeth)
            if ((z <- sum(ZZ$wss)) < best) {
                Z <- ZZ
                best <- z
            }
        }
    centers <- matrix(Z$centers, k)
    dimnames(centers) <- list(1L:k, dimnames(x)[[2L]])
    cluster <- Z$c1
    if (!is.null(rn <- rownames(x))) names(cluster) <- rn
    totss <- sum(scale(x, scale = FALSE)^2)
    structure(list(cluster = cluster, centers = centers, totss = totss, withinss = Z$wss,
                   tot.withinss = best, betweenss = totss - best, size = Z$nc,
                   iter = Z$iter, ifault = Z$ifault),
              class = "kmeans")
}

print.kmeans <- function(x, ...) {
    cat("K-means clustering with ", length(x$size), " clusters of sizes ",
        paste(x$size, collapse = ", "), "\n", sep = "")
    cat("\nCluster means:\n")
    print(x$centers, ...)
    cat("\nClustering vector:\n")
    print(x$cluster, ...)
    cat("\nWithin cluster sum of squares by cluster:\n")
    print(x$withinss, ...)
    ratio <- sprintf(" (between_SS / total_SS = %5.1f %%)\n", 100 * x$betweenss / x$totss)
    cat(sub(".", getOption("OutDec"), ratio, fixed = TRUE), "Available components:\n", sep = "\n")
    print(names(x))
    if (!is.null(x$ifault) && x$ifault == 2L)
        cat("Warning: did *not* converge in specified number of iterations\n")
    invisible(x)
}

fitted.kmeans <- function(object, method = c("centers", "classes"), ...) {
    method <- match.arg(method)
    if (method == "centers") object$centers[object$cluster, , drop = FALSE]
    else object$cluster
}
