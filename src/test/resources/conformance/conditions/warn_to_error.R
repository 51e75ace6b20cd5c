options(warn = 2)
r <- try(as.numeric("abc"))
f <- function() { warning("promoted"); "unreachable" }
r <- tryCatch(f(), error = function(e) conditionMessage(e))
print(r)
options(warn = 0)
print(suppressWarnings(as.numeric("abc")))
options(warn = 2)
f()
