temps <- c(18.2, NA, 19.5, 21.1, NaN, 17.8, 22.4, NA, 20.0)
quantile(temps, na.rm = TRUE)
quantile(temps, c(0.1, 0.9), na.rm = TRUE, type = 8)
res <- tryCatch(quantile(temps), error = function(e) conditionMessage(e))
res
