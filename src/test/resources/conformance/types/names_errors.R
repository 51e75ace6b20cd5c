x <- 1:3
r <- tryCatch({ names(x) <- letters[1:4]; x }, error = function(e) conditionMessage(e))
r
n <- NULL
r2 <- tryCatch({ names(n) <- "a"; n }, error = function(e) conditionMessage(e))
r2
names(quote(f(a = 1, 2)))
names(NULL)
names(1:3)
