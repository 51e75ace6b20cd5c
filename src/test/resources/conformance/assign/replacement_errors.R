x <- 1:3
r <- tryCatch({x[2] <- integer(0); x}, error = function(e) conditionMessage(e))
r
r <- tryCatch({x[[2]] <- 1:2; x}, error = function(e) conditionMessage(e))
r
r <- tryCatch({x[[5]] <- NULL; x}, error = function(e) conditionMessage(e))
r
r <- tryCatch({x[c(1, NA)] <- 1:2; x}, error = function(e) conditionMessage(e))
r
x[NA] <- 5L
x
x[c(1, NA)] <- 9L
x
r <- tryCatch({x[[0]] <- 1; x}, error = function(e) conditionMessage(e))
r
r <- tryCatch({x[-1:1] <- 1; x}, error = function(e) conditionMessage(e))
r
r <- tryCatch({x[list(1)] <- 1; x}, error = function(e) conditionMessage(e))
r
x[[2]] <- integer(0)
