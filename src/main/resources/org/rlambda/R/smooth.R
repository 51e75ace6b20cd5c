# Interpolation: approx, approxfun, spline, splinefun, splinefunH and ecdf. The R front
# ends follow GNU R's stats package; the kernels are org.rlambda.stats.Interpolation.

# grDevices' xy.coords for numeric data: the (x, y) pairs a plotting or smoothing function takes
xy.coords <- function(x, y = NULL, xlab = NULL, ylab = NULL, log = NULL, recycle = FALSE,
                      setLab = TRUE) {
    if (is.null(y)) {
        if (is.list(x) && !is.null(x$x) && !is.null(x$y)) {
            y <- x$y; x <- x$x
        } else if (is.matrix(x) && ncol(x) == 2L) {
            y <- x[, 2L]; x <- x[, 1L]
        } else if (is.complex(x)) {
            y <- Im(x); x <- Re(x)
        } else {
            y <- x; x <- seq_along(y)
        }
    }
    if (is.factor(x)) x <- as.numeric(x)
    if (is.factor(y)) y <- as.numeric(y)
    if (length(x) != length(y)) {
        if (recycle) {
            if ((nx <- length(x)) < (ny <- length(y))) x <- rep_len(x, ny) else y <- rep_len(y, nx)
        } else stop("'x' and 'y' lengths differ")
    }
    list(x = as.double(x), y = as.double(y), xlab = xlab, ylab = ylab)
}

# x sorted and unique, y collapsed over ties (with 'ties'), NAs dropped unless na.rm = FALSE
regularize.values <- function(x, y, ties, warn.collapsing = TRUE, na.rm = TRUE) {
    xy <- xy.coords(x, y, setLab = FALSE)
    x <- xy$x
    y <- xy$y
    keptNA <- FALSE
    na <- is.na(x) | is.na(y)
    ok <- !na
    nx <- if (any(na)) {
        if (na.rm) {
            x <- x[ok]; y <- y[ok]
            length(x)
        } else {
            keptNA <- TRUE
            sum(ok)
        }
    } else length(x)
    if (!identical(ties, "ordered")) {
        ordered <- if (is.function(ties) || is.character(ties)) FALSE
            else if (is.list(ties) && length(ties) == 2L && is.function(ties[[2]])) {
                tl <- ties
                ties <- tl[[2]]
                identical(tl[[1]], "ordered")
            } else stop("'ties' is not \"ordered\", a function, or list(<string>, <function>)")
        if (!ordered && is.unsorted(if (keptNA) x[ok] else x)) {
            o <- order(x)
            x <- x[o]
            y <- y[o]
        }
        if (length(ux <- unique(x)) < nx) {
            if (warn.collapsing) warning("collapsing to unique 'x' values")
            y <- as.vector(tapply(y, match(x, x), ties))
            x <- ux
            if (keptNA) ok <- !is.na(x)
        }
    }
    list(x = x, y = y, keptNA = keptNA, notNA = if (keptNA) ok)
}

approx <- function(x, y = NULL, xout, method = "linear", n = 50, yleft, yright,
                   rule = 1, f = 0, ties = mean, na.rm = TRUE) {
    method <- pmatch(method, c("linear", "constant"))
    if (is.na(method)) stop("invalid interpolation method")
    stopifnot(is.numeric(rule), (lenR <- length(rule)) >= 1L, lenR <= 2L)
    if (lenR == 1) rule <- rule[c(1, 1)]
    r <- regularize.values(x, y, ties, missing(ties), na.rm = na.rm)
    nx <- if (na.rm || !r$keptNA) length(r$x) else sum(r$notNA)
    if (nx <= 1) {
        if (method == 1) stop("need at least two non-NA values to interpolate")
        if (nx == 0) stop("zero non-NA points")
    }
    if (missing(yleft)) yleft <- if (rule[1L] == 1) NA else r$y[1L]
    if (missing(yright)) yright <- if (rule[2L] == 1) NA else r$y[length(r$y)]
    stopifnot(length(yleft) == 1L, length(yright) == 1L, length(f) == 1L)
    x <- as.double(r$x)
    y <- as.double(r$y)
    if (missing(xout)) {
        if (n <= 0) stop("'approx' requires n >= 1")
        xs <- if (na.rm || !r$keptNA) x else x[r$notNA]
        xout <- seq.int(xs[1L], xs[length(xs)], length.out = n)
    }
    .approxTest(x, y, method, f, na.rm)
    list(x = xout, y = .approx(x, y, xout, method, yleft, yright, f))
}

