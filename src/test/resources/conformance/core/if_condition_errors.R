f <- function(x) if (x) "yes" else "no"
f(TRUE)
f(1)
f(0)
r <- tryCatch(f(NA), error = function(e) conditionMessage(e))
r
r <- tryCatch(f(logical(0)), error = function(e) conditionMessage(e))
r
r <- tryCatch(f(c(TRUE, FALSE)), error = function(e) conditionMessage(e))
r
r <- tryCatch(f("maybe"), error = function(e) conditionMessage(e))
r
f("TRUE")
f(NULL)
