e1 <- new.env()
e2 <- e1
e3 <- new.env()
print(identical(e1, e2))
print(identical(e1, e3))
e2$v <- 5
print(e1$v)
f <- function(env) { env$w <- "set in f"; invisible(NULL) }
f(e3)
print(e3$w)
l <- list(env = e1)
l$env$z <- 1
print(sort(ls(e1)))
print(is.null(e3$nothing))
print(isTRUE(all.equal(1, 1)))
