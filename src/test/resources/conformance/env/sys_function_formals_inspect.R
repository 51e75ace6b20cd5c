f <- function(alpha, beta = 2) {
  fn <- sys.function()
  names(formals(fn))
}
print(f(1))
g <- function(...) {
  cl <- match.call()
  vapply(as.list(cl)[-1], deparse, "")
}
print(g(x + 1, y = z))
wrapper <- function(...) g(...)
print(wrapper(p, q = 3))
