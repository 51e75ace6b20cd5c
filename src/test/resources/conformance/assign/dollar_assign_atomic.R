x <- c(a = 1, b = 2)
x$c <- 3
str(x)
y <- integer(0)
y$a <- 1
str(y)
