f <- function() invisible(7)
f()
(f())
x <- f(); print(x)
g <- function(v) { v <- v * 2 }
g(3)
print(g(3))
h <- function() assign("zz", 1)
h()
if (TRUE) invisible("hidden")
for (i in 1:2) i
k <- function() return(invisible(NULL))
k()
print(is.null(k()))
