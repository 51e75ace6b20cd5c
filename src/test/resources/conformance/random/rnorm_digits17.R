set.seed(2024)
print(rnorm(6), digits = 17)
