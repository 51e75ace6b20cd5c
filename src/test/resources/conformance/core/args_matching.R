f <- function(alpha, beta = 2, ...) {
  paste("alpha =", alpha, "beta =", beta, "dots =", length(list(...)))
}
f(1)
f(beta = 5, 1)
f(al = 3, be = 4)
f(1, 2, 3, 4)
f(1, gamma = 9)
g <- function(x, ...) {
  args <- list(...)
  names(args)
}
g(1, a = 2, b = 3)
h <- function(first, ...) ..2
h(1, "a", "b", "c")
n <- function(...) nargs()
n(1, 2, 3)
