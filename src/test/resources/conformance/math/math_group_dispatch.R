Math.money <- function(x, ...) {
  v <- get(.Generic)(unclass(x), ...)
  structure(v, class = "money")
}
print.money <- function(x, ...) cat("$", format(unclass(x), nsmall = 2), "\n")
m <- structure(c(10.456, 3.333), class = "money")
round(m, 1)
floor(m)
abs(structure(-5, class = "money"))
