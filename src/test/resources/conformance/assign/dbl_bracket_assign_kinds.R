# [[<- with each kind of subscript: which element changes, or GNU R's error
subs <- list(0L, 0, integer(0), -1L, -1, c(-1, -2), 1:2, NA, NA_integer_, NA_real_,
             NA_character_, "", "a", 5L, 6, TRUE, FALSE, -5, c(1, 2, 3))
for (s in subs) {
  x <- c(1, 2, 3)
  l <- list(1, 2, list(3, 4))
  r1 <- tryCatch({ x[[s]] <- 9; format(x) }, error = function(e) conditionMessage(e))
  r2 <- tryCatch({ l[[s]] <- 9; format(l) }, error = function(e) conditionMessage(e))
  cat(deparse(s), ":", r1, "|", r2, "\n")
}
for (s in list(-1, -2, -3, -1L, c(-1, -2))) {
  two <- c(1, 2)
  cat(deparse(s), ":", tryCatch({ two[[s]] <- 0; format(two) }, error = function(e) conditionMessage(e)), "\n")
}
x <- c(1, 2, 3)
x[[NA_character_]] <- 4
x
names(x)
