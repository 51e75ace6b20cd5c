# Classical tests returning "htest" objects, printed as GNU R prints them. GNU R's stats
# htest.R, t.test.R, chisq.test.R, prop.test.R, binom.test.R, var.test.R, cor.test.R,
# kruskal.test.R, bartlett.test.R, mcnemar.test.R, oneway.test.R, p.adjust.R and pairwise.R
# are the specification.

print.htest <- function(x, digits = getOption("digits"), prefix = "\t", ...) {
    cat("\n")
    cat(strwrap(x$method, prefix = prefix), sep = "\n")
    cat("\n")
    cat("data:  ", x$data.name, "\n", sep = "")
    out <- character()
    if (!is.null(x$statistic))
        out <- c(out, paste(names(x$statistic), "=", format(x$statistic, digits = max(1L, digits - 2L))))
    if (!is.null(x$parameter))
        out <- c(out, paste(names(x$parameter), "=", format(x$parameter, digits = max(1L, digits - 2L))))
    if (!is.null(x$p.value)) {
        fp <- format.pval(x$p.value, digits = max(1L, digits - 3L))
        out <- c(out, paste("p-value", if (startsWith(fp, "<")) fp else paste("=", fp)))
    }
    cat(strwrap(paste(out, collapse = ", ")), sep = "\n")
    if (!is.null(x$alternative)) {
        cat("alternative hypothesis: ")
        if (!is.null(x$null.value)) {
            if (length(x$null.value) == 1L) {
                alt.char <- switch(x$alternative, two.sided = "not equal to", less = "less than",
                                   greater = "greater than")
                cat("true ", names(x$null.value), " is ", alt.char, " ", x$null.value, "\n", sep = "")
            } else {
                cat(x$alternative, "\nnull values:\n", sep = "")
                print(x$null.value, digits = digits, ...)
            }
        } else cat(x$alternative, "\n", sep = "")
    }
    if (!is.null(x$conf.int))
        cat(format(100 * attr(x$conf.int, "conf.level")), " percent confidence interval:\n", " ",
            paste(format(x$conf.int[1:2], digits = digits), collapse = " "), "\n", sep = "")
    if (!is.null(x$estimate)) {
        cat("sample estimates:\n")
        print(x$estimate, digits = digits, ...)
    }
    cat("\n")
    invisible(x)
}

.checkConfLevel <- function(conf.level, open = FALSE) {
    bad <- length(conf.level) != 1L || !is.finite(conf.level) ||
        (if (open) conf.level <= 0 || conf.level >= 1 else conf.level < 0 || conf.level > 1)
    if (bad) stop("'conf.level' must be a single number between 0 and 1")
}

# The model frame of a "response ~ group" formula test, evaluated in the caller's caller.
.htestFrame <- function(call, env) {
    m <- call
    if (is.matrix(eval(m$data, env))) m$data <- as.data.frame(eval(m$data, env))
    m[[1L]] <- quote(model.frame)
    m$... <- NULL
    eval(m, env)
}

# ------------------------------------------------------------------ t and F tests

t.test <- function(x, ...) UseMethod("t.test")

t.test.default <- function(x, y = NULL, alternative = c("two.sided", "less", "greater"), mu = 0,
                           paired = FALSE, var.equal = FALSE, conf.level = 0.95, ...) {
    alternative <- match.arg(alternative)
    if (!missing(mu) && (length(mu) != 1 || is.na(mu))) stop("'mu' must be a single number")
    if (!missing(conf.level)) .checkConfLevel(conf.level)
    if (!is.null(y)) {
        dname <- paste(deparse1(substitute(x)), "and", deparse1(substitute(y)))
        if (paired) xok <- yok <- complete.cases(x, y)
        else {
            yok <- !is.na(y)
            xok <- !is.na(x)
        }
        y <- y[yok]
    } else {
        dname <- deparse1(substitute(x))
        if (paired) stop("'y' is missing for paired test")
        xok <- !is.na(x)
        yok <- NULL
    }
    x <- x[xok]
    if (paired) {
        x <- x - y
        y <- NULL
    }
    nx <- length(x)
    mx <- mean(x)
    vx <- var(x)
    if (is.null(y)) {
        if (nx < 2) stop("not enough 'x' observations")
        df <- nx - 1
        stderr <- sqrt(vx / nx)
        if (stderr < 10 * .Machine$double.eps * abs(mx)) stop("data are essentially constant")
        tstat <- (mx - mu) / stderr
        method <- if (paired) "Paired t-test" else "One Sample t-test"
        estimate <- setNames(mx, if (paired) "mean difference" else "mean of x")
    } else {
        ny <- length(y)
        if (nx < 1 || (!var.equal && nx < 2)) stop("not enough 'x' observations")
        if (ny < 1 || (!var.equal && ny < 2)) stop("not enough 'y' observations")
        if (var.equal && nx + ny < 3) stop("not enough observations")
        my <- mean(y)
        vy <- var(y)
        method <- paste(if (!var.equal) "Welch", "Two Sample t-test")
        estimate <- c(mx, my)
        names(estimate) <- c("mean of x", "mean of y")
        if (var.equal) {
            df <- nx + ny - 2
            v <- 0
            if (nx > 1) v <- v + (nx - 1) * vx
            if (ny > 1) v <- v + (ny - 1) * vy
            v <- v / df
            stderr <- sqrt(v * (1 / nx + 1 / ny))
        } else {
            stderrx <- sqrt(vx / nx)
            stderry <- sqrt(vy / ny)
            stderr <- sqrt(stderrx^2 + stderry^2)
            df <- stderr^4 / (stderrx^4 / (nx - 1) + stderry^4 / (ny - 1))
        }
        if (stderr < 10 * .Machine$double.eps * max(abs(mx), abs(my))) stop("data are essentially constant")
        tstat <- (mx - my - mu) / stderr
    }
    if (alternative == "less") {
        pval <- pt(tstat, df)
        cint <- c(-Inf, tstat + qt(conf.level, df))
    } else if (alternative == "greater") {
        pval <- pt(tstat, df, lower.tail = FALSE)
        cint <- c(tstat - qt(conf.level, df), Inf)
    } else {
        pval <- 2 * pt(-abs(tstat), df)
        alpha <- 1 - conf.level
        cint <- qt(1 - alpha / 2, df)
        cint <- tstat + c(-cint, cint)
    }
    cint <- mu + cint * stderr
    names(tstat) <- "t"
    names(df) <- "df"
    names(mu) <- if (paired) "mean difference" else if (!is.null(y)) "difference in means" else "mean"
    attr(cint, "conf.level") <- conf.level
    rval <- list(statistic = tstat, parameter = df, p.value = pval, conf.int = cint, estimate = estimate,
                 null.value = mu, stderr = stderr, alternative = alternative, method = method, data.name = dname)
    class(rval) <- "htest"
    rval
}

t.test.formula <- function(formula, data, subset, na.action, ...) {
    if (missing(formula) || (length(formula) != 3L)) stop("'formula' missing or incorrect")
    oneSampleOrPaired <- FALSE
    if (length(attr(terms(formula[-2L]), "term.labels")) != 1L) {
        if (formula[[3L]] == 1L) oneSampleOrPaired <- TRUE
        else stop("'formula' missing or incorrect")
    }
    mf <- .htestFrame(match.call(expand.dots = FALSE), parent.frame())
    DNAME <- paste(names(mf), collapse = " by ")
    names(mf) <- NULL
    response <- attr(attr(mf, "terms"), "response")
    if (!oneSampleOrPaired) {
        g <- factor(mf[[-response]])
        if (nlevels(g) != 2L) stop("grouping factor must have exactly 2 levels")
        DATA <- split(mf[[response]], g)
        y <- t.test(x = DATA[[1L]], y = DATA[[2L]], ...)
        if (length(y$estimate) == 2L) {
            names(y$estimate) <- paste("mean in group", levels(g))
            names(y$null.value) <- paste("difference in means between", paste("group", levels(g), collapse = " and "))
        }
    } else {
        respVar <- mf[[response]]
        y <- if (inherits(respVar, "Pair")) t.test(x = respVar[, 1L], y = respVar[, 2L], paired = TRUE, ...)
             else t.test(x = respVar, ...)
    }
    y$data.name <- DNAME
    y
}

var.test <- function(x, ...) UseMethod("var.test")

