# Makes grid.tsv.gz: inputs and GNU R's results for every kernel of org.rlambda.nmath.Kernels,
# for the exact-doubles test NmathGridTest. Run with GNU R from this directory:
#   LC_ALL=C.UTF-8 Rscript make-grid.R
# Each line: kernel name, lower.tail (or log for d), log.p, the arguments, the result; the
# doubles are C99 hex floats (sprintf "%a"), Inf/-Inf/NaN as such.

hex <- function(v) sprintf("%a", v)
out <- gzfile("grid.tsv.gz", "w")
count <- 0L

emit <- function(name, args, f1, f2, value) {
    a <- do.call(paste, c(lapply(args, hex), sep = ","))
    writeLines(paste(name, as.integer(f1), as.integer(f2), a, hex(value), sep = "\t"), out)
    count <<- count + length(value)
}

# all combinations of the argument vectors, as columns
combos <- function(...) {
    g <- expand.grid(..., KEEP.OUT.ATTRS = FALSE, stringsAsFactors = FALSE)
    lapply(g, as.numeric)
}

probs <- c(0, 1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6,
           0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-10, 1, ((1:25) * 0.6180339887498949) %% 1)
logprobs <- c(-Inf, -1000, -100, -30, -10, -3, -1, -0.5, -0.1, -1e-5, -1e-20, 0, -exp(((1:12) * 0.618034) %% 1 * 8 - 6))

# kernel: name of the C entry point; f: R function taking the kernel's arguments in order plus
# the flags; x: the first argument's grid (ignored for q, which use probs); params: the rest
dgrid <- function(name, f, x, ...) {
    a <- combos(x, ...)
    for (lg in c(FALSE, TRUE)) emit(name, a, lg, FALSE, suppressWarnings(do.call(f, c(unname(a), list(lg)))))
}
pgrid <- function(name, f, x, ...) {
    a <- combos(x, ...)
    for (lt in c(TRUE, FALSE)) for (lg in c(FALSE, TRUE))
        emit(name, a, lt, lg, suppressWarnings(do.call(f, c(unname(a), list(lt, lg)))))
}
qgrid <- function(name, f, ..., p = probs, lp = logprobs) {
    for (lt in c(TRUE, FALSE)) for (lg in c(FALSE, TRUE)) {
        a <- combos(if (lg) lp else p, ...)
        emit(name, a, lt, lg, suppressWarnings(do.call(f, c(unname(a), list(lt, lg)))))
    }
}
fgrid <- function(name, f, ...) {
    a <- combos(...)
    emit(name, a, FALSE, FALSE, suppressWarnings(do.call(f, unname(a))))
}

# the hand-picked points (ends, tails, special values) plus a dense irregular sweep
sweep <- function(lo, hi, n) lo + (hi - lo) * ((1:n) * 0.6180339887498949) %% 1
xs <- c(-Inf, -50, -5, -1.5, -0.3, 0, 1e-300, 1e-10, 0.01, 0.2, 0.5, 0.99, 1, 1.7, 3, 7.5, 20, 60, 300, 1e5, Inf,
        sweep(-8, 8, 60))
xpos <- c(0, 1e-300, 1e-20, 1e-5, 0.01, 0.1, 0.5, 0.9, 1, 1.5, 2, 3, 5, 8, 12, 25, 50, 100, 400, 1e4, 1e7, Inf,
          exp(sweep(-6, 5, 30)))
xunit <- c(-0.1, 0, 1e-300, 1e-10, 1e-4, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.9999, 1 - 1e-12, 1, 1.1,
           sweep(0, 1, 14))
shapes <- c(1e-5, 0.1, 0.5, 1, 1.5, 3, 10, 45.5, 200, 1e4, 1e6)
scales <- c(0.01, 1, 3)
counts <- c(-1, 0, 0.5, 1, 2, 3, 5, 7.2, 10, 15, 30, 50, 99, 100, 1000, 1e5)

