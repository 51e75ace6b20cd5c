a <- structure(1, class = "alpha")
b <- structure(2, class = "beta")
"+.alpha" <- function(e1, e2) "alpha method"
"+.beta" <- function(e1, e2) "beta method"
a + 1
1 + b
r <- a + b
unclass(r)
