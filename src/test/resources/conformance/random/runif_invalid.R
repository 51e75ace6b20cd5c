set.seed(10)
x <- runif(3, 2, 1)
x
