# Optimisation and root finding: optim, optimHess, optimize/optimise, uniroot, integrate.
# The R front ends check arguments and build the control lists as GNU R's stats package
# does; the iterations run in Java (org.rlambda.stats.Optim, Lbfgsb, Brent, Quadpack).

optim <- function(par, fn, gr = NULL, ...,
                  method = c("Nelder-Mead", "BFGS", "CG", "L-BFGS-B", "SANN", "Brent"),
                  lower = -Inf, upper = Inf, control = list(), hessian = FALSE) {
    fn1 <- function(par) fn(par, ...)
    gr1 <- if (!is.null(gr)) function(par) gr(par, ...)
    method <- match.arg(method)
    if ((any(lower > -Inf) || any(upper < Inf)) && !any(method == c("L-BFGS-B", "Brent"))) {
        warning("bounds can only be used with method L-BFGS-B (or Brent)")
        method <- "L-BFGS-B"
    }
    npar <- length(par)
    con <- list(trace = 0, fnscale = 1, parscale = rep.int(1, npar),
                ndeps = rep.int(1e-3, npar), maxit = 100L, abstol = -Inf,
                reltol = sqrt(.Machine$double.eps), alpha = 1.0, beta = 0.5, gamma = 2.0,
                REPORT = 10, warn.1d.NelderMead = TRUE, type = 1, lmm = 5,
                factr = 1e7, pgtol = 0, tmax = 10, temp = 10.0)
    known <- names(con)
    if (method == "Nelder-Mead") con$maxit <- 500
    if (method == "SANN") {
        con$maxit <- 10000
        con$REPORT <- 100
    }
    given <- names(control)
    con[given] <- control
    if (length(unknown <- given[!given %in% known]))
        warning("unknown names in control: ", paste(unknown, collapse = ", "))
    if (con$trace < 0)
        warning("read the documentation for 'trace' more carefully")
    else if (method == "SANN" && con$trace && as.integer(con$REPORT) == 0)
        stop("'trace != 0' needs 'REPORT >= 1'")
    if (method == "L-BFGS-B" && any(c("reltol", "abstol") %in% given))
        warning("method L-BFGS-B uses 'factr' (and 'pgtol') instead of 'reltol' and 'abstol'")
    if (npar == 1 && method == "Nelder-Mead" && isTRUE(con$warn.1d.NelderMead))
        warning("one-dimensional optimization by Nelder-Mead is unreliable:\nuse \"Brent\" or optimize() directly")
    if (npar > 1 && method == "Brent")
        stop('method = "Brent" is only available for one-dimensional optimization')
    lower <- as.double(rep_len(lower, npar))
    upper <- as.double(rep_len(upper, npar))
    res <- if (method == "Brent") {
        if (any(!is.finite(c(upper, lower))))
            stop("'lower' and 'upper' must be finite values")
        o <- optimize(function(par) fn(par, ...) / con$fnscale,
                      lower = lower, upper = upper, tol = con$reltol)
        list(par = o$minimum, value = o$objective * con$fnscale,
             counts = c(`function` = NA, gradient = NA),
             convergence = 0L, message = NULL)
    } else .optim(par, fn1, gr1, method, con, lower, upper)
    if (hessian)
        res$hessian <- .optimhess(res$par, fn1, gr1, con)
    res
}

optimHess <- function(par, fn, gr = NULL, ..., control = list()) {
    fn1 <- function(par) fn(par, ...)
    gr1 <- if (!is.null(gr)) function(par) gr(par, ...)
    npar <- length(par)
    con <- list(fnscale = 1, parscale = rep.int(1, npar), ndeps = rep.int(1e-3, npar))
    con[names(control)] <- control
    .optimhess(par, fn1, gr1, con)
}

optimize <- function(f, interval, ..., lower = min(interval), upper = max(interval),
                     maximum = FALSE, tol = .Machine$double.eps^0.25) {
    if (maximum) {
        val <- .fmin(function(arg) -f(arg, ...), lower, upper, tol)
        list(maximum = val, objective = f(val, ...))
    } else {
        val <- .fmin(function(arg) f(arg, ...), lower, upper, tol)
        list(minimum = val, objective = f(val, ...))
    }
}

optimise <- optimize