approxfun <- function(x, y = NULL, method = "linear", yleft, yright, rule = 1, f = 0,
                      ties = mean, na.rm = TRUE) {
    method <- pmatch(method, c("linear", "constant"))
    if (is.na(method)) stop("invalid interpolation method")
    stopifnot(is.numeric(rule), (lenR <- length(rule)) >= 1L, lenR <= 2L)
    if (lenR == 1) rule <- rule[c(1, 1)]
    r <- regularize.values(x, y, ties, missing(ties), na.rm = na.rm)
    nx <- if (na.rm || !r$keptNA) length(r$x) else sum(r$notNA)
    if (nx <= 1) {
        if (method == 1) stop("need at least two non-NA values to interpolate")
        if (nx == 0) stop("zero non-NA points")
    }
    if (missing(yleft)) yleft <- if (rule[1L] == 1) NA else r$y[1L]
    if (missing(yright)) yright <- if (rule[2L] == 1) NA else r$y[length(r$y)]
    stopifnot(length(yleft) == 1L, length(yright) == 1L, length(f) == 1L)
    x <- as.double(r$x)
    y <- as.double(r$y)
    .approxTest(x, y, method, f, na.rm)
    rm(r, rule, ties, lenR, nx)
    function(v) .approxfun(x, y, v, method, yleft, yright, f, na.rm)
}

.approxfun <- function(x, y, v, method, yleft, yright, f, na.rm = TRUE)
    .approx(x, y, v, method, yleft, yright, f)

spline <- function(x, y = NULL, n = 3 * length(x), method = "fmm", xmin = min(x),
                   xmax = max(x), xout, ties = mean) {
    method <- pmatch(method, c("periodic", "natural", "fmm", "hyman"))
    if (is.na(method)) stop("invalid interpolation method")
    r <- regularize.values(x, y, ties, missing(ties))
    y <- r$y
    x <- r$x
    nx <- length(x)
    if (nx == 0) stop("zero non-NA points")
    if (method == 1L && y[1L] != y[nx]) {
        warning("spline: first and last y values differ - using y[1] for both")
        y[nx] <- y[1L]
    }
    if (method == 4L) {
        dy <- diff(y)
        if (!(all(dy >= 0) || all(dy <= 0))) stop("'y' must be increasing or decreasing")
    }
    if (missing(xout)) xout <- seq.int(xmin, xmax, length.out = n)
    else n <- length(xout)
    if (n <= 0L) stop("'spline' requires n >= 1")
    xout <- as.double(xout)
    z <- .splineCoef(min(3L, method), x, y)
    if (method == 4L) z <- .splineHyman(z)
    list(x = xout, y = .splineEval(xout, z))
}

