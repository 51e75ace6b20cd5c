set.seed(42)
x <- rnorm(10)
print(x)
