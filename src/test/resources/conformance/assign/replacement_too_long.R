x <- 1:3
x[1:2] <- 7:9
x
l <- list(1, 2)
r <- tryCatch({ l[[1]] <- 1:3; "ok" }, error = function(e) conditionMessage(e))
r
str(l)
v <- c(1, 2)
v[[1]] <- c(5, 6)
