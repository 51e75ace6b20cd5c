f <- function() {
  on.exit(cat("first registered\n"))
  on.exit(cat("second registered\n"), add = TRUE)
  on.exit(cat("runs before others\n"), add = TRUE, after = FALSE)
  cat("body\n")
  invisible("value")
}
f()
g <- function() {
  on.exit(cat("replaced\n"))
  on.exit(cat("replacement wins\n"))
  1
}
print(g())
h <- function() {
  on.exit(cat("cleanup even on error\n"))
  stop("failure in h")
}
try(h(), silent = TRUE)
k <- function() {
  x <- 1
  on.exit(print(x))
  x <- 2
  invisible(NULL)
}
k()
con_sim <- function() {
  opened <- TRUE
  on.exit({ opened <- FALSE; cat("closed\n") })
  if (opened) return("early return")
  "never"
}
print(con_sim())
