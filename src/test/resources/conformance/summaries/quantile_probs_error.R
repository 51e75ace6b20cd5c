x <- c(4, 8, 15, 16, 23, 42)
r <- tryCatch(quantile(x, 1.5), error = function(e) conditionMessage(e))
r
r <- tryCatch(quantile(x, -0.1), error = function(e) conditionMessage(e))
r
quantile(x, 1 + 1e-15)
quantile(x, -1e-16)
r <- tryCatch(quantile(x, 0.5, digits = 0), error = function(e) conditionMessage(e))
r
quantile(x, c(0.5, 0.5))
