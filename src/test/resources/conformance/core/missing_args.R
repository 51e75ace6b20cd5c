f <- function(a, b) {
  if (missing(b)) "b is missing" else paste("b is", b)
}
f(1)
f(1, 2)
g <- function(x = 10) missing(x)
g()
g(5)
h <- function(y) f(1, y)
h()
k <- function(z) z
k()
