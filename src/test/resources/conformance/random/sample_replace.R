set.seed(99)
sample(5, 10, replace = TRUE)
sample(c("H", "T"), 8, replace = TRUE)
