# The d/p/q functions of stats with GNU R's formals. The vectorised numerical kernels are Java
# builtins (.C_<name>, org.rlambda.stats.DistributionBuiltins over org.rlambda.nmath).

dnorm <- function(x, mean = 0, sd = 1, log = FALSE) .C_dnorm(x, mean, sd, log)
pnorm <- function(q, mean = 0, sd = 1, lower.tail = TRUE, log.p = FALSE) .C_pnorm(q, mean, sd, lower.tail, log.p)
qnorm <- function(p, mean = 0, sd = 1, lower.tail = TRUE, log.p = FALSE) .C_qnorm(p, mean, sd, lower.tail, log.p)

dlnorm <- function(x, meanlog = 0, sdlog = 1, log = FALSE) .C_dlnorm(x, meanlog, sdlog, log)
plnorm <- function(q, meanlog = 0, sdlog = 1, lower.tail = TRUE, log.p = FALSE)
    .C_plnorm(q, meanlog, sdlog, lower.tail, log.p)
qlnorm <- function(p, meanlog = 0, sdlog = 1, lower.tail = TRUE, log.p = FALSE)
    .C_qlnorm(p, meanlog, sdlog, lower.tail, log.p)

dunif <- function(x, min = 0, max = 1, log = FALSE) .C_dunif(x, min, max, log)
punif <- function(q, min = 0, max = 1, lower.tail = TRUE, log.p = FALSE) .C_punif(q, min, max, lower.tail, log.p)
qunif <- function(p, min = 0, max = 1, lower.tail = TRUE, log.p = FALSE) .C_qunif(p, min, max, lower.tail, log.p)

dexp <- function(x, rate = 1, log = FALSE) .C_dexp(x, 1/rate, log)
pexp <- function(q, rate = 1, lower.tail = TRUE, log.p = FALSE) .C_pexp(q, 1/rate, lower.tail, log.p)
qexp <- function(p, rate = 1, lower.tail = TRUE, log.p = FALSE) .C_qexp(p, 1/rate, lower.tail, log.p)

dcauchy <- function(x, location = 0, scale = 1, log = FALSE) .C_dcauchy(x, location, scale, log)
pcauchy <- function(q, location = 0, scale = 1, lower.tail = TRUE, log.p = FALSE)
    .C_pcauchy(q, location, scale, lower.tail, log.p)
qcauchy <- function(p, location = 0, scale = 1, lower.tail = TRUE, log.p = FALSE)
    .C_qcauchy(p, location, scale, lower.tail, log.p)

dlogis <- function(x, location = 0, scale = 1, log = FALSE) .C_dlogis(x, location, scale, log)
plogis <- function(q, location = 0, scale = 1, lower.tail = TRUE, log.p = FALSE)
    .C_plogis(q, location, scale, lower.tail, log.p)
qlogis <- function(p, location = 0, scale = 1, lower.tail = TRUE, log.p = FALSE)
    .C_qlogis(p, location, scale, lower.tail, log.p)

dweibull <- function(x, shape, scale = 1, log = FALSE) .C_dweibull(x, shape, scale, log)
pweibull <- function(q, shape, scale = 1, lower.tail = TRUE, log.p = FALSE)
    .C_pweibull(q, shape, scale, lower.tail, log.p)
qweibull <- function(p, shape, scale = 1, lower.tail = TRUE, log.p = FALSE)
    .C_qweibull(p, shape, scale, lower.tail, log.p)

dgamma <- function(x, shape, rate = 1, scale = 1/rate, log = FALSE) {
    if (!missing(rate) && !missing(scale)) {
        if (abs(rate * scale - 1) < 1e-15) warning("specify 'rate' or 'scale' but not both")
        else stop("specify 'rate' or 'scale' but not both")
    }
    .C_dgamma(x, shape, scale, log)
}
pgamma <- function(q, shape, rate = 1, scale = 1/rate, lower.tail = TRUE, log.p = FALSE) {
    if (!missing(rate) && !missing(scale)) {
        if (abs(rate * scale - 1) < 1e-15) warning("specify 'rate' or 'scale' but not both")
        else stop("specify 'rate' or 'scale' but not both")
    }
    .C_pgamma(q, shape, scale, lower.tail, log.p)
}
qgamma <- function(p, shape, rate = 1, scale = 1/rate, lower.tail = TRUE, log.p = FALSE) {
    if (!missing(rate) && !missing(scale)) {
        if (abs(rate * scale - 1) < 1e-15) warning("specify 'rate' or 'scale' but not both")
        else stop("specify 'rate' or 'scale' but not both")
    }
    .C_qgamma(p, shape, scale, lower.tail, log.p)
}

