m <- matrix(1:4, 2)
r1 <- tryCatch({ m[3, 1] <- 1L; m }, error = function(e) conditionMessage(e))
r1
r2 <- tryCatch({ m[1:2, 1] <- 1:3; m }, error = function(e) conditionMessage(e))
r2
r3 <- tryCatch({ m[1, 1, 1] <- 0L; m }, error = function(e) conditionMessage(e))
r3
m[1, ] <- NULL
