# Arguments are promises: evaluated lazily, at most once.
f <- function(x, y) {
  if (x > 0) "positive" else y
}
f(1, stop("never evaluated"))
counter <- 0
g <- function(a) { a; a; a }
g({counter <- counter + 1; counter})
counter
h <- function(n = m * 2, m = 3) n
h()
h(m = 10)
