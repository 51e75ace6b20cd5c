add <- function(x, y = 2) {
  # a comment that Rscript drops
  z <- x + y
  z * 2
}
add
print(add)
sq <- function(v) v^2
sq
compose <- function(f, g) function(x) f(g(x))
h <- compose(sqrt, abs)
h(-16)
(function(a) a + 1)(1)
(\(b) b * 3)(2)
