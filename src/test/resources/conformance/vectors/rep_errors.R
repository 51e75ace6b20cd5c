r1 <- tryCatch(rep(1:3, times = 1:2), error = function(e) conditionMessage(e))
r1
r2 <- tryCatch(rep(1:3, times = -1), error = function(e) conditionMessage(e))
r2
r3 <- tryCatch(rep(1:3, each = -1), error = function(e) conditionMessage(e))
r3
rep(1:3, each = c(2, 3))
rep(1:2, times = c(NA, 1), length.out = 3)