var.test.default <- function(x, y, ratio = 1, alternative = c("two.sided", "less", "greater"),
                             conf.level = 0.95, ...) {
    if (!((length(ratio) == 1L) && is.finite(ratio) && (ratio > 0))) stop("'ratio' must be a single positive number")
    alternative <- match.arg(alternative)
    .checkConfLevel(conf.level, open = TRUE)
    DNAME <- paste(deparse1(substitute(x)), "and", deparse1(substitute(y)))
    if (inherits(x, "lm") && inherits(y, "lm")) {
        DF.x <- x$df.residual
        DF.y <- y$df.residual
        V.x <- sum(x$residuals^2) / DF.x
        V.y <- sum(y$residuals^2) / DF.y
    } else {
        x <- x[is.finite(x)]
        DF.x <- length(x) - 1L
        if (DF.x < 1L) stop("not enough 'x' observations")
        y <- y[is.finite(y)]
        DF.y <- length(y) - 1L
        if (DF.y < 1L) stop("not enough 'y' observations")
        V.x <- var(x)
        V.y <- var(y)
    }
    ESTIMATE <- V.x / V.y
    STATISTIC <- ESTIMATE / ratio
    PARAMETER <- c("num df" = DF.x, "denom df" = DF.y)
    PVAL <- pf(STATISTIC, DF.x, DF.y)
    if (alternative == "two.sided") {
        PVAL <- 2 * min(PVAL, 1 - PVAL)
        BETA <- (1 - conf.level) / 2
        CINT <- c(ESTIMATE / qf(1 - BETA, DF.x, DF.y), ESTIMATE / qf(BETA, DF.x, DF.y))
    } else if (alternative == "greater") {
        PVAL <- 1 - PVAL
        CINT <- c(ESTIMATE / qf(conf.level, DF.x, DF.y), Inf)
    } else CINT <- c(0, ESTIMATE / qf(1 - conf.level, DF.x, DF.y))
    names(STATISTIC) <- "F"
    names(ESTIMATE) <- names(ratio) <- "ratio of variances"
    attr(CINT, "conf.level") <- conf.level
    structure(list(statistic = STATISTIC, parameter = PARAMETER, p.value = PVAL, conf.int = CINT,
                   estimate = ESTIMATE, null.value = ratio, alternative = alternative,
                   method = "F test to compare two variances", data.name = DNAME), class = "htest")
}

# The two-group split of a "response ~ group" formula and its data name, for the two-sample tests.
.twoGroups <- function(call, env) {
    mf <- .htestFrame(call, env)
    DNAME <- paste(names(mf), collapse = " by ")
    names(mf) <- NULL
    response <- attr(attr(mf, "terms"), "response")
    g <- factor(mf[[-response]])
    if (nlevels(g) != 2L) stop("grouping factor must have exactly 2 levels")
    list(data = split(mf[[response]], g), name = DNAME)
}

var.test.formula <- function(formula, data, subset, na.action, ...) {
    if (missing(formula) || (length(formula) != 3L) || (length(attr(terms(formula[-2L]), "term.labels")) != 1L))
        stop("'formula' missing or incorrect")
    gr <- .twoGroups(match.call(expand.dots = FALSE), parent.frame())
    y <- var.test(x = gr$data[[1L]], y = gr$data[[2L]], ...)
    y$data.name <- gr$name
    y
}

# ------------------------------------------------------------------ counts and proportions

chisq.test <- function(x, y = NULL, correct = TRUE, p = rep(1 / length(x), length(x)), rescale.p = FALSE,
                       simulate.p.value = FALSE, B = 2000) {
    DNAME <- deparse(substitute(x))
    if (is.data.frame(x)) x <- as.matrix(x)
    if (is.matrix(x) && min(dim(x)) == 1L) x <- as.vector(x)
    if (!is.matrix(x) && !is.null(y)) {
        if (length(x) != length(y)) stop("'x' and 'y' must have the same length")
        DNAME2 <- deparse(substitute(y))
        xname <- if (length(DNAME) > 1L || nchar(DNAME, "w") > 30) "" else DNAME
        yname <- if (length(DNAME2) > 1L || nchar(DNAME2, "w") > 30) "" else DNAME2
        OK <- complete.cases(x, y)
        x <- factor(x[OK])
        y <- factor(y[OK])
        if ((nlevels(x) < 2L) || (nlevels(y) < 2L)) stop("'x' and 'y' must have at least 2 levels")
        x <- table(x, y)
        names(dimnames(x)) <- c(xname, yname)
        DNAME <- paste(paste(DNAME, collapse = "\n"), "and", paste(DNAME2, collapse = "\n"))
    }
    if (any(x < 0) || anyNA(x)) stop("all entries of 'x' must be nonnegative and finite")
    if ((n <- sum(x)) == 0) stop("at least one entry of 'x' must be positive")
    almost.1 <- 1 - 64 * .Machine$double.eps
    simulated <- function(M) paste(M, "with simulated p-value\n\t (based on", B, "replicates)")
    if (is.matrix(x)) {
        METHOD <- "Pearson's Chi-squared test"
        nr <- as.integer(nrow(x))
        nc <- as.integer(ncol(x))
        sr <- rowSums(x)
        sc <- colSums(x)
        E <- outer(sr, sc) / n
        V <- outer(sr, sc, function(r, c, n) c * r * (n - r) * (n - c) / n^3, n)
        dimnames(E) <- dimnames(x)
        if (simulate.p.value && all(sr > 0) && all(sc > 0)) {
            METHOD <- simulated(METHOD)
            tmp <- vapply(r2dtable(B, sr, sc), function(t) sum(sort((t - E)^2 / E, decreasing = TRUE)), 0)
            STATISTIC <- sum(sort((x - E)^2 / E, decreasing = TRUE))
            PARAMETER <- NA
            PVAL <- (1 + sum(tmp >= almost.1 * STATISTIC)) / (B + 1)
        } else {
            if (simulate.p.value) warning("cannot compute simulated p-value with zero marginals")
            if (correct && nrow(x) == 2L && ncol(x) == 2L) {
                YATES <- min(0.5, abs(x - E))
                if (YATES > 0) METHOD <- paste(METHOD, "with Yates' continuity correction")
            } else YATES <- 0
            STATISTIC <- sum((abs(x - E) - YATES)^2 / E)
            PARAMETER <- (nr - 1L) * (nc - 1L)
            PVAL <- pchisq(STATISTIC, PARAMETER, lower.tail = FALSE)
        }
    } else {
        if (length(dim(x)) > 2L) stop("invalid 'x'")
        if (length(x) == 1L) stop("'x' must at least have 2 elements")
        if (length(x) != length(p)) stop("'x' and 'p' must have the same number of elements")
        if (any(p < 0)) stop("probabilities must be non-negative.")
        if (abs(sum(p) - 1) > sqrt(.Machine$double.eps)) {
            if (rescale.p) p <- p / sum(p)
            else stop("probabilities must sum to 1.")
        }
        METHOD <- "Chi-squared test for given probabilities"
        E <- n * p
        V <- n * p * (1 - p)
        STATISTIC <- sum((x - E)^2 / E)
        names(E) <- names(x)
        if (simulate.p.value) {
            METHOD <- simulated(METHOD)
            nx <- length(x)
            sm <- matrix(sample.int(nx, B * n, TRUE, prob = p), nrow = n)
            ss <- apply(sm, 2L, function(x, E, k) sum((table(factor(x, levels = 1L:k)) - E)^2 / E), E = E, k = nx)
            PARAMETER <- NA
            PVAL <- (1 + sum(ss >= almost.1 * STATISTIC)) / (B + 1)
        } else {
            PARAMETER <- length(x) - 1
            PVAL <- pchisq(STATISTIC, PARAMETER, lower.tail = FALSE)
        }
    }
    names(STATISTIC) <- "X-squared"
    names(PARAMETER) <- "df"
    if (any(E < 5) && is.finite(PARAMETER)) warning("Chi-squared approximation may be incorrect")
    structure(list(statistic = STATISTIC, parameter = PARAMETER, p.value = PVAL, method = METHOD,
                   data.name = DNAME, observed = x, expected = E, residuals = (x - E) / sqrt(E),
                   stdres = (x - E) / sqrt(V)), class = "htest")
}

