f <- function() {
  on.exit(cat("first\n"))
  on.exit(cat("second\n"), add = TRUE)
  on.exit(cat("zeroth\n"), add = TRUE, after = FALSE)
  cat("body\n")
  invisible(NULL)
}
f()
g <- function() {
  on.exit(cat("replaced\n"))
  on.exit(cat("final only\n"))
  "value"
}
print(g())
h <- function() {
  on.exit(cat("cleanup after error\n"))
  stop("failed in h")
}
r <- try(h(), silent = TRUE)
cat("error was:", conditionMessage(attr(r, "condition")), "\n")
k <- function() {
  x <- 1
  on.exit(print(x))
  x <- 2
  invisible()
}
k()
m <- function() {
  on.exit(return("from on.exit"))
  "from body"
}
print(m())