dbeta <- function(x, shape1, shape2, ncp = 0, log = FALSE) {
    if (missing(ncp)) .C_dbeta(x, shape1, shape2, log)
    else .C_dnbeta(x, shape1, shape2, ncp, log)
}
pbeta <- function(q, shape1, shape2, ncp = 0, lower.tail = TRUE, log.p = FALSE) {
    if (missing(ncp)) .C_pbeta(q, shape1, shape2, lower.tail, log.p)
    else .C_pnbeta(q, shape1, shape2, ncp, lower.tail, log.p)
}
qbeta <- function(p, shape1, shape2, ncp = 0, lower.tail = TRUE, log.p = FALSE) {
    if (missing(ncp)) .C_qbeta(p, shape1, shape2, lower.tail, log.p)
    else .C_qnbeta(p, shape1, shape2, ncp, lower.tail, log.p)
}

dchisq <- function(x, df, ncp = 0, log = FALSE) {
    if (missing(ncp)) .C_dchisq(x, df, log)
    else .C_dnchisq(x, df, ncp, log)
}
pchisq <- function(q, df, ncp = 0, lower.tail = TRUE, log.p = FALSE) {
    if (missing(ncp)) .C_pchisq(q, df, lower.tail, log.p)
    else .C_pnchisq(q, df, ncp, lower.tail, log.p)
}
qchisq <- function(p, df, ncp = 0, lower.tail = TRUE, log.p = FALSE) {
    if (missing(ncp)) .C_qchisq(p, df, lower.tail, log.p)
    else .C_qnchisq(p, df, ncp, lower.tail, log.p)
}

df <- function(x, df1, df2, ncp, log = FALSE) {
    if (missing(ncp)) .C_df(x, df1, df2, log)
    else .C_dnf(x, df1, df2, ncp, log)
}
pf <- function(q, df1, df2, ncp, lower.tail = TRUE, log.p = FALSE) {
    if (missing(ncp)) .C_pf(q, df1, df2, lower.tail, log.p)
    else .C_pnf(q, df1, df2, ncp, lower.tail, log.p)
}
qf <- function(p, df1, df2, ncp, lower.tail = TRUE, log.p = FALSE) {
    if (missing(ncp)) .C_qf(p, df1, df2, lower.tail, log.p)
    else .C_qnf(p, df1, df2, ncp, lower.tail, log.p)
}

dt <- function(x, df, ncp, log = FALSE) {
    if (missing(ncp)) .C_dt(x, df, log)
    else .C_dnt(x, df, ncp, log)
}
pt <- function(q, df, ncp, lower.tail = TRUE, log.p = FALSE) {
    if (missing(ncp)) .C_pt(q, df, lower.tail, log.p)
    else .C_pnt(q, df, ncp, lower.tail, log.p)
}
qt <- function(p, df, ncp, lower.tail = TRUE, log.p = FALSE) {
    if (missing(ncp)) .C_qt(p, df, lower.tail, log.p)
    else .C_qnt(p, df, ncp, lower.tail, log.p)
}

dbinom <- function(x, size, prob, log = FALSE) .C_dbinom(x, size, prob, log)
pbinom <- function(q, size, prob, lower.tail = TRUE, log.p = FALSE) .C_pbinom(q, size, prob, lower.tail, log.p)
qbinom <- function(p, size, prob, lower.tail = TRUE, log.p = FALSE) .C_qbinom(p, size, prob, lower.tail, log.p)

dpois <- function(x, lambda, log = FALSE) .C_dpois(x, lambda, log)
ppois <- function(q, lambda, lower.tail = TRUE, log.p = FALSE) .C_ppois(q, lambda, lower.tail, log.p)
qpois <- function(p, lambda, lower.tail = TRUE, log.p = FALSE) .C_qpois(p, lambda, lower.tail, log.p)

dgeom <- function(x, prob, log = FALSE) .C_dgeom(x, prob, log)
pgeom <- function(q, prob, lower.tail = TRUE, log.p = FALSE) .C_pgeom(q, prob, lower.tail, log.p)
qgeom <- function(p, prob, lower.tail = TRUE, log.p = FALSE) .C_qgeom(p, prob, lower.tail, log.p)

