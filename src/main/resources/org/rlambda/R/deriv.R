# Symbolic differentiation: D(), with the derivative table, the simplification rules and the
# parenthesisation of GNU R's src/library/stats/src/deriv.c, written over R's call objects.

.dNum <- function(s)
    (is.numeric(s) || is.logical(s)) && length(s) >= 1L && !is.na(s[1L])

.dIsZero <- function(s) .dNum(s) && as.double(s[1L]) == 0
.dIsOne <- function(s) .dNum(s) && as.double(s[1L]) == 1
.dIsUminus <- function(s) is.call(s) && identical(s[[1L]], as.name("-")) && length(s) == 2L
.dLang <- function(f, ...) as.call(c(list(as.name(f)), list(...)))

# simplify(fun, a, b): b = NULL stands for a missing second argument
.dSimplify <- function(fun, a, b = NULL) {
    switch(fun,
        "+" = if (.dIsZero(a)) b else if (.dIsZero(b)) a
              else if (.dIsUminus(a)) .dSimplify("-", b, a[[2L]])
              else if (.dIsUminus(b)) .dSimplify("-", a, b[[2L]])
              else .dLang("+", a, b),
        "-" = if (is.null(b)) {
                  if (.dIsZero(a)) 0 else if (.dIsUminus(a)) a[[2L]] else .dLang("-", a)
              } else {
                  if (.dIsZero(b)) a
                  else if (.dIsZero(a)) .dSimplify("-", b)
                  else if (.dIsUminus(a)) .dSimplify("-", .dSimplify("+", a[[2L]], b))
                  else if (.dIsUminus(b)) .dSimplify("+", a, b[[2L]])
                  else .dLang("-", a, b)
              },
        "*" = if (.dIsZero(a) || .dIsZero(b)) 0 else if (.dIsOne(a)) b else if (.dIsOne(b)) a
              else if (.dIsUminus(a)) .dSimplify("-", .dSimplify("*", a[[2L]], b))
              else if (.dIsUminus(b)) .dSimplify("-", .dSimplify("*", a, b[[2L]]))
              else .dLang("*", a, b),
        "/" = if (.dIsZero(a)) 0 else if (.dIsZero(b)) NA_real_ else if (.dIsOne(b)) a
              else if (.dIsUminus(a)) .dSimplify("-", .dSimplify("/", a[[2L]], b))
              else if (.dIsUminus(b)) .dSimplify("-", .dSimplify("/", a, b[[2L]]))
              else .dLang("/", a, b),
        "^" = if (.dIsZero(b)) 1 else if (.dIsZero(a)) 0 else if (.dIsOne(a)) 1
              else if (.dIsOne(b)) a else .dLang("^", a, b),
        "psigamma" = if (is.null(b)) .dLang(fun, a) else .dLang(fun, a, b),
        .dLang(fun, a))
}

