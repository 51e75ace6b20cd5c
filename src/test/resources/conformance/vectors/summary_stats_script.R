# a small report over a numeric column
values <- c(12.5, 7.25, NA, 19, 3.5, 11, NA, 8.75)
n_total <- length(values)
n_missing <- sum(is.na(values))
clean <- values[!is.na(values)]
cat("count:", n_total, "missing:", n_missing, "\n")
cat("sum:", sum(values, na.rm = TRUE), "\n")
cat("mean:", mean(values, na.rm = TRUE), "\n")
cat("median:", median(values, na.rm = TRUE), "\n")
cat("range:", range(values, na.rm = TRUE), "\n")
cat("sd:", round(sd(values, na.rm = TRUE), 3), "\n")
cat("max at:", which.max(values), "\n")
