add <- function(x, y = 1) {
  # comments are dropped without srcref
  x + y
}
add
print(function(a) a^2)
compose <- function(f, g) function(x) g(f(x))
h <- compose(sqrt, abs)
print(body(h))
print(formals(compose))