prop.test <- function(x, n, p = NULL, alternative = c("two.sided", "less", "greater"), conf.level = 0.95,
                      correct = TRUE) {
    DNAME <- deparse1(substitute(x))
    if (is.table(x) && length(dim(x)) == 1L) {
        if (dim(x) != 2L) stop("table 'x' should have 2 entries")
        l <- 1
        n <- sum(x)
        x <- x[1L]
    } else if (is.matrix(x)) {
        if (ncol(x) != 2L) stop("'x' must have 2 columns")
        l <- nrow(x)
        n <- rowSums(x)
        x <- x[, 1L]
    } else {
        DNAME <- paste(DNAME, "out of", deparse1(substitute(n)))
        if ((l <- length(x)) != length(n)) stop("'x' and 'n' must have the same length")
    }
    OK <- complete.cases(x, n)
    x <- x[OK]
    n <- n[OK]
    if ((k <- length(x)) < 1L) stop("not enough data")
    if (any(n <= 0)) stop("elements of 'n' must be positive")
    if (any(x < 0)) stop("elements of 'x' must be nonnegative")
    if (any(x > n)) stop("elements of 'x' must not be greater than those of 'n'")
    if (is.null(p) && (k == 1)) p <- 0.5
    if (!is.null(p)) {
        DNAME <- paste0(DNAME, ", null ", if (k == 1) "probability " else "probabilities ", deparse1(substitute(p)))
        if (length(p) != l) stop("'p' must have the same length as 'x' and 'n'")
        p <- p[OK]
        if (any((p <= 0) | (p >= 1))) stop("elements of 'p' must be in (0,1)")
    }
    alternative <- match.arg(alternative)
    if (k > 2 || (k == 2) && !is.null(p)) alternative <- "two.sided"
    if ((length(conf.level) != 1L) || is.na(conf.level) || (conf.level <= 0) || (conf.level >= 1))
        stop("'conf.level' must be a single number between 0 and 1")
    correct <- as.logical(correct)
    ESTIMATE <- setNames(x / n, if (k == 1) "p" else paste("prop", 1L:l)[OK])
    NVAL <- p
    CINT <- NULL
    YATES <- if (correct && (k <= 2)) 0.5 else 0
    if (k == 1) {
        z <- qnorm(if (alternative == "two.sided") (1 + conf.level) / 2 else conf.level)
        YATES <- min(YATES, abs(x - n * p))
        z22n <- z^2 / (2 * n)
        p.c <- ESTIMATE + YATES / n
        p.u <- if (p.c >= 1) 1 else (p.c + z22n + z * sqrt(p.c * (1 - p.c) / n + z22n / (2 * n))) / (1 + 2 * z22n)
        p.c <- ESTIMATE - YATES / n
        p.l <- if (p.c <= 0) 0 else (p.c + z22n - z * sqrt(p.c * (1 - p.c) / n + z22n / (2 * n))) / (1 + 2 * z22n)
        CINT <- switch(alternative, two.sided = c(max(p.l, 0), min(p.u, 1)), greater = c(max(p.l, 0), 1),
                       less = c(0, min(p.u, 1)))
    } else if ((k == 2) && is.null(p)) {
        DELTA <- ESTIMATE[1L] - ESTIMATE[2L]
        YATES <- min(YATES, abs(DELTA) / sum(1 / n))
        WIDTH <- (switch(alternative, two.sided = qnorm((1 + conf.level) / 2), qnorm(conf.level)) *
                      sqrt(sum(ESTIMATE * (1 - ESTIMATE) / n)) + YATES * sum(1 / n))
        CINT <- switch(alternative, two.sided = c(max(DELTA - WIDTH, -1), min(DELTA + WIDTH, 1)),
                       greater = c(max(DELTA - WIDTH, -1), 1), less = c(-1, min(DELTA + WIDTH, 1)))
    }
    if (!is.null(CINT)) attr(CINT, "conf.level") <- conf.level
    METHOD <- paste(if (k == 1) "1-sample proportions test"
                    else paste0(k, "-sample test for ", if (is.null(p)) "equality of" else "given", " proportions"),
                    if (YATES) "with" else "without", "continuity correction")
    if (is.null(p)) {
        p <- sum(x) / sum(n)
        PARAMETER <- k - 1
    } else {
        PARAMETER <- k
        names(NVAL) <- names(ESTIMATE)
    }
    names(PARAMETER) <- "df"
    x <- cbind(x, n - x)
    E <- cbind(n * p, n * (1 - p))
    if (any(E < 5)) warning("Chi-squared approximation may be incorrect")
    STATISTIC <- sum((abs(x - E) - YATES)^2 / E)
    names(STATISTIC) <- "X-squared"
    if (alternative == "two.sided") PVAL <- pchisq(STATISTIC, PARAMETER, lower.tail = FALSE)
    else {
        z <- if (k == 1) sign(ESTIMATE - p) * sqrt(STATISTIC) else sign(DELTA) * sqrt(STATISTIC)
        PVAL <- pnorm(z, lower.tail = (alternative == "less"))
    }
    structure(list(statistic = STATISTIC, parameter = PARAMETER, p.value = as.numeric(PVAL), estimate = ESTIMATE,
                   null.value = NVAL, conf.int = CINT, alternative = alternative, method = METHOD,
                   data.name = DNAME), class = "htest")
}

binom.test <- function(x, n, p = 0.5, alternative = c("two.sided", "less", "greater"), conf.level = 0.95) {
    DNAME <- deparse1(substitute(x))
    xr <- round(x)
    if (any(is.na(x) | (x < 0)) || max(abs(x - xr)) > 1e-7) stop("'x' must be nonnegative and integer")
    x <- xr
    if (length(x) == 2L) {
        n <- sum(x)
        x <- x[1L]
    } else if (length(x) == 1L) {
        nr <- round(n)
        if ((length(n) > 1L) || is.na(n) || (n < 1) || abs(n - nr) > 1e-7 || (x > nr))
            stop("'n' must be a positive integer >= 'x'")
        DNAME <- paste(DNAME, "and", deparse1(substitute(n)))
        n <- nr
    } else stop("incorrect length of 'x'")
    if (!missing(p) && (length(p) > 1L || is.na(p) || p < 0 || p > 1))
        stop("'p' must be a single number between 0 and 1")
    alternative <- match.arg(alternative)
    .checkConfLevel(conf.level, open = TRUE)
    PVAL <- switch(alternative,
                   less = pbinom(x, n, p),
                   greater = pbinom(x - 1, n, p, lower.tail = FALSE),
                   two.sided = {
                       if (p == 0) (x == 0)
                       else if (p == 1) (x == n)
                       else {
                           relErr <- 1 + 1e-7
                           d <- dbinom(x, n, p)
                           m <- n * p
                           if (x == m) 1
                           else if (x < m) {
                               i <- seq.int(from = ceiling(m), to = n)
                               y <- sum(dbinom(i, n, p) <= d * relErr)
                               pbinom(x, n, p) + pbinom(n - y, n, p, lower.tail = FALSE)
                           } else {
                               i <- seq.int(from = 0, to = floor(m))
                               y <- sum(dbinom(i, n, p) <= d * relErr)
                               pbinom(y - 1, n, p) + pbinom(x - 1, n, p, lower.tail = FALSE)
                           }
                       }
                   })
    p.L <- function(x, alpha) if (x == 0) 0 else qbeta(alpha, x, n - x + 1)
    p.U <- function(x, alpha) if (x == n) 1 else qbeta(1 - alpha, x + 1, n - x)
    CINT <- switch(alternative,
                   less = c(0, p.U(x, 1 - conf.level)),
                   greater = c(p.L(x, 1 - conf.level), 1),
                   two.sided = {
                       alpha <- (1 - conf.level) / 2
                       c(p.L(x, alpha), p.U(x, alpha))
                   })
    attr(CINT, "conf.level") <- conf.level
    ESTIMATE <- x / n
    names(x) <- "number of successes"
    names(n) <- "number of trials"
    names(ESTIMATE) <- names(p) <- "probability of success"
    structure(list(statistic = x, parameter = n, p.value = PVAL, conf.int = CINT, estimate = ESTIMATE,
                   null.value = p, alternative = alternative, method = "Exact binomial test", data.name = DNAME),
              class = "htest")
}

mcnemar.test <- function(x, y = NULL, correct = TRUE) {
    if (is.matrix(x)) {
        r <- nrow(x)
        if ((r < 2) || (ncol(x) != r)) stop("'x' must be square with at least two rows and columns")
        if (any(x < 0) || anyNA(x)) stop("all entries of 'x' must be nonnegative and finite")
        DNAME <- deparse1(substitute(x))
    } else {
        if (is.null(y)) stop("if 'x' is not a matrix, 'y' must be given")
        if (length(x) != length(y)) stop("'x' and 'y' must have the same length")
        DNAME <- paste(deparse1(substitute(x)), "and", deparse1(substitute(y)))
        OK <- complete.cases(x, y)
        x <- as.factor(x[OK])
        y <- as.factor(y[OK])
        r <- nlevels(x)
        if ((r < 2) || (nlevels(y) != r)) stop("'x' and 'y' must have the same number of levels (minimum 2)")
        x <- table(x, y)
    }
    PARAMETER <- r * (r - 1) / 2
    METHOD <- "McNemar's Chi-squared test"
    if (correct && (r == 2) && any(x - t(x) != 0)) {
        y <- (abs(x - t(x)) - 1)
        METHOD <- paste(METHOD, "with continuity correction")
    } else y <- x - t(x)
    x <- x + t(x)
    STATISTIC <- sum(y[upper.tri(x)]^2 / x[upper.tri(x)])
    PVAL <- pchisq(STATISTIC, PARAMETER, lower.tail = FALSE)
    names(STATISTIC) <- "McNemar's chi-squared"
    names(PARAMETER) <- "df"
    structure(list(statistic = STATISTIC, parameter = PARAMETER, p.value = PVAL, method = METHOD,
                   data.name = DNAME), class = "htest")
}

