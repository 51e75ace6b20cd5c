set.seed(6)
rolls <- sample(1:6, 30, replace = TRUE)
table(rolls)
