x <- c(0.1, 0.7, 0.2, 0.9, 0.35, 0.65, 0.15)
print(quantile(x, c(0.1, 0.33, 0.5, 0.77)), digits = 17)
for (t in 1:9) print(unname(quantile(x, 0.3, type = t)), digits = 17)
print(quantile(c(1, 2, 3), 0.1 * 3), digits = 17)
