f <- function(n) seq(1, n, by = -1)
f(5)
