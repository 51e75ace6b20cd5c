f <- function(...) ...length()
print(f())
print(f(1, 2, 3))
g <- function(...) ...elt(2)
print(g("a", "b", "c"))
h <- function(...) names(list(...))
print(h(a = 1, 2, b = 3))
k <- function(...) ..2
print(k(10, 20, 30))
m <- function(first, ...) {
  rest <- list(...)
  paste(first, length(rest))
}
print(m("x", 1, 2))
n <- function(...) ...names()
print(n(a = 1, 2))
r <- try(k(1))
