apply_op <- function(op, a, b) {
  f <- match.fun(op)
  f(a, b)
}
print(apply_op("+", 2, 3))
print(apply_op(`*`, 2, 3))
print(apply_op(function(x, y) x - y, 2, 3))
r <- try(apply_op("no_op", 1, 2))
r <- try(apply_op(42, 1, 2))
print(sapply(1:3, "-"))
lapply(1:2, "undefined_fn")
