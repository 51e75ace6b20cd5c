process <- function(items) {
  vapply(items, function(i) {
    if (i == "bad") stop("cannot process '", i, "'")
    nchar(i)
  }, integer(1))
}
print(process(c("ab", "cde")))
result <- tryCatch(process(c("ok", "bad")), error = function(e) {
  cat("Caught:", conditionMessage(e), "\n")
  integer(0)
})
print(result)
process(c("fine", "bad"))
