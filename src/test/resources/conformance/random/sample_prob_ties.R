set.seed(11)
sample(6, 12, replace = TRUE, prob = c(1, 1, 2, 2, 1, 1))
sample(6, 4, prob = rep(1, 6))
