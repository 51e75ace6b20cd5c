f <- function() get("undefined_variable_xyz")
r <- try(f())
r <- try(get("nope", mode = "function"))
x <- 10
print(get("x", mode = "numeric"))
r <- try(get("x", mode = "function"))
print(get0("nothing_here", ifnotfound = "default value"))
print(get0("x"))
print(is.null(get0("nothing_here")))
g <- function() { x <- "local"; get("x", inherits = FALSE) }
print(g())
h <- function() get("x", inherits = FALSE)
h()
