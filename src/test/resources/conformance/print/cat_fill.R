cat(1:30, fill = 20)
cat("alpha", "beta", "gamma", "delta", "epsilon", fill = 15)
cat("a", "b", fill = TRUE)
