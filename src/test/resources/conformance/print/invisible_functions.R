f <- function(x) invisible(x * 2)
f(2)
y <- f(3)
y
(f(4))
g <- function() print("printed inside")
z <- g()
