# Which single element [[ selects for each kind of subscript, and the errors GNU R gives
x <- c(1, 2, 3)
l <- list(1, 2, 3)
subs <- list(0L, 0, integer(0), numeric(0), character(0), -1L, -1, c(-1, -2), 1:2,
             c(1.5, 2), NA, NA_integer_, NA_real_, NA_character_, "a", 5L, 5, TRUE,
             FALSE, c(TRUE, TRUE), -5, c(1, 2, 3))
for (s in subs) {
  r1 <- tryCatch(x[[s]], error = function(e) conditionMessage(e))
  r2 <- tryCatch(l[[s]], error = function(e) conditionMessage(e))
  cat(deparse(s), ":", format(r1), "|", format(r2), "\n")
}
two <- c(10, 20)
for (s in list(-1, -2, -3, -1L, -2L, c(-1, -2))) {
  cat(deparse(s), ":", tryCatch(format(two[[s]]), error = function(e) conditionMessage(e)), "\n")
}
one <- list("only")
tryCatch(one[[-1]], error = function(e) conditionMessage(e))
