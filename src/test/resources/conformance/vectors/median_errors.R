r <- tryCatch(var(NULL), error = function(e) conditionMessage(e))
r
r2 <- tryCatch(median(factor(c("a", "b"))), error = function(e) conditionMessage(e))
r2
median(factor(c("a", "b")))
