set.seed(100)
n <- 10000
x <- runif(n)
y <- runif(n)
inside <- sum(x^2 + y^2 <= 1)
est <- 4 * inside / n
print(est)
