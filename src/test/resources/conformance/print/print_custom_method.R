print.money <- function(x, ...) {
  cat("$", format(unclass(x), nsmall = 2), "\n", sep = "")
  invisible(x)
}
m <- structure(12.5, class = "money")
m
print(m)
l <- list(price = m, qty = 3)
l
