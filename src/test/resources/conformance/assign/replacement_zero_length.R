x <- 1:3
r <- tryCatch({ x[2] <- integer(0); x }, error = function(e) conditionMessage(e))
r
x[integer(0)] <- 5L
x
y <- c(1, 2)
y[0] <- 100
y
z <- 1:3
z[[2]] <- integer(0)
