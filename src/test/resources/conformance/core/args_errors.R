f <- function(x, y) x + y
r <- tryCatch(f(1, 2, 3), error = function(e) conditionMessage(e))
r
r <- tryCatch(f(1, z = 3), error = function(e) conditionMessage(e))
r
r <- tryCatch(f(x = 1, x = 2), error = function(e) conditionMessage(e))
r
g <- function(value, verbose) value
r <- tryCatch(g(v = 1), error = function(e) conditionMessage(e))
r
f(1)
