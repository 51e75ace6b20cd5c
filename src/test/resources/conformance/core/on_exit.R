f <- function() {
  on.exit(cat("first\n"))
  on.exit(cat("second\n"), add = TRUE)
  on.exit(cat("zeroth\n"), add = TRUE, after = FALSE)
  cat("body\n")
  invisible(42)
}
v <- f()
v
g <- function() {
  on.exit(cat("cleanup after error\n"))
  stop("failure inside g")
}
r <- tryCatch(g(), error = function(e) conditionMessage(e))
r
h <- function() {
  on.exit(cat("replaced\n"))
  on.exit(cat("only this one\n"))
  1
}
h()
