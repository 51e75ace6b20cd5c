f <- function(x) x + "a"
r <- tryCatch(f(1), error = function(e) e)
print(conditionMessage(r))
print(conditionCall(r))
g <- function(n) if (n > 0) g(n - 1) else stop("bottom reached")
r2 <- tryCatch(g(3), error = function(e) conditionCall(e))
print(r2)
h <- function(very_long_argument_name_one, very_long_argument_name_two) stop("a fairly long error message that will wrap")
h(very_long_argument_name_one = 1, very_long_argument_name_two = 2)
