make_power <- function(p) {
  force(p)
  function(x) x^p
}
powers <- lapply(1:3, make_power)
print(sapply(powers, function(f) f(2)))
f <- function(x) x + 1
g <- f
body(g) <- quote(x + 100)
print(c(f(1), g(1)))
h <- as.function(alist(a = , b = 2, a * b))
print(h(4))
print(h(4, 3))
k <- eval(call("function", as.pairlist(alist(n = )), quote(n * 2)))
print(k(21))
print((\(x) x^3)(2))
sq <- \(x) x * x
print(Map(sq, 1:3))
