square <- function(x) x^2
print(square)
add <- function(a, b = 1) {
  # a comment is dropped by Rscript
  result <- a + b
  result
}
add
compose <- function(f, g) function(...) f(g(...))
print(compose)
print(function(x, ...) NULL)
h <- function(x) if (x > 0) "pos" else if (x < 0) "neg" else "zero"
h
