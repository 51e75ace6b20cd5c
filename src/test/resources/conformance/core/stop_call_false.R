f <- function(x) {
  if (x < 0) stop("negative input not allowed", call. = FALSE)
  x
}
f(1)
g <- function() warning("silent call", call. = FALSE)
g()
f(-1)
