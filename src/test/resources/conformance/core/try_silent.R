r <- try(log(-1), silent = TRUE)
r
r <- try(stop("oops"), silent = TRUE)
class(r)
cat(r)
inherits(r, "try-error")
f <- function() stop("inside f")
try(f())
cat("still running\n")
