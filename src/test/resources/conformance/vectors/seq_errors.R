r1 <- tryCatch(seq(1, 10, by = -1), error = function(e) conditionMessage(e))
r1
r2 <- tryCatch(seq(1, 10, by = 0), error = function(e) conditionMessage(e))
r2
r3 <- tryCatch(seq(1, 10, length.out = -1), error = function(e) conditionMessage(e))
r3
r4 <- tryCatch(seq(1, c(2, 3)), error = function(e) conditionMessage(e))
r4
r5 <- tryCatch(seq(1, Inf), error = function(e) conditionMessage(e))
r5
seq(10, 1, by = 1)
