print(identical(quote(a + b), quote(a + b)))
print(identical(quote(a + b), quote(b + a)))
f1 <- function(x) x + 1
f2 <- function(x) x + 1
print(identical(body(f1), body(f2)))
print(identical(formals(f1), formals(f2)))
print(all.equal(quote(x), quote(x)))
print(quote(x) == "x")
print(identical(as.call(list(quote(sum), 1, 2)), quote(sum(1, 2))))
print(identical(parse(text = "g(1)")[[1]], quote(g(1))))
