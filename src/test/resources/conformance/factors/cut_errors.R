r <- tryCatch(cut(1:10, c(1, 1, 5)), error = function(e) conditionMessage(e))
r
r <- tryCatch(cut(1:10, 1), error = function(e) conditionMessage(e))
r
cut(1:3, c(0, 2, 4), labels = c("a", "b", "c"))
