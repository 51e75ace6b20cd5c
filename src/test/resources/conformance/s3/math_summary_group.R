celsius <- function(x) structure(x, class = "celsius")
Math.celsius <- function(x, ...) {
  cat("Math.celsius:", .Generic, "\n")
  celsius(get(.Generic)(unclass(x), ...))
}
Summary.celsius <- function(..., na.rm = FALSE) {
  vals <- unlist(lapply(list(...), unclass))
  cat("Summary.celsius:", .Generic, "\n")
  celsius(get(.Generic)(vals, na.rm = na.rm))
}
print.celsius <- function(x, ...) cat(format(unclass(x)), "degrees C\n")
t1 <- celsius(c(21.456, -3.2, 10))
round(t1, 1)
abs(t1)
max(t1)
range(t1)
sum(t1)
