x <- c(a = 1, b = 2)
r <- try(x$a, silent = TRUE)
cat(r)
f <- function(v) v$a
tryCatch(f(1:3), error = function(e) print(conditionMessage(e)))
x$b
