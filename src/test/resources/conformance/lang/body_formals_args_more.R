f <- function(x, y = 2, ...) {
  x + y
}
print(body(f))
print(names(formals(f)))
print(formals(f)$y)
print(class(body(f)))
print(args(f))
print(formals(function() NULL))
print(is.null(body(sum)))
print(is.null(formals(sum)))
print(formals("f")$y)
g <- function(a) a * 2
body(g) <- quote(a * 3)
print(g(2))
formals(g) <- alist(a = , b = 10)
print(g)
print(names(formals(g)))
h <- function(n) n
formals(h)$n <- 5
print(h())
