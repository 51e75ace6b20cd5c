dnorm(1:6, mean = c(0, 1), sd = c(1, 2, 3))
pnorm(0, mean = c(-1, 0, 1))
