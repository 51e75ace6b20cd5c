summarise <- function(x, name = deparse(substitute(x))) {
  cat(sprintf("%s: n=%d mean=%.2f\n", name, length(x), mean(x)))
  invisible(x)
}
heights <- c(150, 160, 170)
summarise(heights)
summarise(heights * 2)
summarise(c(1, 2), name = "custom")
f <- function(expr) {
  ex <- substitute(expr)
  cat("evaluating:", deparse(ex), "\n")
  eval(ex, list(x = 3), parent.frame())
}
print(f(x^2 + 1))
