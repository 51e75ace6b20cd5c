f <- function(x, y = 2, ...) {
  x + y
}
print(formals(f))
print(names(formals(f)))
print(formals(f)$y)
print(body(f))
print(class(body(f)))
body(f) <- quote(x * y)
print(f(3))
formals(f)$y <- 10
print(f(3))
print(args(sum))
g <- function() NULL
formals(g) <- alist(a = , b = 5)
print(names(formals(g)))
print(formalArgs(f))
print(is.null(formals(sum)))
print(body(function(x) x^2))
