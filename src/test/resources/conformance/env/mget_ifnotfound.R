e <- new.env()
e$a <- 1
e$b <- 2
print(mget(c("a", "b"), envir = e))
print(mget(c("a", "zz"), envir = e, ifnotfound = list(NA)))
r <- tryCatch(mget(c("a", "zz"), envir = e), error = function(err) conditionMessage(err))
print(r)
print(mget(c("sum", "a"), envir = e, inherits = TRUE)$a)
print(get0("zz", envir = e))
print(get0("a", envir = e, inherits = FALSE))
