qnorm(c(1e-10, 1e-50, 1 - 1e-10))
qnorm(-1000, log.p = TRUE)
pnorm(c(-38, 38))
pnorm(-38, log.p = TRUE)
