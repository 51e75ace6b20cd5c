# Every normal generator, with each uniform generator underneath
nk <- c("Inversion", "Box-Muller", "Ahrens-Dieter", "Kinderman-Ramage")
for (n in nk) {
  set.seed(99, normal.kind = n)
  cat(n, "\n")
  print(rnorm(6))
  print(RNGkind())
}
set.seed(3, kind = "Wichmann-Hill", normal.kind = "Ahrens-Dieter")
rnorm(5)
set.seed(3, kind = "L'Ecuyer-CMRG", normal.kind = "Kinderman-Ramage")
rnorm(5)
set.seed(3, kind = "Knuth-TAOCP-2002", normal.kind = "Box-Muller")
rnorm(5)
# Box-Muller keeps the second value of a pair outside .Random.seed
set.seed(11, kind = "Mersenne-Twister", normal.kind = "Box-Muller")
a <- rnorm(1); s <- .Random.seed; b <- rnorm(1)
.Random.seed <- s
c(a, b, rnorm(1))
# the buggy Kinderman-Ramage generator is available through RNGkind only
RNGkind(normal.kind = "Buggy Kinderman-Ramage")
set.seed(5)
rnorm(5)
RNGkind()
RNGkind(normal.kind = "default")
RNGkind()