# ------------------------------------------------------------------ correlation

cor.test <- function(x, ...) UseMethod("cor.test")

cor.test.default <- function(x, y, alternative = c("two.sided", "less", "greater"),
                             method = c("pearson", "kendall", "spearman"), exact = NULL, conf.level = 0.95,
                             continuity = FALSE, ...) {
    alternative <- match.arg(alternative)
    method <- match.arg(method)
    DNAME <- paste(deparse1(substitute(x)), "and", deparse1(substitute(y)))
    if (!is.numeric(x)) stop("'x' must be a numeric vector")
    if (!is.numeric(y)) stop("'y' must be a numeric vector")
    if (length(x) != length(y)) stop("'x' and 'y' must have the same length")
    OK <- complete.cases(x, y)
    x <- x[OK]
    y <- y[OK]
    n <- length(x)
    NVAL <- 0
    conf.int <- FALSE
    if (method == "pearson") {
        if (n < 3L) stop("not enough finite observations")
        method <- "Pearson's product-moment correlation"
        names(NVAL) <- "correlation"
        r <- cor(x, y)
        df <- n - 2L
        ESTIMATE <- c(cor = r)
        PARAMETER <- c(df = df)
        STATISTIC <- c(t = sqrt(df) * r / sqrt(1 - r^2))
        if (n > 3) {
            if (!missing(conf.level)) .checkConfLevel(conf.level)
            conf.int <- TRUE
            z <- atanh(r)
            sigma <- 1 / sqrt(n - 3)
            cint <- switch(alternative,
                           less = c(-Inf, z + sigma * qnorm(conf.level)),
                           greater = c(z - sigma * qnorm(conf.level), Inf),
                           two.sided = z + c(-1, 1) * sigma * qnorm((1 + conf.level) / 2))
            cint <- tanh(cint)
            attr(cint, "conf.level") <- conf.level
        }
        PVAL <- switch(alternative,
                       less = pt(STATISTIC, df),
                       greater = pt(STATISTIC, df, lower.tail = FALSE),
                       two.sided = 2 * min(pt(STATISTIC, df), pt(STATISTIC, df, lower.tail = FALSE)))
    } else {
        if (n < 2) stop("not enough finite observations")
        PARAMETER <- NULL
        TIES <- (min(length(unique(x)), length(unique(y))) < n)
        if (method == "kendall") {
            method <- "Kendall's rank correlation tau"
            names(NVAL) <- "tau"
            r <- cor(x, y, method = "kendall")
            ESTIMATE <- c(tau = r)
            if (!is.finite(ESTIMATE)) {
                ESTIMATE[] <- NA
                STATISTIC <- c(T = NA)
                PVAL <- NA
            } else {
                if (is.null(exact)) exact <- (n < 50)
                if (exact && !TIES) stop("exact Kendall p-values are not available in rlambda yet")
                xties <- table(x[duplicated(x)]) + 1
                yties <- table(y[duplicated(y)]) + 1
                T0 <- n * (n - 1) / 2
                T1 <- sum(xties * (xties - 1)) / 2
                T2 <- sum(yties * (yties - 1)) / 2
                S <- r * sqrt((T0 - T1) * (T0 - T2))
                v0 <- n * (n - 1) * (2 * n + 5)
                vt <- sum(xties * (xties - 1) * (2 * xties + 5))
                vu <- sum(yties * (yties - 1) * (2 * yties + 5))
                v1 <- sum(xties * (xties - 1)) * sum(yties * (yties - 1))
                v2 <- sum(xties * (xties - 1) * (xties - 2)) * sum(yties * (yties - 1) * (yties - 2))
                var_S <- (v0 - vt - vu) / 18 + v1 / (2 * n * (n - 1)) + v2 / (9 * n * (n - 1) * (n - 2))
                if (exact && TIES) {
                    warning("Cannot compute exact p-value with ties")
                    exact <- FALSE
                }
                if (continuity) S <- sign(S) * (abs(S) - 1)
                STATISTIC <- c(z = S / sqrt(var_S))
                PVAL <- switch(alternative,
                               less = pnorm(STATISTIC),
                               greater = pnorm(STATISTIC, lower.tail = FALSE),
                               two.sided = 2 * min(pnorm(STATISTIC), pnorm(STATISTIC, lower.tail = FALSE)))
            }
        } else {
            method <- "Spearman's rank correlation rho"
            if (is.null(exact)) exact <- TRUE
            names(NVAL) <- "rho"
            r <- cor(rank(x), rank(y))
            ESTIMATE <- c(rho = r)
            if (!is.finite(ESTIMATE)) {
                ESTIMATE[] <- NA
                STATISTIC <- c(S = NA)
                PVAL <- NA
            } else {
                pspearman <- function(q, n, lower.tail = TRUE) {
                    if (n <= 1290 && exact) stop("exact Spearman p-values are not available in rlambda yet")
                    den <- (n * (n^2 - 1)) / 6
                    r <- 1 - q / den
                    pt(r / sqrt((1 - r^2) / (n - 2)), df = n - 2, lower.tail = !lower.tail)
                }
                q <- (n^3 - n) * (1 - r) / 6
                STATISTIC <- c(S = q)
                if (TIES && exact) {
                    exact <- FALSE
                    warning("Cannot compute exact p-value with ties")
                }
                PVAL <- switch(alternative,
                               two.sided = {
                                   p <- if (q > (n^3 - n) / 6) pspearman(q, n, lower.tail = FALSE)
                                        else pspearman(q, n, lower.tail = TRUE)
                                   min(2 * p, 1)
                               },
                               greater = pspearman(q, n, lower.tail = TRUE),
                               less = pspearman(q, n, lower.tail = FALSE))
            }
        }
    }
    RVAL <- list(statistic = STATISTIC, parameter = PARAMETER, p.value = as.numeric(PVAL), estimate = ESTIMATE,
                 null.value = NVAL, alternative = alternative, method = method, data.name = DNAME)
    if (conf.int) RVAL <- c(RVAL, list(conf.int = cint))
    class(RVAL) <- "htest"
    RVAL
}

cor.test.formula <- function(formula, data, subset, na.action, ...) {
    if (missing(formula) || !inherits(formula, "formula") || length(formula) != 2L)
        stop("'formula' missing or invalid")
    m <- match.call(expand.dots = FALSE)
    if (is.matrix(eval(m$data, parent.frame()))) m$data <- as.data.frame(data)
    m[[1L]] <- quote(model.frame)
    m$... <- NULL
    mf <- eval(m, environment(formula))
    if (length(mf) != 2L) stop("invalid formula")
    DNAME <- paste(names(mf), collapse = " and ")
    names(mf) <- c("x", "y")
    y <- do.call("cor.test", c(mf, list(...)))
    y$data.name <- DNAME
    y
}

# ------------------------------------------------------------------ several groups

.groupsOf <- function(x, g, xname, gname, keep) {
    if (is.list(x)) {
        if (length(x) < 2L) stop("'x' must be a list with at least 2 elements")
        x <- lapply(x, function(u) u[keep(u)])
        list(x = x, name = xname)
    } else {
        if (length(x) != length(g)) stop("'x' and 'g' must have the same length")
        OK <- complete.cases(x, g)
        g <- factor(g[OK])
        if (nlevels(g) < 2) stop("all observations are in the same group")
        list(x = split(x[OK], g), name = paste(xname, "and", gname))
    }
}

kruskal.test <- function(x, ...) UseMethod("kruskal.test")

kruskal.test.default <- function(x, g, ...) {
    if (is.list(x)) {
        if (length(x) < 2L) stop("'x' must be a list with at least 2 elements")
        if (!missing(g)) warning("'x' is a list, so ignoring argument 'g'")
        DNAME <- deparse1(substitute(x))
        x <- lapply(x, function(u) u <- u[complete.cases(u)])
        if (!all(sapply(x, is.numeric))) warning("some elements of 'x' are not numeric and will be coerced to numeric")
        k <- length(x)
        l <- lengths(x)
        if (any(l == 0L)) stop("all groups must contain data")
        g <- factor(rep.int(seq_len(k), l))
        x <- unlist(x)
    } else {
        if (length(x) != length(g)) stop("'x' and 'g' must have the same length")
        DNAME <- paste(deparse1(substitute(x)), "and", deparse1(substitute(g)))
        OK <- complete.cases(x, g)
        x <- x[OK]
        g <- factor(g[OK])
        k <- nlevels(g)
        if (k < 2L) stop("all observations are in the same group")
    }
    n <- length(x)
    if (n < 2L) stop("not enough observations")
    r <- rank(x)
    TIES <- table(x)
    STATISTIC <- sum(tapply(r, g, sum)^2 / tapply(r, g, length))
    STATISTIC <- ((12 * STATISTIC / (n * (n + 1)) - 3 * (n + 1)) / (1 - sum(TIES^3 - TIES) / (n^3 - n)))
    PARAMETER <- k - 1L
    PVAL <- pchisq(STATISTIC, PARAMETER, lower.tail = FALSE)
    names(STATISTIC) <- "Kruskal-Wallis chi-squared"
    names(PARAMETER) <- "df"
    structure(list(statistic = STATISTIC, parameter = PARAMETER, p.value = PVAL,
                   method = "Kruskal-Wallis rank sum test", data.name = DNAME), class = "htest")
}

