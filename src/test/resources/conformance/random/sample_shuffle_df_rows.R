set.seed(10)
v <- c(10, 20, 30, 40, 50)
idx <- sample(length(v))
v[idx]
sum(v[idx]) == sum(v)
