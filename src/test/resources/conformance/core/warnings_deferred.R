f <- function(x) {
  warning("x was ", x)
  x * 2
}
f(1)
y <- f(2) + f(3)
y
as.integer("12a")
g <- function() { warning("first"); warning("second"); "done" }
g()
