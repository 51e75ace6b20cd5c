m <- matrix(1:4, 2)
tryCatch(m[3, 1], error = function(e) print(conditionMessage(e)))
tryCatch(m[1, 1, 1], error = function(e) print(conditionMessage(e)))
tryCatch(m[, "a"], error = function(e) print(conditionMessage(e)))
m[5]
m[1, 5]
