set.seed(42)
sample(1:10)
sample(10)
sample(5)
