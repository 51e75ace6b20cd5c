# Kernel density estimation: density.default with its kernels and print method, and the
# normal-reference bandwidths bw.nrd0/bw.nrd, as GNU R's src/library/stats/R/density.R and
# bandwidths.R define them; the linear binning follows src/library/stats/src/massdist.c and
# the convolution uses our fft().

bw.nrd0 <- function(x) {
    if (length(x) < 2L) stop("need at least 2 data points")
    hi <- sd(x)
    lo <- min(hi, IQR(x) / 1.34)
    if (!lo) lo <- if (hi) hi else if (abs(x[1L])) abs(x[1L]) else 1
    0.9 * lo * length(x)^(-0.2)
}

bw.nrd <- function(x) {
    if (length(x) < 2L) stop("need at least 2 data points")
    q <- quantile(x, c(0.25, 0.75))
    1.06 * min(sqrt(var(x)), (q[2L] - q[1L]) / 1.34) * length(x)^(-1/5)
}

# linear binning of weighted points onto n grid points over [lo, hi] (2n cells, zero padded)
.binDist <- function(x, w, lo, hi, n) {
    y <- double(2L * n)
    delta <- (hi - lo) / (n - 1)
    last <- n - 2L
    for (i in seq_along(x)) {
        xi <- x[i]
        if (!is.finite(xi)) next
        pos <- (xi - lo) / delta
        ix <- floor(pos)
        fx <- pos - ix
        if (ix >= 0 && ix <= last) {
            y[ix + 1] <- y[ix + 1] + (1 - fx) * w[i]
            y[ix + 2] <- y[ix + 2] + fx * w[i]
        } else if (ix == -1) y[1L] <- y[1L] + fx * w[i]
        else if (ix == last + 1) y[ix + 1] <- y[ix + 1] + (1 - fx) * w[i]
    }
    y
}

density <- function(x, ...) UseMethod("density")

