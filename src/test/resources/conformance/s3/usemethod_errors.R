area <- function(s) UseMethod("area")
r <- tryCatch(area(1), error = function(e) conditionMessage(e))
r
r <- tryCatch(area("x"), error = function(e) conditionMessage(e))
r
r <- tryCatch(area(structure(1, class = c("a", "b"))), error = function(e) conditionMessage(e))
r
area(list())
