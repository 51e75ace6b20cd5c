x <- c(2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 2.8, 6.1, 3.9, 4.4, 5.0)
for (type in 1:9) {
  cat("type", type, ":", format(quantile(x, c(0.1, 0.25, 0.5, 0.75, 0.9), type = type)), "\n")
}
quantile(x, type = 6)
quantile(1:10, c(0.1, 0.5, 0.95), type = 2)
quantile(c(10, 20, 30, 40), 0.5, type = 3)
