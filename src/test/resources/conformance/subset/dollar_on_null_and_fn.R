obj <- list(data = NULL)
obj$data$x
f <- function() 1
r <- tryCatch(f$a, error = function(e) conditionMessage(e))
r
