long <- quote(some_function(argument_one = 1, argument_two = "two", argument_three = c(1, 2, 3), argument_four = list(a = 1)))
d <- deparse(long)
print(length(d))
print(d)
print(deparse(long, width.cutoff = 500))
print(deparse(long, width.cutoff = 20))
print(deparse(long, nlines = 1))
f <- function(x) {
  y <- x + 1
  if (y > 2) {
    "big"
  } else {
    "small"
  }
}
print(deparse(f))
cat(deparse(body(f)), sep = "\n")
print(deparse(1:100))
print(deparse(seq(0.5, 12, by = 0.5)))
