set.seed(123)
a <- runif(4)
set.seed(123)
b <- runif(4)
identical(a, b)
a