.dD <- function(expr, var, call) {
    S <- .dSimplify
    if (is.numeric(expr) || is.logical(expr) || is.complex(expr)) return(0)
    if (is.symbol(expr)) return(if (identical(as.character(expr), var)) 1 else 0)
    if (is.expression(expr)) return(.dD(expr[[1L]], var, call))
    if (!is.call(expr)) return(NA_real_)
    f <- expr[[1L]]
    fn <- if (is.symbol(f)) as.character(f) else ""
    a <- if (length(expr) >= 2L) expr[[2L]]
    b <- if (length(expr) >= 3L) expr[[3L]]
    da <- function() .dD(a, var, call)
    switch(fn,
        "(" = da(),
        "+" = if (length(expr) == 2L) da() else S("+", da(), .dD(b, var, call)),
        "-" = if (length(expr) == 2L) S("-", da()) else S("-", da(), .dD(b, var, call)),
        "*" = S("+", S("*", da(), b), S("*", a, .dD(b, var, call))),
        "/" = {
            e1 <- da(); e2 <- .dD(b, var, call)
            S("-", S("/", e1, b), S("/", S("*", a, e2), S("^", b, 2)))
        },
        "^" = if (is.logical(b) || is.numeric(b)) {
            S("*", b, S("*", da(), S("^", a, as.double(b[1L]) - 1)))
        } else {
            e1 <- S("*", S("^", a, S("-", b, 1)), S("*", b, da()))
            e2 <- S("*", S("^", a, b), S("*", S("log", a), .dD(b, var, call)))
            S("+", e1, e2)
        },
        "exp" = S("*", expr, da()),
        "log" = {
            if (length(expr) != 2L)
                stop(simpleError("only single-argument calls to log() are supported;\n  maybe use log(x,a) = log(x)/log(a)", call))
            S("/", da(), a)
        },
        "cos" = S("*", S("sin", a), S("-", da())),
        "sin" = S("*", S("cos", a), da()),
        "tan" = S("/", da(), S("^", S("cos", a), 2)),
        "cosh" = S("*", S("sinh", a), da()),
        "sinh" = S("*", S("cosh", a), da()),
        "tanh" = S("/", da(), S("^", S("cosh", a), 2)),
        "sqrt" = .dD(.dLang("^", a, 0.5), var, call),
        "pnorm" = S("*", S("dnorm", a), da()),
        "dnorm" = S("*", S("-", a), S("*", S("dnorm", a), da())),
        "asin" = S("/", da(), S("sqrt", S("-", 1, S("^", a, 2)))),
        "acos" = S("-", S("/", da(), S("sqrt", S("-", 1, S("^", a, 2))))),
        "atan" = S("/", da(), S("+", 1, S("^", a, 2))),
        "lgamma" = S("*", da(), S("digamma", a)),
        "gamma" = S("*", da(), S("*", expr, S("digamma", a))),
        "digamma" = S("*", da(), S("trigamma", a)),
        "trigamma" = S("*", da(), S("psigamma", a, 2L)),
        "psigamma" = if (length(expr) == 2L) S("*", da(), S("psigamma", a, 1L))
            else if (is.integer(b) || is.double(b)) S("*", da(), S("psigamma", a, as.integer(b[1L]) + 1L))
            else S("*", da(), S("psigamma", a, S("+", b, 1L))),
        "expm1" = S("*", S("exp", a), da()),
        "log1p" = S("/", da(), S("+", 1, a)),
        "log2" = S("/", da(), S("*", a, S("log", 2))),
        "log10" = S("/", da(), S("*", a, S("log", 10))),
        "cospi" = S("*", S("sinpi", a), S("*", S("-", quote(pi)), da())),
        "sinpi" = S("*", S("cospi", a), S("*", quote(pi), da())),
        "tanpi" = S("/", S("*", quote(pi), da()), S("^", S("cospi", a), 2)),
        "lfactorial" = S("*", da(), S("digamma", S("+", a, 1L))),
        "factorial" = S("*", da(), S("*", expr, S("digamma", S("+", a, 1L)))),
        stop(simpleError(gettextf("Function '%s' is not in the derivatives table",
                                  paste(deparse(f), collapse = "")), call)))
}

.dForm <- function(e, op) is.call(e) && length(e) == 3L && identical(e[[1L]], as.name(op))

.dAddParens <- function(e) {
    if (is.call(e) && length(e) > 1L)
        for (i in 2:length(e)) if (!is.null(e[[i]])) e[[i]] <- .dAddParens(e[[i]])
    P <- function(x) .dLang("(", x)
    pm <- function(x) .dForm(x, "+") || .dForm(x, "-")
    pmtd <- function(x) pm(x) || .dForm(x, "*") || .dForm(x, "/")
    if (.dForm(e, "+")) {
        if (.dForm(e[[3L]], "+")) e[[3L]] <- P(e[[3L]])
    } else if (.dForm(e, "-")) {
        if (pm(e[[3L]])) e[[3L]] <- P(e[[3L]])
    } else if (.dForm(e, "*") || .dForm(e, "/")) {
        if (pmtd(e[[3L]])) e[[3L]] <- P(e[[3L]])
        if (pm(e[[2L]])) e[[2L]] <- P(e[[2L]])
    } else if (.dForm(e, "^")) {
        if (.dForm(e[[2L]], "^")) e[[2L]] <- P(e[[2L]])
        if (pmtd(e[[3L]])) e[[3L]] <- P(e[[3L]])
    }
    e
}

D <- function(expr, name) {
    call <- sys.call()
    if (is.expression(expr)) expr <- expr[[1L]]
    if (!(is.call(expr) || is.symbol(expr) || is.numeric(expr) || is.complex(expr)))
        stop(gettextf("expression must not be type '%s'", typeof(expr)), domain = NA)
    if (!is.character(name) || length(name) < 1L) stop("variable must be a character string")
    if (length(name) > 1L) warning("only the first element is used as variable name")
    .dAddParens(.dD(expr, name[1L], call))
}

