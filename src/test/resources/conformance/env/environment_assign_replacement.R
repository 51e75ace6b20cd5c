f <- function() secret
e <- new.env()
e$secret <- "hidden value"
environment(f) <- e
print(f())
g <- function() { y <- 1; h <- function() y; h }
hh <- g()
print(hh())
environment(hh)$y <- 2
print(hh())
print(is.function(environment))