dgrid("dnorm", function(x, m, s, lg) dnorm(x, m, s, lg), xs, c(0, 2), c(0.1, 1, 30))
pgrid("pnorm", function(x, m, s, lt, lg) pnorm(x, m, s, lt, lg), xs, c(0, 2), c(0.1, 1, 30))
qgrid("qnorm", function(p, m, s, lt, lg) qnorm(p, m, s, lt, lg), c(0, 2), c(0.1, 1, 30))
dgrid("dlnorm", function(x, m, s, lg) dlnorm(x, m, s, lg), xpos, c(0, 2), c(0.1, 1, 3))
pgrid("plnorm", function(x, m, s, lt, lg) plnorm(x, m, s, lt, lg), xpos, c(0, 2), c(0.1, 1, 3))
qgrid("qlnorm", function(p, m, s, lt, lg) qlnorm(p, m, s, lt, lg), c(0, 2), c(0.1, 1, 3))
dgrid("dunif", function(x, a, b, lg) dunif(x, a, b, lg), xs, c(-1, 0), c(1, 30))
pgrid("punif", function(x, a, b, lt, lg) punif(x, a, b, lt, lg), xs, c(-1, 0), c(1, 30))
qgrid("qunif", function(p, a, b, lt, lg) qunif(p, a, b, lt, lg), c(-1, 0), c(1, 30))
# the kernels take the scale; scales whose reciprocal is exact, so that rate = 1/scale round-trips
escales <- c(2^-7, 1, 4, 2^17)
dgrid("dexp", function(x, s, lg) dexp(x, 1/s, lg), xs, escales)
pgrid("pexp", function(x, s, lt, lg) pexp(x, 1/s, lt, lg), xs, escales)
qgrid("qexp", function(p, s, lt, lg) qexp(p, 1/s, lt, lg), escales)
dgrid("dcauchy", function(x, l, s, lg) dcauchy(x, l, s, lg), xs, c(0, 2), c(0.1, 1, 30))
pgrid("pcauchy", function(x, l, s, lt, lg) pcauchy(x, l, s, lt, lg), xs, c(0, 2), c(0.1, 1, 30))
qgrid("qcauchy", function(p, l, s, lt, lg) qcauchy(p, l, s, lt, lg), c(0, 2), c(0.1, 1, 30))
dgrid("dlogis", function(x, l, s, lg) dlogis(x, l, s, lg), xs, c(0, 2), c(0.1, 1, 30))
pgrid("plogis", function(x, l, s, lt, lg) plogis(x, l, s, lt, lg), xs, c(0, 2), c(0.1, 1, 30))
qgrid("qlogis", function(p, l, s, lt, lg) qlogis(p, l, s, lt, lg), c(0, 2), c(0.1, 1, 30))
dgrid("dweibull", function(x, a, s, lg) dweibull(x, a, s, lg), xpos, c(0.5, 1, 2.5), scales)
pgrid("pweibull", function(x, a, s, lt, lg) pweibull(x, a, s, lt, lg), xpos, c(0.5, 1, 2.5), scales)
qgrid("qweibull", function(p, a, s, lt, lg) qweibull(p, a, s, lt, lg), c(0.5, 1, 2.5), scales)
dgrid("dgamma", function(x, a, s, lg) dgamma(x, a, scale = s, log = lg), xpos, shapes, scales)
pgrid("pgamma", function(x, a, s, lt, lg) pgamma(x, a, scale = s, lower.tail = lt, log.p = lg), xpos, shapes, scales)
qgrid("qgamma", function(p, a, s, lt, lg) qgamma(p, a, scale = s, lower.tail = lt, log.p = lg), shapes, c(1, 3))
dgrid("dchisq", function(x, n, lg) dchisq(x, n, log = lg), xpos, c(0.3, 1, 2, 5.5, 30, 500, 1e5))
pgrid("pchisq", function(x, n, lt, lg) pchisq(x, n, lower.tail = lt, log.p = lg), xpos, c(0.3, 1, 2, 5.5, 30, 500, 1e5))
qgrid("qchisq", function(p, n, lt, lg) qchisq(p, n, lower.tail = lt, log.p = lg), c(0.3, 1, 2, 5.5, 30, 500, 1e5))
bshapes <- c(1e-3, 0.1, 0.5, 1, 2, 5.5, 30, 500, 1e5)
dgrid("dbeta", function(x, a, b, lg) dbeta(x, a, b, log = lg), xunit, bshapes, bshapes)
pgrid("pbeta", function(x, a, b, lt, lg) pbeta(x, a, b, lower.tail = lt, log.p = lg), xunit, bshapes, bshapes)
qgrid("qbeta", function(p, a, b, lt, lg) qbeta(p, a, b, lower.tail = lt, log.p = lg), c(0.01, 0.5, 1, 2, 5.5, 30, 1e4), c(0.01, 0.5, 1, 3, 40, 1e4))
dfs <- c(0.2, 1, 2, 3.5, 10, 45, 300, 1e6, Inf)
dgrid("dt", function(x, n, lg) dt(x, n, log = lg), xs, dfs)
pgrid("pt", function(x, n, lt, lg) pt(x, n, lower.tail = lt, log.p = lg), xs, dfs)
qgrid("qt", function(p, n, lt, lg) qt(p, n, lower.tail = lt, log.p = lg), dfs)
fdfs <- c(0.5, 1, 2, 5, 30, 1e3, 1e6, Inf)
dgrid("df", function(x, a, b, lg) df(x, a, b, log = lg), xpos, fdfs, fdfs)
pgrid("pf", function(x, a, b, lt, lg) pf(x, a, b, lower.tail = lt, log.p = lg), xpos, fdfs, fdfs)
qgrid("qf", function(p, a, b, lt, lg) qf(p, a, b, lower.tail = lt, log.p = lg), c(0.5, 1, 2, 5, 30, 1e6), c(0.5, 1, 2, 5, 30, 1e6))
bprob <- c(0, 1e-10, 0.01, 0.3, 0.5, 0.77, 0.999, 1)
dgrid("dbinom", function(x, n, p, lg) dbinom(x, n, p, lg), counts, c(0, 1, 10, 100, 1e4), bprob)
pgrid("pbinom", function(x, n, p, lt, lg) pbinom(x, n, p, lt, lg), counts, c(0, 1, 10, 100, 1e4), bprob)
qgrid("qbinom", function(p, n, pr, lt, lg) qbinom(p, n, pr, lt, lg), c(0, 1, 10, 100, 1e4, 1e7), bprob)
lambdas <- c(0, 1e-5, 0.5, 1, 3.3, 10, 100, 1e4, 1e8)
dgrid("dpois", function(x, l, lg) dpois(x, l, lg), counts, lambdas)
pgrid("ppois", function(x, l, lt, lg) ppois(x, l, lt, lg), counts, lambdas)
qgrid("qpois", function(p, l, lt, lg) qpois(p, l, lt, lg), lambdas)
nsizes <- c(0, 0.1, 1, 3.5, 20, 1e3, Inf)
dgrid("dnbinom", function(x, n, p, lg) dnbinom(x, n, p, log = lg), counts, nsizes, c(1e-3, 0.2, 0.5, 0.9, 1))
pgrid("pnbinom", function(x, n, p, lt, lg) pnbinom(x, n, p, lower.tail = lt, log.p = lg), counts, nsizes[-7], c(1e-3, 0.2, 0.5, 0.9, 1))
qgrid("qnbinom", function(p, n, pr, lt, lg) qnbinom(p, n, pr, lower.tail = lt, log.p = lg), nsizes[-7], c(1e-3, 0.2, 0.5, 0.9, 1))
dgrid("dnbinom_mu", function(x, n, m, lg) dnbinom(x, n, mu = m, log = lg), counts, nsizes, c(0, 0.5, 4, 100, 1e5))
pgrid("pnbinom_mu", function(x, n, m, lt, lg) pnbinom(x, n, mu = m, lower.tail = lt, log.p = lg), counts, nsizes, c(0, 0.5, 4, 100, 1e5))
qgrid("qnbinom_mu", function(p, n, m, lt, lg) qnbinom(p, n, mu = m, lower.tail = lt, log.p = lg), nsizes, c(0, 0.5, 4, 100, 1e5))
dgrid("dgeom", function(x, p, lg) dgeom(x, p, lg), counts, c(1e-4, 0.1, 0.5, 0.99, 1))
pgrid("pgeom", function(x, p, lt, lg) pgeom(x, p, lt, lg), counts, c(1e-4, 0.1, 0.5, 0.99, 1))
qgrid("qgeom", function(p, pr, lt, lg) qgeom(p, pr, lt, lg), c(1e-4, 0.1, 0.5, 0.99, 1))
dgrid("dhyper", function(x, m, n, k, lg) dhyper(x, m, n, k, lg), c(-1, 0, 1, 2.5, 3, 5, 10, 40), c(0, 5, 50, 2000), c(3, 50, 3000), c(0, 4, 40, 1000))
pgrid("phyper", function(x, m, n, k, lt, lg) phyper(x, m, n, k, lt, lg), c(-1, 0, 1, 2.5, 3, 5, 10, 40, 600), c(0, 5, 50, 2000), c(3, 50, 3000), c(0, 4, 40, 1000))
qgrid("qhyper", function(p, m, n, k, lt, lg) qhyper(p, m, n, k, lt, lg), c(5, 50, 2000), c(3, 50, 3000), c(4, 40, 1000))
ncps <- c(0, 0.5, 3, 30, 100)
dgrid("dnbeta", function(x, a, b, l, lg) dbeta(x, a, b, ncp = l, log = lg), xunit, c(0.5, 2, 10), c(0.5, 3, 30), ncps)
pgrid("pnbeta", function(x, a, b, l, lt, lg) pbeta(x, a, b, ncp = l, lower.tail = lt, log.p = lg), xunit, c(0.5, 2, 10), c(0.5, 3, 30), ncps)
qgrid("qnbeta", function(p, a, b, l, lt, lg) qbeta(p, a, b, ncp = l, lower.tail = lt, log.p = lg), c(0.5, 10), c(3, 30), c(0.5, 30),
      p = c(0, 1e-5, 0.1, 0.5, 0.9, 1), lp = c(-Inf, -5, -0.5, 0))
