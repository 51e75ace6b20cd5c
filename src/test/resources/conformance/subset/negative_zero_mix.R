x <- 1:5
x[c(-1, 0)]
r <- tryCatch(x[c(-1, 2)], error = function(e) conditionMessage(e))
r
x[-10]
x[c(-1, -1)]
