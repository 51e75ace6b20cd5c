x <- 1:5
x[NA] <- 9L
x
x[c(1, NA)] <- 0L
x
r <- tryCatch({ x[c(1, NA)] <- c(7L, 8L); x }, error = function(e) conditionMessage(e))
r
