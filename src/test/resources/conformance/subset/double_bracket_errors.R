x <- c(a = 1, b = 2)
r <- tryCatch(x[[3]], error = function(e) conditionMessage(e))
r
r <- tryCatch(x[["z"]], error = function(e) conditionMessage(e))
r
l <- list(1, 2)
r <- tryCatch(l[[5]], error = function(e) conditionMessage(e))
r
r <- tryCatch(x$a, error = function(e) conditionMessage(e))
r
x[[0]]
