set.seed(7)
rbinom(3, 10, 1.5)
