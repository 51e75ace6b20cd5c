r <- tryCatch(seq_len(-1), error = function(e) conditionMessage(e))
r
r2 <- tryCatch(seq_len(NA), error = function(e) conditionMessage(e))
r2
seq_len(c(2, 3))