dnbinom <- function(x, size, prob, mu, log = FALSE) {
    if (!missing(mu)) {
        if (!missing(prob)) stop("'prob' and 'mu' both specified")
        .C_dnbinom_mu(x, size, mu, log)
    } else .C_dnbinom(x, size, prob, log)
}
pnbinom <- function(q, size, prob, mu, lower.tail = TRUE, log.p = FALSE) {
    if (!missing(mu)) {
        if (!missing(prob)) stop("'prob' and 'mu' both specified")
        .C_pnbinom_mu(q, size, mu, lower.tail, log.p)
    } else .C_pnbinom(q, size, prob, lower.tail, log.p)
}
qnbinom <- function(p, size, prob, mu, lower.tail = TRUE, log.p = FALSE) {
    if (!missing(mu)) {
        if (!missing(prob)) stop("'prob' and 'mu' both specified")
        .C_qnbinom_mu(p, size, mu, lower.tail, log.p)
    } else .C_qnbinom(p, size, prob, lower.tail, log.p)
}

dhyper <- function(x, m, n, k, log = FALSE) .C_dhyper(x, m, n, k, log)
phyper <- function(q, m, n, k, lower.tail = TRUE, log.p = FALSE) .C_phyper(q, m, n, k, lower.tail, log.p)
qhyper <- function(p, m, n, k, lower.tail = TRUE, log.p = FALSE) .C_qhyper(p, m, n, k, lower.tail, log.p)

ptukey <- function(q, nmeans, df, nranges = 1, lower.tail = TRUE, log.p = FALSE)
    .C_ptukey(q, nranges, nmeans, df, lower.tail, log.p)
qtukey <- function(p, nmeans, df, nranges = 1, lower.tail = TRUE, log.p = FALSE)
    .C_qtukey(p, nranges, nmeans, df, lower.tail, log.p)

dsignrank <- function(x, n, log = FALSE) .C_dsignrank(x, n, log)
psignrank <- function(q, n, lower.tail = TRUE, log.p = FALSE) .C_psignrank(q, n, lower.tail, log.p)
qsignrank <- function(p, n, lower.tail = TRUE, log.p = FALSE) .C_qsignrank(p, n, lower.tail, log.p)

dwilcox <- function(x, m, n, log = FALSE) .C_dwilcox(x, m, n, log)
pwilcox <- function(q, m, n, lower.tail = TRUE, log.p = FALSE) .C_pwilcox(q, m, n, lower.tail, log.p)
qwilcox <- function(p, m, n, lower.tail = TRUE, log.p = FALSE) .C_qwilcox(p, m, n, lower.tail, log.p)

dmultinom <- function(x, size = NULL, prob, log = FALSE) {
    K <- length(prob)
    if (length(x) != K) stop("x[] and prob[] must be equal length vectors.")
    if (any(!is.finite(prob)) || any(prob < 0) || (s <- sum(prob)) == 0)
        stop("probabilities must be finite, non-negative and not all 0")
    prob <- prob / s
    x <- as.integer(x + 0.5)
    if (any(x < 0)) stop("'x' must be non-negative")
    N <- sum(x)
    if (is.null(size)) size <- N
    else if (size != N) stop("size != sum(x), i.e. one is wrong")
    zero <- prob == 0
    if (any(zero)) {
        # an outcome of probability 0 that occurred makes the sample impossible
        if (any(x[zero] != 0)) return(if (log) -Inf else 0)
        if (all(zero)) return(if (log) 0 else 1)
        x <- x[!zero]
        prob <- prob[!zero]
    }
    r <- lgamma(size + 1) + sum(x * log(prob) - lgamma(x + 1))
    if (log) r else exp(r)
}

# The birthday problem: exact product for pairs, Diaconis & Mosteller's (7.5) otherwise.
pbirthday <- function(n, classes = 365, coincident = 2) {
    k <- coincident
    c <- classes
    if (k < 2) return(1)
    if (k == 2) return(1 - prod((c:(c - n + 1)) / rep(c, n)))
    if (k > n) return(0)
    if (n > c * (k - 1)) return(1)
    lhs <- n * exp(-n / (c * k)) / (1 - n / (c * (k + 1)))^(1 / k)
    lxx <- k * log(lhs) - (k - 1) * log(c) - lgamma(k + 1)
    -expm1(-exp(lxx))
}

qbirthday <- function(prob = 0.5, classes = 365, coincident = 2) {
    k <- coincident
    c <- classes
    p <- prob
    if (p <= 0) return(1)
    if (p >= 1) return(c * (k - 1) + 1)
    # start from the inverted approximation (usually an underestimate), then step to the answer
    N <- ceiling(exp(((k - 1) * log(c) + lgamma(k + 1) + log(-log1p(-p))) / k))
    if (pbirthday(N, c, k) < prob) {
        N <- N + 1
        while (pbirthday(N, c, k) < prob) N <- N + 1
    } else if (pbirthday(N - 1, c, k) >= prob) {
        N <- N - 1
        while (pbirthday(N - 1, c, k) >= prob) N <- N - 1
    }
    N
}
