r <- tryCatch(print(1, digits = 0), error = function(e) conditionMessage(e))
r
r <- tryCatch(print(1, digits = 50), error = function(e) conditionMessage(e))
r
print(1, digits = 30)
