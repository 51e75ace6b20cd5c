f <- function(x, n = length(x), label = paste("n is", n)) {
  x <- c(x, 0)
  label
}
print(f(1:3))
g <- function(a, b = a * 2) { a <- 100; b }
print(g(1))
h <- function(val = stop("val is required")) if (missing(val)) "no val" else val
print(h())
print(h("given"))
k <- function(x) { cat("k body\n"); 1 }
print(k(stop("never evaluated")))
