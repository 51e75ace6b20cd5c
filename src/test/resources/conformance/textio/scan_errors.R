r <- tryCatch(scan(text = "1 2 x 4"), error = function(e) e)
conditionMessage(r)
deparse(conditionCall(r))
r <- tryCatch(scan(text = "1.5", what = integer()), error = function(e) conditionMessage(e))
r
r <- tryCatch(scan(text = "maybe", what = logical()), error = function(e) conditionMessage(e))
r
r <- tryCatch(scan(text = "1", what = list()), error = function(e) conditionMessage(e))
r
r <- tryCatch(scan(text = "1 2", nmax = 1, n = 1), error = function(e) conditionMessage(e))
r
r <- tryCatch(scan(file = 42), error = function(e) conditionMessage(e))
r
f <- function(txt) scan(text = txt, quiet = TRUE)
f("4 5")
f("4 five")
