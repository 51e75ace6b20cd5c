m <- matrix(1:4, 2)
m[5] <- 10L
m
is.matrix(m)
m2 <- matrix(1:4, 2)
r <- tryCatch({ m2[3, 1] <- 0L }, error = function(e) conditionMessage(e))
r
