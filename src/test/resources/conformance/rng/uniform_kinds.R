# Every uniform generator: seeding, the first draws, and what .Random.seed holds
kinds <- c("Wichmann-Hill", "Marsaglia-Multicarry", "Super-Duper", "Mersenne-Twister",
           "Knuth-TAOCP", "Knuth-TAOCP-2002", "L'Ecuyer-CMRG")
for (k in kinds) {
  suppressWarnings(set.seed(2024, kind = k))
  cat(k, ":", RNGkind()[1], "\n")
  print(runif(4), digits = 15)
  cat("seed length", length(.Random.seed), "code", .Random.seed[1], "\n")
  print(head(.Random.seed, 4))
}
# a later draw after many values (Knuth refills, Mersenne regenerates)
for (k in kinds) {
  suppressWarnings(RNGkind(k))
  set.seed(7)
  x <- runif(5000)
  cat(k, sprintf("%.15f", x[c(1, 100, 101, 1009, 5000)]), "\n")
}
RNGkind("default")
RNGkind()
