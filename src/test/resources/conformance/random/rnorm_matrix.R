set.seed(12)
m <- matrix(round(rnorm(6), 2), nrow = 2)
m
