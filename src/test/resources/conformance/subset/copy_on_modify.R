a <- c(1, 2, 3)
b <- a
b[1] <- 100
a
b
f <- function(x) {
  x[2] <- -1
  x
}
g <- f(a)
a
g
e <- list(v = 1:3)
h <- e
h$v[1] <- 99L
e$v
h$v
