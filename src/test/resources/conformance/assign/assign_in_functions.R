normalize <- function(x) {
  x[x < 0] <- 0
  x[x > 1] <- 1
  x
}
normalize(c(-0.5, 0.2, 1.7, 0.9))
fill_na <- function(x, value = 0) { x[is.na(x)] <- value; x }
fill_na(c(1, NA, 3))
fill_na(c(a = NA, b = 2), -1)
swap <- function(v, i, j) { t <- v[i]; v[i] <- v[j]; v[j] <- t; v }
swap(letters[1:5], 1, 5)
