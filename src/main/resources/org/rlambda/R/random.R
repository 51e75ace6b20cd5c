# Random number generation: the R-level interface of GNU R's base (RNGkind, set.seed,
# RNGversion, sample, sample.int) and stats (the r* functions). The generators themselves
# are Java (org.rlambda.nmath.random); the dot-functions called here are their entry points.
# Closures, as in GNU R, so that errors and warnings name the call the user wrote.

.RNG.kinds <- c("Wichmann-Hill", "Marsaglia-Multicarry", "Super-Duper",
                "Mersenne-Twister", "Knuth-TAOCP", "user-supplied",
                "Knuth-TAOCP-2002", "L'Ecuyer-CMRG", "default")
.RNG.normal.kinds <- c("Buggy Kinderman-Ramage", "Ahrens-Dieter", "Box-Muller",
                       "user-supplied", "Inversion", "Kinderman-Ramage", "default")
.RNG.sample.kinds <- c("Rounding", "Rejection", "default")

## The codes the internals take for each kind argument (-1 = default, NULL = unchanged).
.RNG.codes <- function(kind, normal.kind, sample.kind, buggy.ok, call)
{
    stop <- function(msg) base::stop(simpleError(msg, call))
    warning <- function(msg) base::warning(simpleWarning(msg, call))
    if (length(kind)) {
        if (!is.character(kind) || length(kind) > 1L)
            stop("'kind' must be a character string of length 1 (RNG to be used).")
        if (is.na(kind.code <- pmatch(kind, .RNG.kinds) - 1L))
            stop(gettextf("'%s' is not a valid abbreviation of an RNG", kind))
        if (kind.code == length(.RNG.kinds) - 1L) kind.code <- -1L
    } else kind.code <- NULL
    if (!is.null(normal.kind)) {
        if (!is.character(normal.kind) || length(normal.kind) != 1L)
            stop("'normal.kind' must be a character string of length 1")
        normal.kind <- pmatch(normal.kind, .RNG.normal.kinds) - 1L
        ## GNU R reports the failed match itself, i.e. NA
        if (is.na(normal.kind))
            stop(gettextf("'%s' is not a valid choice", normal.kind))
        if (normal.kind == 0L) {
            if (buggy.ok) warning("buggy version of Kinderman-Ramage generator used")
            else stop("buggy version of Kinderman-Ramage generator is not allowed")
        }
        if (normal.kind == length(.RNG.normal.kinds) - 1L) normal.kind <- -1L
    }
    if (!is.null(sample.kind)) {
        if (!is.character(sample.kind) || length(sample.kind) != 1L)
            stop("'sample.kind' must be a character string of length 1")
        sample.kind <- pmatch(sample.kind, .RNG.sample.kinds) - 1L
        if (is.na(sample.kind))
            stop(gettextf("'%s' is not a valid choice", sample.kind))
        if (sample.kind == 0L) warning("non-uniform 'Rounding' sampler used")
        if (sample.kind == length(.RNG.sample.kinds) - 1L) sample.kind <- -1L
    }
    list(kind.code, normal.kind, sample.kind)
}

RNGkind <- function(kind = NULL, normal.kind = NULL, sample.kind = NULL)
{
    codes <- .RNG.codes(kind, normal.kind, sample.kind, TRUE, sys.call())
    r <- 1L + .rlambda_RNGkind(codes[[1L]], codes[[2L]], codes[[3L]])
    r <- c(.RNG.kinds[r[1L]], .RNG.normal.kinds[r[2L]], .RNG.sample.kinds[r[3L]])
    if (length(kind) > 0L || !is.null(normal.kind) || !is.null(sample.kind)) invisible(r) else r
}

set.seed <- function(seed, kind = NULL, normal.kind = NULL, sample.kind = NULL)
{
    codes <- .RNG.codes(kind, normal.kind, sample.kind, FALSE, sys.call())
    .rlambda_setseed(seed, codes[[1L]], codes[[2L]], codes[[3L]])
}

RNGversion <- function(vstr)
{
    v <- as.numeric(strsplit(as.character(vstr), ".", fixed = TRUE)[[1L]])
    if (length(v) < 2L) stop("malformed version string")
    if (v[1L] == 0 && v[2L] < 99)
        RNGkind("Wichmann-Hill", "Buggy Kinderman-Ramage", "Rounding")
    else if (v[1L] == 0 || v[1L] == 1 && v[2L] <= 6)
        RNGkind("Marsaglia-Multicarry", "Buggy Kinderman-Ramage", "Rounding")
    else if (v[1L] <= 2 || v[1L] == 3 && v[2L] <= 5)
        RNGkind("Mersenne-Twister", "Inversion", "Rounding")
    else
        RNGkind("Mersenne-Twister", "Inversion", "Rejection")
}

