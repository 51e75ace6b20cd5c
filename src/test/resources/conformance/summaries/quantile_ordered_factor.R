rating <- factor(c("low", "high", "medium", "medium", "low", "high", "high"),
                 levels = c("low", "medium", "high"), ordered = TRUE)
quantile(rating, type = 1)
quantile(rating, c(0.1, 0.5, 0.9), type = 3)
r <- tryCatch(quantile(rating), error = function(e) conditionMessage(e))
r
r <- tryCatch(quantile(factor(c("a", "b"))), error = function(e) conditionMessage(e))
r
