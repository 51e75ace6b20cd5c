# invalid arguments to vector constructors
r1 <- tryCatch(vector("foo", 1), error = function(e) conditionMessage(e))
r1
r2 <- tryCatch(numeric(-1), error = function(e) conditionMessage(e))
r2
r3 <- tryCatch(character(NA), error = function(e) conditionMessage(e))
r3
r4 <- tryCatch(integer(c(1, 2)), error = function(e) conditionMessage(e))
r4
numeric("a")
