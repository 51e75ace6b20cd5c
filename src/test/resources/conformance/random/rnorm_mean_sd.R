set.seed(1)
x <- rnorm(5, mean = 100, sd = 15)
x
rnorm(3, mean = c(0, 10, 100))
rnorm(4, sd = 0)