density.default <- function(x, bw = "nrd0", adjust = 1,
                            kernel = c("gaussian", "epanechnikov", "rectangular", "triangular",
                                       "biweight", "cosine", "optcosine"),
                            weights = NULL, window = kernel, width, give.Rkern = FALSE,
                            subdensity = FALSE, n = 512, from, to, cut = 3, na.rm = FALSE, ...) {
    if (!missing(window) && missing(kernel)) kernel <- window
    kernel <- match.arg(kernel)
    if (give.Rkern)
        return(switch(kernel,
                      gaussian = 1 / (2 * sqrt(pi)), rectangular = sqrt(3) / 6,
                      triangular = sqrt(6) / 9, epanechnikov = 3 / (5 * sqrt(5)),
                      biweight = 5 * sqrt(7) / 49, cosine = 3 / 4 * sqrt(1 / 3 - 2 / pi^2),
                      optcosine = sqrt(1 - 8 / pi^2) * pi^2 / 16))
    if (!is.numeric(x)) stop("argument 'x' must be numeric")
    name <- deparse1(substitute(x))
    x <- as.vector(x)
    N <- length(x)
    has.wts <- !is.null(weights)
    if (has.wts && length(weights) != N) stop("'x' and 'weights' have unequal length")
    x.na <- is.na(x)
    if (any(x.na)) {
        if (!na.rm) stop("'x' contains missing values")
        N <- length(x <- x[!x.na])
        if (has.wts) {
            trueD <- isTRUE(all.equal(1, sum(weights)))
            weights <- weights[!x.na]
            if (trueD) weights <- weights / sum(weights)
        }
    }
    nx <- N <- as.integer(N)
    x.finite <- is.finite(x)
    if (any(!x.finite)) {
        x <- x[x.finite]
        nx <- length(x)
    }
    if (!has.wts) {
        weights <- rep.int(1 / nx, nx)
        totMass <- nx / N
    } else {
        if (!all(is.finite(weights))) stop("'weights' must all be finite")
        if (any(weights < 0)) stop("'weights' must not be negative")
        wsum <- sum(weights)
        if (any(!x.finite)) {
            weights <- weights[x.finite]
            totMass <- sum(weights) / wsum
        } else totMass <- 1
        if (!subdensity && !isTRUE(all.equal(1, wsum)))
            warning("sum(weights) != 1  -- will not get true density")
    }
    n.user <- n
    n <- max(n, 512)
    if (n > 512) n <- 2^ceiling(log2(n))
    if (missing(bw) && !missing(width)) {
        if (is.numeric(width))
            bw <- width / switch(kernel, gaussian = 4, rectangular = 2 * sqrt(3),
                                 triangular = 2 * sqrt(6), epanechnikov = 2 * sqrt(5),
                                 biweight = 2 * sqrt(7), cosine = 2 / sqrt(1 / 3 - 2 / pi^2),
                                 optcosine = 2 / sqrt(1 - 8 / pi^2))
        if (is.character(width)) bw <- width
    }
    if (is.character(bw)) {
        if (nx < 2) stop("need at least 2 points to select a bandwidth automatically")
        bw <- switch(tolower(bw), nrd0 = bw.nrd0(x), nrd = bw.nrd(x),
                     stop("unknown bandwidth rule"))
    }
    if (!is.finite(bw)) stop("non-finite 'bw'")
    bw <- adjust * bw
    if (bw <= 0) stop("'bw' is not positive.")
    if (missing(from)) from <- min(x) - cut * bw
    if (missing(to)) to <- max(x) + cut * bw
    if (!is.finite(from)) stop("non-finite 'from'")
    if (!is.finite(to)) stop("non-finite 'to'")
    lo <- from - 4 * bw
    up <- to + 4 * bw
    y <- .binDist(x, weights, lo, up, n) * totMass
    kords <- seq.int(0, 2 * (up - lo), length.out = 2L * n)
    kords[(n + 2):(2 * n)] <- -kords[n:2]
    ax <- abs(kords)
    kords <- switch(kernel,
                    gaussian = dnorm(kords, sd = bw),
                    rectangular = { a <- bw * sqrt(3); ifelse(ax < a, 0.5 / a, 0) },
                    triangular = { a <- bw * sqrt(6); ifelse(ax < a, (1 - ax / a) / a, 0) },
                    epanechnikov = { a <- bw * sqrt(5); ifelse(ax < a, 3 / 4 * (1 - (ax / a)^2) / a, 0) },
                    biweight = { a <- bw * sqrt(7); ifelse(ax < a, 15 / 16 * (1 - (ax / a)^2)^2 / a, 0) },
                    cosine = { a <- bw / sqrt(1 / 3 - 2 / pi^2)
                               ifelse(ax < a, (1 + cos(pi * kords / a)) / (2 * a), 0) },
                    optcosine = { a <- bw / sqrt(1 - 8 / pi^2)
                                  ifelse(ax < a, pi / 4 * cos(pi * kords / (2 * a)) / a, 0) })
    kords <- fft(fft(y) * Conj(fft(kords)), inverse = TRUE)
    kords <- pmax(0, Re(kords)[1L:n] / length(y))
    xords <- seq.int(lo, up, length.out = n)
    x <- seq.int(from, to, length.out = n.user)
    structure(list(x = x, y = approx(xords, kords, x)$y, bw = bw, n = N,
                   call = match.call(), data.name = name, has.na = FALSE),
              class = "density")
}

print.density <- function(x, digits = NULL, ...) {
    cat("\nCall:\n\t", deparse(x$call), "\n\nData: ", x$data.name, " (", x$n, " obs.);",
        "\tBandwidth 'bw' = ", formatC(x$bw, digits = digits), "\n\n", sep = "")
    print(summary(as.data.frame(x[c("x", "y")])), digits = digits, ...)
    invisible(x)
}
