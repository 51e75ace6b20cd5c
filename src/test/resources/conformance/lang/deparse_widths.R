long_call <- quote(some_function(argument_one = 1, argument_two = "two", argument_three = c(1, 2, 3), argument_four = list(a = 1)))
print(deparse(long_call))
print(deparse(long_call, width.cutoff = 40))
print(nchar(deparse(long_call, width.cutoff = 500)))
print(deparse(c(1.5, 2, 3)))
print(deparse(1:10))
print(deparse("a \"quoted\" string"))
print(deparse(list(a = 1, b = "x")))
print(deparse(c(a = 1L, b = 2L)))
print(deparse(TRUE))
print(deparse(NULL))
print(deparse(quote(if (x > 1) y else z)))
f <- function(x, y = 2) {
  z <- x + y
  z * 2
}
print(deparse(f))
cat(deparse(args(f)), sep = "\n")
print(deparse(quote(x[1]), nlines = 1))
