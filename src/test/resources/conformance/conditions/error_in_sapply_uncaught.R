safe_div <- function(a, b) {
  if (b == 0) stop("division by zero")
  a / b
}
print(mapply(safe_div, c(1, 2), c(1, 2)))
mapply(safe_div, c(1, 2), c(1, 0))
