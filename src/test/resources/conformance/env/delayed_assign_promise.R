delayedAssign("lazy", {
  cat("evaluating lazy\n")
  42
})
cat("before use\n")
print(lazy)
print(lazy)
f <- function(x) {
  cat("in f\n")
  force(x)
  cat("after force\n")
  x
}
f({ cat("arg evaluated\n"); 1 })
e <- new.env()
delayedAssign("v", stop("never touched"), assign.env = e)
print(exists("v", envir = e))
make <- function(x) { force(x); function() x }
fs <- lapply(1:3, make)
print(fs[[2]]())
