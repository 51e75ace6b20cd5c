safe_div <- function(a, b) {
  if (b == 0) stop("division by zero")
  a / b
}
print(Reduce(safe_div, c(100, 2, 5)))
Reduce(safe_div, c(100, 0, 5))
