f <- function(x) {
  if (!is.numeric(x)) stop("need a number, got ", class(x))
  sqrt(x)
}
f(4)
f("a")
cat("not reached\n")
