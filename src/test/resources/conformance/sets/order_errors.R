r <- tryCatch(order(1:3, 1:2), error = function(e) conditionMessage(e))
r
r2 <- tryCatch(order(c("a", "b"), 1:2, decreasing = c(TRUE, FALSE)), error = function(e) conditionMessage(e))
r2
order(list(1, 2))
