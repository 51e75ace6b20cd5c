new_temperature <- function(value = double(), unit = "C") {
  stopifnot(is.double(value))
  structure(value, unit = unit, class = "temperature")
}
validate_temperature <- function(x) {
  if (!attr(x, "unit") %in% c("C", "F")) stop("unit must be C or F", call. = FALSE)
  x
}
temperature <- function(value, unit = "C") validate_temperature(new_temperature(value, unit))
print.temperature <- function(x, ...) {
  cat(format(unclass(x), nsmall = 1), attr(x, "unit"), "\n")
  invisible(x)
}
t1 <- temperature(c(20.5, 30))
t1
attributes(t1)
temperature(1, "K")
