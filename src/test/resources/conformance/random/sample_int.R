set.seed(8)
sample.int(100, 5)
sample.int(20)
sample.int(3, 6, replace = TRUE)
