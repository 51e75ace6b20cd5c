# One simulation after set.seed under every uniform and normal generator
kinds <- c("Mersenne-Twister", "Wichmann-Hill", "Marsaglia-Multicarry", "Super-Duper",
           "Knuth-TAOCP", "Knuth-TAOCP-2002", "L'Ecuyer-CMRG")
for (k in kinds) for (n in c("Inversion", "Box-Muller", "Ahrens-Dieter", "Kinderman-Ramage")) {
  suppressWarnings(RNGkind(k, n))
  cat("==", k, "/", n, "\n")
  set.seed(42); x <- list(rnorm(5), rgamma(5, 0.5), rbinom(5, 100, 0.3), rhyper(5, 10, 7, 8),
    sample(100, 10), rbeta(3, 0.5, 0.5), rt(3, 2.5), rnbinom(3, mu = 4, size = 0.7)); print(x)
}
RNGkind("default", "default")
