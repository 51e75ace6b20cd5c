r <- tryCatch(quantile(c("a", "b", "c")), error = function(e) conditionMessage(e))
r
quantile(c("b", "a", "c"), type = 1)
