set.seed(1)
r <- tryCatch(sample(5, 10), error = function(e) conditionMessage(e))
r
sample(1:3, 5)
