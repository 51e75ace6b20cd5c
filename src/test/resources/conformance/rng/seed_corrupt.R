# Corrupt .Random.seed values: GNU R's warnings, then a fresh random state of the default kinds
.Random.seed <- c(1, 2, 3)
x <- runif(1)
typeof(.Random.seed); length(.Random.seed); .Random.seed[1]
.Random.seed <- c(NA_integer_, 1L)
x <- runif(1)
.Random.seed[1]
.Random.seed <- c(12345L, 1L)
x <- runif(1)
.Random.seed <- c(807L, 1L)
x <- rnorm(1)
.Random.seed <- c(405L, 1L)
x <- runif(1)
.Random.seed <- c(-1L, 1L)
x <- sample(3)
.Random.seed[1]
.Random.seed <- "seed"
x <- rexp(1)
# wrong length for the kind
set.seed(1)
.Random.seed <- .Random.seed[1:100]
tryCatch(runif(1), error = function(e) conditionMessage(e))
r <- try(runif(1), silent = TRUE)
cat(r)
# length 1: only the kind, a fresh state of that kind
.Random.seed <- 10401L
x <- runif(1)
length(.Random.seed); .Random.seed[1]
# all-zero Mersenne-Twister words re-randomise
.Random.seed <- c(10403L, 624L, integer(624))
x <- runif(1)
any(.Random.seed[-(1:2)] != 0)
# Wichmann-Hill words are reduced modulo their moduli
.Random.seed <- c(10400L, 30269L, 100000L, -5L)
runif(3)
.Random.seed
# Super-Duper makes its congruential word odd
.Random.seed <- c(10402L, 0L, 4L)
runif(2)
.Random.seed
