m <- matrix(1:4, 2)
r <- tryCatch(m[3, 1], error = function(e) conditionMessage(e))
r
r <- tryCatch(m[1, 1, 1], error = function(e) conditionMessage(e))
r
r <- tryCatch(matrix(1:6, 2) %*% matrix(1:6, 2), error = function(e) conditionMessage(e))
r
x <- 1:6
dim(x) <- c(4, 2)
