bitwAnd(NA_integer_, 1L)
r <- tryCatch(bitwAnd(NA, 1L), error = function(e) conditionMessage(e))
r
bitwAnd(TRUE, 1L)