kruskal.test.formula <- function(formula, data, subset, na.action, ...) {
    if (missing(formula) || (length(formula) != 3L)) stop("'formula' missing or incorrect")
    mf <- .htestFrame(match.call(expand.dots = FALSE), parent.frame())
    if (length(mf) > 2L) stop("'formula' should be of the form response ~ group")
    DNAME <- paste(names(mf), collapse = " by ")
    y <- kruskal.test(x = mf[[1L]], g = mf[[2L]])
    y$data.name <- DNAME
    y
}

bartlett.test <- function(x, ...) UseMethod("bartlett.test")

bartlett.test.default <- function(x, g, ...) {
    LM <- FALSE
    if (is.list(x)) {
        if (length(x) < 2L) stop("'x' must be a list with at least 2 elements")
        DNAME <- deparse1(substitute(x))
        if (all(sapply(x, function(obj) inherits(obj, "lm")))) LM <- TRUE
        else x <- lapply(x, function(x) x <- x[is.finite(x)])
        k <- length(x)
    } else {
        if (length(x) != length(g)) stop("'x' and 'g' must have the same length")
        DNAME <- paste(deparse1(substitute(x)), "and", deparse1(substitute(g)))
        OK <- complete.cases(x, g)
        x <- x[OK]
        g <- factor(g[OK])
        k <- nlevels(g)
        if (k < 2) stop("all observations are in the same group")
        x <- split(x, g)
    }
    if (LM) {
        n <- sapply(x, function(obj) obj$df.resid)
        v <- sapply(x, function(obj) sum(obj$residuals^2)) / n
    } else {
        n <- lengths(x) - 1L
        if (any(n <= 0)) stop("there must be at least 2 observations in each group")
        v <- sapply(x, var)
    }
    n.total <- sum(n)
    v.total <- sum(n * v) / n.total
    STATISTIC <- ((n.total * log(v.total) - sum(n * log(v))) / (1 + (sum(1 / n) - 1 / n.total) / (3 * (k - 1))))
    PARAMETER <- k - 1
    PVAL <- pchisq(STATISTIC, PARAMETER, lower.tail = FALSE)
    names(STATISTIC) <- "Bartlett's K-squared"
    names(PARAMETER) <- "df"
    structure(list(statistic = STATISTIC, parameter = PARAMETER, p.value = PVAL, data.name = DNAME,
                   method = "Bartlett test of homogeneity of variances"), class = "htest")
}

bartlett.test.formula <- function(formula, data, subset, na.action, ...) {
    if (missing(formula) || (length(formula) != 3L)) stop("'formula' missing or incorrect")
    mf <- .htestFrame(match.call(expand.dots = FALSE), parent.frame())
    if (length(mf) != 2L) stop("'formula' should be of the form response ~ group")
    DNAME <- paste(names(mf), collapse = " by ")
    y <- bartlett.test(x = mf[[1L]], g = mf[[2L]])
    y$data.name <- DNAME
    y
}

oneway.test <- function(formula, data, subset, na.action, var.equal = FALSE) {
    if (missing(formula) || (length(formula) != 3L)) stop("'formula' missing or incorrect")
    dp <- as.character(formula)
    if (length(dp) != 3L) stop("a two-sided formula is required")
    DNAME <- paste(dp[[2L]], "and", dp[[3L]])
    m <- match.call(expand.dots = FALSE)
    m$var.equal <- NULL
    mf <- .htestFrame(m, parent.frame())
    response <- attr(attr(mf, "terms"), "response")
    y <- mf[[response]]
    g <- if (length(mf[-response]) > 1L) factor(do.call("interaction", mf[-response])) else factor(mf[[-response]])
    k <- nlevels(g)
    if (k < 2L) stop("not enough groups")
    n.i <- tapply(y, g, length)
    if (any(n.i < 2)) stop("not enough observations")
    m.i <- tapply(y, g, mean)
    v.i <- tapply(y, g, var)
    w.i <- n.i / v.i
    sum.w.i <- sum(w.i)
    tmp <- sum((1 - w.i / sum.w.i)^2 / (n.i - 1)) / (k^2 - 1)
    METHOD <- "One-way analysis of means"
    if (var.equal) {
        n <- sum(n.i)
        STATISTIC <- ((sum(n.i * (m.i - mean(y))^2) / (k - 1)) / (sum((n.i - 1) * v.i) / (n - k)))
        PARAMETER <- c(k - 1, n - k)
        PVAL <- pf(STATISTIC, k - 1, n - k, lower.tail = FALSE)
    } else {
        m <- sum(w.i * m.i) / sum.w.i
        STATISTIC <- sum(w.i * (m.i - m)^2) / ((k - 1) * (1 + 2 * (k - 2) * tmp))
        PARAMETER <- c(k - 1, 1 / (3 * tmp))
        PVAL <- pf(STATISTIC, k - 1, 1 / (3 * tmp), lower.tail = FALSE)
        METHOD <- paste(METHOD, "(not assuming equal variances)")
    }
    names(STATISTIC) <- "F"
    names(PARAMETER) <- c("num df", "denom df")
    structure(list(statistic = STATISTIC, parameter = PARAMETER, p.value = PVAL, method = METHOD,
                   data.name = DNAME), class = "htest")
}

# ------------------------------------------------------------------ multiple comparisons

p.adjust.methods <- c("holm", "hochberg", "hommel", "bonferroni", "BH", "BY", "fdr", "none")

p.adjust <- function(p, method = p.adjust.methods, n = length(p)) {
    method <- match.arg(method)
    if (method == "fdr") method <- "BH"
    nm <- names(p)
    p <- as.numeric(p)
    p0 <- setNames(p, nm)
    if (all(nna <- !is.na(p))) nna <- TRUE
    else p <- p[nna]
    lp <- length(p)
    stopifnot(n >= lp)
    if (n <= 1) return(p0)
    if (n == 2 && method == "hommel") method <- "hochberg"
    p0[nna] <- switch(method,
        bonferroni = pmin(1, n * p),
        holm = {
            i <- seq_len(lp)
            o <- order(p)
            ro <- order(o)
            pmin(1, cummax((n + 1L - i) * p[o]))[ro]
        },
        hommel = {
            if (n > lp) p <- c(p, rep.int(1, n - lp))
            i <- seq_len(n)
            o <- order(p)
            p <- p[o]
            ro <- order(o)
            q <- pa <- rep.int(min(n * p / i), n)
            for (j in (n - 1L):2L) {
                ij <- seq_len(n - j + 1L)
                i2 <- (n - j + 2L):n
                q1 <- min(j * p[i2] / (2L:j))
                q[ij] <- pmin(j * p[ij], q1)
                q[i2] <- q[n - j + 1L]
                pa <- pmax(pa, q)
            }
            pmax(pa, p)[if (lp < n) ro[1L:lp] else ro]
        },
        hochberg = {
            i <- lp:1L
            o <- order(p, decreasing = TRUE)
            ro <- order(o)
            pmin(1, cummin((n + 1L - i) * p[o]))[ro]
        },
        BH = {
            i <- lp:1L
            o <- order(p, decreasing = TRUE)
            ro <- order(o)
            pmin(1, cummin(n / i * p[o]))[ro]
        },
        BY = {
            i <- lp:1L
            o <- order(p, decreasing = TRUE)
            ro <- order(o)
            q <- sum(1 / (1L:n))
            pmin(1, cummin(q * n / i * p[o]))[ro]
        },
        none = p)
    p0
}

pairwise.table <- function(compare.levels, level.names, p.adjust.method) {
    ix <- setNames(seq_along(level.names), level.names)
    pp <- outer(ix[-1L], ix[-length(ix)], function(ivec, jvec)
        vapply(seq_along(ivec), function(k) {
            i <- ivec[k]
            j <- jvec[k]
            if (i > j) compare.levels(i, j) else NA_real_
        }, 0.1))
    pp[lower.tri(pp, TRUE)] <- p.adjust(pp[lower.tri(pp, TRUE)], p.adjust.method)
    pp
}

