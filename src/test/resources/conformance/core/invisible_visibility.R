f <- function() invisible("hidden")
f()
x <- f()
x
g <- function() { y <- 5 }
g()
(g())
v <- g()
v
h <- function() print("printed once")
z <- h()
k <- function(a) a <- a + 1
k(1)
if (TRUE) invisible(3)
for (i in 1) 5
NULL
invisible(NULL)