uniroot <- function(f, interval, ..., lower = min(interval), upper = max(interval),
                    f.lower = f(lower, ...), f.upper = f(upper, ...),
                    extendInt = c("no", "yes", "downX", "upX"), check.conv = FALSE,
                    tol = .Machine$double.eps^0.25, maxiter = 1000, trace = 0) {
    if (!missing(interval) && length(interval) != 2L)
        stop("'interval' must be a vector of length 2")
    if (!is.numeric(lower) || !is.numeric(upper) || lower >= upper)
        stop("lower < upper  is not fulfilled")
    if (is.na(f.lower)) stop("f.lower = f(lower) is NA")
    if (is.na(f.upper)) stop("f.upper = f(upper) is NA")
    Sig <- switch(match.arg(extendInt), "yes" = NULL, "downX" = -1, "no" = 0, "upX" = 1)
    # clamp infinite end values so that products below stay defined
    clamp <- function(x) pmax(pmin(x, .Machine$double.xmax), -.Machine$double.xmax)
    fl <- clamp(f.lower)
    fu <- clamp(f.upper)
    doX <- (is.null(Sig) && fl * fu > 0 ||
            is.numeric(Sig) && (Sig * fl > 0 || Sig * fu < 0))
    it <- 0L
    if (doX) {
        if (trace)
            cat(sprintf("search in [%g,%g]%s", lower, upper, if (trace >= 2) "\n" else " ... "))
        Delta <- function(u) 0.01 * pmax(1e-4, abs(u))
        if (is.null(Sig)) {
            delta <- Delta(c(lower, upper))
            while (isTRUE(f.lower * f.upper > 0) && any(iF <- is.finite(c(lower, upper)))) {
                if ((it <- it + 1L) > maxiter)
                    stop(gettextf("no sign change found in %d iterations", it - 1), domain = NA)
                if (iF[1]) {
                    ol <- lower; of <- f.lower
                    if (is.na(f.lower <- f(lower <- lower - delta[1], ...))) {
                        lower <- ol; f.lower <- of; delta[1] <- delta[1] / 4
                    }
                }
                if (iF[2]) {
                    ol <- upper; of <- f.upper
                    if (is.na(f.upper <- f(upper <- upper + delta[2], ...))) {
                        upper <- ol; f.upper <- of; delta[2] <- delta[2] / 4
                    }
                }
                if (trace >= 2)
                    cat(sprintf(" .. modified lower,upper: (%15g,%15g)\n", lower, upper))
                delta <- 2 * delta
            }
        } else {
            delta <- Delta(lower)
            while (isTRUE(Sig * f.lower > 0)) {
                if ((it <- it + 1L) > maxiter)
                    stop(gettextf("no sign change found in %d iterations", it - 1), domain = NA)
                f.lower <- f(lower <- lower - delta, ...)
                if (trace >= 2) cat(sprintf(" .. modified lower: %g\n", lower))
                delta <- 2 * delta
            }
            delta <- Delta(upper)
            while (isTRUE(Sig * f.upper < 0)) {
                if ((it <- it + 1L) > maxiter)
                    stop(gettextf("no sign change found in %d iterations", it - 1), domain = NA)
                f.upper <- f(upper <- upper + delta, ...)
                if (trace >= 2) cat(sprintf(" .. modified upper: %g\n", upper))
                delta <- 2 * delta
            }
        }
        if (trace && trace < 2)
            cat(sprintf("extended to [%g, %g] in %d steps\n", lower, upper, it))
    }
    if (!isTRUE(as.vector(sign(f.lower) * sign(f.upper) <= 0)))
        stop(if (doX) "did not succeed extending the interval endpoints for f(lower) * f(upper) <= 0"
             else "f() values at end points not of opposite sign")
    val <- if (check.conv) {
        v <- tryCatch(.zeroin2(function(arg) f(arg, ...), lower, upper, f.lower, f.upper,
                               tol, as.integer(maxiter)),
                      warning = function(w) w)
        if (inherits(v, "warning"))
            stop("convergence problem in zero finding: ", conditionMessage(v))
        v
    } else .zeroin2(function(arg) f(arg, ...), lower, upper, f.lower, f.upper,
                    tol, as.integer(maxiter))
    iter <- as.integer(val[2L])
    if (iter < 0) {
        (if (check.conv) stop else warning)(
            sprintf(ngettext(maxiter, "_NOT_ converged in %d iteration",
                             "_NOT_ converged in %d iterations"), maxiter), domain = NA)
        iter <- maxiter
    }
    if (doX) iter <- iter + it else it <- NA_integer_
    list(root = val[1L], f.root = f(val[1L], ...), iter = iter, init.it = it,
         estim.prec = val[3L])
}

integrate <- function(f, lower, upper, ..., subdivisions = 100L,
                      rel.tol = .Machine$double.eps^.25, abs.tol = rel.tol,
                      stop.on.error = TRUE, keep.xy = FALSE, aux = NULL) {
    f <- match.fun(f)
    ff <- function(x) f(x, ...)
    limit <- as.integer(subdivisions)
    if (limit < 1L || (abs.tol <= 0 && rel.tol < max(50 * .Machine$double.eps, 0.5e-28)))
        stop("invalid parameter values")
    stopifnot(length(lower) == 1, length(upper) == 1)
    wk <- if (is.finite(lower) && is.finite(upper)) {
        .dqags(ff, as.double(lower), as.double(upper), as.double(abs.tol),
               as.double(rel.tol), limit)
    } else {
        if (is.na(lower) || is.na(upper)) stop("a limit is NA or NaN")
        if (is.finite(lower)) {
            inf <- 1L; bound <- lower
        } else if (is.finite(upper)) {
            inf <- -1L; bound <- upper
        } else {
            inf <- 2L; bound <- 0.0
        }
        .dqagi(ff, as.double(bound), inf, as.double(abs.tol), as.double(rel.tol), limit)
    }
    res <- wk[c("value", "abs.error", "subdivisions")]
    res$message <- switch(wk$ierr + 1L, "OK",
                          "maximum number of subdivisions reached",
                          "roundoff error was detected",
                          "extremely bad integrand behaviour",
                          "roundoff error is detected in the extrapolation table",
                          "the integral is probably divergent",
                          "the input is invalid")
    if (wk$ierr == 6L || (wk$ierr > 0L && stop.on.error)) stop(res$message)
    res$call <- match.call()
    class(res) <- "integrate"
    res
}

print.integrate <- function(x, digits = getOption("digits"), ...) {
    if (x$message == "OK")
        cat(format(x$value, digits = digits), " with absolute error < ",
            format(x$abs.error, digits = 2L), "\n", sep = "")
    else cat("failed with message ", sQuote(x$message), "\n", sep = "")
    invisible(x)
}
