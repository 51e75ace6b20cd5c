set.seed(1)
rnorm(c(5, 6, 7))
rnorm(0)
rnorm(-1)