# Hyman's (1983) filter of the knot slopes for monotonicity, then c and d made consistent
.splineHyman <- function(z) {
    n <- length(z$x)
    ss <- diff(z$y) / diff(z$x)
    S0 <- c(ss[1L], ss)
    S1 <- c(ss, ss[n - 1L])
    t1 <- pmin(abs(S0), abs(S1))
    sig <- z$b
    ind <- S0 * S1 > 0
    sig[ind] <- S1[ind]
    ind <- sig >= 0
    if (sum(ind)) z$b[ind] <- pmin(pmax(0, z$b[ind]), 3 * t1[ind])
    ind <- !ind
    if (sum(ind)) z$b[ind] <- pmax(pmin(0, z$b[ind]), -3 * t1[ind])
    h <- diff(z$x)
    y <- -diff(z$y)
    b0 <- z$b[-n]
    b1 <- z$b[-1L]
    cc <- -(3 * y + (2 * b0 + b1) * h) / h^2
    c1 <- (3 * y[n - 1L] + (b0[n - 1L] + 2 * b1[n - 1L]) * h[n - 1L]) / h[n - 1L]^2
    z$c <- c(cc, c1)
    dd <- (2 * y / h + b0 + b1) / h^2
    z$d <- c(dd, dd[n - 1L])
    z
}

splinefun <- function(x, y = NULL, method = c("fmm", "periodic", "natural", "monoH.FC", "hyman"),
                      ties = mean) {
    r <- regularize.values(x, y, ties, missing(ties))
    y <- r$y
    x <- r$x
    nx <- length(x)
    if (nx == 0) stop("zero non-NA points")
    method <- match.arg(method)
    if (method == "periodic" && y[1L] != y[nx]) {
        warning("spline: first and last y values differ - using y[1L] for both")
        y[nx] <- y[1L]
    }
    if (method == "monoH.FC") {
        n1 <- nx - 1L
        dy <- y[-1L] - y[-nx]
        dx <- x[-1L] - x[-nx]
        Sx <- dy / dx
        m <- c(Sx[1L], (Sx[-1L] + Sx[-n1]) / 2, Sx[n1])
        m <- .monoFCm(m, Sx)
        return(.splinefunH0(x0 = x, y0 = y, m = m, dx = dx))
    }
    iMeth <- match(method, c("periodic", "natural", "fmm", "monoH.FC", "hyman"))
    if (iMeth == 5L) {
        dy <- diff(y)
        if (!(all(dy >= 0) || all(dy <= 0))) stop("'y' must be increasing or decreasing")
    }
    z <- .splineCoef(min(3L, iMeth), x, y)
    if (iMeth == 5L) z <- .splineHyman(z)
    rm(r, x, y, nx, method, iMeth, ties)
    function(x, deriv = 0L) {
        deriv <- as.integer(deriv)
        if (deriv < 0L || deriv > 3L) stop("'deriv' must be between 0 and 3")
        if (deriv > 0L) {
            z0 <- double(z$n)
            z[c("y", "b", "c")] <- switch(deriv,
                list(y = z$b, b = 2 * z$c, c = 3 * z$d),
                list(y = 2 * z$c, b = 6 * z$d, c = z0),
                list(y = 6 * z$d, b = z0, c = z0))
            z[["d"]] <- z0
        }
        res <- .splineEval(x, z)
        if (deriv > 0 && z$method == 2 && any(ind <- x <= z$x[1L]))
            res[ind] <- ifelse(deriv == 1, z$y[1L], 0)
        res
    }
}