# deriv()/deriv3(): the value, gradient (and Hessian) as one braced expression with common
# subexpressions shared through .exprN variables, built as deriv.c's deriv() builds it.
.dDeriv <- function(expr, namevec, function.arg, tag, hessian, call) {
    if (is.expression(expr)) expr <- expr[[1L]]
    if (!is.character(namevec) || (nderiv <- length(namevec)) < 1L)
        stop(simpleError("invalid variable names", call))
    if (!is.character(tag) || length(tag) < 1L || nchar(tag[1L]) < 1L || nchar(tag[1L]) > 60L)
        stop(simpleError("invalid tag", call))
    tag <- tag[1L]
    hessian <- as.logical(hessian)
    st <- new.env()
    st$list <- list()
    var <- function(k) as.name(paste0(tag, k))
    accumulate <- function(e) {
        for (k in seq_along(st$list)) if (identical(st$list[[k]], e)) return(k)
        st$list[[length(st$list) + 1L]] <- e
        length(st$list)
    }
    find <- function(e) {
        if (!is.call(e)) return(0L)
        if (identical(e[[1L]], as.name("("))) return(find(e[[2L]]))
        if (length(e) > 1L) for (i in 2:length(e)) {
            a <- e[[i]]
            if (!missing(a) && (k <- find(a)) != 0L) e[[i]] <- var(k)
        }
        accumulate(e)
    }
    dd <- function(e, v) .dD(e, v, call)
    f_index <- find(expr)
    d_index <- integer(nderiv)
    d2_index <- integer(0)
    for (i in seq_len(nderiv)) {
        di <- dd(expr, namevec[i])
        d_index[i] <- find(di)
        if (hessian) for (j in i:nderiv) d2_index <- c(d2_index, find(dd(di, namevec[j])))
    }
    nexpr <- length(st$list)
    items <- st$list
    miss <- rep(FALSE, nexpr)
    add <- function(e, m = FALSE) {
        items[length(items) + 1L] <<- list(e)
        miss[length(miss) + 1L] <<- m
    }
    add(if (f_index) var(f_index) else expr)
    add(NULL)
    if (hessian) add(NULL)
    k <- 0L
    for (i in seq_len(nderiv)) {
        di <- dd(expr, namevec[i])
        add(if (d_index[i]) var(d_index[i]) else di)
        if (hessian) for (j in i:nderiv) {
            k <- k + 1L
            if (d2_index[k]) add(var(d2_index[k]))
            else {
                d2 <- dd(di, namevec[j])
                if (!d_index[i] && .dIsZero(d2)) add(NULL, TRUE) else add(d2)
            }
        }
    }
    add(NULL); add(NULL)
    if (hessian) add(NULL)
    count <- function(sym, e) {
        if (is.symbol(e)) return(as.integer(identical(e, sym)))
        if (!is.call(e)) return(0L)
        s <- 0L
        for (i in seq_along(e)) {
            a <- e[[i]]
            if (!missing(a)) s <- s + count(sym, a)
        }
        s
    }
    replace <- function(sym, val, e) {
        if (is.symbol(e)) return(if (identical(e, sym)) val else e)
        if (!is.call(e)) return(e)
        for (i in seq_along(e)) {
            a <- e[[i]]
            if (!missing(a)) e[[i]] <- replace(sym, val, a)
        }
        e
    }
    n <- length(items)
    for (i in seq_len(nexpr)) {
        v <- var(i)
        rest <- (i + 1L):n
        occ <- sum(vapply(rest, function(r) if (is.null(items[[r]])) 0L else count(v, items[[r]]), 0L))
        if (occ < 2L) {
            for (r in rest) if (!is.null(items[[r]])) items[[r]] <- replace(v, items[[i]], items[[r]])
            miss[i] <- TRUE
        } else {
            items[[i]] <- call("<-", v, .dAddParens(items[[i]]))
        }
    }
    p <- nexpr + 1L
    items[[p]] <- call("<-", as.name(".value"), .dAddParens(items[[p]])); p <- p + 1L
    cnames <- as.call(c(list(as.name("c")), as.list(namevec)))
    items[[p]] <- bquote(.grad <- array(0, c(length(.value), .(nderiv)), list(NULL, .(cnames))))
    p <- p + 1L
    if (hessian) {
        items[[p]] <- bquote(.hessian <- array(0, c(length(.value), .(nderiv), .(nderiv)),
                                                list(NULL, .(cnames), .(cnames))))
        p <- p + 1L
    }
    for (i in seq_len(nderiv)) {
        lhs <- quote(.grad[, NAME]); lhs[[4L]] <- namevec[i]
        items[[p]] <- call("<-", lhs, .dAddParens(items[[p]])); p <- p + 1L
        if (hessian) for (j in i:nderiv) {
            if (!miss[p]) {
                h1 <- quote(.hessian[, A, B]); h1[[4L]] <- namevec[i]; h1[[5L]] <- namevec[j]
                if (i == j) items[[p]] <- call("<-", h1, .dAddParens(items[[p]]))
                else {
                    h2 <- quote(.hessian[, A, B]); h2[[4L]] <- namevec[j]; h2[[5L]] <- namevec[i]
                    items[[p]] <- call("<-", h1, call("<-", h2, .dAddParens(items[[p]])))
                }
            }
            p <- p + 1L
        }
    }
    items[[p]] <- quote(attr(.value, "gradient") <- .grad); p <- p + 1L
    if (hessian) { items[[p]] <- quote(attr(.value, "hessian") <- .hessian); p <- p + 1L }
    items[[p]] <- as.name(".value")
    body <- as.call(c(list(as.name("{")), items[!miss]))
    if (is.logical(function.arg) && length(function.arg) && isTRUE(function.arg[1L])) function.arg <- namevec
    if (is.function(function.arg)) {
        f <- function.arg
        body(f) <- body
        f
    } else if (is.character(function.arg)) {
        f <- function() NULL
        formals(f) <- setNames(rep(list(quote(expr = )), length(function.arg)), function.arg)
        body(f) <- body
        environment(f) <- globalenv()
        f
    } else {
        ex <- expression(NULL)
        ex[[1L]] <- body
        ex
    }
}

