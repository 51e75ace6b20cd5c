f <- function() {
  on.exit(cat("bye\n"))
  print(sys.on.exit())
  invisible()
}
f()
g <- function() {
  on.exit()
  is.null(sys.on.exit())
}
print(g())
