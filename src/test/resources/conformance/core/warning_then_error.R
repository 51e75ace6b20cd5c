f <- function() {
  warning("about to fail")
  stop("failed")
}
f()
