x <- 1:3
r <- tryCatch({ length(x) <- -1; x }, error = function(e) conditionMessage(e))
r
r2 <- tryCatch({ length(x) <- 1:2; x }, error = function(e) conditionMessage(e))
r2
y <- NULL
length(y) <- 3
y
z <- structure(1:4, extra = "dropped")
length(z) <- 2
attributes(z)
