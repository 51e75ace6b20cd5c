set.seed(2023)
steps <- sample(c(-1, 1), 20, replace = TRUE)
walk <- cumsum(steps)
walk
max(walk)