pairwise.t.test <- function(x, g, p.adjust.method = p.adjust.methods, pool.sd = !paired, paired = FALSE,
                            alternative = c("two.sided", "less", "greater"), ...) {
    if (paired && pool.sd) stop("pooling of SD is incompatible with paired tests")
    DNAME <- paste(deparse1(substitute(x)), "and", deparse1(substitute(g)))
    g <- factor(g)
    p.adjust.method <- match.arg(p.adjust.method)
    alternative <- match.arg(alternative)
    if (pool.sd) {
        METHOD <- "t tests with pooled SD"
        xbar <- tapply(x, g, mean, na.rm = TRUE)
        s <- tapply(x, g, sd, na.rm = TRUE)
        n <- tapply(!is.na(x), g, sum)
        degf <- n - 1
        total.degf <- sum(degf)
        pooled.sd <- sqrt(sum(s^2 * degf) / total.degf)
        compare.levels <- function(i, j) {
            dif <- xbar[i] - xbar[j]
            se.dif <- pooled.sd * sqrt(1 / n[i] + 1 / n[j])
            t.val <- dif / se.dif
            if (alternative == "two.sided") 2 * pt(-abs(t.val), total.degf)
            else pt(t.val, total.degf, lower.tail = (alternative == "less"))
        }
    } else {
        METHOD <- if (paired) "paired t tests" else "t tests with non-pooled SD"
        compare.levels <- function(i, j) {
            xi <- x[as.integer(g) == i]
            xj <- x[as.integer(g) == j]
            t.test(xi, xj, paired = paired, alternative = alternative, ...)$p.value
        }
    }
    PVAL <- pairwise.table(compare.levels, levels(g), p.adjust.method)
    ans <- list(method = METHOD, data.name = DNAME, p.value = PVAL, p.adjust.method = p.adjust.method)
    class(ans) <- "pairwise.htest"
    ans
}

print.pairwise.htest <- function(x, digits = max(1L, getOption("digits") - 5L), ...) {
    cat("\n\tPairwise comparisons using", x$method, "\n\n")
    cat("data: ", x$data.name, "\n\n")
    pp <- format.pval(x$p.value, digits = digits, na.form = "-")
    attributes(pp) <- attributes(x$p.value)
    print(pp, quote = FALSE, ...)
    cat("\nP value adjustment method:", x$p.adjust.method, "\n")
    invisible(x)
}

# ------------------------------------------------------------------ Fisher's exact test (2 x 2)

fisher.test <- function(x, y = NULL, workspace = 200000, hybrid = FALSE,
                        hybridPars = c(expect = 5, percent = 80, Emin = 1), control = list(), or = 1,
                        alternative = "two.sided", conf.int = TRUE, conf.level = 0.95,
                        simulate.p.value = FALSE, B = 2000) {
    DNAME <- deparse1(substitute(x))
    METHOD <- "Fisher's Exact Test for Count Data"
    if (is.data.frame(x)) x <- as.matrix(x)
    if (is.matrix(x)) {
        if (any(dim(x) < 2L)) stop("'x' must have at least 2 rows and columns")
        if (!is.numeric(x) || any(x < 0) || anyNA(x)) stop("all entries of 'x' must be nonnegative and finite")
        if (!is.integer(x)) {
            xo <- x
            x <- round(x)
            if (!identical(TRUE, (ax <- all.equal(xo, x))))
                warning(gettextf("'x' has been rounded to integer: %s", ax), domain = NA)
            storage.mode(x) <- "integer"
        }
    } else {
        if (is.null(y)) stop("if 'x' is not a matrix, 'y' must be given")
        if (length(x) != length(y)) stop("'x' and 'y' must have the same length")
        DNAME <- paste(DNAME, "and", deparse1(substitute(y)))
        OK <- complete.cases(x, y)
        x <- as.factor(x[OK])
        y <- as.factor(y[OK])
        if ((nlevels(x) < 2L) || (nlevels(y) < 2L)) stop("'x' and 'y' must have at least 2 levels")
        x <- table(x, y)
    }
    if (nrow(x) != 2L || ncol(x) != 2L)
        stop("fisher.test() of tables larger than 2 x 2 is not supported in rlambda yet")
    alternative <- c("two.sided", "less", "greater")[pmatch(alternative, c("two.sided", "less", "greater"))]
    if (length(alternative) != 1L || is.na(alternative))
        stop("alternative must be \"two.sided\", \"less\" or \"greater\"")
    .checkConfLevel(conf.level, open = TRUE)
    if (!missing(or) && (length(or) > 1L || is.na(or) || or < 0)) stop("'or' must be a single number between 0 and Inf")
    m <- sum(x[, 1L])
    n <- sum(x[, 2L])
    k <- sum(x[1L, ])
    x <- x[1L, 1L]
    lo <- max(0L, k - n)
    hi <- min(k, m)
    NVAL <- c("odds ratio" = or)
    support <- lo:hi
    logdc <- dhyper(support, m, n, k, log = TRUE)
    # the noncentral hypergeometric distribution of x with odds ratio ncp
    dnhyper <- function(ncp) {
        d <- logdc + log(ncp) * support
        d <- exp(d - max(d))
        d / sum(d)
    }
    mnhyper <- function(ncp) {
        if (ncp == 0) return(lo)
        if (ncp == Inf) return(hi)
        sum(support * dnhyper(ncp))
    }
    pnhyper <- function(q, ncp = 1, upper.tail = FALSE) {
        if (ncp == 1) return(if (upper.tail) phyper(x - 1, m, n, k, lower.tail = FALSE) else phyper(x, m, n, k))
        if (ncp == 0) return(as.numeric(if (upper.tail) q <= lo else q >= lo))
        if (ncp == Inf) return(as.numeric(if (upper.tail) q <= hi else q >= hi))
        sum(dnhyper(ncp)[if (upper.tail) support >= q else support <= q])
    }
    PVAL <- switch(alternative,
                   less = pnhyper(x, or),
                   greater = pnhyper(x, or, upper.tail = TRUE),
                   two.sided = {
                       if (or == 0) as.numeric(x == lo)
                       else if (or == Inf) as.numeric(x == hi)
                       else {
                           d <- dnhyper(or)
                           sum(d[d <= d[x - lo + 1] * (1 + 10^(-7))])
                       }
                   })
    RVAL <- list(p.value = PVAL)
    mle <- function(x) {
        if (x == lo) return(0)
        if (x == hi) return(Inf)
        mu <- mnhyper(1)
        if (mu > x) uniroot(function(t) mnhyper(t) - x, c(0, 1))$root
        else if (mu < x) 1 / uniroot(function(t) mnhyper(1 / t) - x, c(.Machine$double.eps, 1))$root
        else 1
    }
    ESTIMATE <- c("odds ratio" = mle(x))
    if (conf.int) {
        ncp.U <- function(x, alpha) {
            if (x == hi) return(Inf)
            p <- pnhyper(x, 1)
            if (p < alpha) uniroot(function(t) pnhyper(x, t) - alpha, c(0, 1))$root
            else if (p > alpha) 1 / uniroot(function(t) pnhyper(x, 1 / t) - alpha, c(.Machine$double.eps, 1))$root
            else 1
        }
        ncp.L <- function(x, alpha) {
            if (x == lo) return(0)
            p <- pnhyper(x, 1, upper.tail = TRUE)
            if (p > alpha) uniroot(function(t) pnhyper(x, t, upper.tail = TRUE) - alpha, c(0, 1))$root
            else if (p < alpha) 1 / uniroot(function(t) pnhyper(x, 1 / t, upper.tail = TRUE) - alpha, c(.Machine$double.eps, 1))$root
            else 1
        }
        CINT <- switch(alternative,
                       less = c(0, ncp.U(x, 1 - conf.level)),
                       greater = c(ncp.L(x, 1 - conf.level), Inf),
                       two.sided = {
                           alpha <- (1 - conf.level) / 2
                           c(ncp.L(x, alpha), ncp.U(x, alpha))
                       })
        attr(CINT, "conf.level") <- conf.level
    }
    RVAL <- c(RVAL, list(conf.int = if (conf.int) CINT, estimate = ESTIMATE, null.value = NVAL))
    structure(c(RVAL, alternative = alternative, method = METHOD, data.name = DNAME), class = "htest")
}

# ------------------------------------------------------------------ power calculations (power.R)

.nullOrProb <- function(x, name) {
    if (!is.null(x) && (!is.numeric(x) || any(0 > x | x > 1)))
        stop(gettextf("'%s' must be numeric in [0, 1]", name), call. = FALSE)
    invisible(x)
}