.splinefunH0 <- function(x0, y0, m, dx = x0[-1L] - x0[-length(x0)]) {
    function(x, deriv = 0, extrapol = c("linear", "cubic")) {
        extrapol <- match.arg(extrapol)
        deriv <- as.integer(deriv)
        if (deriv < 0 || deriv > 3) stop("'deriv' must be between 0 and 3")
        i <- findInterval(x, x0, all.inside = (extrapol == "cubic"))
        interp <- switch(deriv + 1L,
            function(x, i) {
                h <- dx[i]; t <- (x - x0[i]) / h; t1 <- t - 1
                h01 <- t * t * (3 - 2 * t); h00 <- 1 - h01
                tt1 <- t * t1; h10 <- tt1 * t1; h11 <- tt1 * t
                y0[i] * h00 + h * m[i] * h10 + y0[i + 1] * h01 + h * m[i + 1] * h11
            },
            function(x, i) {
                h <- dx[i]; t <- (x - x0[i]) / h; t1 <- t - 1
                h01 <- -6 * t * t1; h10 <- (3 * t - 1) * t1; h11 <- (3 * t - 2) * t
                (y0[i + 1] - y0[i]) / h * h01 + m[i] * h10 + m[i + 1] * h11
            },
            function(x, i) {
                h <- dx[i]; t <- (x - x0[i]) / h
                h01 <- 6 * (1 - 2 * t); h10 <- 2 * (3 * t - 2); h11 <- 2 * (3 * t - 1)
                ((y0[i + 1] - y0[i]) / h * h01 + m[i] * h10 + m[i + 1] * h11) / h
            },
            function(x, i) {
                h <- dx[i]
                ((y0[i + 1] - y0[i]) / h * -12 + m[i] * 6 + m[i + 1] * 6) / h
            })
        if (extrapol == "linear" &&
            any(iXtra <- (iL <- (i == 0)) | (iR <- (i == (n <- length(x0)))))) {
            r <- x
            if (any(iL)) r[iL] <- if (deriv == 0) y0[1L] + m[1L] * (x[iL] - x0[1L])
                                  else if (deriv == 1) m[1L] else 0
            if (any(iR)) r[iR] <- if (deriv == 0) y0[n] + m[n] * (x[iR] - x0[n])
                                  else if (deriv == 1) m[n] else 0
            ini <- !iXtra
            r[ini] <- interp(x[ini], i[ini])
            r
        } else interp(x, i)
    }
}

splinefunH <- function(x, y, m) {
    n <- length(x)
    stopifnot(is.numeric(x), is.numeric(y), is.numeric(m), length(y) == n, length(m) == n)
    if (is.unsorted(x)) {
        i <- order(x)
        x <- x[i]; y <- y[i]; m <- m[i]
    }
    dx <- x[-1L] - x[-n]
    if (anyNA(dx) || any(dx == 0)) stop("'x' must be *strictly* increasing (non - NA)")
    .splinefunH0(x, y, m, dx = dx)
}

ecdf <- function(x) {
    x <- sort(x)
    n <- length(x)
    if (n < 1) stop("'x' must have 1 or more non-missing values")
    vals <- unique(x)
    rval <- approxfun(vals, cumsum(tabulate(match(x, vals))) / n, method = "constant",
                      yleft = 0, yright = 1, f = 0, ties = "ordered")
    class(rval) <- c("ecdf", "stepfun", class(rval))
    assign("nobs", n, envir = environment(rval))
    attr(rval, "call") <- sys.call()
    rval
}

print.ecdf <- function(x, digits = getOption("digits") - 2L, ...) {
    numform <- function(x) paste(formatC(x, digits = digits), collapse = ", ")
    cat("Empirical CDF \nCall: ")
    print(attr(x, "call"), ...)
    xx <- environment(x)$x
    n <- length(xx)
    i1 <- 1L:min(3L, n)
    i2 <- if (n >= 4L) max(4L, n - 1L):n else integer()
    cat(" x[1:", n, "] = ", numform(xx[i1]), if (n > 3L) ", ", if (n > 5L) " ..., ",
        numform(xx[i2]), "\n", sep = "")
    invisible(x)
}

knots <- function(Fn, ...) UseMethod("knots")
knots.stepfun <- function(Fn, ...) environment(Fn)$x

quantile.ecdf <- function(x, ...)
    quantile(evalq(rep.int(x, diff(c(0, round(nobs * y)))), environment(x)), ...)

summary.ecdf <- function(object, ...) {
    n <- length(environment(object)$x)
    header <- paste("Empirical CDF:\t ", n, "unique values with summary\n")
    structure(summary(knots(object), ...), header = header, class = "summary.ecdf")
}

print.summary.ecdf <- function(x, ...) {
    cat(attr(x, "header"))
    y <- x
    attr(y, "header") <- NULL
    class(y) <- "summaryDefault"
    print(y, ...)
    invisible(x)
}