deriv <- function(expr, ...) UseMethod("deriv")

deriv.formula <- function(expr, namevec, function.arg = NULL, tag = ".expr", hessian = FALSE, ...) {
    if ((le <- length(expr)) > 1L) .dDeriv(expr[[le]], namevec, function.arg, tag, hessian, sys.call())
    else stop("invalid formula in deriv")
}

deriv.default <- function(expr, namevec, function.arg = NULL, tag = ".expr", hessian = FALSE, ...)
    .dDeriv(expr, namevec, function.arg, tag, hessian, sys.call())

deriv3 <- function(expr, ...) UseMethod("deriv3")

deriv3.formula <- function(expr, namevec, function.arg = NULL, tag = ".expr", hessian = TRUE, ...) {
    if ((le <- length(expr)) > 1L) .dDeriv(expr[[le]], namevec, function.arg, tag, hessian, sys.call())
    else stop("invalid formula in deriv")
}

deriv3.default <- function(expr, namevec, function.arg = NULL, tag = ".expr", hessian = TRUE, ...)
    .dDeriv(expr, namevec, function.arg, tag, hessian, sys.call())

# Fourier transforms (kernels in org.rlambda.stats.Fourier) and convolution through them
fft <- function(z, inverse = FALSE) .fft(z, inverse, FALSE)
mvfft <- function(z, inverse = FALSE) .fft(z, inverse, TRUE)
nextn <- function(n, factors = c(2, 3, 5)) .nextn(n, factors)

convolve <- function(x, y, conj = TRUE, type = c("circular", "open", "filter")) {
    type <- match.arg(type)
    n <- length(x)
    ny <- length(y)
    Real <- is.numeric(x) && is.numeric(y)
    if (type == "circular") {
        if (ny != n) stop("length mismatch in convolution")
    } else {
        n1 <- ny - 1
        x <- c(rep.int(0, n1), x)
        n <- length(y <- c(y, rep.int(0, n - 1)))
    }
    x <- fft(fft(x) * (if (conj) Conj(fft(y)) else fft(y)), inverse = TRUE)
    if (type == "filter") {
        (if (Real) Re(x) else x)[-c(1L:n1, (n - n1 + 1L):n)] / n
    } else (if (Real) Re(x) else x) / n
}
