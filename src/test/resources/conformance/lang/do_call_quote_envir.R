x <- quote(some_symbol)
show <- function(a) substitute(a)
print(do.call(show, list(x)))
print(do.call(show, list(x), quote = TRUE))
e <- new.env()
e$secret <- function() "from e"
print(do.call("secret", list(), envir = e))
lst <- list(1, 2)
print(do.call(`+`, lst))
g <- function(a, b) a - b
print(do.call(g, list(b = 1, a = 10)))
print(do.call(what = "c", args = list(1, "a", TRUE)))
