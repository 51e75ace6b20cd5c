r <- tryCatch(log("a"), error = function(e) conditionMessage(e))
r
r2 <- tryCatch(sqrt("4"), error = function(e) conditionMessage(e))
r2
r3 <- tryCatch(abs(list(1)), error = function(e) conditionMessage(e))
r3
log(-1:1)
