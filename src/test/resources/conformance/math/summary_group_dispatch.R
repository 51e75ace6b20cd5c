Summary.temp <- function(..., na.rm = FALSE) {
  vals <- unlist(lapply(list(...), unclass))
  r <- get(.Generic)(vals, na.rm = na.rm)
  paste(.Generic, "=", r)
}
t1 <- structure(c(20.5, 25.1, 18.9), class = "temp")
max(t1)
min(t1)
range(t1)