power.t.test <- function(n = NULL, delta = NULL, sd = 1, sig.level = 0.05, power = NULL,
                         type = c("two.sample", "one.sample", "paired"),
                         alternative = c("two.sided", "one.sided"), strict = FALSE,
                         tol = .Machine$double.eps^0.25) {
    if (sum(vapply(list(n, delta, sd, power, sig.level), is.null, NA)) != 1)
        stop("exactly one of 'n', 'delta', 'sd', 'power', and 'sig.level' must be NULL")
    .nullOrProb(sig.level, "sig.level")
    .nullOrProb(power, "power")
    type <- match.arg(type)
    alternative <- match.arg(alternative)
    tsample <- switch(type, one.sample = 1, two.sample = 2, paired = 1)
    tside <- switch(alternative, one.sided = 1, two.sided = 2)
    if (tside == 2 && !is.null(delta)) delta <- abs(delta)
    pw <- function(n, delta, sd, sig.level) {
        nu <- pmax(1e-7, n - 1) * tsample
        qu <- qt(sig.level / tside, nu, lower.tail = FALSE)
        ncp <- sqrt(n / tsample) * delta / sd
        p <- pt(qu, nu, ncp = ncp, lower.tail = FALSE)
        if (strict && tside == 2) p + pt(-qu, nu, ncp = ncp, lower.tail = TRUE) else p
    }
    if (is.null(power)) power <- pw(n, delta, sd, sig.level)
    else if (is.null(n)) n <- uniroot(function(n) pw(n, delta, sd, sig.level) - power, c(2, 1e7), tol = tol, extendInt = "upX")$root
    else if (is.null(sd)) sd <- uniroot(function(sd) pw(n, delta, sd, sig.level) - power, delta * c(1e-7, 1e+7), tol = tol, extendInt = "downX")$root
    else if (is.null(delta)) delta <- uniroot(function(delta) pw(n, delta, sd, sig.level) - power, sd * c(1e-7, 1e+7), tol = tol, extendInt = "upX")$root
    else if (is.null(sig.level)) sig.level <- uniroot(function(sig.level) pw(n, delta, sd, sig.level) - power, c(1e-10, 1 - 1e-10), tol = tol, extendInt = "yes")$root
    NOTE <- switch(type, paired = "n is number of *pairs*, sd is std.dev. of *differences* within pairs",
                   two.sample = "n is number in *each* group", NULL)
    METHOD <- paste(switch(type, one.sample = "One-sample", two.sample = "Two-sample", paired = "Paired"),
                    "t test power calculation")
    structure(list(n = n, delta = delta, sd = sd, sig.level = sig.level, power = power, alternative = alternative,
                   note = NOTE, method = METHOD), class = "power.htest")
}

