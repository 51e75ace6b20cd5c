e <- function(expr) tryCatch(expr, error = function(e) conditionMessage(e))
x <- c(a = 1, b = 2)
e(x[c(-1, NA)])
e(x[[c("a", "b")]])
e(list(1)[[2]])
e(list(a = 1)$a$b)
s <- "abc"
e(s[[2]])
f <- function() NULL
e(f[[1]])
e(quote(x)[1])
e(NULL[[1]])
v <- c(1, 2, 3)
e(v[[-1]])
x <- 1:5
x[x > 2] <- x[x > 2] * 10L
x
y <- c(b = 2, a = 1)
y[order(names(y))]
