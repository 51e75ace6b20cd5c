options(warn = 1)
f <- function() { warning("immediate"); "after warning" }
f()
options(warn = 2)
r <- tryCatch(f(), error = function(e) conditionMessage(e))
r
options(warn = -1)
f()
options(warn = 0)
f()
