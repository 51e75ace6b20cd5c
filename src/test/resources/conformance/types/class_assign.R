x <- 1:3
class(x) <- "myclass"
class(x)
inherits(x, "myclass")
oldClass(x)
unclass(x)
class(x) <- NULL
class(x)
oldClass(x)
y <- c(1.5, 2.5)
class(y) <- c("a", "b")
y
class(y) <- "numeric"
class(y)
z <- 1:4
class(z) <- "character"
z
r <- tryCatch({ class(z) <- "matrix"; z }, error = function(e) conditionMessage(e))
r