dgrid("dnf", function(x, a, b, l, lg) df(x, a, b, ncp = l, log = lg), xpos, c(1, 5, 30), c(2, 10, 1e9), ncps)
pgrid("pnf", function(x, a, b, l, lt, lg) pf(x, a, b, ncp = l, lower.tail = lt, log.p = lg), xpos, c(1, 5, 30), c(2, 10, 1e9), ncps)
qgrid("qnf", function(p, a, b, l, lt, lg) qf(p, a, b, ncp = l, lower.tail = lt, log.p = lg), c(1, 30), c(2, 1e9), c(0.5, 30),
      p = c(0, 1e-5, 0.1, 0.5, 0.9, 1), lp = c(-Inf, -5, -0.5, 0))
dgrid("dnchisq", function(x, n, l, lg) dchisq(x, n, ncp = l, log = lg), xpos, c(0, 0.5, 3, 40), c(0, 0.5, 3, 30, 100, 2000))
pgrid("pnchisq", function(x, n, l, lt, lg) pchisq(x, n, ncp = l, lower.tail = lt, log.p = lg), xpos, c(0, 0.5, 3, 40), c(0, 0.5, 3, 30, 100, 2000))
qgrid("qnchisq", function(p, n, l, lt, lg) qchisq(p, n, ncp = l, lower.tail = lt, log.p = lg), c(0.5, 3, 40), c(0.5, 30, 100),
      p = c(0, 1e-5, 0.1, 0.5, 0.9, 1), lp = c(-Inf, -5, -0.5, 0))
