f <- function(x, n = length(x)) {
  x <- c(x, 0)
  n
}
f(1:3)
g <- function(a = b * 2) {
  b <- 21
  a
}
g()
h <- function(v = stop("v needed")) {
  "v never touched"
}
h()
k <- function(p = q) { q <- "late"; p }
k()
r <- tryCatch((function(x = x) x)(), error = function(e) conditionMessage(e))
r
