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