dgrid("dnt", function(x, n, l, lg) dt(x, n, ncp = l, log = lg), xs[-c(1, 21)], c(0.5, 3, 30, 1e9), c(-2, 0.5, 5, 40))
pgrid("pnt", function(x, n, l, lt, lg) pt(x, n, ncp = l, lower.tail = lt, log.p = lg), xs, c(0.5, 3, 30, 1e9), c(-2, 0.5, 5, 40))
qgrid("qnt", function(p, n, l, lt, lg) qt(p, n, ncp = l, lower.tail = lt, log.p = lg), c(0.5, 3, 30), c(-2, 0.5, 5),
      p = c(0, 1e-5, 0.1, 0.5, 0.9, 1), lp = c(-Inf, -5, -0.5, 0))
pgrid("ptukey", function(q, r, m, d, lt, lg) ptukey(q, m, d, r, lt, lg), c(0, 0.5, 2, 3.5, 6, 20), c(1, 3), c(2, 5, 20), c(2, 10, 120, 3e4))
qgrid("qtukey", function(p, r, m, d, lt, lg) qtukey(p, m, d, r, lt, lg), c(1, 2), c(2, 5, 20), c(2, 10, 120),
      p = c(0, 0.01, 0.5, 0.95, 1), lp = c(-Inf, -3, -0.05, 0))
