grades <- c("B", "A", "C", "B", "D", "A")
quantile(grades, type = 1)
quantile(grades, c(0.2, 0.5, 0.8), type = 3)
r <- tryCatch(quantile(grades, 0.3, type = 6), error = function(e) conditionMessage(e))
r
r <- tryCatch(quantile(grades), error = function(e) conditionMessage(e))
r
