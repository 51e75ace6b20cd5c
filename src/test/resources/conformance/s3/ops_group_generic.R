vec2 <- function(x, y) structure(list(x = x, y = y), class = "vec2")
Ops.vec2 <- function(e1, e2) {
  if (.Generic %in% c("+", "-", "*")) {
    f <- get(.Generic)
    if (is.numeric(e2)) return(vec2(f(e1$x, e2), f(e1$y, e2)))
    return(vec2(f(e1$x, e2$x), f(e1$y, e2$y)))
  }
  if (.Generic == "==") return(e1$x == e2$x && e1$y == e2$y)
  stop("unsupported operation ", .Generic)
}
print.vec2 <- function(x, ...) cat("vec2(", x$x, ",", x$y, ")\n")
a <- vec2(1, 2)
b <- vec2(3, 4)
a + b
a - b
a * 10
a == b
a == vec2(1, 2)
r <- tryCatch(a / b, error = function(e) conditionMessage(e))
r
