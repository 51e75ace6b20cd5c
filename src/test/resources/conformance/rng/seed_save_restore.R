# .Random.seed is the whole state: saving and restoring it reproduces the stream
set.seed(2718)
s <- .Random.seed
x1 <- c(runif(3), rnorm(3), rgamma(3, 2), rbinom(3, 20, 0.4))
.Random.seed <- s
x2 <- c(runif(3), rnorm(3), rgamma(3, 2), rbinom(3, 20, 0.4))
identical(x1, x2)
x1
# the same across generator kinds
for (k in c("Wichmann-Hill", "Knuth-TAOCP", "L'Ecuyer-CMRG")) {
  set.seed(1, kind = k)
  runif(10)
  s <- .Random.seed
  a <- rexp(4)
  assign(".Random.seed", s, envir = globalenv())
  b <- rexp(4)
  cat(k, identical(a, b), length(s), s[1], "\n")
}
RNGkind("Mersenne-Twister")
# saving from inside a function, restoring in the global environment
f <- function() { old <- get(".Random.seed", envir = globalenv()); r <- runif(2); list(old, r) }
set.seed(5)
res <- f()
assign(".Random.seed", res[[1]], envir = globalenv())
identical(runif(2), res[[2]])
# a seed vector written by hand
set.seed(10)
v <- .Random.seed
v[2] <- 624L   # position: regenerate on the next draw
.Random.seed <- v
runif(2)
# removing .Random.seed: the next draw re-seeds, set.seed makes it reproducible again
rm(.Random.seed)
exists(".Random.seed")
invisible(runif(1))
exists(".Random.seed")
length(.Random.seed)
set.seed(10); a <- runif(3); set.seed(10); identical(a, runif(3))
# a draw of zero values does not create .Random.seed
rm(.Random.seed)
x <- runif(0)
exists(".Random.seed")
x <- rnorm(3, mean = numeric(0))
exists(".Random.seed")
