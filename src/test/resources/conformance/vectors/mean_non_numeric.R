mean("a")
mean(list(1, 2))
f <- function(v) mean(v)
f(c("x", "y"))
