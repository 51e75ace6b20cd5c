set.seed(11)
m <- matrix(round(runif(30, 0, 100)), 10, 3, dimnames = list(NULL, c("x", "y", "z")))
v <- cov(m)
identical(v, t(v))
max(abs(cov2cor(v) - cor(m))) < 1e-12
round(v, 4)
