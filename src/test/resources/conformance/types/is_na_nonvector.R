# is.na on a function warns; is.nan on a list errors
is.na(sum)
f <- function(v) is.nan(v)
r <- tryCatch(f(list(1, 2)), error = function(e) conditionMessage(e))
r
is.na(quote(x))
