x <- c(1, 2, 3)
x[[2]] <- 20
x
x[[5]] <- 5
x
l <- list(a = list(b = 1, c = 2))
l[["a"]][["b"]] <- 10
str(l)
l[[c(1, 2)]] <- 99
str(l)
l[["new"]] <- 1:3
str(l)
v <- 1:3
v[[2]] <- list(1)
str(v)
f <- function(x) x
s <- list()
s[["fn"]] <- f
class(s$fn)
s[[2]] <- quote(a + b)
s[[2]]
