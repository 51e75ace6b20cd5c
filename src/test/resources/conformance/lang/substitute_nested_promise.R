outer_f <- function(arg) inner_f(arg)
inner_f <- function(x) substitute(x)
print(outer_f(a + b))
capture <- function(...) match.call(expand.dots = FALSE)$...
print(capture(one, two = 2 + 2))
se <- function(expr) {
  e <- substitute(expr)
  list(class = class(e), text = deparse(e))
}
str(se(x > 1 & y < 2))
str(se(single_name))
str(se(3.14))
