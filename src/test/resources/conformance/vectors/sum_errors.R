r <- tryCatch(sum("a"), error = function(e) conditionMessage(e))
r
r2 <- tryCatch(sum(list(1, 2)), error = function(e) conditionMessage(e))
r2
sum(1+2i, 3)
sum(NULL)
