x <- c(a = 0, b = 1, c = 2)
dnorm(x)
pnorm(matrix(c(-1, 0, 1, 2), 2))
dnorm(numeric(0))
