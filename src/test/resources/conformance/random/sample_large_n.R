set.seed(2)
sample(1e6, 5)
sample(2^31, 3)
