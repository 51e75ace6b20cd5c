set.seed(42)
round(runif(3), 3)
u <- runif(5, min = 10, max = 20)
u
runif(2, 5, 5)