sample <- function(x, size, replace = FALSE, prob = NULL)
{
    if (length(x) == 1L && is.numeric(x) && is.finite(x) && x >= 1) {
        if (missing(size)) size <- x
        sample.int(x, size, replace, prob)
    } else {
        if (missing(size)) size <- length(x)
        x[sample.int(length(x), size, replace, prob)]
    }
}

sample.int <- function(n, size = n, replace = FALSE, prob = NULL,
                       useHash = (n > 1e7 && !replace && is.null(prob) && size <= n/2))
{
    if (length(n) != 1L) stop("length(n) == 1L is not TRUE")
    if (useHash) {
        if (!is.null(prob)) stop("is.null(prob) is not TRUE")
        if (replace) stop("!replace is not TRUE")
        .rlambda_sample2(n, size)
    } else .rlambda_sample(n, size, replace, prob)
}

runif <- function(n, min = 0, max = 1) .rlambda_runif(n, min, max)
rnorm <- function(n, mean = 0, sd = 1) .rlambda_rnorm(n, mean, sd)
rexp <- function(n, rate = 1) .rlambda_rexp(n, 1/rate)
rcauchy <- function(n, location = 0, scale = 1) .rlambda_rcauchy(n, location, scale)
rlogis <- function(n, location = 0, scale = 1) .rlambda_rlogis(n, location, scale)
rlnorm <- function(n, meanlog = 0, sdlog = 1) .rlambda_rlnorm(n, meanlog, sdlog)
rweibull <- function(n, shape, scale = 1) .rlambda_rweibull(n, shape, scale)

rgamma <- function(n, shape, rate = 1, scale = 1/rate)
{
    if (!missing(rate) && !missing(scale)) {
        if (abs(rate * scale - 1) < 1e-15)
            warning("specify 'rate' or 'scale' but not both")
        else
            stop("specify 'rate' or 'scale' but not both")
    }
    .rlambda_rgamma(n, shape, scale)
}

rbeta <- function(n, shape1, shape2, ncp = 0)
{
    if (missing(ncp)) .rlambda_rbeta(n, shape1, shape2)
    else {
        X <- rchisq(n, 2*shape1, ncp = ncp)
        X/(X + rchisq(n, 2*shape2))
    }
}

rchisq <- function(n, df, ncp = 0)
{
    if (missing(ncp)) .rlambda_rchisq(n, df) else .rlambda_rnchisq(n, df, ncp)
}

rt <- function(n, df, ncp)
{
    if (missing(ncp)) .rlambda_rt(n, df)
    else rnorm(n, ncp)/sqrt(rchisq(n, df)/df)
}

rf <- function(n, df1, df2, ncp)
{
    if (missing(ncp)) .rlambda_rf(n, df1, df2)
    else (rchisq(n, df1, ncp = ncp)/df1)/(rchisq(n, df2)/df2)
}

rbinom <- function(n, size, prob) .rlambda_rbinom(n, size, prob)

rnbinom <- function(n, size, prob, mu)
{
    if (!missing(mu)) {
        if (!missing(prob)) stop("'prob' and 'mu' both specified")
        .rlambda_rnbinom_mu(n, size, mu)
    } else .rlambda_rnbinom(n, size, prob)
}

rpois <- function(n, lambda) .rlambda_rpois(n, lambda)
rgeom <- function(n, prob) .rlambda_rgeom(n, prob)
rhyper <- function(nn, m, n, k) .rlambda_rhyper(nn, m, n, k)
rsignrank <- function(nn, n) .rlambda_rsignrank(nn, n)
rwilcox <- function(nn, m, n) .rlambda_rwilcox(nn, m, n)
rmultinom <- function(n, size, prob) .rlambda_rmultinom(n, size, prob)

r2dtable <- function(n, r, c)
{
    if (length(n <- as.integer(n)) == 0L || (n < 0) || is.na(n))
        stop("invalid argument 'n'")
    if (length(r <- as.integer(r)) <= 1L || any(r < 0) || anyNA(r))
        stop("invalid argument 'r'")
    if (length(c <- as.integer(c)) <= 1L || any(c < 0) || anyNA(c))
        stop("invalid argument 'c'")
    if (sum(r) != sum(c))
        stop("arguments 'r' and 'c' must have the same sums")
    .rlambda_r2dtable(n, r, c)
}

rWishart <- function(n, df, Sigma) .rlambda_rWishart(n, df, Sigma)
