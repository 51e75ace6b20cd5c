fit <- function(formula, data, weights = NULL, ...) {
  cl <- match.call()
  cl
}
print(fit(y ~ x, mydata))
print(fit(data = d, y ~ x, verbose = TRUE))
cl <- fit(y ~ x, mydata, w)
print(cl$weights)
print(as.list(cl))
outer_call <- function(...) fit(...)
print(outer_call(a ~ b, dd, extra = 1))
wf <- function(x, ...) match.call(expand.dots = FALSE)
print(wf(1, 2, k = 3))
mc <- function(alpha, beta) match.call()
print(mc(al = 1, b = 2))
