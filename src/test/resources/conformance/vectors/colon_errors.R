1:c(3, 4)
r <- tryCatch(1:NA, error = function(e) conditionMessage(e))
r
r2 <- tryCatch(NULL:5, error = function(e) conditionMessage(e))
r2
f <- function(n) 1:n
f(numeric(0))