power.prop.test <- function(n = NULL, p1 = NULL, p2 = NULL, sig.level = 0.05, power = NULL,
                            alternative = c("two.sided", "one.sided"), strict = FALSE,
                            tol = .Machine$double.eps^0.25) {
    if (sum(vapply(list(n, p1, p2, power, sig.level), is.null, NA)) != 1)
        stop("exactly one of 'n', 'p1', 'p2', 'power', and 'sig.level' must be NULL")
    .nullOrProb(sig.level, "sig.level")
    .nullOrProb(power, "power")
    alternative <- match.arg(alternative)
    tside <- switch(alternative, one.sided = 1, two.sided = 2)
    pw <- function(n, p1, p2, sig.level) {
        qu <- qnorm(sig.level / tside, lower.tail = FALSE)
        if (strict && tside == 2) {
            d <- abs(p1 - p2)
            pbar <- (p1 + p2) / 2
            vbar <- pbar * (1 - pbar)
            v <- p1 * (1 - p1) + p2 * (1 - p2)
            pnorm((sqrt(n) * d - qu * sqrt(2 * vbar)) / sqrt(v)) +
                pnorm((sqrt(n) * d + qu * sqrt(2 * vbar)) / sqrt(v), lower.tail = FALSE)
        } else pnorm((sqrt(n) * abs(p1 - p2) - (qu * sqrt((p1 + p2) * (1 - (p1 + p2) / 2)))) /
                         sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    }
    if (is.null(power)) power <- pw(n, p1, p2, sig.level)
    else if (is.null(n)) n <- uniroot(function(n) pw(n, p1, p2, sig.level) - power, c(1, 1e7), tol = tol, extendInt = "upX")$root
    else if (is.null(p1)) {
        p1 <- uniroot(function(p1) pw(n, p1, p2, sig.level) - power, c(0, p2), tol = tol, extendInt = "yes")$root
        if (p1 < 0) warning("No p1 in [0, p2] can be found to achieve the desired power")
    } else if (is.null(p2)) {
        p2 <- uniroot(function(p2) pw(n, p1, p2, sig.level) - power, c(p1, 1), tol = tol, extendInt = "yes")$root
        if (p2 > 1) warning("No p2 in [p1, 1] can be found to achieve the desired power")
    } else if (is.null(sig.level)) {
        sig.level <- uniroot(function(sig.level) pw(n, p1, p2, sig.level) - power, c(1e-10, 1 - 1e-10), tol = tol, extendInt = "upX")$root
        if (sig.level < 0 || sig.level > 1) warning("No significance level [0, 1] can be found to achieve the desired power")
    }
    structure(list(n = n, p1 = p1, p2 = p2, sig.level = sig.level, power = power, alternative = alternative,
                   note = "n is number in *each* group",
                   method = "Two-sample comparison of proportions power calculation"), class = "power.htest")
}

print.power.htest <- function(x, digits = getOption("digits"), ...) {
    cat("\n    ", x$method, "\n\n")
    note <- x$note
    x[c("method", "note")] <- NULL
    cat(paste(format(names(x), width = 15L, justify = "right"), format(x, digits = digits), sep = " = "), sep = "\n")
    if (!is.null(note)) cat("\n", "NOTE: ", note, "\n\n", sep = "") else cat("\n")
    invisible(x)
}

# ------------------------------------------------------------------ Wilcoxon tests (wilcox.test.R)

wilcox.test <- function(x, ...) UseMethod("wilcox.test")

# Exact confidence interval from sorted Walsh averages or differences and the null quantile qfun.
.wilcoxExactCI <- function(diffs, alternative, alpha, total, qfun, pfun) {
    qu <- qfun(if (alternative == "two.sided") alpha / 2 else alpha)
    if (qu == 0) qu <- 1
    ql <- total - qu
    achieved <- (if (alternative == "two.sided") 2 else 1) * pfun(trunc(qu) - 1)
    cint <- switch(alternative,
                   two.sided = c(diffs[qu], diffs[ql + 1]),
                   greater = c(diffs[qu], +Inf),
                   less = c(-Inf, diffs[ql + 1]))
    list(cint = cint, achieved = achieved)
}

# The normal-approximation interval: roots of the standardised statistic W(d) between mumin and mumax.
.wilcoxRootCI <- function(W, mumin, mumax, alternative, alpha, tol.root, clamp) {
    Wmumin <- W(mumin)
    Wmumax <- W(mumax)
    root <- function(zq) {
        f.lower <- Wmumin - zq
        f.upper <- Wmumax - zq
        if (clamp) {
            if (f.lower <= 0) return(mumin)
            if (f.upper >= 0) return(mumax)
        }
        uniroot(function(d, zq) W(d) - zq, lower = mumin, upper = mumax, f.lower = f.lower, f.upper = f.upper,
                tol = tol.root, zq = zq)$root
    }
    switch(alternative,
           two.sided = c(root(qnorm(alpha / 2, lower.tail = FALSE)), root(qnorm(alpha / 2))),
           greater = c(root(qnorm(alpha, lower.tail = FALSE)), +Inf),
           less = c(-Inf, root(qnorm(alpha))))
}

.continuity <- function(correct, alternative, z)
    if (correct) switch(alternative, two.sided = sign(z) * 0.5, greater = 0.5, less = -0.5) else 0

.normalP <- function(z, alternative)
    switch(alternative, less = pnorm(z), greater = pnorm(z, lower.tail = FALSE),
           two.sided = 2 * min(pnorm(z), pnorm(z, lower.tail = FALSE)))

wilcox.test.default <- function(x, y = NULL, alternative = c("two.sided", "less", "greater"), mu = 0,
                                paired = FALSE, exact = NULL, correct = TRUE, conf.int = FALSE,
                                conf.level = 0.95, tol.root = 1e-4, digits.rank = Inf, ...) {
    alternative <- match.arg(alternative)
    if (!missing(mu) && ((length(mu) > 1L) || !is.finite(mu))) stop("'mu' must be a single number")
    if (conf.int) .checkConfLevel(conf.level, open = TRUE)
    if (!is.numeric(x)) stop("'x' must be numeric")
    if (!is.null(y)) {
        if (!is.numeric(y)) stop("'y' must be numeric")
        DNAME <- paste(deparse1(substitute(x)), "and", deparse1(substitute(y)))
        if (paired) {
            if (length(x) != length(y)) stop("'x' and 'y' must have the same length")
            OK <- complete.cases(x, y)
            x <- x[OK] - y[OK]
            y <- NULL
        } else y <- y[!is.na(y)]
    } else {
        DNAME <- deparse1(substitute(x))
        if (paired) stop("'y' is missing for paired test")
    }
    x <- x[!is.na(x)]
    if (length(x) < 1L) stop("not enough (non-missing) 'x' observations")
    rk <- function(v) rank(if (is.finite(digits.rank)) signif(v, digits.rank) else v)
    alpha <- 1 - conf.level
    if (is.null(y)) {
        METHOD <- "Wilcoxon signed rank test"
        x <- x - mu
        ZEROES <- any(x == 0)
        if (ZEROES) x <- x[x != 0]
        n <- as.double(length(x))
        if (is.null(exact)) exact <- (n < 50)
        r <- rk(abs(x))
        STATISTIC <- setNames(sum(r[x > 0]), "V")
        TIES <- length(r) != length(unique(r))
        if (exact && !TIES && !ZEROES) {
            METHOD <- sub("test", "exact test", METHOD, fixed = TRUE)
            PVAL <- switch(alternative,
                           two.sided = {
                               p <- if (STATISTIC > (n * (n + 1) / 4)) psignrank(STATISTIC - 1, n, lower.tail = FALSE)
                                    else psignrank(STATISTIC, n)
                               min(2 * p, 1)
                           },
                           greater = psignrank(STATISTIC - 1, n, lower.tail = FALSE),
                           less = psignrank(STATISTIC, n))
            if (conf.int) {
                x <- x + mu
                diffs <- outer(x, x, `+`)
                diffs <- sort(diffs[!lower.tri(diffs)]) / 2
                ci <- .wilcoxExactCI(diffs, alternative, alpha, n * (n + 1) / 2,
                                     function(p) qsignrank(p, n), function(q) psignrank(q, n))
                cint <- ci$cint
                if (ci$achieved - alpha > alpha / 2) {
                    warning("requested conf.level not achievable")
                    conf.level <- 1 - signif(ci$achieved, 2)
                }
                attr(cint, "conf.level") <- conf.level
                ESTIMATE <- c("(pseudo)median" = median(diffs))
            }
        } else {
            NTIES <- table(r)
            z <- STATISTIC - n * (n + 1) / 4
            SIGMA <- sqrt(n * (n + 1) * (2 * n + 1) / 24 - sum(NTIES^3 - NTIES) / 48)
            if (correct) METHOD <- paste(METHOD, "with continuity correction")
            z <- (z - .continuity(correct, alternative, z)) / SIGMA
            PVAL <- .normalP(z, alternative)
            if (conf.int) {
                x <- x + mu
                W <- function(d) {
                    xd <- x - d
                    xd <- xd[xd != 0]
                    nx <- length(xd)
                    dr <- rk(abs(xd))
                    zd <- sum(dr[xd > 0]) - nx * (nx + 1) / 4
                    NT <- table(dr)
                    S <- sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - sum(NT^3 - NT) / 48)
                    if (S == 0) warning("cannot compute confidence interval when all observations are zero or tied", call. = FALSE)
                    (zd - .continuity(correct, alternative, zd)) / S
                }
                mumin <- min(x)
                mumax <- max(x)
                cint <- .wilcoxRootCI(W, mumin, mumax, alternative, alpha, tol.root, clamp = FALSE)
                attr(cint, "conf.level") <- conf.level
                correct <- FALSE
                ESTIMATE <- c("(pseudo)median" = uniroot(W, lower = mumin, upper = mumax, tol = tol.root)$root)
            }
            if (exact && TIES) {
                warning("cannot compute exact p-value with ties")
                if (conf.int) warning("cannot compute exact confidence interval with ties")
            }
            if (exact && ZEROES) {
                warning("cannot compute exact p-value with zeroes")
                if (conf.int) warning("cannot compute exact confidence interval with zeroes")
            }
        }
    } else {
        if (length(y) < 1L) stop("not enough 'y' observations")
        METHOD <- "Wilcoxon rank sum test"
        r <- rk(c(x - mu, y))
        n.x <- as.double(length(x))
        n.y <- as.double(length(y))
        if (is.null(exact)) exact <- (n.x < 50) && (n.y < 50)
        STATISTIC <- c(W = sum(r[seq_along(x)]) - n.x * (n.x + 1) / 2)
        TIES <- (length(r) != length(unique(r)))
        if (exact && !TIES) {
            METHOD <- sub("test", "exact test", METHOD, fixed = TRUE)
            PVAL <- switch(alternative,
                           two.sided = {
                               p <- if (STATISTIC > (n.x * n.y / 2)) pwilcox(STATISTIC - 1, n.x, n.y, lower.tail = FALSE)
                                    else pwilcox(STATISTIC, n.x, n.y)
                               min(2 * p, 1)
                           },
                           greater = pwilcox(STATISTIC - 1, n.x, n.y, lower.tail = FALSE),
                           less = pwilcox(STATISTIC, n.x, n.y))
            if (conf.int) {
                diffs <- sort(outer(x, y, `-`))
                ci <- .wilcoxExactCI(diffs, alternative, alpha, n.x * n.y,
                                     function(p) qwilcox(p, n.x, n.y), function(q) pwilcox(q, n.x, n.y))
                cint <- ci$cint
                if (ci$achieved - alpha > alpha / 2) {
                    warning("Requested conf.level not achievable")
                    conf.level <- 1 - ci$achieved
                }
                attr(cint, "conf.level") <- conf.level
                ESTIMATE <- c("difference in location" = median(diffs))
            }
        } else {
            NTIES <- table(r)
            z <- STATISTIC - n.x * n.y / 2
            SIGMA <- sqrt((n.x * n.y / 12) * ((n.x + n.y + 1) - sum(NTIES^3 - NTIES) / ((n.x + n.y) * (n.x + n.y - 1))))
            if (correct) METHOD <- paste(METHOD, "with continuity correction")
            z <- (z - .continuity(correct, alternative, z)) / SIGMA
            PVAL <- .normalP(z, alternative)
            if (conf.int) {
                W <- function(d) {
                    dr <- rk(c(x - d, y))
                    NT <- table(dr)
                    dz <- sum(dr[seq_along(x)]) - n.x * (n.x + 1) / 2 - n.x * n.y / 2
                    S <- sqrt((n.x * n.y / 12) * ((n.x + n.y + 1) - sum(NT^3 - NT) / ((n.x + n.y) * (n.x + n.y - 1))))
                    if (S == 0) warning("cannot compute confidence interval when all observations are tied", call. = FALSE)
                    (dz - .continuity(correct, alternative, dz)) / S
                }
                mumin <- min(x) - max(y)
                mumax <- max(x) - min(y)
                cint <- .wilcoxRootCI(W, mumin, mumax, alternative, alpha, tol.root, clamp = TRUE)
                attr(cint, "conf.level") <- conf.level
                correct <- FALSE
                ESTIMATE <- c("difference in location" = uniroot(W, lower = mumin, upper = mumax, tol = tol.root)$root)
            }
            if (exact && TIES) {
                warning("cannot compute exact p-value with ties")
                if (conf.int) warning("cannot compute exact confidence intervals with ties")
            }
        }
    }
    names(mu) <- if (paired || !is.null(y)) "location shift" else "location"
    RVAL <- list(statistic = STATISTIC, parameter = NULL, p.value = as.numeric(PVAL), null.value = mu,
                 alternative = alternative, method = METHOD, data.name = DNAME)
    if (conf.int) RVAL <- c(RVAL, list(conf.int = cint, estimate = ESTIMATE))
    class(RVAL) <- "htest"
    RVAL
}

wilcox.test.formula <- function(formula, data, subset, na.action, ...) {
    if (missing(formula) || (length(formula) != 3L)) stop("'formula' missing or incorrect")
    oneSampleOrPaired <- FALSE
    if (length(attr(terms(formula[-2L]), "term.labels")) != 1L) {
        if (formula[[3L]] == 1L) oneSampleOrPaired <- TRUE
        else stop("'formula' missing or incorrect")
    }
    mf <- .htestFrame(match.call(expand.dots = FALSE), parent.frame())
    DNAME <- paste(names(mf), collapse = " by ")
    names(mf) <- NULL
    response <- attr(attr(mf, "terms"), "response")
    if (!oneSampleOrPaired) {
        g <- factor(mf[[-response]])
        if (nlevels(g) != 2L) stop("grouping factor must have exactly 2 levels")
        DATA <- split(mf[[response]], g)
        y <- wilcox.test(x = DATA[[1L]], y = DATA[[2L]], ...)
    } else {
        respVar <- mf[[response]]
        y <- if (inherits(respVar, "Pair")) wilcox.test(x = respVar[, 1L], y = respVar[, 2L], paired = TRUE, ...)
             else wilcox.test(x = respVar, ...)
    }
    y$data.name <- DNAME
    y
}
