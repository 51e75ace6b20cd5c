r <- tryCatch(sort(list(3, 1)), error = function(e) conditionMessage(e))
r
r2 <- tryCatch(sort(1:3, decreasing = NA), error = function(e) conditionMessage(e))
r2
sort(c(2, 1), decreasing = c(TRUE, FALSE))