dgrid("dsignrank", function(x, n, lg) dsignrank(x, n, lg), c(-1, 0, 1, 2.5, 3, 10, 27, 100, 400), c(1, 4, 10, 30))
pgrid("psignrank", function(x, n, lt, lg) psignrank(x, n, lt, lg), c(-1, 0, 1, 2.5, 3, 10, 27, 100, 400), c(1, 4, 10, 30))
qgrid("qsignrank", function(p, n, lt, lg) qsignrank(p, n, lt, lg), c(1, 4, 10, 30))
dgrid("dwilcox", function(x, m, n, lg) dwilcox(x, m, n, lg), c(-1, 0, 1, 2.5, 3, 10, 27, 100), c(1, 4, 10, 25), c(2, 7, 20))
pgrid("pwilcox", function(x, m, n, lt, lg) pwilcox(x, m, n, lt, lg), c(-1, 0, 1, 2.5, 3, 10, 27, 100), c(1, 4, 10, 25), c(2, 7, 20))
qgrid("qwilcox", function(p, m, n, lt, lg) qwilcox(p, m, n, lt, lg), c(1, 4, 10, 25), c(2, 7, 20))

# special functions: dense in the argument
gx <- c(-170.5 + (0:40) / 7, seq(-20.05, 20.05, by = 0.1), -2:2, 1e-300, 1e-10, 0.5 + 1e-10,
        seq(20, 180, by = 0.37), 1e3, 1e5, 1e8, 1e17, 1e300)
fgrid("gamma", gamma, gx)
fgrid("lgamma", lgamma, c(gx, seq(180, 5e6, length.out = 200)))
fgrid("digamma", digamma, c(gx, 1e10, 1e16))
fgrid("trigamma", trigamma, c(gx, 1e10, 1e16))
fgrid("psigamma", psigamma, c(-3.3, -0.5, 1e-5, 0.2, 1, 2.5, 7.7, 30, 1e4), c(0, 1, 2, 3, 4, 5, 8, 20, 50))
bx <- c(1e-300, 1e-5, 0.1, 0.5, 1, 1.5, 3, 9.9, 10, 25, 170, 500, 1e5, 1e15)
fgrid("beta", beta, bx, bx)
fgrid("lbeta", lbeta, bx, bx)
cn <- c(-20.5, -3, -1.5, 0, 0.5, 1, 4, 7.5, 10, 29, 30, 31, 50, 60.5, 100, 1030, 1e5)
ck <- c(-1, 0, 1, 2, 3, 5, 10, 29, 30, 31, 40, 50, 100)
fgrid("choose", choose, cn, ck)
fgrid("lchoose", lchoose, cn, ck)
close(out)
cat(count, "values\n")
